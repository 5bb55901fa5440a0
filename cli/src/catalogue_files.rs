//! Where a project's catalogues are: the crate root of a file (the nearest
//! directory upwards with a `Cargo.toml`), the `.rs` files under a directory
//! that invoke `error_catalog!`, and the checked catalogues of a source text.

use std::path::{Path, PathBuf};

use errcat_dsl::model::Catalog;

use crate::failure::Failure;
use crate::scan;

/// The nearest directory, from `start` upwards, that holds a `Cargo.toml`.
pub fn crate_root(start: &Path) -> Option<PathBuf> {
    let start = std::path::absolute(start).ok()?;
    let mut dir = if start.is_dir() { start.as_path() } else { start.parent()? };
    loop {
        if dir.join("Cargo.toml").is_file() {
            return Some(dir.to_path_buf());
        }
        dir = dir.parent()?;
    }
}

/// Every `.rs` file under `dir` (sorted, `target` and hidden directories
/// skipped) whose text invokes `error_catalog!`.
pub fn catalogue_files(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(next) = pending.pop() {
        let listing = std::fs::read_dir(&next).map_err(|error| {
            Failure::bad_input(format!("cannot read {}: {}", next.display(), scan::io_reason(&error)))
        })?;
        for item in listing.flatten() {
            let path = item.path();
            let name = item.file_name();
            let name = name.to_string_lossy();
            if path.is_dir() {
                if !name.starts_with('.') && name != "target" {
                    pending.push(path);
                }
            } else if name.ends_with(".rs")
                && std::fs::read_to_string(&path).is_ok_and(|text| text.contains("error_catalog!"))
            {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// The catalogues declared in a source text, refused with its first
/// problem when they do not check (baselines are not read here).
pub fn catalogs_in(label: &str, source: &str) -> Result<Vec<Catalog>, Failure> {
    let mut catalogs = Vec::new();
    for invocation in scan::invocations(Path::new(label), source)? {
        let (found, diagnostics) = errcat_dsl::analyze(invocation.body);
        if let Some(first) = diagnostics.into_vec().first() {
            let start = first.location.start.start();
            return Err(Failure::bad_input(format!(
                "{label}:{}:{}: {} (run `errcat check` on the file for every problem)",
                start.line,
                start.column + 1,
                first.message
            )));
        }
        catalogs.extend(found);
    }
    Ok(catalogs)
}
