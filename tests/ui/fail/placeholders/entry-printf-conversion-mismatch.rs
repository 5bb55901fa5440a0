//! A conversion that takes another kind of argument, or one a translation
//! lacks, is an error on the translation; only the first difference of a
//! string is reported.
use errcat::error_catalog;

error_catalog! {
    #[languages(en, de, fr)]
    #[placeholders(printf)]
    pub system Server: u16 {
        1054 BAD_FIELD_ERROR "Unknown column '%-.192s' in '%-.192s'" de "Unbekanntes Tabellenfeld '%-.192s' in %d" fr "Champ '%-.192s' inconnu",
        1136 WRONG_VALUE_COUNT_ON_ROW "Column count doesn't match value count at row %ld" de "Anzahl der Felder stimmt nicht in Zeile %d",
    }
}

fn main() {}
