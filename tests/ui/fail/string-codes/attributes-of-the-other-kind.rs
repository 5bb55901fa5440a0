use errcat::error_catalog;

error_catalog! {
    #[code_format = "E{:04}"]
    pub system SqlState: str {
        "22012" DIVISION_BY_ZERO,
    }

    #[code_chars = "0-9"]
    pub system Http: u16 {
        404 NOT_FOUND,
    }
}

fn main() {}
