//! A misspelt `#[languages]` is one error: no entry's `de` text is
//! reported as undeclared.
use errcat::error_catalog;

error_catalog! {
    #[language(en, de)]
    pub system Api {
        1 NOT_FOUND "not found" de "nicht gefunden",
        2 TIMEOUT "timeout" de "Zeitüberschreitung",
        3 DENIED "denied" de "verweigert",
    }
}

fn main() {
    assert_eq!(Api::from_code(1), Some(Api::NotFound));
}
