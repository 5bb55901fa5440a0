//! `errcat lookup CODE…`: every entry with these codes.

use std::fmt::Write;

use serde::Serialize;

use crate::cli::LookupArgs;
use crate::commands::{Answer, entry_table};
use crate::failure::{Failure, Outcome};
use crate::json;
use crate::output::Output;
use crate::query::{self, Hit};
use crate::registry;
use crate::view::SystemView;

#[derive(Serialize)]
struct Lookups<'a> {
    version: u32,
    lookups: Vec<Lookup<'a>>,
}

#[derive(Serialize)]
struct Lookup<'a> {
    code: json::Code<'a>,
    entries: Vec<json::Entry<'a>>,
    /// The systems that use the code.
    systems: Vec<&'a str>,
    /// The systems in which more than one entry has the code.
    shared_within: Vec<&'a str>,
}

pub fn run(systems: &[SystemView], args: &LookupArgs, as_json: bool, output: Output) -> Result<Answer, Failure> {
    let systems = registry::narrow(systems, args.system.as_deref())?;
    let found = args.codes.iter().map(|code| find(systems, code)).collect::<Result<Vec<_>, _>>()?;
    let outcome = if found.iter().all(|(_, hits)| !hits.is_empty()) { Outcome::Success } else { Outcome::Negative };
    let text = if as_json { to_json(systems, &found) } else { to_text(systems, &found, output) };
    Ok(Answer::new(text, outcome))
}

/// What one argument finds: the code (as the first entry found has it, or
/// as the argument reads), and the entries. A code is read as a system with
/// `#[code_format]` writes it (`E0308`, `0x80070002`), or as an integer.
fn find(systems: &[SystemView], text: &str) -> Result<(Code, Vec<Hit>), Failure> {
    let hits: Vec<Hit> = systems
        .iter()
        .enumerate()
        .flat_map(|(system, view)| query::with_code_text(view, text).iter().map(move |&entry| (system, entry)))
        .collect();
    let value = match hits.first() {
        Some(&(system, entry)) if systems[system].string_codes => {
            CodeValue::Text(systems[system].entries[entry].code_str.clone())
        }
        Some(&(system, entry)) => CodeValue::Integer(systems[system].entries[entry].code),
        // A string system may have any code: an unknown one is not malformed.
        None if systems.iter().any(|system| system.string_codes) => match query::parse_code(text) {
            Some(code) => CodeValue::Integer(code),
            None => CodeValue::Text(text.trim().to_owned()),
        },
        None => CodeValue::Integer(query::code_argument(text)?),
    };
    let written = systems.iter().any(|system| query::is_written_code(system, text));
    let shown = match &value {
        _ if written => text.trim().to_owned(),
        CodeValue::Integer(code) => code.to_string(),
        CodeValue::Text(code) => code.clone(),
    };
    Ok((Code { value, shown }, hits))
}

/// A code looked up: its value, and how it is shown (as the argument wrote
/// it when that is a system's written form).
struct Code {
    value: CodeValue,
    shown: String,
}

enum CodeValue {
    Integer(i128),
    Text(String),
}

/// The systems that have the code; hits come grouped by system.
fn users(hits: &[Hit]) -> Vec<usize> {
    let mut users: Vec<usize> = hits.iter().map(|&(system, _)| system).collect();
    users.dedup();
    users
}

/// The systems in which more than one entry has the code.
fn sharers(hits: &[Hit]) -> Vec<usize> {
    users(hits).into_iter().filter(|&system| hits.iter().filter(|&&(other, _)| other == system).count() > 1).collect()
}

fn to_json(systems: &[SystemView], found: &[(Code, Vec<Hit>)]) -> String {
    let lookups = found
        .iter()
        .map(|(code, hits)| Lookup {
            code: match &code.value {
                CodeValue::Integer(code) => json::Code::Integer(*code),
                CodeValue::Text(code) => json::Code::Text(code),
            },
            entries: hits
                .iter()
                .map(|&(system, entry)| json::entry(&systems[system], &systems[system].entries[entry]))
                .collect(),
            systems: users(hits).into_iter().map(|system| systems[system].name.as_str()).collect(),
            shared_within: sharers(hits).into_iter().map(|system| systems[system].name.as_str()).collect(),
        })
        .collect();
    json::to_string(&Lookups { version: json::VERSION, lookups })
}

fn to_text(systems: &[SystemView], found: &[(Code, Vec<Hit>)], output: Output) -> String {
    let mut text = String::new();
    for (position, (code, hits)) in found.iter().enumerate() {
        let code = output.line(&code.shown);
        if position > 0 {
            text.push('\n');
        }
        if hits.is_empty() {
            let scope = match systems {
                [only] => format!("catalogue {}", only.name),
                _ => "catalogue".to_owned(),
            };
            let _ = writeln!(text, "{}", output.warning(&format!("code {code}: no {scope} has this code")));
            continue;
        }
        let _ = writeln!(text, "{}", output.heading(&format!("code {code}")));
        text.push_str(&entry_table(systems, hits, output));
        for system in sharers(hits) {
            let names: Vec<std::borrow::Cow<str>> = hits
                .iter()
                .filter(|&&(other, _)| other == system)
                .map(|&(_, entry)| output.line(&systems[system].entries[entry].name))
                .collect();
            let _ = writeln!(
                text,
                "note: code {code} is shared inside {}: {} entries have it ({})",
                systems[system].name,
                names.len(),
                names.join(", ")
            );
        }
        let users = users(hits);
        if users.len() > 1 {
            let names: Vec<&str> = users.iter().map(|&system| systems[system].name.as_str()).collect();
            let _ = writeln!(text, "note: code {code} is used by {} systems: {}", names.len(), names.join(", "));
        }
    }
    text
}
