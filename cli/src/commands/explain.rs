//! `errcat explain WHAT`: one entry in full, like `rustc --explain`.

use std::fmt::Write;

use serde::Serialize;

use crate::cli::ExplainArgs;
use crate::commands::Answer;
use crate::failure::{Failure, Outcome};
use crate::json;
use crate::output::Output;
use crate::query::{self, Hit};
use crate::registry;
use crate::view::{SystemView, format_range};

#[derive(Serialize)]
struct Explained<'a> {
    version: u32,
    query: &'a str,
    entries: Vec<json::Entry<'a>>,
    /// The `retired` declarations the query names.
    retired: Vec<Retired<'a>>,
}

#[derive(Serialize)]
struct Retired<'a> {
    system: &'a str,
    code: i128,
    name: &'a str,
    doc: &'a str,
}

pub fn run(systems: &[SystemView], args: &ExplainArgs, as_json: bool, output: Output) -> Result<Answer, Failure> {
    let systems = registry::narrow(systems.to_vec(), args.system.as_deref())?;
    let hits = query::resolve(&systems, &args.what)?;
    let retired = query::resolve_retired(&systems, &args.what);
    let outcome = if hits.is_empty() && retired.is_empty() { Outcome::Negative } else { Outcome::Success };
    let text = if as_json {
        let entries = hits
            .iter()
            .map(|&(system, entry)| json::entry(&systems[system], &systems[system].entries[entry]))
            .collect();
        let retired = retired
            .iter()
            .map(|&(system, index)| {
                let declared = &systems[system].retired[index];
                Retired { system: &systems[system].name, code: declared.code, name: &declared.name, doc: &declared.doc }
            })
            .collect();
        json::to_string(&Explained { version: json::VERSION, query: &args.what, entries, retired })
    } else if hits.is_empty() && retired.is_empty() {
        not_found(&systems, &args.what, output)
    } else {
        hits.iter()
            .map(|&hit| explain(&systems, hit, output))
            .chain(retired.iter().map(|&(system, index)| explain_retired(&systems[system], index, output)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    Ok(Answer::new(text, outcome))
}

fn not_found(systems: &[SystemView], what: &str, output: Output) -> String {
    let what = what.trim();
    let (scope, target) = match what.split_once("::").or_else(|| what.split_once('/')) {
        Some((system, rest)) => {
            let name = registry::find(systems, system.trim()).map_or(system.trim(), |found| found.name.as_str());
            (format!("catalogue {name}"), rest.trim())
        }
        None => match systems {
            [only] => (format!("catalogue {}", only.name), what),
            _ => ("catalogue".to_owned(), what),
        },
    };
    let message = match query::parse_code(target) {
        Some(code) => format!("no such code: no {scope} has code {code}"),
        None => format!("no such entry: no {scope} has an entry named `{target}`"),
    };
    format!("{}\n", output.warning(&message))
}

fn explain(systems: &[SystemView], (system, entry): Hit, output: Output) -> String {
    let system = &systems[system];
    let entry = &system.entries[entry];
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{}  {}  code {}",
        output.heading(&format!("{}::{}", system.name, entry.variant)),
        output.bold(&entry.name),
        entry.code
    );
    let _ = writeln!(text);
    let texts = system.texts(entry);
    if texts.is_empty() {
        let _ = writeln!(
            text,
            "    {}",
            output.dim(&format!("(no text: {} knows code {} but gives it no message)", system.name, entry.code))
        );
    }
    for message in &texts {
        match message.language {
            Some(language) => {
                let _ = writeln!(text, "    {}  {}", output.dim(language), message.text);
            }
            None => {
                let _ = writeln!(text, "    {}", message.text);
            }
        }
    }
    let _ = writeln!(text);
    match entry.section {
        Some(section) => {
            let path: Vec<&str> =
                system.section_path(section).into_iter().map(|index| system.sections[index].name.as_str()).collect();
            let own = &system.sections[section];
            let title = if own.title.is_empty() { String::new() } else { format!(" — {}", own.title) };
            let _ = writeln!(text, "{} {}{title}", output.bold("section:"), path.join("::"));
        }
        None => {
            let _ = writeln!(text, "{} none (declared directly in {})", output.bold("section:"), system.name);
        }
    }
    match system.ranged_section(entry) {
        Some(ranged) => {
            let section = &system.sections[ranged];
            let range = section.range.map(format_range).unwrap_or_default();
            let inside = section.range.is_some_and(|(start, end)| start <= entry.code && entry.code <= end);
            let note =
                if inside { String::new() } else { " (the entry is a declared exception outside it)".to_owned() };
            let _ = writeln!(text, "{} {range}, of section {}{note}", output.bold("range:"), section.name);
        }
        None => {
            let _ = writeln!(text, "{} none declared", output.bold("range:"));
        }
    }
    if let Some(note) = &entry.deprecated {
        let note = if note.is_empty() { "yes" } else { note };
        let _ = writeln!(text, "{} {note}", output.bold("deprecated:"));
    }
    let twins: Vec<&str> = system
        .with_code(entry.code)
        .into_iter()
        .map(|index| &system.entries[index])
        .filter(|other| !std::ptr::eq(*other, entry))
        .map(|other| other.name.as_str())
        .collect();
    if !twins.is_empty() {
        let _ = writeln!(
            text,
            "{} code {} is also used by {} in {}",
            output.bold("shared code:"),
            entry.code,
            twins.join(", "),
            system.name
        );
    }
    let elsewhere: Vec<&str> = systems
        .iter()
        .filter(|other| !std::ptr::eq(*other, system) && !other.with_code(entry.code).is_empty())
        .map(|other| other.name.as_str())
        .collect();
    if !elsewhere.is_empty() {
        let _ = writeln!(
            text,
            "{} code {} also exists in {}",
            output.bold("other systems:"),
            entry.code,
            elsewhere.join(", ")
        );
    }
    if !entry.doc.is_empty() {
        let _ = writeln!(text, "\n{}", output.bold("explanation:"));
        for line in entry.doc.lines() {
            let _ = writeln!(text, "    {line}");
        }
    }
    text
}

fn explain_retired(system: &SystemView, index: usize, output: Output) -> String {
    let retired = &system.retired[index];
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{}  {}  code {}",
        output.heading(&format!("{} (retired)", system.name)),
        output.bold(&retired.name),
        retired.code
    );
    let _ = writeln!(
        text,
        "\n    {}",
        output.dim(&format!(
            "code {} is retired in {}: no entry has it any more, and none may take it or the name {} again",
            retired.code, system.name, retired.name
        ))
    );
    if retired.doc.is_empty() {
        let _ = writeln!(text, "\n{} (not given)", output.bold("why:"));
    } else {
        let _ = writeln!(text, "\n{}", output.bold("why:"));
        for line in retired.doc.lines() {
            let _ = writeln!(text, "    {line}");
        }
    }
    text
}
