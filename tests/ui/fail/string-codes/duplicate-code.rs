use errcat::error_catalog;

error_catalog! {
    pub system SqlState: str {
        "22012" DIVISION_BY_ZERO "division by zero",
        "22012" DIVIDE_BY_ZERO "division by zero",
        "22P02" INVALID_TEXT_REPRESENTATION,
    }
}

fn main() {
    // The entries compile past the mistake.
    let _ = SqlState::InvalidTextRepresentation.code();
}
