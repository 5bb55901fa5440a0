//! `errcat search TEXT`: entries whose name or any message contains TEXT.

use serde::Serialize;

use crate::cli::SearchArgs;
use crate::commands::{Answer, entry_table};
use crate::failure::{Failure, Kind, Outcome};
use crate::json;
use crate::output::Output;
use crate::query::Hit;
use crate::registry;
use crate::view::{EntryView, SystemView};

#[derive(Serialize)]
struct Found<'a> {
    version: u32,
    query: &'a str,
    entries: Vec<json::Entry<'a>>,
}

pub fn run(systems: &[SystemView], args: &SearchArgs, as_json: bool, output: Output) -> Result<Answer, Failure> {
    let needle = args.text.trim().to_lowercase();
    if needle.is_empty() {
        return Err(Failure::new(Kind::EmptyQuery, "nothing to search for: give a word of a name or a message"));
    }
    let systems = registry::narrow(systems, args.system.as_deref())?;
    let hits: Vec<Hit> = systems
        .iter()
        .enumerate()
        .flat_map(|(system, view)| {
            let needle = &needle;
            (0..view.entries.len())
                .filter(move |&entry| matches(&view.entries[entry], needle))
                .map(move |entry| (system, entry))
        })
        .collect();
    let outcome = if hits.is_empty() { Outcome::Negative } else { Outcome::Success };
    let text = if as_json {
        let entries = hits
            .iter()
            .map(|&(system, entry)| json::entry(&systems[system], &systems[system].entries[entry]))
            .collect();
        json::to_string(&Found { version: json::VERSION, query: &args.text, entries })
    } else if hits.is_empty() {
        format!(
            "{}\n",
            output.warning(&format!("no entry's name or text contains `{}`", output.line(args.text.trim())))
        )
    } else {
        let count = if hits.len() == 1 { "1 entry".to_owned() } else { format!("{} entries", hits.len()) };
        format!("{}{count}\n", entry_table(systems, &hits, output))
    };
    Ok(Answer::new(text, outcome))
}

/// Case-insensitive for every script that has case; Chinese matches as is.
fn matches(entry: &EntryView, needle: &str) -> bool {
    std::iter::once(&entry.name)
        .chain(std::iter::once(&entry.message))
        .chain(entry.texts.iter().map(|(_, text)| text))
        .any(|haystack| haystack.to_lowercase().contains(needle))
}
