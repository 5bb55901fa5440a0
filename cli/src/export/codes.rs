//! Codes in the generated source of other languages: which entry a code
//! stands for when several share it (the first, as `from_code` in Rust), and
//! whether a language's integer type holds every code.

use std::collections::HashMap;

use crate::failure::Failure;
use crate::view::SystemView;

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
/// of the language's type for it.
pub fn check_range(system: &SystemView, (low, high): (i128, i128), what: &str) -> Result<(), Failure> {
    match system.entries.iter().find(|entry| entry.code < low || entry.code > high) {
        None => Ok(()),
        Some(entry) => Err(Failure::bad_input(format!(
            "cannot export {} as {what}: code {} of {} is outside {low}..={high}",
            system.name, entry.code, entry.name
        ))),
    }
}
