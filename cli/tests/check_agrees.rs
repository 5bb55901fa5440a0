//! `errcat check` and rustc agree: on every UI case of `tests/ui` and every
//! seed of the front end's fuzz corpus, `errcat check` reports problems
//! exactly when rustc rejects the code.
//!
//! The UI cases' outcome is the one trybuild pins (`fail/` does not
//! compile, `pass/` does). The seeds are compiled here by rustc, all in
//! one crate with a module per seed, and each seed's outcome read from the
//! errors that point into its file.

mod support;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use support::errcat;

/// UI cases that rustc rejects at constant evaluation, across catalogues
/// (`assert_disjoint!`, `#[extends(…)]` against another invocation):
/// `errcat check` reads one invocation at a time and cannot see them.
const ACROSS_CATALOGUES: [&str; 5] = [
    "assert-disjoint-shared-code.rs",
    "extends-collision.rs",
    "extends-outside-open-range.rs",
    "disjoint-shared-code.rs",
    "extends-outside-open-prefix.rs",
];

/// UI cases that fail only for want of an errcat feature (`#[serde]`
/// without `serde`): `errcat check` reads the catalogue, not the crate's
/// features, and cannot see them.
const FOR_WANT_OF_A_FEATURE: [&str; 1] = ["system-opt-in-without-feature.rs"];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Whether `errcat check` reports a problem in the file.
fn check_reports_problems(path: &Path) -> bool {
    let run = errcat(&["check", "--json", path.to_str().unwrap()]);
    assert!(run.code == 0 || run.code == 1, "errcat check {}: exit {}\n{}", path.display(), run.code, run.stderr);
    let errors = run.json()["errors"].as_u64().unwrap();
    assert_eq!(errors > 0, run.code == 1, "{}", path.display());
    errors > 0
}

/// The `.rs` files of a directory and of its category folders.
fn rust_files(directory: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut directories = vec![directory.to_path_buf()];
    while let Some(directory) = directories.pop() {
        for entry in fs::read_dir(&directory).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                directories.push(path);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// A crate laid out as trybuild lays out the UI cases: the case in `src/`,
/// the baselines (`tests/ui/baseline/*.lock`) beside its `Cargo.toml`, where
/// `#[baseline = "…"]` paths lead. Returns the case's copy.
fn as_trybuild_lays_it_out(case: &Path) -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("check-agreement-ui");
    let source = root.join("src");
    fs::create_dir_all(&source).unwrap();
    fs::write(root.join("Cargo.toml"), "[package]\nname = \"ui-case\"\nversion = \"0.0.0\"\n").unwrap();
    for entry in fs::read_dir(workspace().join("tests/ui/baseline")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|extension| extension == "lock") {
            fs::copy(&path, root.join(path.file_name().unwrap())).unwrap();
        }
    }
    let copy = source.join(case.file_name().unwrap());
    fs::copy(case, &copy).unwrap();
    copy
}

#[test]
fn check_agrees_with_rustc_on_the_ui_cases() {
    let ui = workspace().join("tests/ui");
    let mut disagreements = Vec::new();
    for (outcome, fails) in [("pass", false), ("fail", true)] {
        let cases = rust_files(&ui.join(outcome));
        assert!(cases.len() > 4, "no UI cases in {outcome}/");
        for case in cases {
            let name = case.file_name().unwrap().to_str().unwrap().to_owned();
            let expected =
                fails && !ACROSS_CATALOGUES.contains(&name.as_str()) && !FOR_WANT_OF_A_FEATURE.contains(&name.as_str());
            if check_reports_problems(&as_trybuild_lays_it_out(&case)) != expected {
                disagreements
                    .push(format!("{outcome}/{name}: rustc fails: {fails}, errcat check reports: {}", !expected));
            }
        }
    }
    assert!(disagreements.is_empty(), "errcat check and rustc disagree:\n{}", disagreements.join("\n"));
}

/// The seeds as modules of one crate, built once; per seed, whether rustc
/// reported an error in its file.
fn rustc_rejects_seeds(seeds: &BTreeMap<String, String>) -> BTreeMap<String, bool> {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("check-agreement");
    let source = root.join("src");
    let _ = fs::remove_dir_all(&source);
    fs::create_dir_all(&source).unwrap();
    let errcat_path = workspace().join("core");
    fs::write(
        root.join("Cargo.toml"),
        format!(
            "[package]\nname = \"seeds\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[lib]\npath = \
             \"src/lib.rs\"\n\n[dependencies]\nerrcat = {{ path = {:?} }}\n\n[workspace]\n",
            errcat_path.display().to_string()
        ),
    )
    .unwrap();
    let mut lib = String::from("#![allow(dead_code)]\n");
    for (name, body) in seeds {
        let _ = writeln!(lib, "mod {name};");
        fs::write(source.join(format!("{name}.rs")), format!("errcat::error_catalog! {{\n{body}\n}}\n")).unwrap();
    }
    fs::write(source.join("lib.rs"), lib).unwrap();
    let output = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--message-format=json", "--manifest-path"])
        .arg(root.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", root.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    let mut rejected: BTreeMap<String, bool> = seeds.keys().map(|name| (name.clone(), false)).collect();
    let mut errors = 0;
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        if message["reason"] != "compiler-message" || message["message"]["level"] != "error" {
            continue;
        }
        errors += 1;
        for span in message["message"]["spans"].as_array().into_iter().flatten() {
            let file = span["file_name"].as_str().unwrap_or_default();
            if let Some(seed) = Path::new(file).file_stem().and_then(|stem| stem.to_str())
                && let Some(flag) = rejected.get_mut(seed)
            {
                *flag = true;
            }
        }
    }
    assert_eq!(
        errors > 0,
        !output.status.success(),
        "the build of the seeds failed without an error in a seed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    rejected
}

#[test]
fn check_agrees_with_rustc_on_the_fuzz_seeds() {
    let directory = workspace().join("fuzz/seeds/front_end");
    let mut seeds = BTreeMap::new();
    for entry in fs::read_dir(&directory).unwrap() {
        let path = entry.unwrap().path();
        let name = format!("seed_{}", path.file_stem().unwrap().to_str().unwrap().replace('-', "_"));
        seeds.insert(name, fs::read_to_string(&path).unwrap());
    }
    assert!(seeds.len() > 5, "no seeds in {}", directory.display());
    let rejected = rustc_rejects_seeds(&seeds);
    let checked = Path::new(env!("CARGO_TARGET_TMPDIR")).join("check-agreement/src");
    let mut disagreements = Vec::new();
    for (name, rustc_rejects) in rejected {
        let reports = check_reports_problems(&checked.join(format!("{name}.rs")));
        if reports != rustc_rejects {
            disagreements.push(format!("{name}: rustc rejects: {rustc_rejects}, errcat check reports: {reports}"));
        }
    }
    assert!(disagreements.is_empty(), "errcat check and rustc disagree:\n{}", disagreements.join("\n"));
}
