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
const SECOND: u64 = 0x8BB8_4B93_962E_ACC9;

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

/// Hashes a name. Short names (most are under 32 bytes) cost one or two
/// multiplications: sixteen bytes are folded per step, and the last sixteen
/// are read as two overlapping words, so no byte-by-byte tail is needed.
///
/// ```
/// use errcat_phf::hash_name;
///
/// let hash = hash_name(b"FILE_NOT_EXIST", 0);
/// assert_eq!(hash, hash_name(b"FILE_NOT_EXIST", 0));
/// assert_ne!(hash, hash_name(b"FILE_NOT_EXISU", 0));
/// assert_ne!(hash, hash_name(b"FILE_NOT_EXIST", 1));
/// assert_ne!(hash_name(b"A", 0), hash_name(b"A\0", 0));
/// assert_ne!(hash_name(b"", 0), hash_name(b"\0", 0));
/// ```
#[inline]
pub const fn hash_name(bytes: &[u8], seed: u64) -> u64 {
    let length = bytes.len();
    let mut state = seed ^ (length as u64).wrapping_mul(MULTIPLIER);
    let (first, second) = if length >= 8 {
        let mut index = 0;
        while index + 16 < length {
            state = folded_multiply(word(bytes, index) ^ SECOND, word(bytes, index + 8) ^ state);
            index += 16;
        }
        let first = if length > 16 { word(bytes, length - 16) } else { word(bytes, 0) };
        (first, word(bytes, length - 8))
    } else if length >= 4 {
        (half_word(bytes, 0), half_word(bytes, length - 4))
    } else if length > 0 {
        let spread = ((bytes[0] as u64) << 16) | ((bytes[length / 2] as u64) << 8) | bytes[length - 1] as u64;
        (spread, 0)
    } else {
        (0, 0)
    };
    let mixed = folded_multiply(first ^ SECOND ^ state, second ^ MULTIPLIER ^ seed);
    folded_multiply(mixed ^ state, FINALIZER)
}

/// Eight bytes at `index`, little-endian.
#[inline(always)]
const fn word(bytes: &[u8], index: usize) -> u64 {
    match bytes.split_at(index).1.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => 0,
    }
}

/// Four bytes at `index`, little-endian.
#[inline(always)]
const fn half_word(bytes: &[u8], index: usize) -> u64 {
    match bytes.split_at(index).1.first_chunk::<4>() {
        Some(chunk) => u32::from_le_bytes(*chunk) as u64,
        None => 0,
    }
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

/// [`position`] for pilots stored as little-endian `u16` pairs of bytes,
/// the form generated code keeps them in (one byte-string literal).
///
/// ```
/// use errcat_phf::{hash_code, position, position_in};
///
/// let pilots = [3u16, 0, 17];
/// let bytes: Vec<u8> = pilots.iter().flat_map(|pilot| pilot.to_le_bytes()).collect();
/// let hash = hash_code(404, 0);
/// assert_eq!(position_in(hash, &bytes, 13), position(hash, &pilots, 13));
/// assert_eq!(position_in(hash, &[], 0), 0);
/// ```
#[inline(always)]
pub const fn position_in(hash: u64, pilots: &[u8], slots: usize) -> usize {
    if pilots.len() < 2 {
        return 0;
    }
    let at = bucket(hash, pilots.len() / 2) * 2;
    let pilot = u16::from_le_bytes([pilots[at], pilots[at + 1]]);
    slot(hash, pilot, slots)
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
    fn name_hash_reads_every_byte_of_every_length() {
        let mut bytes = [b'A'; 70];
        for length in 0..bytes.len() {
            let base = hash_name(&bytes[..length], 3);
            for index in 0..length {
                bytes[index] = b'B';
                assert_ne!(hash_name(&bytes[..length], 3), base, "byte {index} of {length}");
                bytes[index] = b'A';
            }
            assert_ne!(hash_name(&bytes[..=length], 3), base, "length {length}");
        }
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
