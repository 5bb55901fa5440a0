use alloc::vec;
use alloc::vec::Vec;

/// Average number of keys a bucket holds.
const KEYS_PER_BUCKET: usize = 4;
/// Slots per ten keys: nine in ten slots hold a key.
const SLOTS_PER_TEN_KEYS: usize = 11;
/// Seeds tried before giving up (each failure is astronomically unlikely).
const SEEDS: u64 = 64;

/// A perfect hash table: `slots[i]` is the index of the key stored in slot
/// `i`, or `None` for a free slot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub seed: u64,
    pub pilots: Vec<u16>,
    pub slots: Vec<Option<usize>>,
}

/// Builds a table for distinct keys, given a function that hashes a key with
/// a seed. Returns `None` only when no seed separates the keys, which happens
/// when two keys hash alike under every seed (for example, equal keys).
///
/// ```
/// use errcat_phf::{build, hash_code, position};
///
/// let codes = [-61i64, 400, 401, 404, -46628];
/// let table = build(codes.len(), |key, seed| hash_code(codes[key] as u64, seed)).unwrap();
/// for (key, &code) in codes.iter().enumerate() {
///     let at = position(hash_code(code as u64, table.seed), &table.pilots, table.slots.len());
///     assert_eq!(table.slots[at], Some(key));
/// }
/// assert_eq!(table.slots.iter().flatten().count(), codes.len());
///
/// assert_eq!(build(2, |_, seed| hash_code(7, seed)), None);
/// assert!(build(0, |_, seed| seed).unwrap().slots.is_empty());
/// ```
pub fn build(keys: usize, hash: impl Fn(usize, u64) -> u64) -> Option<Table> {
    if keys == 0 {
        return Some(Table { seed: 0, pilots: Vec::new(), slots: Vec::new() });
    }
    (0..SEEDS).find_map(|seed| build_with_seed(keys, seed, &hash))
}

fn build_with_seed(keys: usize, seed: u64, hash: &impl Fn(usize, u64) -> u64) -> Option<Table> {
    let bucket_count = keys.div_ceil(KEYS_PER_BUCKET);
    let slot_count = (keys * SLOTS_PER_TEN_KEYS).div_ceil(10);
    let hashes: Vec<u64> = (0..keys).map(|key| hash(key, seed)).collect();

    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
    for (key, &key_hash) in hashes.iter().enumerate() {
        buckets[crate::bucket(key_hash, bucket_count)].push(key);
    }
    let mut order: Vec<usize> = (0..bucket_count).collect();
    order.sort_by_key(|&bucket| core::cmp::Reverse(buckets[bucket].len()));

    let mut pilots = vec![0u16; bucket_count];
    let mut slots: Vec<Option<usize>> = vec![None; slot_count];
    let mut taken: Vec<usize> = Vec::with_capacity(KEYS_PER_BUCKET * 4);
    for bucket in order {
        let members = &buckets[bucket];
        if members.is_empty() {
            break;
        }
        let pilot = (0..=u16::MAX).find(|&pilot| {
            taken.clear();
            members.iter().all(|&key| {
                let slot = crate::slot(hashes[key], pilot, slot_count);
                let free = slots[slot].is_none() && !taken.contains(&slot);
                taken.push(slot);
                free
            })
        })?;
        pilots[bucket] = pilot;
        for &key in members {
            slots[crate::slot(hashes[key], pilot, slot_count)] = Some(key);
        }
    }
    Some(Table { seed, pilots, slots })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{hash_code, hash_name, position};
    use alloc::format;
    use alloc::string::String;

    fn check_codes(codes: &[i64]) {
        let table = build(codes.len(), |key, seed| hash_code(codes[key] as u64, seed)).unwrap();
        let mut seen = vec![false; codes.len()];
        for (key, &code) in codes.iter().enumerate() {
            let at = position(hash_code(code as u64, table.seed), &table.pilots, table.slots.len());
            assert_eq!(table.slots[at], Some(key), "code {code}");
            seen[key] = true;
        }
        assert!(seen.iter().all(|&found| found));
    }

    #[test]
    fn every_code_is_found_in_its_slot() {
        check_codes(&[]);
        check_codes(&[0]);
        check_codes(&[-61, 400, 401, -46628]);
        let clustered: Vec<i64> = (0..20_000).map(|i| -(i / 100) * 1000 - i % 100).collect();
        check_codes(&clustered);
    }

    #[test]
    fn every_name_is_found_in_its_slot() {
        let names: Vec<String> = (0..5_000).map(|i| format!("ERROR_NAME_{i}")).collect();
        let table = build(names.len(), |key, seed| hash_name(names[key].as_bytes(), seed)).unwrap();
        for (key, name) in names.iter().enumerate() {
            let at = position(hash_name(name.as_bytes(), table.seed), &table.pilots, table.slots.len());
            assert_eq!(table.slots[at], Some(key), "{name}");
        }
    }

    #[test]
    fn equal_keys_cannot_be_separated() {
        assert_eq!(build(2, |_, seed| hash_code(7, seed)), None);
    }

    proptest::proptest! {
        #[test]
        fn random_code_sets_build(mut codes in proptest::collection::vec(proptest::num::i64::ANY, 0..300)) {
            codes.sort_unstable();
            codes.dedup();
            check_codes(&codes);
        }
    }
}
