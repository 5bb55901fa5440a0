//! Python: an `enum.IntEnum` with a member per entry (for string codes, a
//! `str` enum: `class SqlState(str, enum.Enum)`; entries that share a code
//! are enum aliases of the first), `message`, `message_in`,
//! `from_code`, `from_name`, and `lookup` for an entry by its documented
//! name, aliases included; `mypy --strict`-clean, Python 3.10 or later.

use std::fmt::Write;

use crate::export::codes::{any_shared, commented, first_with_code, section_codes};
use crate::export::ident;
use crate::export::source_text::{comment_inline, comment_lines, is_hazard, quoted, unicode_escape};
use crate::view::SystemView;

pub fn render(system: &SystemView) -> String {
    let name = &system.name;
    let members = ident::unique(
        system.entries.iter().map(|entry| ident::python(&entry.name, &entry.variant)).collect(),
        &[],
        ident::exact,
        "_",
    );
    let firsts = first_with_code(system);
    let code_type = if system.string_codes { "str" } else { "int" };
    let mut out = String::new();
    let mut module_doc =
        format!("The {name} error catalogue, exported by errcat from its checked source: do not edit.\n");
    if !system.doc.is_empty() {
        let _ = write!(module_doc, "\n{}\n", system.doc);
    }
    if any_shared(&firsts) {
        module_doc.push_str(
            "\nSome entries share a code: each later one is an enum alias of the first\n\
             (`Member.name`, `message` and `message_in` are the first entry's, as in\n\
             Rust's `from_code`); `lookup(name)` gives every entry's own name and messages.\n",
        );
    }
    let _ = writeln!(out, "{}\n", docstring(&module_doc, ""));
    let _ = write!(
        out,
        "\
from __future__ import annotations

import enum
from typing import Final, NamedTuple


class Entry(NamedTuple):
    \"\"\"One entry: its code, documented name, messages, section path and HTTP status.\"\"\"

    code: {code_type}
    name: str
    #: The primary message; \"\" when there is none.
    message: str
    #: Every non-empty message as (language, text), the primary one first.
    texts: tuple[tuple[str, str], ...]
    #: The sections holding the entry, outermost first, joined with \"::\"; \"\" for none.
    section: str
    http: int | None

    def message_in(self, language: str) -> str | None:
        \"\"\"The message in a declared language, or None.\"\"\"
        for tag, text in self.texts:
            if tag == language:
                return text
        return None


",
    );
    let base = if system.string_codes { "str, enum.Enum" } else { "enum.IntEnum" };
    let _ = writeln!(out, "class {name}({base}):");
    let class_doc = if system.doc.is_empty() { format!("The {name} error codes.") } else { system.doc.clone() };
    let _ = writeln!(out, "    {}\n", docstring(&class_doc, "    "));
    let mut section = None;
    for (index, entry) in system.entries.iter().enumerate() {
        if entry.section != section {
            section = entry.section;
            if let Some(current) = section {
                let info = &system.sections[current];
                let range = section_codes(info);
                let title = if info.title.is_empty() { String::new() } else { format!(": {}", info.title) };
                let _ = writeln!(
                    out,
                    "    # Section {}",
                    comment_inline(&format!("{}{range}{title}", system.section_name(entry)))
                );
            }
        }
        let mut lines =
            vec![format!("{} ({}): {}", entry.name, commented(system, entry), comment_inline(&entry.message))];
        if !entry.doc.is_empty() {
            lines.extend(comment_lines(&entry.doc));
        }
        if firsts[index] != index {
            lines.push(format!(
                "An alias of {}: they share code {}.",
                members[firsts[index]],
                commented(system, entry)
            ));
        }
        if let Some(note) = &entry.deprecated {
            lines.push(if note.is_empty() {
                "Deprecated.".to_owned()
            } else {
                format!("Deprecated: {}", comment_inline(note))
            });
        }
        for line in lines {
            let _ = writeln!(out, "{}", format!("    #: {line}").trim_end());
        }
        let _ = writeln!(out, "    {} = {}", members[index], code_value(system, index));
    }
    if !system.entries.is_empty() {
        out.push('\n');
    }
    lookups_and_table(&mut out, system, name, code_type);
    out
}

/// An entry's code as a value: a string literal for a string code, else the
/// number.
fn code_value(system: &SystemView, index: usize) -> String {
    let entry = &system.entries[index];
    if system.string_codes { literal(&entry.code_str) } else { entry.code.to_string() }
}

/// The lookups, the languages and the table of entries.
fn lookups_and_table(out: &mut String, system: &SystemView, name: &str, code_type: &str) {
    let _ = write!(
        out,
        "    @property
    def entry(self) -> Entry:
        \"\"\"The first entry declared with this code.\"\"\"
        return ENTRIES[_FIRST[self.value]]

    @property
    def message(self) -> str:
        \"\"\"The primary message of the first entry with this code.\"\"\"
        return self.entry.message

    def message_in(self, language: str) -> str | None:
        \"\"\"The message in a declared language, or None.\"\"\"
        return self.entry.message_in(language)

    @classmethod
    def from_code(cls, code: {code_type}) -> {name} | None:
        \"\"\"The member with this code (the first entry's, when several share it), or None.\"\"\"
        try:
            return cls(code)
        except ValueError:
            return None

    @classmethod
    def from_name(cls, name: str) -> {name} | None:
        \"\"\"The member of the entry with this documented name, or None.\"\"\"
        entry = _BY_NAME.get(name)
        return None if entry is None else cls(entry.code)

    @staticmethod
    def lookup(name: str) -> Entry | None:
        \"\"\"The entry with this documented name, alias or not, or None.\"\"\"
        return _BY_NAME.get(name)


#: The declared languages, the primary one first.
LANGUAGES: Final[tuple[str, ...]] = ({languages})

#: Every entry, in declaration order.
ENTRIES: Final[tuple[Entry, ...]] = (
",
        languages = tuple(&system.languages.iter().map(|language| literal(language)).collect::<Vec<_>>()),
    );
    for (index, entry) in system.entries.iter().enumerate() {
        let texts: Vec<String> = system
            .texts(entry)
            .iter()
            .filter_map(|text| text.language.map(|language| format!("({}, {})", literal(language), literal(text.text))))
            .collect();
        let _ = writeln!(
            out,
            "    Entry({}, {}, {}, ({}), {}, {}),",
            code_value(system, index),
            literal(&entry.name),
            literal(&entry.message),
            tuple(&texts),
            literal(system.section_name(entry)),
            entry.http.map(|http| http.status).map_or_else(|| "None".to_owned(), |status| status.to_string()),
        );
    }
    let _ = write!(
        out,
        "\
)


def _indices() -> tuple[dict[{code_type}, int], dict[str, Entry]]:
    first: dict[{code_type}, int] = {{}}
    by_name: dict[str, Entry] = {{}}
    for index, entry in enumerate(ENTRIES):
        first.setdefault(entry.code, index)
        by_name.setdefault(entry.name, entry)
    return first, by_name


_FIRST, _BY_NAME = _indices()
",
    );
}

/// The inside of a tuple display: `a, b`, or `a,` for one item.
fn tuple(items: &[String]) -> String {
    if items.len() == 1 { format!("{},", items[0]) } else { items.join(", ") }
}

fn literal(text: &str) -> String {
    quoted(text, unicode_escape)
}

/// A `"""` docstring holding the text exactly: backslashes and hazards
/// escaped, a `"` escaped when another `"` follows it or it is the last
/// character, so that no `"""` can close the string early; lines after the
/// first indented by `indent`, which `inspect.cleandoc` takes off again.
fn docstring(text: &str, indent: &str) -> String {
    let mut out = String::from("\"\"\"");
    let characters: Vec<char> = text.chars().collect();
    for (at, &character) in characters.iter().enumerate() {
        match character {
            '\\' => out.push_str("\\\\"),
            '"' if characters.get(at + 1).is_none_or(|&next| next == '"') => out.push_str("\\\""),
            '\n' => {
                out.push('\n');
                if characters.get(at + 1).is_some_and(|&next| next != '\n') {
                    out.push_str(indent);
                }
            }
            '\t' => out.push(character),
            other if is_hazard(other) => out.push_str(&unicode_escape(other)),
            other => out.push(other),
        }
    }
    out.push_str("\"\"\"");
    out
}
