//! JSON schemas of the replies, checked against the bodies errcat writes.

use errcat::{ReceivedReply, Reply, error_catalog};
use serde_json::{Value, json};

error_catalog! {
    pub system Disk: i64 {
        1 FULL "disk full",
        #[shares_code(FULL)]
        1 FULL_LEGACY "disk full (old)",
        -9_000_000_000 GONE,
    }
}

#[test]
fn the_reply_schema_enumerates_codes_and_names() {
    let schema = schemars::schema_for!(Reply<'static, Disk>).to_value();
    assert_eq!(schema["type"], "object");
    assert_eq!(schema["properties"]["code"]["enum"], json!([1, -9_000_000_000i64]));
    assert_eq!(schema["properties"]["name"]["enum"], json!(["FULL", "FULL_LEGACY", "GONE"]));
    assert_eq!(schema["properties"]["detail"]["type"], "string");
    assert_eq!(schema["required"], json!(["code", "name", "message"]));
    for entry in Disk::ALL {
        for reply in [Reply::new(*entry), Reply::new(*entry).with_detail("x")] {
            let body = serde_json::to_value(reply).unwrap();
            conforms(&schema, &body);
        }
    }
}

#[test]
fn the_received_reply_schema_accepts_any_code_of_the_type() {
    let schema = schemars::schema_for!(ReceivedReply<Disk>).to_value();
    assert_eq!(schema["properties"]["code"]["minimum"], json!(i64::MIN));
    assert_eq!(schema["properties"]["code"]["maximum"], json!(i64::MAX));
    assert!(schema["properties"]["code"].get("enum").is_none());
    let newer = json!({"code": 77, "name": "NEWER", "message": "from a newer server"});
    conforms(&schema, &newer);
}

#[test]
fn schemas_of_two_catalogues_do_not_collide() {
    error_catalog! { pub system Net: u8 { 7 DOWN } }
    #[derive(schemars::JsonSchema)]
    #[allow(dead_code)]
    struct Both {
        disk: Reply<'static, Disk>,
        net: Reply<'static, Net>,
    }
    let schema = schemars::schema_for!(Both).to_value();
    assert_eq!(schema["$defs"]["DiskReply"]["properties"]["code"]["enum"], json!([1, -9_000_000_000i64]));
    assert_eq!(schema["$defs"]["NetReply"]["properties"]["code"]["enum"], json!([7]));
}

/// The checks these schemas use: required properties, types, `enum`.
fn conforms(schema: &Value, body: &Value) {
    let object = body.as_object().unwrap();
    for required in schema["required"].as_array().unwrap() {
        assert!(object.contains_key(required.as_str().unwrap()), "{body} lacks {required}");
    }
    for (key, value) in object {
        let property = &schema["properties"][key];
        match property["type"].as_str().unwrap() {
            "integer" => assert!(value.is_i64() || value.is_u64(), "{key} of {body}"),
            "string" => assert!(value.is_string(), "{key} of {body}"),
            other => panic!("unexpected type {other}"),
        }
        if let Some(allowed) = property["enum"].as_array() {
            assert!(allowed.contains(value), "{key} of {body} is not in {allowed:?}");
        }
    }
}

mod opted_in {
    use serde_json::json;

    errcat::error_catalog! {
        #[serde]
        #[json_schema]
        pub system Net: u8 { 7 DOWN, 9 SLOW }
        #[serde(by_name)]
        #[json_schema]
        pub system Named { 1 FULL, #[name = "2RSP"] 2 TWO_RSP }
        // The schema of a system without `#[serde]` is that of its codes,
        // the form `ReceivedCode` and `Reply` write.
        #[json_schema]
        pub system Plain: i16 { -3 GONE }
    }

    #[test]
    fn a_generated_enum_has_the_schema_of_its_wire_form() {
        let schema = schemars::schema_for!(Net).to_value();
        assert_eq!(schema["title"], "Net");
        assert_eq!(schema["type"], "integer");
        assert_eq!(schema["enum"], json!([7, 9]));
        let schema = schemars::schema_for!(Named).to_value();
        assert_eq!(schema["type"], "string");
        assert_eq!(schema["enum"], json!(["FULL", "2RSP"]));
        assert_eq!(<Named as schemars::JsonSchema>::schema_name(), "NamedName");
        let schema = schemars::schema_for!(Plain).to_value();
        assert_eq!(schema["enum"], json!([-3]));
    }

    #[test]
    fn the_schema_accepts_what_serde_writes() {
        for entry in Named::iter() {
            let written = serde_json::to_value(entry).unwrap();
            assert!(schemars::schema_for!(Named).to_value()["enum"].as_array().unwrap().contains(&written));
        }
        for entry in Net::iter() {
            let written = serde_json::to_value(entry).unwrap();
            assert!(schemars::schema_for!(Net).to_value()["enum"].as_array().unwrap().contains(&written));
        }
    }
}
