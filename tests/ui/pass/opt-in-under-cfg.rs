// `#[cfg_attr(PREDICATE, serde)]`: the impls are compiled under the
// predicate, as a library's optional serde support is. `any()` is false: no
// impl, so no feature of errcat is needed.
use errcat::error_catalog;

error_catalog! {
    #[cfg_attr(any(), serde)]
    #[cfg_attr(any(), json_schema)]
    pub system Api: u16 { 404 NOT_FOUND "not found" }
}

fn main() {
    assert_eq!(Api::NotFound.code(), 404);
}
