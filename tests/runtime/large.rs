//! A generated catalogue of 5 000 entries: every code and name is found by
//! the perfect hash tables, and nothing else is.

use std::collections::HashSet;

include!(concat!(env!("OUT_DIR"), "/large.rs"));

#[test]
fn every_code_and_name_finds_its_entry() {
    assert_eq!(Large::ALL.len(), 5_000);
    for &entry in Large::ALL {
        assert_eq!(Large::from_code(entry.code()), Some(entry));
        assert_eq!(Large::all_with_code(entry.code()), [entry]);
        assert_eq!(Large::from_name(entry.name()), Some(entry));
        assert_eq!(entry.name(), format!("ERR_GENERATED_{}", entry.index()));
    }
}

#[test]
fn the_discriminant_is_the_index_in_the_smallest_type() {
    assert_eq!(size_of::<Large>(), 2);
    assert_eq!(size_of::<Option<Large>>(), 2, "the invalid discriminants remain a niche");
    for &entry in Large::ALL {
        assert_eq!(entry as usize, entry.index());
    }
}

#[test]
fn codes_and_names_that_do_not_exist_are_not_found() {
    let codes: HashSet<i32> = Large::ALL.iter().map(|entry| entry.code()).collect();
    let first = Large::ALL[0].code();
    let last = Large::ALL[Large::ALL.len() - 1].code();
    let mut misses = 0;
    for code in (first - 1_000)..=(last + 1_000) {
        if !codes.contains(&code) {
            assert_eq!(Large::from_code(code), None, "{code}");
            assert!(Large::all_with_code(code).is_empty(), "{code}");
            misses += 1;
        }
    }
    assert!(misses > 10_000);
    for code in [i32::MIN, i32::MAX, 0, -1] {
        assert_eq!(Large::from_code(code).is_some(), codes.contains(&code));
    }
    for name in ["", "ERR_GENERATED_", "ERR_GENERATED_5000", "err_generated_1", "ERR_GENERATED_1 ", "生成的错误 1"]
    {
        assert_eq!(Large::from_name(name), None, "{name:?}");
    }
}
