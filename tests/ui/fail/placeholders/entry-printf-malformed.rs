//! A `%` that starts no conversion errcat can fill is an error on its
//! string, saying to write `%%` for a literal percent sign.
use errcat::error_catalog;

error_catalog! {
    #[placeholders(printf)]
    pub system Server {
        1 PROGRESS "50% done",
        2 UNKNOWN "value %y",
        3 STAR "truncated to %.*s",
        4 POSITIONAL "swap %2$s and %1$s",
        5 BRACES_ARE_TEXT "{not a placeholder} at 100%%",
    }
}

fn main() {}
