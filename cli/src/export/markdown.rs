//! Markdown for a wiki: the system as a heading, then a heading and a table
//! per section, nested sections one heading level deeper.

use std::fmt::Write;

use crate::export::{text_in, text_languages, twins};
use crate::view::{SystemView, format_range};

pub fn render(system: &SystemView) -> String {
    let mut page = String::new();
    let _ = writeln!(page, "# {}\n", system.name);
    if !system.doc.is_empty() {
        let _ = writeln!(page, "{}\n", system.doc);
    }
    for (open, heading) in [
        (false, "Reserved codes (closed to every entry):"),
        (true, "Open codes (left to the systems that extend this one):"),
    ] {
        let kept: Vec<_> = system.reserved.iter().filter(|reserved| reserved.open == open).collect();
        if kept.is_empty() {
            continue;
        }
        let _ = writeln!(page, "{heading}\n");
        for reserved in kept {
            let why = reserved.doc.lines().next().map(|line| format!(": {}", cell(line))).unwrap_or_default();
            let _ = writeln!(page, "- `{}`{why}", format_range(reserved.range));
        }
        page.push('\n');
    }
    let loose: Vec<usize> =
        (0..system.entries.len()).filter(|&index| system.entries[index].section.is_none()).collect();
    table(&mut page, system, &loose);
    for (index, section) in system.sections.iter().enumerate() {
        let level = "#".repeat((system.depth(index) + 2).min(6));
        let title = if section.title.is_empty() { section.name.clone() } else { cell(&section.title) };
        let range = section.range.map(|range| format!(", `{}`", format_range(range))).unwrap_or_default();
        let _ = writeln!(page, "{level} {title} (`{}`{range})\n", section.name);
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
        let mut row = vec![entry.code.to_string(), format!("`{}`", entry.name.replace('`', ""))];
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

/// Text that stays inside one table cell.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\").replace('|', "\\|").replace("\r\n", "\n").replace('\n', "<br>")
}
