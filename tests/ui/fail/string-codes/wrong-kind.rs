use errcat::error_catalog;

error_catalog! {
    pub system Http {
        "404" NOT_FOUND "Not Found",
        500 INTERNAL_SERVER_ERROR "Internal Server Error",
    }

    pub system SqlState: str {
        22012 DIVISION_BY_ZERO,
        "22P02" INVALID_TEXT_REPRESENTATION,
    }
}

fn main() {
    // Both entries of each system are still variants.
    let _ = (Http::NotFound, Http::InternalServerError);
    let _ = (SqlState::DivisionByZero, SqlState::InvalidTextRepresentation);
}
