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
    let mut table =
        output.table(&["System", "Entries", "Sections", "Codes", "Ranges", "Reserved", "Open", "Languages", "From"]);
    for system in systems {
        let ranges: Vec<String> = system
            .sections
            .iter()
            .filter(|section| section.parent.is_none())
            .filter_map(crate::view::SectionView::bounds)
            .collect();
        let reserved = |open: bool| -> String {
            system
                .reserved
                .iter()
                .filter(|reserved| reserved.open == open)
                .map(crate::view::ReservedView::bounds)
                .collect::<Vec<_>>()
                .join("\n")
        };
        table.add_row(vec![
            output.name_cell(&system.name),
            Cell::new(system.entries.len()).set_alignment(comfy_table::CellAlignment::Right),
            Cell::new(system.sections.len()).set_alignment(comfy_table::CellAlignment::Right),
            Cell::new(system.code_span().map(format_range).unwrap_or_default()),
            Cell::new(ranges.join("\n")),
            Cell::new(reserved(false)),
            Cell::new(reserved(true)),
            Cell::new(system.languages.join(", ")),
            Cell::new(origin(system, output)),
        ]);
    }
    format!("{table}\n")
}

/// `src/lib.rs:12`, or `built-in` for a catalogue of errcat-catalogs.
fn origin(system: &SystemView, output: Output) -> String {
    match &system.origin {
        Some(origin) => format!("{}:{}", output.line(&origin.path.display().to_string()), origin.line),
        None => "built-in".to_owned(),
    }
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
        "{} ({}, {} entries{languages}; {})",
        output.heading(&system.name),
        system.code_type,
        system.entries.len(),
        match &system.origin {
            Some(_) => format!("declared at {}", origin(system, output)),
            None => "built-in".to_owned(),
        }
    );
    if let Some(first) = system.doc.lines().next() {
        let _ = writeln!(text, "{}", output.dim(&output.line(first)));
    }
    if !system.sections.is_empty() {
        let _ = writeln!(text, "\n{}", output.bold("sections:"));
        for (index, section) in system.sections.iter().enumerate() {
            let mut prefix = String::new();
            let path = system.section_path(index);
            for &ancestor in &path[..path.len() - 1] {
                prefix.push_str(if system.is_last_child(ancestor) { "    " } else { "│   " });
            }
            prefix.push_str(if system.is_last_child(index) { "└── " } else { "├── " });
            let range = section.bounds().map(|bounds| format!("  {bounds}")).unwrap_or_default();
            let title =
                if section.title.is_empty() { String::new() } else { format!("  {}", output.line(&section.title)) };
            let http = match section.http {
                Some(http) if http.inherited_from.is_none() => format!("  HTTP {}", http.status),
                _ => String::new(),
            };
            let _ = writeln!(
                text,
                "{prefix}{}{range}{title}{http}  ({} entries)",
                output.bold(&section.name),
                section.entries.len()
            );
        }
    }
    for (open, heading) in [(false, "reserved:"), (true, "open (left to the systems that extend it):")] {
        let kept: Vec<_> = system.reserved.iter().filter(|reserved| reserved.open == open).collect();
        if kept.is_empty() {
            continue;
        }
        let _ = writeln!(text, "\n{}", output.bold(heading));
        for reserved in kept {
            let why = reserved.doc.lines().next().map(|line| format!("  {}", output.line(line))).unwrap_or_default();
            let _ = writeln!(text, "    {}{why}", reserved.bounds());
        }
    }
    let _ = writeln!(text);
    let with_http = system.entries.iter().any(|entry| entry.http.is_some());
    let mut header = vec!["Code", "Name", "Section", "Text"];
    if with_http {
        header.push("HTTP");
    }
    let mut table = output.table(&header);
    for entry in &system.entries {
        let mut row = vec![
            output.code_cell(&entry.code_str),
            output.name_cell(&entry.name),
            Cell::new(system.section_name(entry)),
            output.text_cell(&texts_cell(system, entry)),
        ];
        if with_http {
            row.push(Cell::new(entry.http.map(|http| http.status.to_string()).unwrap_or_default()));
        }
        table.add_row(row);
    }
    Output::keep_whole(&mut table, 0);
    let _ = writeln!(text, "{table}");
    text
}
