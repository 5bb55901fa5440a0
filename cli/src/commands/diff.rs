//! `errcat diff OLD NEW`: what changed between two versions of the
//! catalogues, each a file, a directory or `REV:PATH` (read with
//! `git show`), and which changes break clients: an entry removed without
//! being retired, renumbered or renamed, a code reused for another entry, a
//! retirement undone. The exit status is 1 when any change breaks.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use errcat_dsl::model::{Catalog, Entry};
use errcat_dsl::plan::Plan;
use serde::Serialize;

use crate::catalogue_files;
use crate::cli::{DiffArgs, DiffFormat};
use crate::commands::Answer;
use crate::failure::{Failure, Outcome};
use errcat_dsl::lock::LockedCode;

use crate::json;
use crate::scan;

/// One change between the versions.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub system: String,
    pub kind: Kind,
    pub breaking: bool,
    /// The entry's name (in the new version, for a renamed entry).
    pub name: String,
    /// The entry's code in the old version, or in the new for an addition:
    /// a number, or a string in a system with string codes.
    #[serde(serialize_with = "serialize_code")]
    pub code: Option<LockedCode>,
    /// The old and the new value of what changed: a code, a name, a section
    /// path (`""` outside sections), a text (`null` when absent), an HTTP
    /// status.
    pub old: Option<serde_json::Value>,
    pub new: Option<serde_json::Value>,
    /// For a changed text: the language (`null` when the system declares none).
    pub language: Option<String>,
    /// The other entry involved: the one whose code was reused.
    pub other: Option<String>,
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    SystemRemoved,
    Removed,
    Renumbered,
    Renamed,
    CodeReused,
    RetirementRemoved,
    SystemAdded,
    Added,
    Retired,
    Moved,
    TextChanged,
    HttpChanged,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::SystemRemoved => "system removed",
            Kind::Removed => "removed",
            Kind::Renumbered => "renumbered",
            Kind::Renamed => "renamed",
            Kind::CodeReused => "code reused",
            Kind::RetirementRemoved => "retirement removed",
            Kind::SystemAdded => "system added",
            Kind::Added => "added",
            Kind::Retired => "retired",
            Kind::Moved => "moved",
            Kind::TextChanged => "text changed",
            Kind::HttpChanged => "HTTP status changed",
        }
    }
}

#[derive(Serialize)]
struct Diffed<'a> {
    version: u32,
    old: &'a str,
    new: &'a str,
    breaking: usize,
    changes: &'a [Change],
}

pub fn run(args: &DiffArgs, as_json: bool) -> Result<Answer, Failure> {
    let old = load(&args.old)?;
    let new = load(&args.new)?;
    let changes = compare(&old, &new);
    let breaking = changes.iter().filter(|change| change.breaking).count();
    let outcome = if breaking == 0 { Outcome::Success } else { Outcome::Negative };
    let format = if as_json { DiffFormat::Json } else { args.format };
    let text = match format {
        DiffFormat::Json => json::to_string(&Diffed {
            version: json::VERSION,
            old: &args.old,
            new: &args.new,
            breaking,
            changes: &changes,
        }),
        DiffFormat::Text => render_text(&changes, &args.old, &args.new),
        DiffFormat::Markdown => render_markdown(&changes, &args.old, &args.new),
    };
    Ok(Answer::new(text, outcome))
}

/// The catalogues of one version: a file or directory on disk, else
/// `REV:PATH` from git.
fn load(spec: &str) -> Result<Vec<Catalog>, Failure> {
    let path = Path::new(spec);
    let mut catalogs = Vec::new();
    if path.is_dir() {
        let files = catalogue_files::catalogue_files(path)?;
        if files.is_empty() {
            return Err(Failure::bad_input(format!("{spec}: no `error_catalog!` in any .rs file under it")));
        }
        for file in files {
            catalogs.extend(catalogue_files::catalogs_in(&file.display().to_string(), &scan::read_source(&file)?)?);
        }
    } else if path.exists() {
        catalogs = catalogue_files::catalogs_in(spec, &scan::read_source(path)?)?;
    } else if let Some((revision, inner)) = spec.split_once(':').filter(|(revision, _)| !revision.is_empty()) {
        for (label, source) in git_sources(revision, inner)? {
            catalogs.extend(catalogue_files::catalogs_in(&label, &source)?);
        }
    } else {
        return Err(Failure::bad_input(format!("{spec}: no such file or directory, and not `REV:PATH`")));
    }
    if catalogs.is_empty() {
        return Err(Failure::bad_input(format!("{spec}: no `error_catalog!` invocation found")));
    }
    Ok(catalogs)
}

fn git(arguments: &[&str]) -> Result<String, Failure> {
    let output = Command::new("git")
        .args(arguments)
        .output()
        .map_err(|error| Failure::bad_input(format!("cannot run git: {}", scan::io_reason(&error))))?;
    if !output.status.success() {
        let reason = String::from_utf8_lossy(&output.stderr);
        let reason = reason.lines().next().unwrap_or("failed").trim_start_matches("fatal: ");
        return Err(Failure::bad_input(format!("git {}: {reason}", arguments.join(" "))));
    }
    String::from_utf8(output.stdout).map_err(|_| Failure::bad_input(format!("git {}: not UTF-8", arguments.join(" "))))
}

/// The `.rs` sources at `revision:path`: the file, or every file under the
/// directory that invokes `error_catalog!`.
fn git_sources(revision: &str, path: &str) -> Result<Vec<(String, String)>, Failure> {
    let object = format!("{revision}:{path}");
    let kind = git(&["cat-file", "-t", &object])?;
    if kind.trim() == "blob" {
        return Ok(vec![(object.clone(), git(&["show", &object])?)]);
    }
    let mut sources = Vec::new();
    for name in git(&["ls-tree", "-r", "--name-only", &object])?
        .lines()
        .filter(|name| Path::new(name).extension().is_some_and(|extension| extension == "rs"))
    {
        let file = format!("{}/{name}", object.trim_end_matches('/'));
        let source = git(&["show", &file])?;
        if source.contains("error_catalog!") {
            sources.push((file, source));
        }
    }
    Ok(sources)
}

/// What the comparison needs of one entry.
struct Facts {
    code: LockedCode,
    section: String,
    texts: Vec<(Option<String>, String)>,
    http: Option<u16>,
}

fn facts(catalog: &Catalog, plan: &Plan, index: usize) -> Facts {
    let entry: &Entry = &catalog.entries[index];
    let mut texts = Vec::new();
    if let Some(message) = &entry.message {
        texts.push((catalog.primary_language().map(ToString::to_string), message.value.clone()));
    }
    texts.extend(entry.texts.iter().map(|(language, text)| (Some(language.to_string()), text.value.clone())));
    Facts {
        code: LockedCode::of(&entry.code),
        section: entry.section.map(|section| plan.sections[section].path.clone()).unwrap_or_default(),
        texts,
        http: plan.entries[index].http.map(|http| http.status),
    }
}

/// One version of one system, by name and by code.
struct Version {
    entries: BTreeMap<String, Facts>,
    by_code: HashMap<LockedCode, Vec<String>>,
    retired: BTreeMap<String, LockedCode>,
    retired_codes: HashMap<LockedCode, String>,
}

impl Version {
    fn of(catalog: &Catalog) -> Self {
        let mut version = Version {
            entries: BTreeMap::new(),
            by_code: HashMap::new(),
            retired: BTreeMap::new(),
            retired_codes: HashMap::new(),
        };
        let plans = errcat_dsl::plan::plan_invocation(std::slice::from_ref(catalog));
        for (index, entry) in catalog.entries.iter().enumerate() {
            version.by_code.entry(LockedCode::of(&entry.code)).or_default().push(entry.name.clone());
            version.entries.insert(entry.name.clone(), facts(catalog, &plans[0], index));
        }
        for retired in &catalog.retired {
            version.retired.insert(retired.name.clone(), LockedCode::of(&retired.code));
            version.retired_codes.insert(LockedCode::of(&retired.code), retired.name.clone());
        }
        version
    }

    fn has_name(&self, name: &str) -> bool {
        self.entries.contains_key(name) || self.retired.contains_key(name)
    }
}

fn change(system: &str, kind: Kind, name: &str, code: Option<&LockedCode>) -> Change {
    Change {
        system: system.to_owned(),
        kind,
        breaking: matches!(
            kind,
            Kind::SystemRemoved
                | Kind::Removed
                | Kind::Renumbered
                | Kind::Renamed
                | Kind::CodeReused
                | Kind::RetirementRemoved
        ),
        name: name.to_owned(),
        code: code.cloned(),
        old: None,
        new: None,
        language: None,
        other: None,
    }
}

/// A code as JSON: a number (codes fit in 64 bits), or a string.
fn number(code: &LockedCode) -> serde_json::Value {
    match code {
        LockedCode::Integer(value) => serde_json::to_value(value).unwrap_or(serde_json::Value::Null),
        LockedCode::Text(text) => serde_json::Value::String(text.clone()),
    }
}

// serde's `serialize_with` hands over the field itself, `&Option<_>`.
#[allow(clippy::ref_option)]
fn serialize_code<S: serde::Serializer>(code: &Option<LockedCode>, serializer: S) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(&code.as_ref().map(number), serializer)
}

fn with_values(mut change: Change, old: impl Into<serde_json::Value>, new: impl Into<serde_json::Value>) -> Change {
    change.old = Some(old.into());
    change.new = Some(new.into());
    change
}

/// Every change between two versions, sorted by system, then code, then kind.
pub fn compare(old: &[Catalog], new: &[Catalog]) -> Vec<Change> {
    let mut changes = Vec::new();
    let new_by_name: HashMap<String, &Catalog> =
        new.iter().map(|catalog| (catalog.ident.to_string(), catalog)).collect();
    let old_names: HashSet<String> = old.iter().map(|catalog| catalog.ident.to_string()).collect();
    for catalog in old {
        let name = catalog.ident.to_string();
        match new_by_name.get(&name) {
            Some(later) => compare_system(&name, &Version::of(catalog), &Version::of(later), &mut changes),
            None => changes.push(change(&name, Kind::SystemRemoved, &name, None)),
        }
    }
    for catalog in new.iter().filter(|catalog| !old_names.contains(&catalog.ident.to_string())) {
        let name = catalog.ident.to_string();
        changes.push(change(&name, Kind::SystemAdded, &name, None));
    }
    changes.sort_by(|left, right| {
        (&left.system, &left.code, left.kind, &left.name).cmp(&(&right.system, &right.code, right.kind, &right.name))
    });
    changes.dedup();
    changes
}

fn compare_system(system: &str, old: &Version, new: &Version, changes: &mut Vec<Change>) {
    let mut renamed_from: HashSet<&str> = HashSet::new();
    for (name, facts) in &new.entries {
        let code = &facts.code;
        let before = old.entries.get(name);
        let holders: Vec<&String> = old
            .by_code
            .get(code)
            .map(|names| names.iter().filter(|holder| *holder != name).collect())
            .unwrap_or_default();
        let compared = match before {
            Some(before) => {
                if &before.code != code {
                    changes.push(with_values(
                        change(system, Kind::Renumbered, name, Some(&before.code)),
                        number(&before.code),
                        number(code),
                    ));
                }
                Some(before)
            }
            None if !holders.is_empty()
                && holders.iter().all(|holder| !new.has_name(holder))
                && !old.has_name(name) =>
            {
                renamed_from.insert(holders[0].as_str());
                changes.push(with_values(
                    change(system, Kind::Renamed, name, Some(code)),
                    holders[0].as_str(),
                    name.as_str(),
                ));
                old.entries.get(holders[0].as_str())
            }
            None => {
                if holders.is_empty() && !old.retired_codes.contains_key(code) && !old.retired.contains_key(name) {
                    changes.push(change(system, Kind::Added, name, Some(code)));
                }
                None
            }
        };
        let renamed = compared.is_some() && before.is_none();
        let code_was_other = before.is_none_or(|before| &before.code != code) && !holders.is_empty() && !renamed;
        if code_was_other {
            let mut reused = change(system, Kind::CodeReused, name, Some(code));
            reused.other = Some(holders[0].clone());
            changes.push(with_values(reused, holders[0].as_str(), name.as_str()));
        }
        if let Some(retired) = old.retired_codes.get(code).filter(|_| !new.retired_codes.contains_key(code)) {
            let mut reused = change(system, Kind::CodeReused, name, Some(code));
            reused.other = Some(retired.clone());
            changes.push(with_values(reused, format!("retired {retired}"), name.as_str()));
        }
        if let Some(retired_code) = old.retired.get(name).filter(|_| !new.retired.contains_key(name)) {
            let mut reused = change(system, Kind::CodeReused, name, Some(retired_code));
            reused.other = Some(name.clone());
            changes.push(with_values(reused, format!("retired {name}"), number(code)));
        }
        if let Some(before) = compared {
            compare_facts(system, name, before, facts, changes);
        }
    }
    for (name, facts) in &old.entries {
        if new.entries.contains_key(name) || renamed_from.contains(name.as_str()) {
            continue;
        }
        match new.retired.get(name) {
            Some(code) => changes.push(with_values(
                change(system, Kind::Retired, name, Some(&facts.code)),
                number(&facts.code),
                number(code),
            )),
            None => changes.push(change(system, Kind::Removed, name, Some(&facts.code))),
        }
    }
    for (name, code) in &new.retired {
        if !old.retired.contains_key(name) && !old.entries.contains_key(name) {
            changes.push(change(system, Kind::Retired, name, Some(code)));
        }
    }
    for (name, code) in &old.retired {
        if !new.retired.contains_key(name) {
            changes.push(change(system, Kind::RetirementRemoved, name, Some(code)));
        }
    }
}

fn compare_facts(system: &str, name: &str, before: &Facts, after: &Facts, changes: &mut Vec<Change>) {
    let code = Some(&before.code);
    if before.section != after.section {
        changes.push(with_values(
            change(system, Kind::Moved, name, code),
            before.section.as_str(),
            after.section.as_str(),
        ));
    }
    let mut languages: Vec<&Option<String>> = before.texts.iter().map(|(language, _)| language).collect();
    for (language, _) in &after.texts {
        if !languages.contains(&language) {
            languages.push(language);
        }
    }
    let text_in = |facts: &Facts, language: &Option<String>| {
        facts.texts.iter().find(|(tag, _)| tag == language).map(|(_, text)| text.clone())
    };
    for language in languages {
        let (old_text, new_text) = (text_in(before, language), text_in(after, language));
        if old_text != new_text {
            let mut text_change = with_values(change(system, Kind::TextChanged, name, code), old_text, new_text);
            text_change.language.clone_from(language);
            changes.push(text_change);
        }
    }
    if before.http != after.http {
        changes.push(with_values(change(system, Kind::HttpChanged, name, code), before.http, after.http));
    }
}

fn show(value: Option<&serde_json::Value>) -> String {
    match value {
        None | Some(serde_json::Value::Null) => "(none)".to_owned(),
        Some(serde_json::Value::String(text)) if text.is_empty() => "(top level)".to_owned(),
        Some(serde_json::Value::String(text)) => format!("{text:?}"),
        Some(other) => other.to_string(),
    }
}

/// One line about a change, for people.
fn describe(change: &Change) -> String {
    let code = change.code.as_ref().map(ToString::to_string).unwrap_or_default();
    let values = format!("{} → {}", show(change.old.as_ref()), show(change.new.as_ref()));
    match change.kind {
        Kind::SystemRemoved | Kind::SystemAdded => format!("{} {}", change.kind.label(), change.name),
        Kind::Added | Kind::Removed | Kind::RetirementRemoved => {
            format!("{} {} {}", change.kind.label(), code, change.name)
        }
        Kind::Retired if change.old.is_some() => format!("retired {code} {}", change.name),
        Kind::Retired => format!("retired {code} {} (never released here)", change.name),
        Kind::Renumbered => format!("renumbered {}: {values}", change.name),
        Kind::Renamed => format!("renamed {code}: {values}"),
        Kind::CodeReused => format!("code reused {code}: {values}"),
        Kind::Moved => format!("moved {code} {}: {values}", change.name),
        Kind::TextChanged => {
            let language = change.language.as_deref().map(|language| format!(" ({language})")).unwrap_or_default();
            format!("text changed {code} {}{language}: {values}", change.name)
        }
        Kind::HttpChanged => format!("HTTP status changed {code} {}: {values}", change.name),
    }
}

fn summary(changes: &[Change]) -> String {
    let breaking = changes.iter().filter(|change| change.breaking).count();
    let noun = if changes.len() == 1 { "change" } else { "changes" };
    format!("{} {noun}, {breaking} breaking", changes.len())
}

fn render_text(changes: &[Change], old: &str, new: &str) -> String {
    let mut text = format!("{old} → {new}\n");
    let mut system = None;
    for change in changes {
        if system != Some(&change.system) {
            let _ = writeln!(text, "{}", change.system);
            system = Some(&change.system);
        }
        let mark = if change.breaking { "breaking" } else { "        " };
        let _ = writeln!(text, "  {mark}  {}", describe(change));
    }
    let _ = writeln!(text, "{}", summary(changes));
    text
}

/// Text for a Markdown list item: the characters Markdown reads escaped,
/// line breaks as `<br>`.
fn markdown_escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '\n' => escaped.push_str("<br>"),
            '\r' => {}
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!' => {
                escaped.push('\\');
                escaped.push(character);
            }
            other => escaped.push(other),
        }
    }
    escaped
}

fn render_markdown(changes: &[Change], old: &str, new: &str) -> String {
    let mut text = format!("# Error codes: {} → {}\n\n", markdown_escape(old), markdown_escape(new));
    if changes.is_empty() {
        text.push_str("No changes.\n");
        return text;
    }
    let mut systems: Vec<&str> = changes.iter().map(|change| change.system.as_str()).collect();
    systems.dedup();
    for system in systems {
        let _ = writeln!(text, "## {}\n", markdown_escape(system));
        let of_system: Vec<&Change> = changes.iter().filter(|change| change.system == system).collect();
        for (breaking, heading) in [(true, "Breaking changes"), (false, "Other changes")] {
            let listed: Vec<&&Change> = of_system.iter().filter(|change| change.breaking == breaking).collect();
            if listed.is_empty() {
                continue;
            }
            let _ = writeln!(text, "### {heading}\n");
            for change in listed {
                let _ = writeln!(text, "- {}", markdown_escape(&describe(change)));
            }
            text.push('\n');
        }
    }
    let _ = writeln!(text, "{}.", summary(changes));
    text
}
