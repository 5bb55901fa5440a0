//! Codes on the wire: string codes are written and read as JSON strings
//! (and the schemas say so), a received unknown one is kept; a formatted
//! integer code (`E0308`) travels as its number.

use errcat::error_catalog;

error_catalog! {
    /// Some of PostgreSQL's SQLSTATE codes.
    #[code_chars = "0-9A-Z"]
    #[serde]
    #[cfg_attr(feature = "schemars", json_schema)]
    pub system SqlState: str {
        section SuccessfulCompletion in "00" {
            "00000" SUCCESSFUL_COMPLETION "successful completion",
        }
        section DataException in "22" {
            "2202E" ARRAY_SUBSCRIPT_ERROR "array subscript error",
            #[shares_code(ARRAY_SUBSCRIPT_ERROR)]
            "2202E" ARRAY_ELEMENT_ERROR "array element error",
            "22012" DIVISION_BY_ZERO "division by zero",
            "22P02" INVALID_TEXT_REPRESENTATION "invalid input syntax",
        }
        section InternalError in "XX" {
            "XX001" DATA_CORRUPTED "data corrupted",
        }
    }
}

#[test]
fn serde_writes_and_reads_the_string() {
    for &entry in SqlState::ALL {
        let json = serde_json::to_string(&entry).unwrap();
        assert_eq!(json, serde_json::to_string(entry.code()).unwrap());
        let back: SqlState = serde_json::from_str(&json).unwrap();
        assert_eq!(back, SqlState::from_code(entry.code()).unwrap());
    }
    let error = serde_json::from_str::<SqlState>("\"ZZ999\"").unwrap_err();
    assert!(error.to_string().contains("no SqlState entry has code \"ZZ999\""), "{error}");
    let error = serde_json::from_str::<SqlState>("22012").unwrap_err();
    assert!(error.to_string().contains("a code of SqlState"), "{error}");
    // Borrowed or owned, escaped or not: every string is read.
    let escaped: SqlState = serde_json::from_str("\"22\\u0050\\u0030\\u0032\"").unwrap();
    assert_eq!(escaped, SqlState::InvalidTextRepresentation);
    let from_value: SqlState = serde_json::from_value(serde_json::json!("XX001")).unwrap();
    assert_eq!(from_value, SqlState::DataCorrupted);
}

#[cfg(feature = "alloc")]
#[test]
fn a_reply_writes_the_string_code() {
    let reply = serde_json::to_value(errcat::Reply::new(SqlState::DivisionByZero)).unwrap();
    assert_eq!(reply["code"], "22012");
}

#[cfg(feature = "schemars")]
#[test]
fn the_schemas_say_string() {
    let codes = errcat::schema::codes::<SqlState>();
    assert_eq!(codes.get("type").unwrap(), "string");
    // A shared code once, as `from_code` answers it.
    assert_eq!(codes.get("enum").unwrap(), &serde_json::json!(["00000", "2202E", "22012", "22P02", "XX001"]));
    let schema = serde_json::to_value(schemars::schema_for!(SqlState)).unwrap();
    assert_eq!(schema["type"], "string", "{schema}");
}

/// A received string code is known, or kept as it came (with `alloc`,
/// which owns it); without `alloc` an unknown one is an error naming it.
#[test]
fn a_received_string_code_is_kept() {
    let known: errcat::ReceivedCode<SqlState> = serde_json::from_str("\"22012\"").unwrap();
    assert_eq!(known, errcat::ReceivedCode::Known(SqlState::DivisionByZero));
    assert_eq!(known.clone().value(), "22012");
    assert_eq!(serde_json::to_string(&known).unwrap(), "\"22012\"");
    let unknown = serde_json::from_str::<errcat::ReceivedCode<SqlState>>("\"ZZ999\"");
    #[cfg(feature = "alloc")]
    {
        let unknown = unknown.unwrap();
        assert_eq!(unknown, errcat::ReceivedCode::Unknown(errcat::ReceivedText::new("ZZ999")));
        assert_eq!(unknown.to_string(), "code ZZ999, unknown to SqlState");
        assert_eq!(serde_json::to_string(&unknown).unwrap(), "\"ZZ999\"");
        assert!(!unknown.is_known());
    }
    #[cfg(not(feature = "alloc"))]
    {
        let error = unknown.unwrap_err();
        assert!(error.to_string().contains("no SqlState entry has code \"ZZ999\""), "{error}");
    }
    assert_eq!(
        errcat::ReceivedCode::<SqlState>::new("22P02"),
        errcat::ReceivedCode::Known(SqlState::InvalidTextRepresentation)
    );
    assert_eq!(
        errcat::ReceivedCode::<SqlState>::new("P0001"),
        errcat::ReceivedCode::Unknown(errcat::ReceivedText::from_static("P0001"))
    );
}

error_catalog! {
    /// Some of rustc's error codes, written `E0308`.
    #[code_format = "E{:04}"]
    #[serde]
    pub system Rustc: u16 {
        308 MISMATCHED_TYPES "mismatched types",
    }
}

/// A formatted code is written as the system writes it for people (`E0308`)
/// and travels as its number, the wire form of every integer catalogue.
#[test]
fn a_formatted_code_travels_as_its_number() {
    assert_eq!(serde_json::to_string(&Rustc::MismatchedTypes).unwrap(), "308");
    assert_eq!(serde_json::from_str::<Rustc>("308").unwrap(), Rustc::MismatchedTypes);
    assert_eq!(Rustc::MismatchedTypes.code_str(), "E0308");
    assert_eq!(Rustc::from_code_str("e308"), Some(Rustc::MismatchedTypes));
    assert_eq!(Rustc::MismatchedTypes.to_string(), "mismatched types (MISMATCHED_TYPES, code E0308)");
}

#[cfg(feature = "alloc")]
#[test]
fn a_reply_with_a_string_code_is_read() {
    let reply: errcat::ReceivedReply<SqlState> =
        serde_json::from_str(r#"{"code":"2202E","name":"ARRAY_ELEMENT_ERROR","message":"array element error"}"#)
            .unwrap();
    assert_eq!(reply.entry(), Some(SqlState::ArrayElementError));
    let newer: errcat::ReceivedReply<SqlState> =
        serde_json::from_str(r#"{"code":"P0004","name":"ASSERT_FAILURE","message":"assert failure"}"#).unwrap();
    assert_eq!(newer.entry(), None);
    assert_eq!(newer.code().value(), "P0004");
    assert_eq!(newer.to_string(), "assert failure (ASSERT_FAILURE, code P0004)");
}

/// `PostgreSQL`'s `SQLSTATE`s: the workspace's catalogue generated from its
/// `errcodes.txt` (a copy inside the crate, checked to be the same).
mod postgresql {
    include!("fixtures/sqlstate.rs");
}

/// Every one of the 267 codes travels as its string and reads back as the
/// first entry with it.
#[test]
fn every_sqlstate_travels_as_its_string() {
    use postgresql::SqlState;
    assert_eq!(SqlState::ALL.len(), 267);
    for &entry in SqlState::ALL {
        let code = entry.code();
        let first = SqlState::from_code(code).unwrap();
        let json = serde_json::to_string(&errcat::ReceivedCode::Known(entry)).unwrap();
        assert_eq!(json, format!("{code:?}"));
        let back: errcat::ReceivedCode<SqlState> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, errcat::ReceivedCode::Known(first), "{}", entry.name());
    }
}
