//! String-coded systems with serde and schemars: the code is written and
//! read as a JSON string, and the schemas say so.

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

/// A received string code is kept when known; an unknown one cannot be held
/// by a `&'static str`, and is an error that names it.
#[test]
fn a_received_string_code_is_read_when_known() {
    let known: errcat::ReceivedCode<SqlState> = serde_json::from_str("\"22012\"").unwrap();
    assert_eq!(known, errcat::ReceivedCode::Known(SqlState::DivisionByZero));
    let error = serde_json::from_str::<errcat::ReceivedCode<SqlState>>("\"ZZ999\"").unwrap_err();
    assert!(error.to_string().contains("no SqlState entry has code \"ZZ999\""), "{error}");
}

#[cfg(feature = "alloc")]
#[test]
fn a_reply_with_a_string_code_is_read() {
    let reply: errcat::ReceivedReply<SqlState> =
        serde_json::from_str(r#"{"code":"2202E","name":"ARRAY_ELEMENT_ERROR","message":"array element error"}"#)
            .unwrap();
    assert_eq!(reply.entry(), Some(SqlState::ArrayElementError));
}
