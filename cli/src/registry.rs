//! The catalogues the commands look in: those declared in the sources of
//! the cargo project the command runs in (found with `cargo metadata`, read
//! with the macro's front end, never built), those of the files and
//! directories given with `--catalog`, and the built-in ones from
//! `errcat-catalogs` unless `--no-builtin` drops them.
//!
//! A catalogue found by walking a project or a directory that does not
//! check is skipped with a warning naming its file, line and
//! `errcat check`: one broken file does not stop every command. A file
//! named with `--catalog` is refused instead: it was asked for.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::failure::{Failure, Kind};
use crate::query;
use crate::scan;
use crate::view::{Origin, SystemView};

/// Where to look, from the global options.
pub struct Sources<'a> {
    pub catalogs: &'a [PathBuf],
    pub builtin: bool,
    /// The directory to discover a cargo project from; `None`: no discovery.
    pub project_from: Option<PathBuf>,
}

/// The catalogues found, and what was skipped, one line each.
pub struct Loaded {
    pub systems: Vec<SystemView>,
    pub warnings: Vec<String>,
}

pub fn load(sources: &Sources) -> Result<Loaded, Failure> {
    let mut found = Found::default();
    if let Some(directory) = &sources.project_from {
        discover(directory, &mut found);
    }
    for path in sources.catalogs {
        if path.is_dir() {
            let before = found.systems.len();
            for file in rust_files(path) {
                found.read_lenient(&file);
            }
            if found.systems.len() == before && found.warnings.is_empty() {
                return Err(Failure::new(
                    Kind::NoCatalogue,
                    format!("{}: no `error_catalog!` invocation found in its .rs files", path.display()),
                ));
            }
        } else {
            found.read_strict(path)?;
        }
    }
    let Found { systems: own, warnings, .. } = found;
    let systems = if sources.builtin { with_builtin(own) } else { own };
    Ok(Loaded { systems, warnings })
}

/// The built-in catalogues followed by the others; one of the others with
/// a built-in's name (the source of `errcat-catalogs` itself, or a newer
/// copy of it) takes the built-in's place.
fn with_builtin(own: Vec<SystemView>) -> Vec<SystemView> {
    let mut own: Vec<Option<SystemView>> = own.into_iter().map(Some).collect();
    let mut systems = Vec::with_capacity(own.len() + 5);
    for builtin in builtin() {
        let replacement =
            own.iter_mut().find(|system| system.as_ref().is_some_and(|system| system.name == builtin.name));
        systems.push(replacement.and_then(Option::take).unwrap_or(builtin));
    }
    systems.extend(own.into_iter().flatten());
    systems
}

/// Every catalogue of `errcat-catalogs`.
pub fn builtin() -> Vec<SystemView> {
    use errcat_catalogs::{BkRepo, Cos, Mcsl, Polaris, Scm};
    vec![
        SystemView::of::<Scm>(),
        SystemView::of::<BkRepo>(),
        SystemView::of::<Cos>(),
        SystemView::of::<Polaris>(),
        SystemView::of::<Mcsl>(),
    ]
}

#[derive(Default)]
struct Found {
    systems: Vec<SystemView>,
    warnings: Vec<String>,
    read: HashSet<PathBuf>,
}

impl Found {
    /// A file named on the command line: any problem is a failure.
    fn read_strict(&mut self, path: &Path) -> Result<(), Failure> {
        let source = scan::read_source(path)?;
        let invocations = scan::invocations(path, &source)?;
        // The tokens carry what the front end needs: the text's memory is
        // better spent on reading them.
        drop(source);
        if invocations.is_empty() {
            return Err(Failure::new(
                Kind::NoCatalogue,
                format!("{}: no `error_catalog!` invocation found", path.display()),
            ));
        }
        for invocation in invocations {
            let (catalogs, plans, diagnostics) = errcat_dsl::analyze_and_plan(invocation.body);
            if let Some(first) = diagnostics.into_vec().first() {
                return Err(Failure::new(Kind::InvalidCatalogue, problem(path, first)));
            }
            self.systems.extend(catalogs.into_iter().zip(&plans).map(|(catalog, plan)| {
                let origin = origin(path, &catalog);
                SystemView::from_model(catalog, plan, Some(origin))
            }));
        }
        self.read.insert(canonical(path));
        Ok(())
    }

    /// A file found by walking: what cannot be read is skipped, with a
    /// warning.
    fn read_lenient(&mut self, path: &Path) {
        if !self.read.insert(canonical(path)) {
            return;
        }
        let Ok(source) = scan::read_source(path) else { return };
        // Most files of a project declare no catalogue: not worth tokenizing.
        if !source.contains("error_catalog") {
            return;
        }
        let invocations = match scan::invocations(path, &source) {
            Ok(invocations) => invocations,
            Err(failure) => {
                self.warnings.push(format!("{failure}; its catalogues are skipped"));
                return;
            }
        };
        for invocation in invocations {
            let (catalogs, plans, diagnostics) = errcat_dsl::analyze_and_plan(invocation.body);
            let diagnostics = diagnostics.into_vec();
            if let Some(first) = diagnostics.first() {
                let names: Vec<String> = catalogs.iter().map(|catalog| catalog.ident.to_string()).collect();
                let skipped =
                    if names.is_empty() { "skipped".to_owned() } else { format!("{} skipped", names.join(", ")) };
                self.warnings.push(format!("{}; {skipped}", problem(path, first)));
                continue;
            }
            self.systems.extend(catalogs.into_iter().zip(&plans).map(|(catalog, plan)| {
                let origin = origin(path, &catalog);
                SystemView::from_model(catalog, plan, Some(origin))
            }));
        }
    }
}

/// `FILE:LINE:COLUMN: message (run `errcat check FILE` for every problem)`.
fn problem(path: &Path, first: &errcat_dsl::diagnostic::Diagnostic) -> String {
    let start = first.location.start.start();
    format!(
        "{}:{}:{}: {} (run `errcat check {}` for every problem)",
        path.display(),
        start.line,
        start.column + 1,
        first.message,
        path.display()
    )
}

fn origin(path: &Path, catalog: &errcat_dsl::model::Catalog) -> Origin {
    Origin { path: path.to_owned(), line: catalog.system_token.start().line }
}

fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_owned())
}

/// The `.rs` files under `directory`, recursively, in name order; hidden
/// directories and `target` are left out. Symbolic links to directories are
/// not followed, so a cycle cannot make the walk endless.
pub fn rust_files(directory: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![directory.to_owned()];
    while let Some(directory) = pending.pop() {
        let Ok(read) = std::fs::read_dir(&directory) else { continue };
        let mut entries: Vec<(PathBuf, std::fs::FileType)> =
            read.flatten().filter_map(|entry| Some((entry.path(), entry.file_type().ok()?))).collect();
        entries.sort_by(|left, right| left.0.cmp(&right.0));
        let mut subdirectories = Vec::new();
        for (path, kind) in entries {
            let hidden = path.file_name().and_then(|name| name.to_str()).is_some_and(|name| name.starts_with('.'));
            if kind.is_dir() {
                if !hidden && path.file_name().is_none_or(|name| name != "target") {
                    subdirectories.push(path);
                }
            } else if kind.is_file() && path.extension().is_some_and(|extension| extension == "rs") {
                files.push(path);
            }
        }
        // Popped last first: reversed, the walk stays in name order.
        pending.extend(subdirectories.into_iter().rev());
    }
    files
}

/// The catalogues of the cargo project around `directory`: every `.rs` file
/// under each workspace member's `src`, and the member's library and binary
/// roots when they live elsewhere. Outside a cargo project nothing is
/// found; when `cargo metadata` fails inside one, a warning says so.
fn discover(directory: &Path, found: &mut Found) {
    if !directory.ancestors().any(|ancestor| ancestor.join("Cargo.toml").is_file()) {
        return;
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(&cargo)
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(directory)
        .stdin(std::process::Stdio::null())
        .output();
    let output = match output {
        Ok(output) if output.status.success() => output,
        Ok(output) => {
            let reason = String::from_utf8_lossy(&output.stderr);
            let reason = reason.lines().find(|line| !line.trim().is_empty()).unwrap_or("no reason given");
            found.warnings.push(format!("`cargo metadata` failed, the project's catalogues are not read: {reason}"));
            return;
        }
        Err(error) => {
            found.warnings.push(format!(
                "cannot run `{}`, the project's catalogues are not read: {}",
                Path::new(&cargo).display(),
                scan::io_reason(&error)
            ));
            return;
        }
    };
    let Ok(metadata) = serde_json::from_slice::<Metadata>(&output.stdout) else {
        found
            .warnings
            .push("`cargo metadata` printed something unexpected; the project's catalogues are not read".into());
        return;
    };
    let members: HashSet<&str> = metadata.workspace_members.iter().map(String::as_str).collect();
    for package in metadata.packages.iter().filter(|package| members.contains(package.id.as_str())) {
        let Some(root) = Path::new(&package.manifest_path).parent() else { continue };
        // Shown relative to where the command runs, as a user would type it.
        let root = root.strip_prefix(directory).unwrap_or(root);
        let src = root.join("src");
        for file in rust_files(&src) {
            found.read_lenient(&file);
        }
        for target in &package.targets {
            let is_code = target.kind.iter().any(|kind| matches!(kind.as_str(), "lib" | "bin" | "proc-macro" | "rlib"));
            let src_path = target.src_path.strip_prefix(directory).unwrap_or(&target.src_path);
            if is_code && !src_path.starts_with(&src) {
                found.read_lenient(src_path);
            }
        }
    }
}

#[derive(serde::Deserialize)]
struct Metadata {
    packages: Vec<Package>,
    workspace_members: Vec<String>,
}

#[derive(serde::Deserialize)]
struct Package {
    id: String,
    manifest_path: String,
    targets: Vec<Target>,
}

#[derive(serde::Deserialize)]
struct Target {
    kind: Vec<String>,
    src_path: PathBuf,
}

/// The catalogue called `name`, compared without regard to case.
pub fn find<'a>(systems: &'a [SystemView], name: &str) -> Result<&'a SystemView, Failure> {
    systems.iter().find(|system| system.name.eq_ignore_ascii_case(name)).ok_or_else(|| unknown_system(systems, name))
}

/// Only the catalogue called `name`, when a name is given.
pub fn narrow<'a>(systems: &'a [SystemView], name: Option<&str>) -> Result<&'a [SystemView], Failure> {
    match name {
        None => Ok(systems),
        Some(name) => {
            let found = find(systems, name)?;
            let index = systems.iter().position(|candidate| std::ptr::eq(candidate, found)).unwrap_or_default();
            Ok(&systems[index..=index])
        }
    }
}

fn unknown_system(systems: &[SystemView], name: &str) -> Failure {
    let known: Vec<&str> = systems.iter().map(|system| system.name.as_str()).collect();
    if known.is_empty() {
        return Failure::new(Kind::UnknownSystem, format!("unknown system `{name}`: no catalogue is loaded"));
    }
    let suggestions: Vec<String> = query::closest(name, known.iter().copied()).into_iter().map(str::to_owned).collect();
    let hint = match suggestions.as_slice() {
        [] => String::new(),
        some => format!("; did you mean {}?", some.join(", ")),
    };
    Failure::new(Kind::UnknownSystem, format!("unknown system `{name}`{hint}; known systems: {}", known.join(", ")))
        .with_suggestions(suggestions)
}
