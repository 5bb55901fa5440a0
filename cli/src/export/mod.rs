//! `errcat export SYSTEM --format …`: a whole catalogue in another format.
//! A format is a module with `fn render(&SystemView) -> String` (or
//! `Result<String, Failure>`, when a language cannot hold every code) and a
//! variant of `cli::Format`.

mod codes;
mod csv;
mod go;
mod html;
mod ident;
mod java;
mod json_schema;
mod markdown;
mod protobuf;
mod python;
mod source_text;
mod typescript;

use crate::cli::{ExportArgs, Format};
use crate::commands::Answer;
use crate::failure::{Failure, Outcome};
use crate::json;
use crate::registry;
use crate::view::SystemView;

pub fn run(systems: &[SystemView], args: &ExportArgs, as_json: bool) -> Result<Answer, Failure> {
    let system = registry::find(systems, &args.system)?;
    let format = if as_json { Format::Json } else { args.format };
    if format == Format::Json {
        // About 900 bytes an entry (the generated catalogue of BENCHMARKS.md).
        let capacity = 1024 * system.entries.len();
        return Ok(Answer::utf8(json::to_bytes_sized(&json::catalogue(system), capacity), Outcome::Success));
    }
    Ok(Answer::new(render(system, format)?, Outcome::Success))
}

pub fn render(system: &SystemView, format: Format) -> Result<String, Failure> {
    Ok(match format {
        Format::Markdown => markdown::render(system),
        Format::Json => json::to_string(&json::catalogue(system)),
        Format::Csv => csv::render(system),
        Format::Html => html::render(system),
        Format::Typescript => typescript::render(system)?,
        Format::Go => go::render(system)?,
        Format::Python => python::render(system),
        Format::Java => java::render(system)?,
        Format::Protobuf => protobuf::render(system)?,
        Format::JsonSchema => json_schema::render(system),
    })
}

/// The other entries of the system with the entry's code.
fn twins(system: &SystemView, index: usize) -> Vec<&str> {
    system.twins(index).map(|other| system.entries[other].name.as_str()).collect()
}

/// Whether any entry has an HTTP status: then a format shows a column for it.
fn has_http(system: &SystemView) -> bool {
    system.entries.iter().any(|entry| entry.http.is_some())
}

/// The column titles for the messages: the primary one, then one per
/// further language.
fn text_languages(system: &SystemView) -> Vec<Option<&str>> {
    match system.languages.split_first() {
        None => vec![None],
        Some((primary, rest)) => {
            std::iter::once(Some(primary.as_str())).chain(rest.iter().map(|language| Some(language.as_str()))).collect()
        }
    }
}

/// The entry's message in a column's language (`None`: the primary one).
fn text_in<'a>(system: &'a SystemView, index: usize, language: Option<&str>) -> &'a str {
    let entry = &system.entries[index];
    match language {
        Some(language) if system.languages.first().map(String::as_str) != Some(language) => {
            entry.texts.iter().find(|(tag, _)| tag == language).map_or("", |(_, text)| text.as_str())
        }
        _ => &entry.message,
    }
}
