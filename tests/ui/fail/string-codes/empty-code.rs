use errcat::error_catalog;

error_catalog! {
    pub system S3: str {
        "" EMPTY "no code at all",
        "NoSuchKey" NO_SUCH_KEY,
        section Empty in "" {
            "AccessDenied" ACCESS_DENIED,
        }
    }
}

fn main() {
    let _ = S3::Empty;
}
