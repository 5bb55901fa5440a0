//! The build part: a generated workspace (outside this one) with a crate
//! per implementation and size, each a small binary that reaches every
//! method of its catalogue, so that everything is compiled, `#[inline]`
//! methods included. Dependencies are built first; then each catalogue
//! crate is cleaned and built again, timed (cargo's own start included),
//! in debug and in release. The release binaries give the sizes.
//!
//! Each implementation's dependencies get a crate of their own that
//! depends on exactly them: cargo unifies features per command, so
//! building them with another set would compile different artefacts. A
//! timed build that compiles anything but its own crate is thrown away.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use errcat_bench::catalogue::{self, Catalogue};
use errcat_bench::render::{self, Implementation};

use crate::Paths;
use crate::command::{Finished, run_logged};
use crate::machine::Machine;
use crate::results::{self, Build, CrateBuild};

const PROFILES: [&str; 2] = ["debug", "release"];

/// The implementations with dependencies of their own.
const WITH_DEPENDENCIES: [Implementation; 3] =
    [Implementation::Errcat, Implementation::StrumNumEnum, Implementation::Phf];

struct Plan {
    runs: usize,
    timeout: Duration,
    /// After a build this long, one run is enough.
    long: Duration,
    quick: bool,
}

impl Plan {
    fn new(quick: bool) -> Self {
        if quick {
            Plan { runs: 1, timeout: Duration::from_secs(120), long: Duration::from_secs(120), quick }
        } else {
            Plan { runs: 3, timeout: Duration::from_secs(300), long: Duration::from_secs(100), quick }
        }
    }

    /// The smoke run leaves out A and B beyond the COS size: minutes each.
    fn includes(&self, implementation: Implementation, entries: usize) -> bool {
        let slow = matches!(implementation, Implementation::Match | Implementation::StrumNumEnum);
        !(self.quick && slow && entries > catalogue::COS_ENTRIES)
    }
}

struct Subject {
    implementation: Implementation,
    catalogue: Catalogue,
    name: String,
}

pub fn run(paths: &Paths, quick: bool) {
    let machine = Machine::now();
    let plan = Plan::new(quick);
    let root = paths.work.join("build");
    let logs = paths.work.join("logs");
    fs::create_dir_all(&logs).expect("cannot create the log directory");

    let mut subjects = Vec::new();
    for entries in catalogue::SIZES {
        let catalogue = catalogue::sized(entries);
        for implementation in Implementation::ALL {
            if plan.includes(implementation, entries) {
                let name = format!("{}-{entries}", implementation.id());
                subjects.push(Subject { implementation, catalogue: catalogue.clone(), name });
            }
        }
    }
    // The database-server shape: errcat and E only, the comparison its
    // target names.
    let database = catalogue::database_server();
    for implementation in [Implementation::Errcat, Implementation::SortedSlices] {
        let name = format!("{}-{}", implementation.id(), database.id);
        subjects.push(Subject { implementation, catalogue: database.clone(), name });
    }
    write_workspace(&root, &paths.workspace, &subjects);

    let mut builds: Vec<CrateBuild> = Vec::new();
    for profile in PROFILES {
        for implementation in WITH_DEPENDENCIES {
            let name = format!("dependencies-{}", implementation.id());
            let finished = cargo_build(&root, &name, profile, &logs, Duration::from_secs(3600));
            assert!(
                finished.success,
                "building {name} failed: see {}",
                logs.join(format!("{name}-{profile}.log")).display()
            );
        }
        let first = builds.len();
        builds.extend(subjects.iter().map(|subject| CrateBuild {
            implementation: subject.implementation.id().to_owned(),
            entries: subject.catalogue.entries.len(),
            profile: profile.to_owned(),
            seconds: Vec::new(),
            timed_out: false,
            binary_bytes: None,
        }));
        let mut done = vec![false; subjects.len()];
        for _ in 0..plan.runs {
            for ((subject, build), done) in subjects.iter().zip(&mut builds[first..]).zip(&mut done) {
                if *done {
                    continue;
                }
                if let Some(seconds) = timed_build(&root, subject, profile, &logs, &plan) {
                    println!("{} {profile}: {seconds:.2} s", subject.name);
                    build.seconds.push(seconds);
                    if profile == "release" {
                        build.binary_bytes = binary_size(&root, subject);
                    }
                    *done = seconds > plan.long.as_secs_f64();
                } else {
                    println!("{} {profile}: over {} s", subject.name, plan.timeout.as_secs());
                    build.timed_out = true;
                    *done = true;
                }
            }
        }
    }
    let (runs, long_seconds, timeout_seconds) = (plan.runs, plan.long.as_secs(), plan.timeout.as_secs());
    results::save(&paths.results, "build", &Build { quick, machine, runs, long_seconds, timeout_seconds, builds });
}

/// One clean build of the subject's crate, in seconds; `None` past the
/// time limit. Retries once when other crates were compiled too.
fn timed_build(root: &Path, subject: &Subject, profile: &str, logs: &Path, plan: &Plan) -> Option<f64> {
    for _ in 0..2 {
        clean(root, &subject.name, profile);
        let finished = cargo_build(root, &subject.name, profile, logs, plan.timeout);
        if finished.timed_out {
            return None;
        }
        assert!(finished.success, "building {} ({profile}) failed:\n{}", subject.name, finished.output);
        let compiled: Vec<&str> =
            finished.output.lines().map(str::trim).filter(|line| line.starts_with("Compiling")).collect();
        if compiled.len() == 1 && compiled[0].starts_with(&format!("Compiling {} ", subject.name)) {
            return Some(finished.elapsed.as_secs_f64());
        }
        eprintln!("{} ({profile}): the build compiled {compiled:?}; measuring again", subject.name);
    }
    panic!("{} ({profile}) keeps rebuilding other crates", subject.name);
}

fn cargo(root: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(root).env("CARGO_TARGET_DIR", root.join("target"));
    command
}

fn cargo_build(root: &Path, name: &str, profile: &str, logs: &Path, limit: Duration) -> Finished {
    let mut command = cargo(root);
    command.args(["build", "-p", name]);
    if profile == "release" {
        command.arg("--release");
    }
    run_logged(&mut command, &logs.join(format!("{name}-{profile}.log")), limit)
}

fn clean(root: &Path, name: &str, profile: &str) {
    let mut command = cargo(root);
    command.args(["clean", "-p", name]);
    if profile == "release" {
        command.arg("--release");
    }
    let output = command.output().expect("cannot run cargo clean");
    assert!(output.status.success(), "cargo clean -p {name} failed: {}", String::from_utf8_lossy(&output.stderr));
    // A clean build also starts without incremental state.
    let incremental = root.join("target").join(profile).join("incremental");
    let prefix = format!("{}-", name.replace('-', "_"));
    for item in fs::read_dir(&incremental).into_iter().flatten().flatten() {
        if item.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = fs::remove_dir_all(item.path());
        }
    }
}

fn binary_size(root: &Path, subject: &Subject) -> Option<u64> {
    let binary = root.join("target").join("release").join(format!("{}{}", subject.name, std::env::consts::EXE_SUFFIX));
    let first = &subject.catalogue.entries[0];
    let output = Command::new(&binary).args([first.code.to_string(), first.name.clone()]).output().ok()?;
    let printed = String::from_utf8_lossy(&output.stdout);
    assert_eq!(printed.lines().count(), 2, "{} does not find its first entry:\n{printed}", binary.display());
    Some(fs::metadata(&binary).ok()?.len())
}

/// Writes the workspace; files are rewritten only when they change, so
/// that cargo keeps what it has built.
fn write_workspace(root: &Path, workspace: &Path, subjects: &[Subject]) {
    let errcat = workspace.join("core");
    let errcat = errcat.to_str().expect("the workspace path is UTF-8");
    let mut members: Vec<String> = subjects.iter().map(|subject| subject.name.clone()).collect();
    for implementation in WITH_DEPENDENCIES {
        let name = format!("dependencies-{}", implementation.id());
        write_crate(root, &name, &implementation.dependencies(errcat), "lib.rs", "");
        members.push(name);
    }
    for subject in subjects {
        let main = render::build_crate_main(subject.implementation, &subject.catalogue);
        write_crate(root, &subject.name, &subject.implementation.dependencies(errcat), "main.rs", &main);
    }
    let members: Vec<String> = members.iter().map(|member| format!("    {member:?},\n")).collect();
    let manifest = format!(
        "# Generated by errcat-bench: the crates whose builds it times.\n[workspace]\nresolver = \"3\"\nmembers = [\n{}]\n",
        members.concat()
    );
    write_if_changed(&root.join("Cargo.toml"), &manifest);
    let lock = root.join("Cargo.lock");
    if !lock.exists() {
        // The versions this workspace resolved; cargo drops what is unused.
        let _ = fs::copy(workspace.join("Cargo.lock"), lock);
    }
}

fn write_crate(root: &Path, name: &str, dependencies: &[String], file: &str, source: &str) {
    let directory: PathBuf = root.join(name);
    let manifest = format!(
        "[package]\nname = {name:?}\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{}",
        dependencies.iter().fold(String::new(), |lines, line| lines + line + "\n")
    );
    write_if_changed(&directory.join("Cargo.toml"), &manifest);
    write_if_changed(&directory.join("src").join(file), source);
}

fn write_if_changed(path: &Path, contents: &str) {
    if fs::read_to_string(path).is_ok_and(|existing| existing == contents) {
        return;
    }
    fs::create_dir_all(path.parent().expect("files are inside directories")).expect("cannot create a directory");
    fs::write(path, contents).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}
