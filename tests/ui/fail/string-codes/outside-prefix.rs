use errcat::error_catalog;

error_catalog! {
    pub system SqlState: str {
        section DataException in "22" {
            "22012" DIVISION_BY_ZERO,
            "23505" UNIQUE_VIOLATION,
            #[outside_range]
            "22P02" INVALID_TEXT_REPRESENTATION,
        }
    }
}

fn main() {}
