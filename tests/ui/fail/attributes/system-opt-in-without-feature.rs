// `#[serde]` and `#[json_schema]` ask for impls that errcat's features
// provide: without the feature, the error is on the attribute and names it.
use errcat::error_catalog;

error_catalog! {
    #[serde]
    pub system Api: u16 { 404 NOT_FOUND "not found" }

    #[serde(by_name)]
    #[json_schema]
    pub system Named { 1 FULL }
}

fn main() {
    // The enums are generated all the same.
    let _ = (Api::NotFound, Named::Full);
}
