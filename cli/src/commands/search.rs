//! `errcat search TEXT`: entries whose name or any message contains TEXT.

use serde::Serialize;

use crate::cli::SearchArgs;
use crate::commands::{Answer, entry_table};
use crate::failure::{Failure, Kind, Outcome};
use crate::json;
use crate::output::Output;
use crate::query::Hit;
use crate::registry;
use crate::view::{EntryView, SystemView};

#[derive(Serialize)]
struct Found<'a> {
    version: u32,
    query: &'a str,
    entries: Vec<json::Entry<'a>>,
}

pub fn run(systems: &[SystemView], args: &SearchArgs, as_json: bool, output: Output) -> Result<Answer, Failure> {
    let needle = args.text.trim().to_lowercase();
    if needle.is_empty() {
        return Err(Failure::new(Kind::EmptyQuery, "nothing to search for: give a word of a name or a message"));
    }
    let systems = registry::narrow(systems, args.system.as_deref())?;
    let hits: Vec<Hit> = systems
        .iter()
        .enumerate()
        .flat_map(|(system, view)| {
            let needle = &needle;
            let mut lowercase = String::new();
            (0..view.entries.len())
                .filter(move |&entry| matches(&view.entries[entry], needle, &mut lowercase))
                .map(move |entry| (system, entry))
        })
        .collect();
    let outcome = if hits.is_empty() { Outcome::Negative } else { Outcome::Success };
    let text = if as_json {
        let entries = hits
            .iter()
            .map(|&(system, entry)| json::entry(&systems[system], &systems[system].entries[entry]))
            .collect();
        json::to_string(&Found { version: json::VERSION, query: &args.text, entries })
    } else if hits.is_empty() {
        format!(
            "{}\n",
            output.warning(&format!("no entry's name or text contains `{}`", output.line(args.text.trim())))
        )
    } else {
        let count = if hits.len() == 1 { "1 entry".to_owned() } else { format!("{} entries", hits.len()) };
        format!("{}{count}\n", entry_table(systems, &hits, output))
    };
    Ok(Answer::new(text, outcome))
}

/// Case-insensitive for every script that has case; Chinese matches as is.
/// The ASCII texts first, which need no lowercase of their own (the
/// answer does not depend on the order).
fn matches(entry: &EntryView, needle: &str, lowercase: &mut String) -> bool {
    let haystacks = || {
        std::iter::once(&entry.name)
            .chain(std::iter::once(&entry.message))
            .chain(entry.texts.iter().map(|(_, text)| text))
    };
    haystacks().filter(|haystack| haystack.is_ascii()).any(|haystack| ascii_contains(haystack, needle))
        || haystacks()
            .filter(|haystack| !haystack.is_ascii())
            .any(|haystack| lowercase_contains(haystack, needle, lowercase))
}

/// Whether `haystack.to_lowercase()` contains `needle`, the lowercase
/// written into `lowercase` (a buffer kept from one call to the next, so
/// that no haystack allocates): ASCII a run at a time, the characters of
/// the caseless blocks ([`CASELESS`]) as they are, any other character
/// through `char::to_lowercase`. That is `str::to_lowercase` but for
/// `Σ`, whose lowercase depends on the letters around it (`ς` at the end
/// of a word): a haystack with one is lowercased by `str::to_lowercase`.
fn lowercase_contains(haystack: &str, needle: &str, lowercase: &mut String) -> bool {
    if haystack.is_ascii() {
        return ascii_contains(haystack, needle);
    }
    if haystack.contains('Σ') {
        return haystack.to_lowercase().contains(needle);
    }
    lowercase.clear();
    let mut rest = haystack;
    while !rest.is_empty() {
        let ascii = rest.bytes().position(|byte| !byte.is_ascii()).unwrap_or(rest.len());
        let start = lowercase.len();
        lowercase.push_str(&rest[..ascii]);
        lowercase[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let mut chars = rest.chars();
        while let Some(character) = chars.next() {
            if character.is_ascii() {
                // Back to the ASCII run.
                rest = &rest[rest.len() - chars.as_str().len() - 1..];
                break;
            }
            if caseless(character) {
                lowercase.push(character);
            } else {
                lowercase.extend(character.to_lowercase());
            }
            rest = chars.as_str();
        }
    }
    // Both are UTF-8: a run of bytes equal to the needle's is the needle.
    contains_folded(lowercase.as_bytes(), needle.as_bytes(), |byte| byte)
}

/// `haystack.to_lowercase().contains(needle)` for an ASCII haystack, whose
/// lowercase is its bytes' ASCII lowercase: compared in place. A needle
/// that is not ASCII is in no ASCII text, and no byte of it is equal to an
/// ASCII one.
fn ascii_contains(haystack: &str, needle: &str) -> bool {
    contains_folded(haystack.as_bytes(), needle.as_bytes(), |byte| byte.to_ascii_lowercase())
}

/// Whether `needle` is a run of `haystack`'s bytes, each folded: compared
/// at each place the first byte matches (texts and queries are short).
fn contains_folded(haystack: &[u8], needle: &[u8], fold: impl Fn(u8) -> u8) -> bool {
    let Some((&first, rest)) = needle.split_first() else { return true };
    let Some(last_start) = haystack.len().checked_sub(needle.len()) else { return false };
    haystack[..=last_start].iter().enumerate().any(|(start, &byte)| {
        fold(byte) == first
            && haystack[start + 1..start + needle.len()].iter().zip(rest).all(|(&byte, &want)| fold(byte) == want)
    })
}

/// Blocks where every character is its own lowercase (CJK, kana, Hangul,
/// the private use area, fullwidth punctuation up to `＠`): checked against
/// `char::to_lowercase` for every character in the tests.
const CASELESS: [(char, char); 3] = [('\u{2cf3}', '\u{a63f}'), ('\u{a7f6}', '\u{d7ff}'), ('\u{e000}', '\u{ff20}')];

fn caseless(character: char) -> bool {
    CASELESS.iter().any(|&(first, last)| (first..=last).contains(&character))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{CASELESS, ascii_contains, lowercase_contains};

    /// The rule the search keeps.
    fn rule(haystack: &str, needle: &str) -> bool {
        haystack.to_lowercase().contains(needle)
    }

    #[test]
    fn the_caseless_blocks_have_no_case() {
        for (first, last) in CASELESS {
            for character in first..=last {
                assert!(
                    character.to_lowercase().eq(std::iter::once(character)),
                    "U+{:04X} has a lowercase",
                    u32::from(character)
                );
            }
        }
    }

    #[test]
    fn letters_whose_lowercase_is_longer_or_ascii_match_as_to_lowercase_has_them() {
        let mut buffer = String::new();
        for (haystack, needle) in [
            ("\u{130}STANBUL", "i\u{307}stanbul"),
            ("\u{130}", "i"),
            ("\u{212a}ELVIN", "kelvin"),
            ("ΟΔΟΣ ΟΔΟΣ", "οδος οδος"),
            ("ΟΔΟΣ ΟΔΟΣ", "οδος"),
            ("ΟΔΟΣ", "οδοσ"),
            ("文件不存在 TIMEOUT", "timeout"),
            ("ＡＢＣ", "ａｂｃ"),
            ("第 1 号错误，超时", "错误，超"),
            ("", "x"),
            ("ab", "abc"),
            ("ab", ""),
            ("", ""),
            ("S1_E9 ERROR", "s1_e9 e"),
            ("aaab", "aab"),
            ("é", "\u{301}"),
        ] {
            assert_eq!(
                lowercase_contains(haystack, needle, &mut buffer),
                rule(haystack, needle),
                "{haystack:?} {needle:?}"
            );
        }
    }

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<char>().prop_map(String::from),
            prop::sample::select(vec![
                "A",
                "z",
                "Σ",
                "σ",
                "ς",
                "\u{130}",
                "\u{212a}",
                "K",
                "ß",
                "ẞ",
                "İ",
                "ǅ",
                "Ω",
                "Ａ",
                "ａ",
                "文",
                "，",
                " ",
                "'",
                ".",
                "\u{301}",
                "\u{ad}",
                "\u{200d}",
                "\u{202e}",
                "\u{10400}",
                "\u{1e900}",
                "\u{2cf2}",
                "\u{2cf3}",
                "\u{a640}",
                "\u{ff21}",
                "\u{ff20}",
            ])
            .prop_map(String::from),
        ]
    }

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(piece(), 0..10).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

        #[test]
        fn the_matcher_is_the_to_lowercase_rule(haystack in text(), needle in text()) {
            let needle = needle.trim().to_lowercase();
            let mut buffer = String::from("left over");
            prop_assert_eq!(lowercase_contains(&haystack, &needle, &mut buffer), rule(&haystack, &needle));
        }

        #[test]
        fn ascii_texts_match_as_the_rule_has_them(haystack in "[ -~]{0,12}", needle in "[ -~\u{80}-\u{10ffff}]{0,3}") {
            let needle = needle.to_lowercase();
            prop_assert_eq!(ascii_contains(&haystack, &needle), rule(&haystack, &needle));
        }

        #[test]
        fn a_needle_from_the_haystack_is_found(haystack in text(), start in 0..12usize, length in 0..6usize) {
            // A piece of the lowercase: the rule finds it.
            let lower: Vec<char> = haystack.to_lowercase().chars().collect();
            let start = start.min(lower.len());
            let needle: String = lower[start..(start + length).min(lower.len())].iter().collect();
            let mut buffer = String::new();
            prop_assert!(rule(&haystack, &needle));
            prop_assert!(lowercase_contains(&haystack, &needle, &mut buffer));
        }

        #[test]
        fn any_strings_match_as_the_rule_has_them(haystack in any::<String>(), needle in any::<String>()) {
            let needle = needle.to_lowercase();
            let mut buffer = String::new();
            prop_assert_eq!(lowercase_contains(&haystack, &needle, &mut buffer), rule(&haystack, &needle));
        }
    }
}
