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
/// builds fastest. Fields that most entries leave empty are sparse.
#[derive(Debug)]
pub struct Tables<C: 'static> {
    pub codes: &'static [C],
    pub names: &'static [&'static str],
    pub variants: &'static [&'static str],
    pub messages: &'static [&'static str],
    /// `(entry, doc)` for the entries with a doc comment, sorted by entry.
    pub docs: &'static [(u32, &'static str)],
    /// Where each entry's texts start in `texts`, plus where the last one
    /// ends; empty when no entry has texts.
    pub text_starts: &'static [u32],
    pub texts: &'static [Text],
    /// `(entry, note)` for the deprecated entries, sorted by entry.
    pub deprecated: &'static [(u32, &'static str)],
}

/// The value for `index` in a sparse `(index, value)` table sorted by index.
pub(crate) fn sparse<T: Copy>(table: &[(u32, T)], index: usize) -> Option<T> {
    table.binary_search_by_key(&index, |&(at, _)| at as usize).ok().map(|found| table[found].1)
}

/// The innermost section holding the entry at `index`: sections come parent
/// first and a section's entries are contiguous, so it is the last section
/// whose entries contain the index.
pub const fn innermost_section(starts_and_ends: &[(u32, u32)], index: usize) -> Option<usize> {
    let mut section = starts_and_ends.len();
    while section > 0 {
        section -= 1;
        let (start, end) = starts_and_ends[section];
        if start as usize <= index && index < end as usize {
            return Some(section);
        }
    }
    None
}
