//! A catalogue that opts into nothing, compiled with every errcat feature on:
//! its crate's own `impl Serialize`, `impl Deserialize` and inherent
//! `with_detail`, `with_source` and `status_code` are the ones that apply.

use errcat::error_catalog;

error_catalog! {
    pub system Api: u16 {
        #[http(404)]
        404 NOT_FOUND "not found",
        500 INTERNAL "internal error",
    }
}

// The crate's own wire form: the message, not the code.
impl serde::Serialize for Api {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.message())
    }
}

impl<'de> serde::Deserialize<'de> for Api {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let message = <String as serde::Deserialize>::deserialize(deserializer)?;
        Api::iter()
            .find(|entry| entry.message() == message)
            .ok_or_else(|| serde::de::Error::custom("no such message"))
    }
}

impl Api {
    pub fn with_detail(self, detail: &str) -> String {
        format!("{}: {detail}", self.name())
    }

    pub fn with_source(self) -> &'static str {
        "own"
    }

    pub fn status_code(self) -> u16 {
        418
    }
}

fn main() {
    assert_eq!(serde_json::to_string(&Api::NotFound).unwrap(), r#""not found""#);
    assert_eq!(serde_json::from_str::<Api>(r#""internal error""#).unwrap(), Api::Internal);
    assert_eq!(Api::NotFound.with_detail("/a"), "NOT_FOUND: /a");
    assert_eq!(Api::Internal.with_source(), "own");
    assert_eq!(Api::NotFound.status_code(), 418);

    // errcat's own methods stay reachable through their traits.
    let error = errcat::Raise::with_detail(Api::NotFound, "/a");
    assert_eq!(error.to_string(), "not found (NOT_FOUND, code 404): /a");
    assert_eq!(errcat::Catalog::status_code(Api::NotFound), Some(http::StatusCode::NOT_FOUND));
    // errcat's wire types work for it without its opting in.
    let body = serde_json::to_string(&errcat::Reply::new(Api::NotFound)).unwrap();
    assert_eq!(body, r#"{"code":404,"name":"NOT_FOUND","message":"not found"}"#);
}
