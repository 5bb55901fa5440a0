//! The last stage: writing a draft as `error_catalog!` source, one file
//! that compiles as is, entries of a block aligned in columns.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use crate::import::code::Code;
use crate::import::names::{Draft, EntryDraft};
use crate::import::outline::Item;
use crate::view::format_range;

const INDENT: &str = "    ";

/// Messages wider than this are not padded to: one long message should not
/// push every other entry's translations far to the right.
const MAX_ALIGNED_MESSAGE: usize = 48;

pub fn write(draft: &Draft, system: &str, file_name: &str, summary: &str) -> String {
    let mut source = String::new();
    let _ = writeln!(source, "// Drafted by `errcat import` from {file_name}: {summary}.");
    source.push_str("use errcat::error_catalog;\n\nerror_catalog! {\n");
    let depth = 1;
    let mut doc: Vec<String> = draft.title.iter().cloned().collect();
    if !draft.doc.is_empty() {
        if !doc.is_empty() {
            doc.push(String::new());
        }
        doc.extend(draft.doc.iter().cloned());
    }
    if !doc.is_empty() {
        doc.push(String::new());
    }
    doc.push(format!("Imported from `{file_name}`."));
    write_doc(&mut source, depth, &doc);
    if !draft.languages.is_empty() {
        let _ = writeln!(source, "{}#[languages({})]", INDENT.repeat(depth), draft.languages.join(", "));
    }
    let mut placeholders = Vec::new();
    if draft.placeholders == errcat::PlaceholderSyntax::Printf {
        placeholders.push("printf".to_owned());
    }
    if !draft.none_in.is_empty() {
        placeholders.push(format!("none_in({})", draft.none_in.join(", ")));
    }
    if !placeholders.is_empty() {
        let _ = writeln!(source, "{}#[placeholders({})]", INDENT.repeat(depth), placeholders.join(", "));
    }
    let code_type = draft.code_type.map(|name| format!(": {name}")).unwrap_or_default();
    let _ = writeln!(source, "{}pub system {system}{code_type} {{", INDENT.repeat(depth));
    write_items(&mut source, draft, &draft.items, depth + 1);
    let _ = writeln!(source, "{}}}", INDENT.repeat(depth));
    source.push_str("}\n");
    source
}

fn write_items(source: &mut String, draft: &Draft, items: &[Item], depth: usize) {
    let indent = INDENT.repeat(depth);
    let mut run: Vec<&EntryDraft> = Vec::new();
    for item in items {
        match item {
            Item::Entry(index) => run.push(&draft.entries[*index]),
            Item::Section(section) => {
                write_entries(source, &run, depth);
                run.clear();
                let mut doc = vec![section.title.clone()];
                doc.extend(section.doc.iter().cloned());
                if doc.iter().all(String::is_empty) {
                    doc.clear();
                }
                write_doc(source, depth, &doc);
                // A section's range is always `A..=B`, even for one code.
                let range = match (&section.range, &section.prefix) {
                    (Some((start, end)), _) => format!(" in {start}..={end}"),
                    (None, Some(prefix)) => format!(" in {}", string_literal(prefix)),
                    (None, None) => String::new(),
                };
                if section.items.is_empty() {
                    let _ = writeln!(source, "{indent}section {}{range} {{}}", section.ident);
                } else {
                    let _ = writeln!(source, "{indent}section {}{range} {{", section.ident);
                    write_items(source, draft, &section.items, depth + 1);
                    let _ = writeln!(source, "{indent}}}");
                }
            }
            Item::Reserved(reserved) => {
                write_entries(source, &run, depth);
                run.clear();
                write_doc(source, depth, &reserved.doc);
                let keyword = if reserved.open { "open" } else { "reserved" };
                let _ = writeln!(source, "{indent}{keyword} {};", format_range(reserved.range));
            }
        }
    }
    write_entries(source, &run, depth);
}

/// A run of entries, in columns: code (right-aligned), identifier, message,
/// then the other languages.
fn write_entries(source: &mut String, entries: &[&EntryDraft], depth: usize) {
    let indent = INDENT.repeat(depth);
    let code_width = entries.iter().map(|entry| entry.code.literal().len()).max().unwrap_or(0);
    let ident_width = entries.iter().map(|entry| entry.ident.len()).max().unwrap_or(0);
    let message_width = entries
        .iter()
        .filter(|entry| !entry.texts.is_empty())
        .map(|entry| string_literal(&entry.message).width())
        .filter(|&width| width <= MAX_ALIGNED_MESSAGE)
        .max()
        .unwrap_or(0);
    for entry in entries {
        write_doc(source, depth, &entry.doc);
        if let Some(name) = &entry.name {
            let _ = writeln!(source, "{indent}#[name = {}]", string_literal(name));
        }
        if let Some(first) = &entry.shares_code {
            let _ = writeln!(source, "{indent}#[shares_code({first})]");
        }
        if entry.outside_range {
            let _ = writeln!(source, "{indent}#[outside_range]");
        }
        if let Some(status) = entry.http {
            let _ = writeln!(source, "{indent}#[http({status})]");
        }
        match entry.deprecated.as_deref() {
            Some("") => {
                let _ = writeln!(source, "{indent}#[deprecated]");
            }
            Some(note) => {
                let _ = writeln!(source, "{indent}#[deprecated = {}]", string_literal(note));
            }
            None => {}
        }
        // Numbers aligned on their last digit, strings on their start.
        let mut line = match entry.code {
            Code::Integer(_) => format!("{indent}{:>code_width$} {}", entry.code.literal(), entry.ident),
            Code::Text(_) => format!("{indent}{:<code_width$} {}", entry.code.literal(), entry.ident),
        };
        if !entry.message.is_empty() || !entry.texts.is_empty() {
            pad(&mut line, indent.len() + code_width + 1 + ident_width);
            line.push(' ');
            let start = line.width();
            line.push_str(&string_literal(&entry.message));
            for (position, (language, text)) in entry.texts.iter().enumerate() {
                if position == 0 {
                    pad(&mut line, start + message_width);
                }
                let _ = write!(line, " {language} {}", string_literal(text));
            }
        }
        let _ = writeln!(source, "{line},");
    }
}

fn pad(line: &mut String, width: usize) {
    let current = line.width();
    if current < width {
        line.push_str(&" ".repeat(width - current));
    }
}

/// Markdown ends a line at a lone carriage return too, and Rust refuses
/// one in a doc comment, as it does the characters that change the visible
/// direction of text: a line with those is written as `#[doc = "…"]`,
/// where they are escapes and still the same text.
fn write_doc(source: &mut String, depth: usize, lines: &[String]) {
    let indent = INDENT.repeat(depth);
    for text in lines {
        for line in text.lines().flat_map(|line| line.split('\r')) {
            let line = line.trim_end();
            if line.is_empty() {
                let _ = writeln!(source, "{indent}///");
            } else if line.chars().any(changes_direction) {
                let _ = writeln!(source, "{indent}#[doc = {}]", string_literal(&format!(" {line}")));
            } else {
                let _ = writeln!(source, "{indent}/// {line}");
            }
        }
        if text.is_empty() {
            let _ = writeln!(source, "{indent}///");
        }
    }
}

fn changes_direction(character: char) -> bool {
    matches!(character, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A Rust string literal: `Debug` escapes quotes, backslashes and control
/// characters and leaves printable text, Chinese included, as it is.
fn string_literal(text: &str) -> String {
    format!("{text:?}")
}
