//! The generated rustdoc: the enum's (sections and reserved codes as
//! tables) and each variant's (its code, name and messages). Text shows
//! as written: Markdown metacharacters are escaped, and characters that
//! cannot appear in a doc literal are shown as escapes (`\u{202e}`).

use std::fmt::Write as _;

use proc_macro2::Literal;

use super::Expansion;
use super::literal::{self, LiteralSource};

/// Text for rustdoc's Markdown, shown as written: metacharacters escaped,
/// a line break as a space, a control or bidirectional character as its
/// escape.
pub fn markdown(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' => {
                shown.push('\\');
                shown.push(character);
            }
            '\n' => shown.push(' '),
            other if literal::needs_escape(other) => {
                let _ = write!(shown, "\\u{{{:x}}}", u32::from(other));
            }
            other => shown.push(other),
        }
    }
    shown
}

/// Prose written by the user (doc comments): Markdown kept, only the
/// characters a doc literal cannot hold shown as escapes.
pub fn prose(text: &str) -> String {
    if !text.chars().any(|character| literal::needs_escape(character) && character != '\n') {
        return text.to_owned();
    }
    let mut shown = String::with_capacity(text.len());
    for character in text.chars() {
        if literal::needs_escape(character) && character != '\n' {
            let _ = write!(shown, "\\u{{{:x}}}", u32::from(character));
        } else {
            shown.push(character);
        }
    }
    shown
}

/// Whether rustdoc would read something into the text, or it holds a
/// character shown as an escape.
fn needs_markdown(text: &str) -> bool {
    text.chars().any(|character| "\\`*_[]<>|#~&\n".contains(character) || literal::needs_escape(character))
}

fn push_shown(doc: &mut LiteralSource, text: &str) {
    if needs_markdown(text) {
        doc.push(&markdown(text));
    } else {
        doc.push(text);
    }
}

/// A variant's documentation, one literal: its code, name and message on
/// the first line, then its other texts, its shared code and its
/// explanation.
pub fn variant_doc(expansion: &Expansion, entry: usize) -> Literal {
    let catalog = expansion.catalog;
    let entry = &catalog.entries[entry];
    let mut doc = LiteralSource::default();
    if catalog.code_format.is_default() {
        doc.push(&format!("`{}` **", entry.code.value));
    } else {
        // The code as the system writes it, then the number.
        let written = catalog.code_format.write(entry.code.value, catalog.code_type);
        if written.contains('`') || written.chars().any(literal::needs_escape) {
            push_shown(&mut doc, &written);
        } else {
            doc.push(&format!("`{written}`"));
        }
        doc.push(&format!(" (`{}`) **", entry.code.value));
    }
    push_shown(&mut doc, &entry.name);
    doc.push("**");
    if let Some(message) = &entry.message {
        doc.push(": ");
        push_shown(&mut doc, &message.value);
    }
    for (language, text) in &entry.texts {
        doc.push(&format!("\n\n*{language}*: "));
        push_shown(&mut doc, &text.value);
    }
    if let Some(first) = &entry.shares_code {
        doc.push(&format!("\n\nShares code `{}` with `{first}`.", entry.code.value));
    }
    if !entry.doc.is_empty() {
        doc.push("\n\n");
        doc.push(&prose(&entry.doc));
    }
    doc.into_literal()
}

/// The enum's documentation: the system's doc comment, a summary, and
/// tables of the sections and the reserved codes.
pub fn enum_doc(expansion: &Expansion) -> Literal {
    let catalog = expansion.catalog;
    let mut doc = prose(&catalog.doc);
    if !doc.is_empty() {
        doc.push_str("\n\n");
    }
    let languages = catalog.languages.iter().map(|language| format!("`{language}`")).collect::<Vec<_>>().join(", ");
    let _ = write!(
        doc,
        "Error catalogue `{}`: {} entries with `{}` codes",
        catalog.ident,
        expansion.plan.variants.len(),
        catalog.code_type.name()
    );
    if !languages.is_empty() {
        let _ = write!(doc, ", messages in {languages}");
    }
    doc.push('.');
    if !catalog.sections.is_empty() {
        doc.push_str("\n\n# Sections\n\n| Section | Title | Codes | Entries |\n| --- | --- | --- | --- |\n");
        for (section, planned) in catalog.sections.iter().zip(&expansion.plan.sections) {
            let range = section.range.as_ref().map(|range| format!("`{range}`")).unwrap_or_default();
            let _ = writeln!(
                doc,
                "| `{}` | {} | {range} | {} |",
                planned.path,
                markdown(&section.title),
                section.entries.len()
            );
        }
    }
    if !catalog.reserved.is_empty() {
        doc.push_str("\n\n# Reserved codes\n\n| Codes | Why |\n| --- | --- |\n");
        for reserved in &catalog.reserved {
            let why = reserved.doc.lines().next().unwrap_or_default();
            let _ = writeln!(doc, "| `{}` | {} |", reserved.range, markdown(why));
        }
    }
    literal::string(&doc)
}
