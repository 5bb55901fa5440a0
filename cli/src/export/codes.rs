//! Codes in the generated source of other languages: which entry a code
//! stands for when several share it (the first, as `from_code` in Rust), and
//! whether a language's integer type holds every code.

use std::collections::HashMap;

use crate::export::source_text::comment_inline;
use crate::failure::Failure;
use crate::view::{EntryView, SectionView, SystemView};

/// For each entry, the index of the first entry with its code: itself
/// unless an earlier entry has the same code.
pub fn first_with_code(system: &SystemView) -> Vec<usize> {
    let mut first: HashMap<i128, usize> = HashMap::with_capacity(system.entries.len());
    (0..system.entries.len()).map(|index| *first.entry(system.entries[index].code).or_insert(index)).collect()
}

/// Whether any two entries share a code.
pub fn any_shared(firsts: &[usize]) -> bool {
    firsts.iter().enumerate().any(|(index, &first)| index != first)
}

/// Fails, naming the entry, when a code is outside `low..=high`, the range
/// of the language's type for it. String codes are never out of range.
pub fn check_range(system: &SystemView, (low, high): (i128, i128), what: &str) -> Result<(), Failure> {
    if system.string_codes {
        return Ok(());
    }
    match system.entries.iter().find(|entry| entry.code < low || entry.code > high) {
        None => Ok(()),
        Some(entry) => Err(Failure::bad_input(format!(
            "cannot export {} as {what}: code {} of {} is outside {low}..={high}",
            system.name, entry.code, entry.name
        ))),
    }
}

/// The code as a comment shows it: a string code as a quoted literal with
/// quotes, backslashes, line breaks and every other hazard escaped (`"22P02"`,
/// `"a\"b\u{202e}"`), so that it stays on its line and reads as written; an
/// integer as the system writes it (`E0308`, `0x80070002`, or the decimal
/// code).
pub fn commented(system: &SystemView, entry: &EntryView) -> String {
    if system.string_codes { escaped(&entry.code_str) } else { entry.code_str.clone() }
}

/// A quoted literal for comments, as Rust writes one (`{:?}`), every hazard
/// left escaped.
fn escaped(text: &str) -> String {
    comment_inline(&format!("{text:?}"))
}

/// What a section's codes are, for a comment: `, codes 150..=159`,
/// `, codes starting with "22"`, or nothing.
pub fn section_codes(section: &SectionView) -> String {
    match (&section.prefix, section.range) {
        (Some(prefix), _) => format!(", codes starting with {}", escaped(prefix)),
        (None, Some(range)) => format!(", codes {}", crate::view::format_range(range)),
        (None, None) => String::new(),
    }
}
