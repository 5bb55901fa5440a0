use errcat::error_catalog;

error_catalog! {
    #[require_all_languages]
    pub system Api {
        1 NOT_FOUND "not found",
    }
}

fn main() {}
