//! Under `#[placeholders(printf)]`, every language takes the same
//! conversions in the same order: an extra one is an error on its string.
use errcat::error_catalog;

error_catalog! {
    #[languages(en, de)]
    #[placeholders(printf)]
    pub system Server: u16 {
        1062 DUP_ENTRY "Duplicate entry '%-.192s' for key %d" de "Doppelter Eintrag '%-.192s' für Schlüssel %d (%s)",
    }
}

fn main() {}
