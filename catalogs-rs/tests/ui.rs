//! Compile-time checks on the real catalogues: the COS catalogue without its
//! `#[shares_code]` acknowledgements reports its eight shared codes, each
//! naming both entries; catalogues asserted disjoint; an extension of Mcsl;
//! the later versions of bkrepo, Polaris and Mcsl (`tests/history/`) rejected
//! by the baseline of the tables' versions, `errcat.lock`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn read(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// trybuild builds the cases in `TARGET/tests/trybuild/errcat-catalogs/`,
/// the manifest directory that `#[baseline = "errcat.lock"]` is relative to;
/// the crate's `errcat.lock` is copied there.
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

#[test]
fn compile_time_checks_on_the_real_catalogues() {
    let project = trybuild_project_dir();
    std::fs::create_dir_all(&project).unwrap();
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("errcat.lock"), project.join("errcat.lock")).unwrap();
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/history/*-later.rs");
    cases.compile_fail("tests/ui/cos-unacknowledged.rs");
    cases.compile_fail("tests/ui/bkrepo-cos-share-zero.rs");
    cases.compile_fail("tests/ui/mcsl-extension-outside.rs");
    cases.pass("tests/ui/disjoint-catalogues.rs");
    cases.pass("tests/ui/mcsl-extension.rs");
}

/// trybuild cases are files, so the case is a copy of `src/cos.rs`; this
/// keeps the two from drifting apart.
#[test]
fn the_case_is_the_catalogue_without_its_acknowledgements() {
    let catalogue = read("src/cos.rs");
    let (acknowledgements, kept): (Vec<&str>, Vec<&str>) =
        catalogue.lines().partition(|line| line.trim_start().starts_with("#[shares_code("));
    assert_eq!(acknowledgements.len(), 8);
    let expected = format!("{}\n\nfn main() {{}}\n", kept.join("\n"));
    assert!(
        read("tests/ui/cos-unacknowledged.rs") == expected,
        "tests/ui/cos-unacknowledged.rs should be src/cos.rs without its #[shares_code] lines, then `fn main() {{}}`: \
         regenerate it and its .stderr as README.md says"
    );
}
