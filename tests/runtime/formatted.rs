//! Codes written with `#[code_format]`: rustc's error codes (`E0308`) and
//! Windows' HRESULTs (`0x80070002`), with their real codes and messages.

use errcat::{Catalog, error_catalog};

error_catalog! {
    /// Some of rustc's error codes, as `rustc --explain` names them.
    #[code_format = "E{:04}"]
    pub system Rustc: u16 {
        308 MISMATCHED_TYPES "mismatched types",
        382 USE_OF_MOVED_VALUE "borrow of moved value",
        425 UNRESOLVED_NAME "cannot find value in this scope",
        433 FAILED_TO_RESOLVE "failed to resolve: use of undeclared crate or module",
        499 MUTABLE_BORROW_TWICE "cannot borrow as mutable more than once at a time",
        599 NO_METHOD "no method named found",
    }

    /// HRESULTs, whose documentation writes them in hexadecimal; as `i32`,
    /// the type Windows declares them with, they are negative.
    #[code_format = "0x{:08X}"]
    pub system HResult: i32 {
        -2147467259 E_FAIL "Unspecified failure",
        -2147467263 E_NOTIMPL "Not implemented",
        -2147467262 E_NOINTERFACE "No such interface supported",
        -2147024891 E_ACCESSDENIED "General access denied error",
        -2147024894 FILE_NOT_FOUND "The system cannot find the file specified.",
        -2147024882 E_OUTOFMEMORY "Failed to allocate necessary memory",
        -2147024809 E_INVALIDARG "One or more arguments are not valid",
    }

    /// The same HRESULTs as `u32`, lower-case digits.
    #[code_format = "0x{:08x}"]
    pub system HResultUnsigned: u32 {
        0x8007_0002 FILE_NOT_FOUND "The system cannot find the file specified.",
        0x8007_000E E_OUTOFMEMORY "Failed to allocate necessary memory",
    }

    pub system Plain: i32 { -46628 FILE_NOT_EXIST "文件不存在" }
}

#[test]
fn every_code_is_written_as_the_format_says_and_read_back() {
    for entry in Rustc::iter() {
        assert_eq!(entry.code_str(), format!("E{:04}", entry.code()));
        assert_eq!(Rustc::from_code_str(entry.code_str()), Some(entry));
        assert_eq!(Rustc::from_code_str(&entry.code_str().to_lowercase()), Some(entry));
        assert_eq!(entry.entry().code_str(), entry.code_str());
        assert_eq!(Catalog::code_str(entry), entry.code_str());
    }
    for entry in HResult::iter() {
        assert_eq!(entry.code_str(), format!("0x{:08X}", entry.code()));
        assert_eq!(HResult::from_code_str(entry.code_str()), Some(entry));
    }
    for entry in HResultUnsigned::iter() {
        assert_eq!(entry.code_str(), format!("0x{:08x}", entry.code()));
        assert_eq!(HResultUnsigned::from_code_str(&entry.code_str().to_uppercase()), Some(entry));
    }
    assert_eq!(HResult::FileNotFound.code_str(), "0x80070002");
    assert_eq!(HResult::from_code_str("0x8007000E"), Some(HResult::EOutofmemory));
    assert_eq!(Rustc::from_code_str("E308"), Some(Rustc::MismatchedTypes));
    assert_eq!(Rustc::from_code_str("E0001"), None);
    assert_eq!(Rustc::from_code_str("308"), None);
    assert_eq!(Rustc::from_code_str("X0308"), None);
    assert_eq!(HResult::from_code_str("0x1FFFFFFFF"), None);
}

#[test]
fn display_and_the_format_use_the_written_code() {
    assert_eq!(Rustc::MismatchedTypes.to_string(), "mismatched types (MISMATCHED_TYPES, code E0308)");
    assert_eq!(
        HResult::FileNotFound.to_string(),
        "The system cannot find the file specified. (FILE_NOT_FOUND, code 0x80070002)"
    );
    let format = Rustc::SYSTEM.code_format().unwrap();
    assert_eq!((format.prefix(), format.radix(), format.width(), format.suffix()), ("E", 10, 4, ""));
    assert!(HResult::SYSTEM.code_format().unwrap().is_uppercase());
}

#[test]
fn a_system_without_a_format_writes_decimal() {
    assert_eq!(Plain::FileNotExist.code_str(), "-46628");
    assert_eq!(Plain::from_code_str("-46628"), Some(Plain::FileNotExist));
    assert_eq!(Plain::from_code_str("+46628"), None);
    assert_eq!(Plain::SYSTEM.code_format(), None);
    assert_eq!(Plain::FileNotExist.to_string(), "文件不存在 (FILE_NOT_EXIST, code -46628)");
}
