//! Retired codes and baselines through the front end: messages and the
//! exact text they underline, path resolution, the tracking of the lock
//! file. The real catalogues against their committed baseline are checked in
//! `catalogs-rs/tests/baseline.rs`.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use errcat_dsl::diagnostic::Location;
use errcat_dsl::lock::{Lock, LockedCode};
use proc_macro2::TokenStream;

fn underlined(source: &str, location: Location) -> String {
    let (start, end) = (location.start.start(), location.end.end());
    let line = source.lines().nth(start.line - 1).unwrap();
    line.chars().skip(start.column).take(end.column - start.column).collect()
}

/// (message, underlined text) of every problem, baselines resolved in `dir`.
fn problems(source: &str, dir: Option<&Path>) -> Vec<(String, String)> {
    let input = TokenStream::from_str(source).expect("test input tokenizes");
    let (_, _, diagnostics, _) = errcat_dsl::analyze_with_baselines(input, dir);
    diagnostics.into_vec().into_iter().map(|seen| (seen.message, underlined(source, seen.location))).collect()
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("baseline").join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const RELEASED: &str = r#"
    #[languages(zh, en)]
    pub system Store {
        100 DISK_FULL "磁盘已满" en "Disk full",
        #[shares_code(DISK_FULL)]
        100 DISK_FULL_LEGACY "磁盘已满",
        #[name = "Read Only"]
        102 READ_ONLY "只读",
        /// Folded into `DISK_FULL`.
        retired 103 NO_SPACE;
    }
"#;

/// The lock file of a source, written to `dir/name`.
fn lock_of(source: &str, dir: &Path, name: &str) -> Lock {
    let (catalogs, diagnostics) = errcat_dsl::analyze(TokenStream::from_str(source).unwrap());
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let lock = Lock::of(&catalogs);
    std::fs::write(dir.join(name), lock.render()).unwrap();
    lock
}

#[test]
fn a_lock_file_records_every_entry_and_reads_back() {
    let dir = scratch("records");
    let lock = lock_of(RELEASED, &dir, "errcat.lock");
    let text = std::fs::read_to_string(dir.join("errcat.lock")).unwrap();
    assert_eq!(Lock::parse(&text).unwrap(), lock);
    let store = lock.system("Store").unwrap();
    let rows: Vec<(LockedCode, &str, bool, usize)> = store
        .entries
        .iter()
        .map(|entry| (entry.code.clone(), entry.name.as_str(), entry.retired, entry.texts.len()))
        .collect();
    assert_eq!(
        rows,
        [
            (LockedCode::Integer(100), "DISK_FULL", false, 2),
            (LockedCode::Integer(100), "DISK_FULL_LEGACY", false, 1),
            (LockedCode::Integer(102), "Read Only", false, 1),
            (LockedCode::Integer(103), "NO_SPACE", true, 0),
        ]
    );
}

#[test]
fn the_released_version_passes_its_own_baseline_shared_codes_included() {
    let dir = scratch("passes");
    lock_of(RELEASED, &dir, "errcat.lock");
    let held = RELEASED
        .replace("pub system Store", "#[baseline = \"errcat.lock\"] #[baseline(strict_texts)] pub system Store");
    assert_eq!(problems(&held, Some(&dir)), []);
}

#[test]
fn baseline_paths_resolve_against_the_manifest_directory() {
    let dir = scratch("paths");
    lock_of(RELEASED, &dir, "errcat.lock");
    let relative = RELEASED.replace("pub system Store", "#[baseline = \"errcat.lock\"] pub system Store");
    assert_eq!(
        problems(&relative, None),
        [(
            "cannot find the baseline `errcat.lock`: the crate's manifest directory is unknown (CARGO_MANIFEST_DIR \
             is not set); build with cargo, or give an absolute path"
                .to_owned(),
            "\"errcat.lock\"".to_owned()
        )]
    );
    let absolute_path = dir.join("errcat.lock").display().to_string();
    let absolute = RELEASED.replace("pub system Store", &format!("#[baseline = {absolute_path:?}] pub system Store"));
    assert_eq!(problems(&absolute, None), []);
    // `analyze` reads no baseline at all.
    let (_, diagnostics) = errcat_dsl::analyze(TokenStream::from_str(&relative).unwrap());
    assert!(diagnostics.is_empty());
}

#[test]
fn the_expansion_tracks_the_baseline_it_read() {
    let dir = scratch("tracks");
    lock_of(RELEASED, &dir, "errcat.lock");
    let path = dir.join("errcat.lock").display().to_string();
    let source = RELEASED.replace("pub system Store", &format!("#[baseline = {path:?}] pub system Store"));
    let expanded = errcat_dsl::expand(TokenStream::from_str(&source).unwrap()).to_string();
    assert!(!expanded.contains("compile_error"), "{expanded}");
    assert!(expanded.contains(&format!("include_bytes ! ({path:?})")), "{expanded}");
    assert!(
        expanded.contains(":: errcat :: Retired :: __new (103 , \"NO_SPACE\" , \"Folded into `DISK_FULL`.\")"),
        "{expanded}"
    );
}

#[test]
fn baseline_attributes_are_checked() {
    let source = r#"
        #[baseline(strict_texts)]
        pub system A { 1 ONE }
        #[baseline = "a.lock"] #[baseline = "b.lock"]
        pub system B { 1 ONE }
        #[baseline(loose)]
        pub system C { 1 ONE }
    "#;
    let messages: Vec<String> = problems(source, None).into_iter().map(|(message, _)| message).collect();
    assert_eq!(
        messages,
        [
            "`#[baseline(strict_texts)]` needs the baseline itself: add `#[baseline = \"errcat.lock\"]`",
            "duplicate `#[baseline = \"…\"]`: a system has one baseline",
            "cannot find the baseline `a.lock`: the crate's manifest directory is unknown (CARGO_MANIFEST_DIR is not \
             set); build with cargo, or give an absolute path",
            "expected `#[baseline(strict_texts)]`, making a changed text a compile error, or `#[baseline = \"errcat.lock\"]`",
        ]
    );
}

#[test]
fn retired_declarations_are_checked() {
    let source = r"
        pub system Store: u8 {
            1 ONE,
            /// Gone since 1.0.
            retired 2 TWO;
            retired 2 DEUX;
            retired 3 TWO;
            retired 300 BIG;
            4 TWO,
            section Inner { 2 ZWEI }
        }
    ";
    assert_eq!(
        problems(source, None),
        [
            ("code 2 is retired twice, as `TWO` and `DEUX`; keep one".to_owned(), "2".to_owned()),
            (
                "the name `TWO` is retired twice, with codes 2 and 3; a retired name had one code: keep one".to_owned(),
                "TWO".to_owned()
            ),
            (
                "retired code 300 does not fit in `u8`, the code type of system `Store`; fix the code".to_owned(),
                "300".to_owned()
            ),
            (
                "the name `TWO` is retired: it was code 2 (Gone since 1.0.); a retired name is never used again: \
                 choose another name"
                    .to_owned(),
                "TWO".to_owned()
            ),
            (
                "code 2 of `ZWEI` is retired: it was `TWO` (Gone since 1.0.); a retired code is never used again: \
                 choose another code"
                    .to_owned(),
                "2".to_owned()
            ),
        ]
    );
    let syntax = problems("pub system S { retired 1 ONE }", None);
    assert_eq!(
        syntax[0].0,
        "unexpected end of input, expected `;` after `retired 1 ONE`: a retired code has no message"
    );
}
