//! String-coded systems: some of the SQLSTATE codes of PostgreSQL (with their real
//! codes and condition names) and S3's error codes.

use errcat::{Catalog, error_catalog};

error_catalog! {
    /// Some of PostgreSQL's SQLSTATE codes.
    #[code_chars = "0-9A-Z"]
    pub system SqlState: str {
        /// Class 00 — Successful Completion
        section SuccessfulCompletion in "00" {
            "00000" SUCCESSFUL_COMPLETION "successful completion",
        }
        /// Class 01 — Warning
        section Warning in "01" {
            "01000" WARNING "warning",
            "0100C" DYNAMIC_RESULT_SETS_RETURNED "dynamic result sets returned",
        }
        /// Class 22 — Data Exception
        section DataException in "22" {
            "22000" DATA_EXCEPTION "data exception",
            "2202E" ARRAY_SUBSCRIPT_ERROR "array subscript error",
            #[shares_code(ARRAY_SUBSCRIPT_ERROR)]
            "2202E" ARRAY_ELEMENT_ERROR "array element error",
            "22012" DIVISION_BY_ZERO "division by zero",
            "22P02" INVALID_TEXT_REPRESENTATION "invalid input syntax",
        }
        /// Class XX — Internal Error
        section InternalError in "XX" {
            "XX000" INTERNAL_ERROR "internal error",
            "XX001" DATA_CORRUPTED "data corrupted",
        }
        /// Left to extensions.
        open "P9";
    }

    /// An extension's codes, in the prefix SQLSTATE leaves open.
    #[extends(SqlState)]
    pub system Extension: str {
        "P9001" EXTENSION_FAILED "extension failed",
    }

    /// Some of Amazon S3's error codes, which are words.
    #[languages(en, zh)]
    pub system S3: str {
        "NoSuchKey" NO_SUCH_KEY "The specified key does not exist." zh "指定的键不存在。",
        "AccessDenied" ACCESS_DENIED "Access Denied" zh "拒绝访问",
        "NoSuchBucket" NO_SUCH_BUCKET "The specified bucket does not exist.",
        #[name = "2RSP"]
        "2RSP" TWO_RSP,
        "\u{202e}é\"" ODD "a code with a bidi control, an accent and a quote",
    }
}

errcat::assert_disjoint!(SqlState, S3);

#[test]
fn codes_are_strings_looked_up_by_any_str() {
    for &entry in SqlState::ALL {
        let code: &'static str = entry.code();
        let owned = String::from(code);
        let found = SqlState::from_code(&owned).unwrap();
        assert_eq!(found.code(), code);
        assert_eq!(SqlState::all_with_code(code).first(), Some(&found), "{code}");
        assert_eq!(entry.code_str(), code);
        assert_eq!(SqlState::from_code_str(code), Some(found));
        assert_eq!(<SqlState as Catalog>::from_code_str(code), Some(found));
        assert_eq!(entry.entry().code(), code);
    }
    assert_eq!(SqlState::from_code("22P02"), Some(SqlState::InvalidTextRepresentation));
    assert_eq!(SqlState::InvalidTextRepresentation.code(), "22P02");
    assert_eq!(SqlState::InvalidTextRepresentation.name(), "INVALID_TEXT_REPRESENTATION");
    for unknown in ["", "22P0", "22P021", "22p02", "2202", "XX", "NoSuchKey"] {
        assert_eq!(SqlState::from_code(unknown), None, "{unknown:?}");
        assert!(SqlState::all_with_code(unknown).is_empty(), "{unknown:?}");
    }
    assert_eq!(S3::from_code("NoSuchKey"), Some(S3::NoSuchKey));
    assert_eq!(S3::from_code("nosuchkey"), None);
    assert_eq!(S3::from_code("\u{202e}é\""), Some(S3::Odd));
    assert_eq!(S3::Odd.code(), "\u{202e}é\"");
    assert_eq!(S3::TwoRsp.name(), "2RSP");
    assert_eq!(S3::NoSuchKey.entry().message_in("zh"), Some("指定的键不存在。"));
    assert_eq!(Extension::from_code("P9001"), Some(Extension::ExtensionFailed));
}

#[test]
fn a_shared_string_code_finds_its_first_entry_and_all_with_it() {
    assert_eq!(SqlState::from_code("2202E"), Some(SqlState::ArraySubscriptError));
    assert_eq!(SqlState::all_with_code("2202E"), [SqlState::ArraySubscriptError, SqlState::ArrayElementError]);
    assert_eq!(SqlState::all_with_code("22012"), [SqlState::DivisionByZero]);
    assert_eq!(SqlState::ArrayElementError.code(), "2202E");
}

#[test]
fn sections_have_prefixes_and_reservations_prefixes() {
    let sections = SqlState::SYSTEM.sections();
    let prefixes: Vec<_> = sections.iter().map(errcat::Section::prefix).collect();
    assert_eq!(prefixes, [Some("00"), Some("01"), Some("22"), Some("XX")]);
    assert!(sections.iter().all(|section| section.range().is_none()));
    assert_eq!(sections[2].title(), "Class 22 — Data Exception");
    assert_eq!(SqlState::DivisionByZero.section().map(errcat::Section::name), Some("DataException"));
    let [open] = SqlState::SYSTEM.reserved() else { panic!("one declaration") };
    assert!(open.is_open());
    assert_eq!(open.prefix(), "P9");
    assert_eq!(SqlState::SYSTEM.code_type(), "str");
    assert_eq!(SqlState::__OPEN_PREFIXES, ["P9"]);
}

#[test]
fn display_shows_the_code_as_written() {
    assert_eq!(SqlState::DivisionByZero.to_string(), "division by zero (DIVISION_BY_ZERO, code 22012)");
    assert_eq!(S3::TwoRsp.to_string(), "2RSP (code 2RSP)");
    assert_eq!(format!("{:?}", SqlState::DivisionByZero), "DivisionByZero");
}

/// The checks that cross catalogues run at compile time; here they are run
/// again at run time, to see that they would catch a shared code.
#[test]
fn cross_catalogue_checks_compare_text() {
    assert!(S3::__has_code("NoSuchKey"));
    assert!(!S3::__has_code("22P02"));
    let problem = SqlState::__shared_code("SqlState", "Other", "22P02");
    assert_eq!(
        problem.as_str(),
        "catalogues `SqlState` and `Other` share code \"22P02\"; a code must mean one thing across the catalogues \
         asserted disjoint"
    );
    let outside = errcat::__private::check_extension_prefixes("Ext", "BAD", "P8000", "SqlState", &["P9"], false);
    assert_eq!(
        outside.as_str(),
        "code \"P8000\" of `Ext::BAD` has none of the prefixes that `SqlState` leaves open: \"P9\""
    );
    let inside = errcat::__private::check_extension_prefixes("Ext", "OK", "P9000", "SqlState", &["P9"], false);
    assert!(inside.is_empty());
}
