//! Support for the code that `error_catalog!` generates. Not public API:
//! it changes whenever the macro does (the two crates are pinned together).

use core::fmt;

pub use errcat_phf::{hash_code, hash_name, position};

use crate::Text;

/// `Display` of a generated enum: the message, the name and the code.
pub fn display(message: &str, name: &str, code: impl fmt::Display, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
    if message.is_empty() {
        write!(formatter, "{name} (code {code})")
    } else {
        write!(formatter, "{message} ({name}, code {code})")
    }
}

/// The per-entry tables of a catalogue, one array per field, indexed by the
/// entry's position in `ALL`: flat arrays of literals are what the compiler
/// builds fastest.
#[derive(Debug)]
pub struct Tables<C: 'static> {
    pub codes: &'static [C],
    pub names: &'static [&'static str],
    pub variants: &'static [&'static str],
    pub messages: &'static [&'static str],
    pub docs: &'static [&'static str],
    /// The innermost section of each entry, `u32::MAX` for none.
    pub sections: &'static [u32],
    /// Where each entry's texts start in `texts`; one more element than
    /// there are entries.
    pub text_starts: &'static [u32],
    pub texts: &'static [Text],
    /// `(entry, note)` for the deprecated entries, sorted by entry.
    pub deprecated: &'static [(u32, &'static str)],
}
