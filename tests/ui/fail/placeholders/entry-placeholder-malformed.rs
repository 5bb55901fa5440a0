//! A placeholder that cannot be read is an error on its string, saying how
//! to write a literal brace; the message is not compared further.
use errcat::error_catalog;

error_catalog! {
    #[languages(en, de)]
    pub system Api {
        1 UNCLOSED "file {path not found" de "Datei {path} nicht gefunden",
        2 EMPTY "expected {} here",
        3 NOT_A_NAME "bad {user-id}" de "{path:?} ungültig",
        4 STRAY_CLOSE "expected } here",
        5 ESCAPED "expected {{ or }} in {file}" de "{{ oder }} erwartet in {file}",
    }
}

fn main() {}
