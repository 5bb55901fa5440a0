//! `errcat lock [FILES…]`: writes the baseline, `errcat.lock`, that
//! `#[baseline = "errcat.lock"]` holds the catalogues to. The format is
//! `errcat_dsl::lock`'s, the one the macro reads.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use errcat_dsl::lock::{self, Lock};
use serde::Serialize;

use crate::catalogue_files;
use crate::cli::LockArgs;
use crate::commands::Answer;
use crate::failure::{Failure, Outcome};
use crate::json;
use crate::scan;

#[derive(Serialize)]
struct Locked {
    version: u32,
    path: String,
    /// `"written"`, `"updated"`, `"up_to_date"`, `"out_of_date"` or `"missing"`.
    status: &'static str,
    systems: Vec<LockedSystem>,
    /// Lines of the file that the catalogues would add, and remove.
    added_lines: Vec<String>,
    removed_lines: Vec<String>,
}

#[derive(Serialize)]
struct LockedSystem {
    name: String,
    entries: usize,
    retired: usize,
}

pub fn run(args: &LockArgs, as_json: bool) -> Result<Answer, Failure> {
    let cwd = std::env::current_dir().map_err(|error| Failure::bad_input(format!("no current directory: {error}")))?;
    let discovered = args.files.is_empty();
    let files = if discovered {
        let root = catalogue_files::crate_root(&cwd).ok_or_else(|| {
            Failure::bad_input("no Cargo.toml in this directory or above it: name the catalogue files to lock")
        })?;
        let files = catalogue_files::catalogue_files(&root.join("src"))?;
        if files.is_empty() {
            return Err(Failure::bad_input(format!(
                "no `error_catalog!` in {}: name the catalogue files to lock",
                root.join("src").display()
            )));
        }
        files
    } else {
        args.files.clone()
    };
    let output = match &args.output {
        Some(path) => path.clone(),
        None => catalogue_files::crate_root(&files[0]).unwrap_or(cwd).join(lock::FILE_NAME),
    };
    let mut fresh = Lock::default();
    for path in &files {
        let source = scan::read_source(path)?;
        let catalogs = catalogue_files::catalogs_in(&path.display().to_string(), &source)?;
        if catalogs.is_empty() && !discovered {
            return Err(Failure::bad_input(format!("{}: no `error_catalog!` invocation found", path.display())));
        }
        for catalog in &catalogs {
            if fresh.system(&catalog.ident.to_string()).is_some() {
                return Err(Failure::bad_input(format!(
                    "system `{}` is declared in more than one of the files; a lock file records each system once",
                    catalog.ident
                )));
            }
            fresh.insert(lock::LockedSystem::of(catalog));
        }
    }
    let existing = read_existing(&output)?;
    // Systems of the lock file that these files do not declare stay as they are.
    let mut next = existing.clone().unwrap_or_default();
    for system in &fresh.systems {
        next.insert(system.clone());
    }
    let text = next.render();
    let old_text = existing.as_ref().map(Lock::render);
    let (added_lines, removed_lines) = line_changes(old_text.as_deref().unwrap_or(""), &text);
    let status = match (&old_text, args.check, args.update) {
        (Some(old), _, _) if *old == text => "up_to_date",
        (None, true, _) => "missing",
        (Some(_), true, _) | (Some(_), false, false) => "out_of_date",
        (None, false, _) => "written",
        (Some(_), false, true) => "updated",
    };
    if matches!(status, "written" | "updated") {
        std::fs::write(&output, &text).map_err(|error| {
            Failure::bad_input(format!("cannot write {}: {}", output.display(), scan::io_reason(&error)))
        })?;
    }
    let outcome = if matches!(status, "missing" | "out_of_date") { Outcome::Negative } else { Outcome::Success };
    let systems = fresh
        .systems
        .iter()
        .map(|system| LockedSystem {
            name: system.name.clone(),
            entries: system.entries.iter().filter(|entry| !entry.retired).count(),
            retired: system.entries.iter().filter(|entry| entry.retired).count(),
        })
        .collect();
    let report = Locked {
        version: json::VERSION,
        path: output.display().to_string(),
        status,
        systems,
        added_lines,
        removed_lines,
    };
    let text = if as_json { json::to_string(&report) } else { render(&report, args.update) };
    Ok(Answer::new(text, outcome))
}

/// The lock file at `path`, if there is one; one that does not parse is
/// refused rather than overwritten.
fn read_existing(path: &Path) -> Result<Option<Lock>, Failure> {
    if !path.exists() {
        return Ok(None);
    }
    let text = scan::read_source(path)?;
    Lock::parse(&text).map(Some).map_err(|error| {
        Failure::bad_input(format!(
            "{}:{}: not a lock file errcat can read: {}; fix it, or remove it to write a new one",
            path.display(),
            error.line,
            error.message
        ))
    })
}

/// The lines only in `new`, and those only in `old`, each in file order.
fn line_changes(old: &str, new: &str) -> (Vec<String>, Vec<String>) {
    let entry_lines = |text: &str| -> Vec<String> {
        text.lines().filter(|line| !line.starts_with('#') && !line.is_empty()).map(str::to_owned).collect()
    };
    let (old, new) = (entry_lines(old), entry_lines(new));
    let old_set: std::collections::HashSet<&String> = old.iter().collect();
    let new_set: std::collections::HashSet<&String> = new.iter().collect();
    let added = new.iter().filter(|line| !old_set.contains(line)).cloned().collect();
    let removed = old.iter().filter(|line| !new_set.contains(line)).cloned().collect();
    (added, removed)
}

fn render(report: &Locked, update: bool) -> String {
    let mut text = String::new();
    let systems: Vec<String> = report
        .systems
        .iter()
        .map(|system| match system.retired {
            0 => format!("{} ({} entries)", system.name, system.entries),
            retired => format!("{} ({} entries, {retired} retired)", system.name, system.entries),
        })
        .collect();
    let path = PathBuf::from(&report.path);
    let _ = match report.status {
        "written" => writeln!(text, "wrote {}: {}", path.display(), systems.join(", ")),
        "updated" => writeln!(
            text,
            "updated {}: {} added, {} removed; {}",
            path.display(),
            lines(report.added_lines.len()),
            lines(report.removed_lines.len()),
            systems.join(", ")
        ),
        "up_to_date" => writeln!(text, "{} is up to date: {}", path.display(), systems.join(", ")),
        "missing" => writeln!(text, "{} does not exist; write it with `errcat lock`", path.display()),
        _ => {
            let _ = writeln!(text, "{} is out of date:", path.display());
            for line in &report.removed_lines {
                let _ = writeln!(text, "- {line}");
            }
            for line in &report.added_lines {
                let _ = writeln!(text, "+ {line}");
            }
            let advice = if update {
                ""
            } else {
                "after a release, record the new state with `errcat lock --update`; `errcat diff` shows what breaks"
            };
            writeln!(text, "{advice}")
        }
    };
    text
}

fn lines(count: usize) -> String {
    if count == 1 { "1 line".to_owned() } else { format!("{count} lines") }
}
