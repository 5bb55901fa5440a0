//! `#[require_all_languages]`: an entry without a text in a declared
//! language is an error on its name, naming what is missing.
use errcat::error_catalog;

error_catalog! {
    #[languages(zh, en, de)]
    #[require_all_languages]
    pub system Api {
        1 NOT_FOUND "未找到" en "not found" de "nicht gefunden",
        2 TIMEOUT "超时" en "timeout",
        3 DENIED,
        4 EMPTY "" en "empty" de "leer",
    }
}

fn main() {
    assert_eq!(Api::from_code(1), Some(Api::NotFound));
}
