use errcat::error_catalog;

error_catalog! {
    pub system SqlState: str {
        "22012" DIVISION_BY_ZERO,
        open "P9";
    }

    #[extends(SqlState)]
    pub system Extension: str {
        "P9001" EXTENSION_FAILED,
        "P8001" OUTSIDE,
    }
}

fn main() {}
