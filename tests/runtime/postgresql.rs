//! `PostgreSQL`'s `SQLSTATE`s, the committed catalogue generated from its
//! `errcodes.txt`, checked against that file read on its own: every code
//! found by `from_code`, every name by `from_name`, each in its class.

mod catalogue {
    include!("../fixtures/postgresql/sqlstate.rs");
}

use catalogue::SqlState;

/// Every row of `errcodes.txt`: (code, macro without `ERRCODE_`, condition
/// name or "").
fn errcodes() -> Vec<(String, String, String)> {
    let text = include_str!("../fixtures/postgresql/errcodes.txt");
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.starts_with("Section:") && !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let name = fields[2].strip_prefix("ERRCODE_").unwrap().to_owned();
            (fields[0].to_owned(), name, fields.get(3).copied().unwrap_or("").to_owned())
        })
        .collect()
}

#[test]
fn every_sqlstate_is_found_by_code_and_name_in_its_class() {
    let rows = errcodes();
    assert_eq!(rows.len(), 267);
    assert_eq!(SqlState::ALL.len(), 267);
    assert_eq!(SqlState::SYSTEM.sections().len(), 43);
    for (code, name, condition) in &rows {
        let entry = SqlState::from_name(name).unwrap_or_else(|| panic!("{name} is missing"));
        assert_eq!(entry.code(), code, "{name}");
        assert_eq!(entry.code_str(), code, "{name}");
        assert_eq!(entry.message(), condition, "{name}");
        assert_eq!(entry.section().and_then(errcat::Section::prefix), Some(&code[..2]), "{name}");
        // The first entry with the code answers it; the others share it.
        let first = SqlState::from_code(code).unwrap();
        assert_eq!(first.code(), code);
        assert!(SqlState::all_with_code(code).contains(&entry), "{name}");
        assert_eq!(SqlState::from_code(&code.to_ascii_lowercase()).is_some(), code.to_ascii_lowercase() == *code);
    }
    let shared: Vec<&str> = SqlState::ALL
        .iter()
        .filter(|entry| SqlState::all_with_code(entry.code()).len() > 1)
        .map(|entry| entry.code())
        .collect();
    assert_eq!(shared.len(), 12, "six codes with two macro names each: {shared:?}");
}
