//! `errcat list [SYSTEM]`: the catalogues, or one in full.

use std::fmt::Write;

use comfy_table::Cell;
use serde::Serialize;

use crate::cli::ListArgs;
use crate::commands::{Answer, texts_cell};
use crate::failure::{Failure, Outcome};
use crate::json;
use crate::output::Output;
use crate::registry;
use crate::view::{SystemView, format_range};

#[derive(Serialize)]
struct Systems<'a> {
    version: u32,
    systems: Vec<json::System<'a>>,
}

pub fn run(systems: &[SystemView], args: &ListArgs, as_json: bool, output: Output) -> Result<Answer, Failure> {
    let text = match &args.system {
        None if as_json => {
            json::to_string(&Systems { version: json::VERSION, systems: systems.iter().map(json::system).collect() })
        }
        None => overview(systems, output),
        Some(name) => {
            let system = registry::find(systems, name)?;
            if as_json { json::to_string(&json::catalogue(system)) } else { detail(system, output) }
        }
    };
    Ok(Answer::new(text, Outcome::Success))
}

fn overview(systems: &[SystemView], output: Output) -> String {
    if systems.is_empty() {
        return "no catalogues\n".to_owned();
    }
    let mut table = output.table(&["System", "Entries", "Sections", "Codes", "Ranges", "Reserved", "Languages"]);
    for system in systems {
        let ranges: Vec<String> = system
            .sections
            .iter()
            .filter(|section| section.parent.is_none())
            .filter_map(|section| section.range.map(format_range))
            .collect();
        let reserved: Vec<String> = system.reserved.iter().map(|reserved| format_range(reserved.range)).collect();
        table.add_row(vec![
            output.name_cell(&system.name),
            Cell::new(system.entries.len()).set_alignment(comfy_table::CellAlignment::Right),
            Cell::new(system.sections.len()).set_alignment(comfy_table::CellAlignment::Right),
            Cell::new(system.code_span().map(format_range).unwrap_or_default()),
            Cell::new(ranges.join("\n")),
            Cell::new(reserved.join("\n")),
            Cell::new(system.languages.join(", ")),
        ]);
    }
    format!("{table}\n")
}

fn detail(system: &SystemView, output: Output) -> String {
    let mut text = String::new();
    let languages = if system.languages.is_empty() {
        String::new()
    } else {
        format!(", languages {}", system.languages.join(", "))
    };
    let _ = writeln!(
        text,
        "{} ({}, {} entries{languages})",
        output.heading(&system.name),
        system.code_type,
        system.entries.len()
    );
    if let Some(first) = system.doc.lines().next() {
        let _ = writeln!(text, "{}", output.dim(first));
    }
    if !system.sections.is_empty() {
        let _ = writeln!(text, "\n{}", output.bold("sections:"));
        for (index, section) in system.sections.iter().enumerate() {
            let depth = system.depth(index);
            let last = !system.sections[index + 1..].iter().any(|later| later.parent == section.parent);
            let mut prefix = String::new();
            for level in system.section_path(index).iter().take(depth) {
                let ancestor_last =
                    !system.sections[level + 1..].iter().any(|later| later.parent == system.sections[*level].parent);
                prefix.push_str(if ancestor_last { "    " } else { "│   " });
            }
            prefix.push_str(if last { "└── " } else { "├── " });
            let range = section.range.map(|range| format!("  {}", format_range(range))).unwrap_or_default();
            let title = if section.title.is_empty() { String::new() } else { format!("  {}", section.title) };
            let _ = writeln!(
                text,
                "{prefix}{}{range}{title}  ({} entries)",
                output.bold(&section.name),
                section.entries.len()
            );
        }
    }
    if !system.reserved.is_empty() {
        let _ = writeln!(text, "\n{}", output.bold("reserved:"));
        for reserved in &system.reserved {
            let why = reserved.doc.lines().next().map(|line| format!("  {line}")).unwrap_or_default();
            let _ = writeln!(text, "    {}{why}", format_range(reserved.range));
        }
    }
    let _ = writeln!(text);
    let mut table = output.table(&["Code", "Name", "Section", "Text"]);
    for entry in &system.entries {
        table.add_row(vec![
            output.code_cell(entry.code),
            output.name_cell(&entry.name),
            Cell::new(system.section_name(entry)),
            Cell::new(texts_cell(system, entry)),
        ]);
    }
    Output::keep_whole(&mut table, 0);
    let _ = writeln!(text, "{table}");
    text
}
