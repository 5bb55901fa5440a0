//! Minimal perfect hashing for errcat catalogues.
//!
//! **An implementation detail of [errcat](https://docs.rs/errcat), with no
//! stability promise:** its API changes whenever errcat's macro and runtime
//! need it to, in any release. Depend on `errcat` instead.
//!
//! The `error_catalog!` macro builds, at expansion time, a hash-and-displace
//! table over the codes and another over the names of a catalogue
//! ([`build`], behind the `build` feature). The generated code then finds an
//! entry with one hash, one pilot load and one slot load ([`position`]), in a
//! `const fn`, without allocating. Both sides call the functions of this
//! crate, so they cannot disagree on where a key lives.
//!
//! The scheme follows `PTHash`: keys are spread over buckets, each bucket
//! gets a small *pilot* chosen so that all its keys land in free slots, and a
//! key's slot is derived from its hash and its bucket's pilot.
#![no_std]
// Hashing folds and narrows words on purpose; the generated look-ups must inline.
#![allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::inline_always)]

#[cfg(feature = "build")]
extern crate alloc;

#[cfg(feature = "build")]
mod build;
#[cfg(feature = "build")]
pub use build::{Table, build};

const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
const FINALIZER: u64 = 0xD6E8_FEB8_6659_FD93;
const PILOT_MULTIPLIER: u64 = 0xC2B2_AE3D_27D4_EB4F;

/// Multiplies two words and folds the 128-bit product into 64 bits.
#[inline(always)]
const fn folded_multiply(a: u64, b: u64) -> u64 {
    let product = (a as u128).wrapping_mul(b as u128);
    (product as u64) ^ ((product >> 64) as u64)
}

/// Hashes an integer code, widened to `u64` with `as` (sign-extended for
/// signed types, which keeps distinct codes distinct).
///
/// ```
/// use errcat_phf::hash_code;
///
/// let code = -46628i32 as u64;
/// assert_eq!(hash_code(code, 7), hash_code(code, 7));
/// assert_ne!(hash_code(code, 7), hash_code(code + 1, 7));
/// assert_ne!(hash_code(code, 7), hash_code(code, 8));
/// assert_ne!(hash_code(-1i64 as u64, 0), hash_code(1, 0));
/// ```
#[inline(always)]
pub const fn hash_code(code: u64, seed: u64) -> u64 {
    folded_multiply(code ^ seed, MULTIPLIER)
}

/// Hashes a name. Reads eight bytes at a time; names are short.
///
/// ```
/// use errcat_phf::hash_name;
///
/// let hash = hash_name(b"FILE_NOT_EXIST", 0);
/// assert_eq!(hash, hash_name(b"FILE_NOT_EXIST", 0));
/// assert_ne!(hash, hash_name(b"FILE_NOT_EXISU", 0));
/// assert_ne!(hash, hash_name(b"FILE_NOT_EXIST", 1));
/// assert_ne!(hash_name(b"A", 0), hash_name(b"A\0", 0));
/// ```
#[inline]
pub const fn hash_name(bytes: &[u8], seed: u64) -> u64 {
    let mut hash = seed ^ (bytes.len() as u64).wrapping_mul(MULTIPLIER);
    let mut index = 0;
    while index + 8 <= bytes.len() {
        let word = u64::from_le_bytes([
            bytes[index],
            bytes[index + 1],
            bytes[index + 2],
            bytes[index + 3],
            bytes[index + 4],
            bytes[index + 5],
            bytes[index + 6],
            bytes[index + 7],
        ]);
        hash = folded_multiply(hash ^ word, MULTIPLIER);
        index += 8;
    }
    if index < bytes.len() {
        let mut tail = 0u64;
        let mut shift = 0;
        while index < bytes.len() {
            tail |= (bytes[index] as u64) << shift;
            shift += 8;
            index += 1;
        }
        hash = folded_multiply(hash ^ tail, MULTIPLIER);
    }
    folded_multiply(hash, FINALIZER)
}

/// The bucket of a hash, in `0..buckets`.
///
/// ```
/// use errcat_phf::bucket;
///
/// assert_eq!(bucket(0, 10), 0);
/// assert_eq!(bucket(u64::MAX, 10), 9);
/// assert_eq!(bucket(1 << 63, 10), 5);
/// assert!((0..1000u64).all(|hash| bucket(hash.wrapping_mul(0x9E37_79B9_7F4A_7C15), 3) < 3));
/// ```
#[inline(always)]
pub const fn bucket(hash: u64, buckets: usize) -> usize {
    (((hash >> 32) * buckets as u64) >> 32) as usize
}

/// The slot of a hash displaced by its bucket's pilot, in `0..slots`.
///
/// ```
/// use errcat_phf::{hash_code, slot};
///
/// let hash = hash_code(404, 0);
/// assert!((0..=u16::MAX).all(|pilot| slot(hash, pilot, 11) < 11));
/// assert_eq!(slot(hash, 5, 11), slot(hash, 5, 11));
/// let slots: std::collections::HashSet<_> = (0..64).map(|pilot| slot(hash, pilot, 11)).collect();
/// assert!(slots.len() > 1, "the pilot moves the key");
/// ```
#[inline(always)]
pub const fn slot(hash: u64, pilot: u16, slots: usize) -> usize {
    let displaced = (hash ^ (pilot as u64).wrapping_mul(PILOT_MULTIPLIER)).wrapping_mul(MULTIPLIER);
    (((displaced >> 32) * slots as u64) >> 32) as usize
}

/// Where a hash lives in a table with these pilots and this many slots.
///
/// Returns `0` for an empty table; callers compare the key stored in the
/// slot, so an absent key is always detected.
///
/// ```
/// use errcat_phf::{bucket, hash_code, position, slot};
///
/// let pilots = [3u16, 0, 17];
/// let hash = hash_code(404, 0);
/// assert_eq!(position(hash, &pilots, 13), slot(hash, pilots[bucket(hash, 3)], 13));
/// assert!(position(hash, &pilots, 13) < 13);
/// assert_eq!(position(hash, &[], 0), 0);
/// ```
#[inline(always)]
pub const fn position(hash: u64, pilots: &[u16], slots: usize) -> usize {
    if pilots.is_empty() {
        return 0;
    }
    slot(hash, pilots[bucket(hash, pilots.len())], slots)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_hash_depends_on_every_byte_and_the_length() {
        let base = hash_name(b"FILE_NOT_EXIST", 0);
        assert_ne!(base, hash_name(b"FILE_NOT_EXISU", 0));
        assert_ne!(base, hash_name(b"GILE_NOT_EXIST", 0));
        assert_ne!(hash_name(b"", 0), hash_name(b"\0", 0));
        assert_ne!(hash_name(b"ABCDEFGH", 0), hash_name(b"ABCDEFGH\0", 0));
        assert_ne!(base, hash_name(b"FILE_NOT_EXIST", 1));
    }

    #[test]
    fn position_is_in_bounds() {
        let pilots = [0u16, 7, 65535];
        for key in -1000i64..1000 {
            let hash = hash_code(key as u64, 42);
            assert!(position(hash, &pilots, 13) < 13);
        }
        assert_eq!(position(hash_code(5, 0), &[], 0), 0);
    }
}
