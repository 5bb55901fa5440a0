use errcat::error_catalog;

error_catalog! {
    pub system SqlState: str {
        section IntegrityConstraintViolation in "23" {
            section Unique in "235" {
                "23505" UNIQUE_VIOLATION,
            }
            section Check in "24" {
                "23514" CHECK_VIOLATION,
            }
        }
    }
}

fn main() {}
