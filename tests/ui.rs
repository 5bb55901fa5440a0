//! UI tests of `error_catalog!`: every check's message, pinned. The failing
//! cases are grouped by what they are about: `syntax` (parsing, recovery,
//! nesting), `codes` (ranges, reserved and shared codes, code types),
//! `names`, `attributes`, `languages`, `cross-catalogue` (`assert_disjoint!`,
//! `#[extends]`), `stability` (`retired` codes and `#[baseline]`) and
//! `accumulation` (several problems in one pass).

#![cfg_attr(feature = "every-errcat-feature", allow(dead_code, unused_imports))]

use std::path::{Path, PathBuf};
use std::process::Command;

/// trybuild builds the cases in `TARGET/tests/trybuild/errcat-tests/`, the
/// manifest directory that `#[baseline = "…"]` paths are relative to; the
/// baselines of the cases are copied there, as a crate keeps its
/// `errcat.lock` beside its `Cargo.toml`.
fn trybuild_project_dir() -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    let metadata = String::from_utf8(output.stdout).expect("cargo metadata prints UTF-8");
    let key = "\"target_directory\":\"";
    let start = metadata.find(key).expect("cargo metadata names the target directory") + key.len();
    let end = start + metadata[start..].find('"').expect("a closed string");
    let target = metadata[start..end].replace("\\\\", "\\");
    Path::new(&target).join("tests").join("trybuild").join(env!("CARGO_PKG_NAME"))
}

// With every errcat feature on, the cases of `ui_features` run instead: these
// pin what a build without the features reports (`#[serde]` needs `serde`).
#[cfg(not(feature = "every-errcat-feature"))]
#[test]
fn ui() {
    let project = trybuild_project_dir();
    std::fs::create_dir_all(&project).unwrap();
    let baselines = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/baseline");
    for file in std::fs::read_dir(&baselines).unwrap() {
        let path = file.unwrap().path();
        if path.extension().is_some_and(|extension| extension == "lock") {
            std::fs::copy(&path, project.join(path.file_name().unwrap())).unwrap();
        }
    }
    let cases = trybuild::TestCases::new();
    cases.pass("ui/pass/*.rs");
    cases.compile_fail("ui/fail/*/*.rs");
}
