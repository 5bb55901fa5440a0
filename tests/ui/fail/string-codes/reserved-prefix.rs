use errcat::error_catalog;

error_catalog! {
    pub system SqlState: str {
        "22012" DIVISION_BY_ZERO,
        "XX001" DATA_CORRUPTED,
        "P9001" EXTENSION,
        /// Internal errors, raised by the server only.
        reserved "XX";
        /// Left to extensions.
        open "P9";
    }
}

fn main() {}
