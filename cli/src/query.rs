//! Reading what the user asks for: codes (`-61`) and the printed forms of
//! an entry (`FILE_NOT_EXIST`, `Cos::FileNotExist`, `cos/-46628`).

use crate::failure::{Failure, Kind};
use crate::registry;
use crate::view::SystemView;

/// A code with an optional sign, in decimal (`-61`) or hexadecimal
/// (`0x10A`, `-0x3d`), as the DSL writes its literals; `_` may separate
/// digits.
pub fn parse_code(text: &str) -> Option<i128> {
    let trimmed = text.trim();
    let (negative, unsigned) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let (radix, digits) = match unsigned.get(..2) {
        Some("0x" | "0X") => (16, &unsigned[2..]),
        _ => (10, unsigned),
    };
    let digits = digits.replace('_', "");
    if digits.is_empty() || unsigned.starts_with('_') || !digits.chars().all(|digit| digit.is_digit(radix)) {
        return None;
    }
    let magnitude = i128::from_str_radix(&digits, radix).ok()?;
    Some(if negative { -magnitude } else { magnitude })
}

pub fn code_argument(text: &str) -> Result<i128, Failure> {
    parse_code(text).ok_or_else(|| {
        Failure::new(
            Kind::MalformedCode,
            format!("malformed code `{text}`: expected an integer such as -61, 404 or 0x10A"),
        )
    })
}

/// The entries whose code is `text`: as the system writes it
/// (`#[code_format]`: `E0308`, `0x80070002`), else as an integer (`-61`).
/// A string code is found as written, else in another ASCII case
/// (`22p02`), never as a number.
pub fn with_code_text<'a>(system: &'a SystemView, text: &str) -> &'a [usize] {
    if system.string_codes {
        let exact = system.with_code_text(text.trim());
        return if exact.is_empty() { system.with_code_str(text.trim()) } else { exact };
    }
    let written = system.with_code_str(text.trim());
    if !written.is_empty() {
        return written;
    }
    parse_code(text).map_or(&[], |code| system.with_code(code))
}

/// Whether `text` is a code as the system writes it.
pub fn is_written_code(system: &SystemView, text: &str) -> bool {
    !system.with_code_str(text.trim()).is_empty()
}

/// An entry of a catalogue: (system index, entry index).
pub type Hit = (usize, usize);

/// The entries that `what` names, in catalogue order.
pub fn resolve(systems: &[SystemView], what: &str) -> Result<Vec<Hit>, Failure> {
    let what = what.trim();
    if what.is_empty() {
        return Err(Failure::new(
            Kind::EmptyQuery,
            "nothing to explain: give a code, a name, System::NAME or system/code",
        ));
    }
    let qualified = what.split_once("::").or_else(|| what.split_once('/'));
    if let Some((system_name, rest)) = qualified {
        let system = registry::find(systems, system_name.trim())?;
        let index = systems.iter().position(|candidate| std::ptr::eq(candidate, system)).unwrap_or_default();
        return Ok(in_system(system, rest.trim()).into_iter().map(|entry| (index, entry)).collect());
    }
    if what.starts_with(['-', '+']) || what.starts_with(|first: char| first.is_ascii_digit()) {
        // `2RSP` is a name; `-6x1` is neither a code nor a name anyone has.
        if parse_code(what).is_none() && !systems.iter().any(|system| !in_system(system, what).is_empty()) {
            return Err(Failure::new(
                Kind::MalformedCode,
                format!(
                    "malformed code `{what}`: expected an integer such as -61, a name, System::NAME or system/code"
                ),
            ));
        }
    }
    Ok(systems
        .iter()
        .enumerate()
        .flat_map(|(index, system)| in_system(system, what).into_iter().map(move |entry| (index, entry)))
        .collect())
}

/// The entries of one system that `what` names: a code, a documented name,
/// a variant, or, failing those, a name in another case.
fn in_system(system: &SystemView, what: &str) -> Vec<usize> {
    if is_written_code(system, what) || (!system.string_codes && parse_code(what).is_some()) {
        return with_code_text(system, what).to_vec();
    }
    let exact: Vec<usize> = (0..system.entries.len())
        .filter(|&index| {
            let entry = &system.entries[index];
            entry.name == what || entry.variant == what
        })
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    (0..system.entries.len()).filter(|&index| system.entries[index].name.eq_ignore_ascii_case(what)).collect()
}

/// The `retired` declarations that `what` names, as (system index, retired
/// index): by code or by name, optionally as `System::NAME` or `system/code`.
pub fn resolve_retired(systems: &[SystemView], what: &str) -> Vec<(usize, usize)> {
    let what = what.trim();
    let (scope, target) = match what.split_once("::").or_else(|| what.split_once('/')) {
        Some((system, rest)) => (registry::find(systems, system.trim()).ok(), rest.trim()),
        None => (None, what),
    };
    let code = parse_code(target);
    systems
        .iter()
        .enumerate()
        .filter(|(_, system)| scope.is_none_or(|scope| std::ptr::eq(scope, *system)))
        .flat_map(|(index, system)| {
            system
                .retired
                .iter()
                .enumerate()
                .filter(move |(_, retired)| match code {
                    _ if system.string_codes && retired.code_str == target => true,
                    Some(code) if !system.string_codes => retired.code == code,
                    _ => retired.name == target || retired.name.eq_ignore_ascii_case(target),
                })
                .map(move |(retired, _)| (index, retired))
        })
        .collect()
}

/// How alike two names must be, by Jaro-Winkler similarity ignoring case,
/// to be suggested.
const ALIKE: f64 = 0.85;

/// The most suggestions shown.
const SUGGESTED: usize = 3;

/// The candidates closest to `word`, the closest first: the same word in
/// another case, or one alike enough; at most three.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let word = word.to_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(&word, &candidate.to_lowercase()), candidate))
        .filter(|&(score, _)| score >= ALIKE)
        .collect();
    scored.sort_by(|left, right| right.0.total_cmp(&left.0).then_with(|| left.1.cmp(right.1)));
    scored.dedup_by(|left, right| left.1 == right.1);
    scored.truncate(SUGGESTED);
    scored.into_iter().map(|(_, candidate)| candidate).collect()
}

/// The entries whose name or variant is closest to `name`, across the
/// systems: what `explain` suggests when nothing matches.
pub fn closest_entries(systems: &[SystemView], name: &str) -> Vec<Hit> {
    let word = name.to_lowercase();
    let mut scored: Vec<(f64, Hit)> = Vec::new();
    for (system_index, system) in systems.iter().enumerate() {
        for (entry_index, entry) in system.entries.iter().enumerate() {
            let score = [&entry.name, &entry.variant]
                .into_iter()
                .filter(|candidate| !candidate.is_empty())
                .map(|candidate| strsim::jaro_winkler(&word, &candidate.to_lowercase()))
                .fold(0.0, f64::max);
            if score >= ALIKE {
                scored.push((score, (system_index, entry_index)));
            }
        }
    }
    scored.sort_by(|left, right| right.0.total_cmp(&left.0).then_with(|| left.1.cmp(&right.1)));
    scored.truncate(SUGGESTED);
    scored.into_iter().map(|(_, hit)| hit).collect()
}
