use errcat::error_catalog;

error_catalog! {
    pub system Api {
        1 ALPHA 42,
        2 BETA "beta",
    }
}

fn main() {
    assert_eq!(Api::from_code(2), Some(Api::Beta));
}
