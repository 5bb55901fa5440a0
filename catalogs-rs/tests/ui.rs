//! Compile-time checks on the real catalogues: the COS catalogue without its
//! `#[shares_code]` acknowledgements reports its eight shared codes, each
//! naming both entries; catalogues asserted disjoint; an extension of Mcsl.

use std::path::Path;

fn read(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn compile_time_checks_on_the_real_catalogues() {
    let cases = trybuild::TestCases::new();
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
