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
use crate::view::SystemView;

#[derive(Serialize)]
struct Explained<'a> {
    version: u32,
    query: &'a str,
    entries: Vec<json::Entry<'a>>,
    /// The `retired` declarations the query names.
    retired: Vec<Retired<'a>>,
    /// When nothing matches a name: the closest names.
    suggestions: Vec<Suggestion<'a>>,
}

#[derive(Serialize)]
struct Retired<'a> {
    system: &'a str,
    code: i128,
    name: &'a str,
    doc: &'a str,
}

#[derive(Serialize)]
struct Suggestion<'a> {
    system: &'a str,
    name: &'a str,
}

pub fn run(systems: &[SystemView], args: &ExplainArgs, as_json: bool, output: Output) -> Result<Answer, Failure> {
    let systems = registry::narrow(systems, args.system.as_deref())?;
    let hits = query::resolve(systems, &args.what)?;
    let retired = query::resolve_retired(systems, &args.what);
    let outcome = if hits.is_empty() && retired.is_empty() { Outcome::Negative } else { Outcome::Success };
    let (scope, target) = scope(systems, &args.what);
    let suggestions = if hits.is_empty() && retired.is_empty() && query::parse_code(target).is_none() {
        let within = match scope {
            Some(system) => registry::narrow(systems, Some(system)).unwrap_or(systems),
            None => systems,
        };
        query::closest_entries(within, target)
            .into_iter()
            .map(|(system, entry)| Suggestion {
                system: &within[system].name,
                name: &within[system].entries[entry].name,
            })
            .collect()
    } else {
        Vec::new()
    };
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
        json::to_string(&Explained { version: json::VERSION, query: &args.what, entries, retired, suggestions })
    } else if hits.is_empty() && retired.is_empty() {
        not_found(systems, &args.what, &suggestions, output)
    } else {
        hits.iter()
            .map(|&hit| explain(systems, hit, output))
            .chain(retired.iter().map(|&(system, index)| explain_retired(&systems[system], index, output)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    Ok(Answer::new(text, outcome))
}

/// The system a query names (`cos/…`, `Cos::…`), and the rest of it.
fn scope<'a>(systems: &[SystemView], what: &'a str) -> (Option<&'a str>, &'a str) {
    let what = what.trim();
    match what.split_once("::").or_else(|| what.split_once('/')) {
        Some((system, rest)) if registry::find(systems, system.trim()).is_ok() => (Some(system.trim()), rest.trim()),
        _ => (None, what),
    }
}

fn not_found(systems: &[SystemView], what: &str, suggestions: &[Suggestion], output: Output) -> String {
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
        None => format!("no such entry: no {scope} has an entry named `{}`", output.line(target)),
    };
    let mut text = format!("{}\n", output.warning(&message));
    if !suggestions.is_empty() {
        let names: Vec<String> = suggestions
            .iter()
            .map(|suggestion| format!("{}::{}", suggestion.system, output.line(suggestion.name)))
            .collect();
        let _ = writeln!(text, "did you mean {}?", names.join(", "));
    }
    text
}

fn explain(systems: &[SystemView], (system, entry): Hit, output: Output) -> String {
    let system = &systems[system];
    let entry = &system.entries[entry];
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{}  {}  code {}",
        output.heading(&format!("{}::{}", system.name, entry.variant)),
        output.bold(&output.line(&entry.name)),
        written_code(system, entry, output)
    );
    let _ = writeln!(text);
    let texts = system.texts(entry);
    if texts.is_empty() {
        let _ = writeln!(
            text,
            "    {}",
            output.dim(&format!(
                "(no text: {} knows code {} but gives it no message)",
                system.name,
                output.line(&entry.code_str)
            ))
        );
    }
    for message in &texts {
        match message.language {
            Some(language) => {
                let _ = writeln!(text, "    {}  {}", output.dim(language), indented(&output.text(message.text)));
            }
            None => {
                let _ = writeln!(text, "    {}", indented(&output.text(message.text)));
            }
        }
    }
    let _ = writeln!(text);
    if let Some(line) = placeholders_line(system, entry, output) {
        let _ = writeln!(text, "{line}");
    }
    match entry.section {
        Some(section) => {
            let own = &system.sections[section];
            let title = if own.title.is_empty() { String::new() } else { format!(" — {}", output.line(&own.title)) };
            let _ = writeln!(text, "{} {}{title}", output.bold("section:"), system.section_path_name(section));
        }
        None => {
            let _ = writeln!(text, "{} none (declared directly in {})", output.bold("section:"), system.name);
        }
    }
    text.push_str(&bounds_line(system, entry, output));
    text.push_str(&statuses(system, entry, output));
    if let Some(note) = &entry.deprecated {
        let note = if note.is_empty() { "yes".into() } else { output.line(note) };
        let _ = writeln!(text, "{} {note}", output.bold("deprecated:"));
    }
    let twins: Vec<std::borrow::Cow<str>> = system
        .with_code(entry.code)
        .iter()
        .map(|&index| &system.entries[index])
        .filter(|other| !std::ptr::eq(*other, entry))
        .map(|other| output.line(&other.name))
        .collect();
    if !twins.is_empty() {
        let _ = writeln!(
            text,
            "{} code {} is also used by {} in {}",
            output.bold("shared code:"),
            output.line(&entry.code_str),
            twins.join(", "),
            system.name
        );
    }
    let elsewhere: Vec<&str> = systems
        .iter()
        .filter(|other| !std::ptr::eq(*other, system) && !other.with_code_of(system, entry).is_empty())
        .map(|other| other.name.as_str())
        .collect();
    if !elsewhere.is_empty() {
        let _ = writeln!(
            text,
            "{} code {} also exists in {}",
            output.bold("other systems:"),
            output.line(&entry.code_str),
            elsewhere.join(", ")
        );
    }
    if !entry.doc.is_empty() {
        let _ = writeln!(text, "\n{}", output.bold("explanation:"));
        for line in output.text(&entry.doc).lines() {
            let _ = writeln!(text, "    {line}");
        }
    }
    text
}

/// `range: 400..=499, of section Http`, or `prefix: "22", …` in a `str`
/// system, saying when the entry is a declared exception outside it.
fn bounds_line(system: &SystemView, entry: &crate::view::EntryView, output: Output) -> String {
    let Some(ranged) = system.ranged_section(entry) else {
        return format!("{} none declared\n", output.bold("range:"));
    };
    let section = &system.sections[ranged];
    let bounds = output.line(&section.bounds().unwrap_or_default()).into_owned();
    let inside = match (&section.prefix, section.range) {
        (Some(prefix), _) => entry.code_str.starts_with(prefix.as_str()),
        (None, Some((start, end))) => start <= entry.code && entry.code <= end,
        (None, None) => true,
    };
    let note = if inside { "" } else { " (the entry is a declared exception outside it)" };
    let label = if section.prefix.is_some() { "prefix:" } else { "range:" };
    format!("{} {bounds}, of section {}{note}\n", output.bold(label), section.name)
}

/// `placeholders: {path}, {size} (filled by name)`, for an entry whose
/// messages have any.
fn placeholders_line(system: &SystemView, entry: &crate::view::EntryView, output: Output) -> Option<String> {
    let placeholders = system.placeholders(entry);
    if placeholders.is_empty() {
        return None;
    }
    let how = match system.placeholders {
        errcat::PlaceholderSyntax::Named => "filled by name",
        errcat::PlaceholderSyntax::Printf => "printf-style, filled in order",
    };
    let listed: Vec<std::borrow::Cow<str>> = placeholders.iter().map(|placeholder| output.line(placeholder)).collect();
    Some(format!("{} {} ({how})", output.bold("placeholders:"), listed.join(", ")))
}

fn explain_retired(system: &SystemView, index: usize, output: Output) -> String {
    let retired = &system.retired[index];
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{}  {}  code {}",
        output.heading(&format!("{} (retired)", system.name)),
        output.bold(&retired.name),
        output.line(&retired.code_str)
    );
    let _ = writeln!(
        text,
        "\n    {}",
        output.dim(&format!(
            "code {} is retired in {}: no entry has it any more, and none may take it or the name {} again",
            output.line(&retired.code_str),
            system.name,
            retired.name
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

/// The HTTP status line, and the gRPC status and documentation page lines
/// when the entry has them.
fn statuses(system: &SystemView, entry: &crate::view::EntryView, output: Output) -> String {
    let mut text = format!("{} {}\n", output.bold("http status:"), http_status(system, entry));
    if let Some(grpc) = entry.grpc {
        let _ = writeln!(text, "{} {grpc}", output.bold("grpc status:"));
    }
    if let Some(url) = &entry.url {
        let _ = writeln!(text, "{} {}", output.bold("docs:"), output.line(url));
    }
    text
}

/// `404 (declared)`, `400 (inherited from section Request)` or `none
/// declared`.
fn http_status(system: &SystemView, entry: &crate::view::EntryView) -> String {
    match entry.http {
        Some(http) => format!("{} ({})", http.status, system.http_source(http)),
        None => "none declared".to_owned(),
    }
}

/// A message of several lines, its further lines under its first.
fn indented(text: &str) -> String {
    text.replace('\n', "\n        ")
}

/// `E0308 (308)` for a system with a code format, `-61` otherwise, a string
/// code as it is.
fn written_code(system: &SystemView, entry: &crate::view::EntryView, output: Output) -> String {
    if system.string_codes {
        output.line(&entry.code_str).into_owned()
    } else if system.formatted {
        format!("{} ({})", output.line(&entry.code_str), entry.code)
    } else {
        entry.code.to_string()
    }
}
