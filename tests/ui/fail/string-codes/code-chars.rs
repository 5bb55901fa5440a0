use errcat::error_catalog;

error_catalog! {
    #[code_chars = "0-9A-Z"]
    pub system SqlState: str {
        "22p02" INVALID_TEXT_REPRESENTATION,
        "22 012" DIVISION_BY_ZERO,
        section Lower in "x" {
            "x0001" LOWER,
        }
        "23505" UNIQUE_VIOLATION,
    }

    #[code_chars = "Z-A"]
    pub system Reversed: str {
        "A" A,
    }

    #[code_chars = ""]
    pub system Nothing: str {
        "A" A,
    }

    #[code_chars = 5]
    pub system NotAString: str {
        "A" A,
    }
}

fn main() {}
