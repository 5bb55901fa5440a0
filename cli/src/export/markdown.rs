//! Markdown for a wiki: the system as a heading, the entries outside
//! sections, a heading per reserved or open range, then a heading and a
//! table per section, nested sections one heading level deeper. Texts are
//! escaped so that Markdown shows them as written, and headings state each
//! section's identifier and range, so that `errcat import` reads the page
//! back as the same catalogue.

use std::fmt::Write;

use crate::export::{text_in, text_languages, twins};
use crate::view::SystemView;

pub fn render(system: &SystemView) -> String {
    let mut page = String::new();
    let _ = writeln!(page, "# {}\n", inline(&system.name));
    if !system.doc.is_empty() {
        let _ = writeln!(page, "{}\n", system.doc);
    }
    let loose: Vec<usize> =
        (0..system.entries.len()).filter(|&index| system.entries[index].section.is_none()).collect();
    table(&mut page, system, &loose);
    for reserved in &system.reserved {
        let keyword = if reserved.open { "Open" } else { "Reserved" };
        let _ = writeln!(page, "## {keyword} ({})\n", code_span(&reserved.bounds()));
        if !reserved.doc.is_empty() {
            let _ = writeln!(page, "{}\n", reserved.doc);
        }
    }
    for (index, section) in system.sections.iter().enumerate() {
        let level = "#".repeat((system.depth(index) + 2).min(6));
        let title = inline(&section.title);
        let range = section.bounds().map(|bounds| format!(", {}", code_span(&bounds))).unwrap_or_default();
        let space = if title.is_empty() { "" } else { " " };
        let _ = writeln!(page, "{level} {title}{space}(`{}`{range})\n", section.name);
        if !section.doc.is_empty() {
            let _ = writeln!(page, "{}\n", section.doc);
        }
        let own: Vec<usize> =
            section.entries.clone().filter(|&entry| system.entries[entry].section == Some(index)).collect();
        table(&mut page, system, &own);
    }
    page
}

fn table(page: &mut String, system: &SystemView, entries: &[usize]) {
    if entries.is_empty() {
        return;
    }
    let languages = text_languages(system);
    let notes: Vec<String> = entries.iter().map(|&index| notes(system, index)).collect();
    let with_notes = notes.iter().any(|note| !note.is_empty());
    let http = entries.iter().any(|&index| system.entries[index].http.is_some());
    let mut header = vec!["Code".to_owned(), "Name".to_owned()];
    if http {
        header.push("HTTP".to_owned());
    }
    header.extend(languages.iter().map(|language| language.map_or_else(|| "Message".to_owned(), str::to_owned)));
    if with_notes {
        header.push("Notes".to_owned());
    }
    let _ = writeln!(page, "| {} |", header.join(" | "));
    let _ = writeln!(page, "|{}", " --- |".repeat(header.len()));
    for (&index, note) in entries.iter().zip(&notes) {
        let entry = &system.entries[index];
        let name = if errcat_dsl::naming::is_identifier(&entry.name) {
            format!("`{}`", entry.name)
        } else {
            cell(&entry.name)
        };
        let mut row = vec![cell(&entry.code_str), name];
        if http {
            row.push(match entry.http {
                Some(status) => match status.inherited_from {
                    None => status.status.to_string(),
                    Some(section) => format!("{} (from `{}`)", status.status, system.section_path_name(section)),
                },
                None => String::new(),
            });
        }
        row.extend(languages.iter().map(|&language| cell(text_in(system, index, language))));
        if with_notes {
            row.push(note.clone());
        }
        let _ = writeln!(page, "| {} |", row.join(" | "));
    }
    page.push('\n');
}

/// The doc, a deprecation and a shared code, in one cell.
fn notes(system: &SystemView, index: usize) -> String {
    let entry = &system.entries[index];
    let mut notes = Vec::new();
    if !entry.doc.is_empty() {
        notes.push(cell(&entry.doc));
    }
    if let Some(note) = &entry.deprecated {
        notes.push(if note.is_empty() { "Deprecated.".to_owned() } else { format!("Deprecated: {}", cell(note)) });
    }
    let twins = twins(system, index);
    if !twins.is_empty() {
        notes.push(format!(
            "Shares its code with {}.",
            twins.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ")
        ));
    }
    notes.join("<br>")
}

/// A code span holding `text` as written: fenced by one more backtick than
/// the longest run in it, padded with spaces when it starts or ends with a
/// backtick.
fn code_span(text: &str) -> String {
    let longest = text.split(|character| character != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Text that stays inside one table cell: escaped as [`inline`], each
/// line break a `<br>`.
fn cell(text: &str) -> String {
    text.split('\n').map(inline).collect::<Vec<_>>().join("<br>")
}

/// Text that Markdown shows as written, on one line: a backslash before
/// each character that would start markup, numeric references for control
/// characters and for the spaces at either end, which a cell or heading
/// would otherwise lose.
fn inline(text: &str) -> String {
    let kept = text.trim_matches(' ');
    let leading = text.len() - text.trim_start_matches(' ').len();
    let trailing = if kept.is_empty() { 0 } else { text.len() - text.trim_end_matches(' ').len() };
    let mut escaped = "&#32;".repeat(leading);
    for character in kept.chars() {
        match character {
            '\\' | '`' | '*' | '_' | '<' | '>' | '[' | ']' | '|' | '~' | '&' | '#' | '!' | '$' => {
                escaped.push('\\');
                escaped.push(character);
            }
            '\n' | '\r' | '\t' | '\u{0}'..='\u{1f}' | '\u{7f}' => {
                let _ = write!(escaped, "&#{};", u32::from(character));
            }
            _ => escaped.push(character),
        }
    }
    escaped.push_str(&"&#32;".repeat(trailing));
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(inline("Can't create table %`s.%`s"), "Can't create table %\\`s.%\\`s");
        assert_eq!(inline("a | *b* _c_ <br> & [x](y)"), "a \\| \\*b\\* \\_c\\_ \\<br\\> \\& \\[x\\](y)");
        assert_eq!(inline("  lead"), "&#32;&#32;lead");
        assert_eq!(inline("tab\there "), "tab&#9;here&#32;");
        assert_eq!(cell("one\ntwo"), "one<br>two");
    }

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code_span("400..=499"), "`400..=499`");
        assert_eq!(code_span("\"a`b\""), "``\"a`b\"``");
        assert_eq!(code_span("`x``"), "``` `x`` ```");
    }
}
