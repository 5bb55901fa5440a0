//! Keeping codes stable: `errcat lock` (stable, sorted output; `--update`,
//! `--check`), `errcat diff` (every kind of change, text, JSON and Markdown,
//! exit codes, `REV:PATH` from a git repository made here), the history of
//! bkrepo, Polaris and Mcsl, and `explain` of a retired code.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};
use support::{Run, errcat};

/// Runs the binary in `dir`.
fn errcat_in(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("the errcat binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// A fresh crate directory under the target directory.
fn crate_dir(name: &str, source: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("stability").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(dir.join("Cargo.toml"), "[package]\nname = \"errors\"\nversion = \"1.0.0\"\n").unwrap();
    std::fs::write(dir.join("src/errors.rs"), source).unwrap();
    std::fs::write(dir.join("src/lib.rs"), "//! Uses `error_catalog!` in errors.rs.\nmod errors;\n").unwrap();
    dir
}

const RELEASED: &str = r#"
use errcat::error_catalog;

error_catalog! {
    #[languages(zh, en)]
    pub system Store {
        /// Disk
        section Disk in 100..=199 {
            102 READ_ONLY "只读" en "Read only",
            100 DISK_FULL "磁盘已满" en "Disk full",
            #[http(507)]
            101 QUOTA_EXCEEDED "超出配额" en "Quota exceeded",
            #[name = "Quote \"*this*\" \u{202e}"]
            103 QUOTED "引号",
        }
        /// Network
        section Network in 300..=399 {
            300 TIMEOUT "超时" en "Timed out",
        }
        200 BUSY "繁忙" en "Busy",
        -5 CANCELLED,
        /// Replaced by `DISK_FULL` in 1.0.
        retired 104 NO_SPACE;
    }
    pub system Audit: u16 {
        2 SECOND,
        1 FIRST "first",
    }
}
"#;

#[test]
fn lock_writes_a_sorted_file_and_running_it_again_changes_nothing() {
    let dir = crate_dir("lock", RELEASED);
    let first = errcat_in(&dir, &["lock"]);
    assert_eq!(first.code, 0, "{}{}", first.stdout, first.stderr);
    assert!(first.stdout.starts_with("wrote "), "{}", first.stdout);
    let written = std::fs::read_to_string(dir.join("errcat.lock")).unwrap();

    let again = errcat_in(&dir, &["lock"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stdout.contains("is up to date"), "{}", again.stdout);
    let checked = errcat_in(&dir, &["lock", "--check"]);
    assert_eq!(checked.code, 0, "{}", checked.stdout);
    let updated = errcat_in(&dir, &["lock", "--update"]);
    assert_eq!(updated.code, 0, "{}", updated.stdout);
    assert_eq!(std::fs::read_to_string(dir.join("errcat.lock")).unwrap(), written, "a second run changed the file");

    // Sorted: systems by name, entries by code then name; every entry and retirement there.
    let entry_lines: Vec<&str> = written.lines().filter(|line| !line.starts_with('#') && !line.is_empty()).collect();
    assert_eq!(entry_lines[0], "errcat-lock 1");
    let systems: Vec<&str> = entry_lines.iter().copied().filter(|line| line.starts_with('[')).collect();
    assert_eq!(systems, ["[Audit]", "[Store]"]);
    let store_start = entry_lines.iter().position(|line| *line == "[Store]").unwrap();
    let codes = |lines: &[&str]| -> Vec<i128> {
        lines.iter().map(|line| line.split(' ').next().unwrap().parse().unwrap()).collect()
    };
    let audit = codes(&entry_lines[2..store_start]);
    let store = codes(&entry_lines[store_start + 1..]);
    assert_eq!(audit, [1, 2]);
    assert_eq!(store, [-5, 100, 101, 102, 103, 104, 200, 300]);
    assert!(written.contains("\n104 \"NO_SPACE\" retired\n"), "{written}");
    assert!(written.contains("\n-5 \"CANCELLED\"\n"), "{written}");
    // The name with quotes and a bidi control is escaped, so the line shows what it holds.
    assert!(written.contains("\n103 \"Quote \\\"*this*\\\" \\u{202e}\" zh="), "{written}");
    // Hashes are FNV-1a 64 of the text: "Disk full".
    assert!(written.contains(&format!("en={:016x}", errcat_dsl::lock::text_hash("Disk full"))), "{written}");

    let json = errcat_in(&dir, &["lock", "--check", "--json"]).json();
    assert_eq!(json["status"], "up_to_date");
    assert_eq!(
        json["systems"],
        json!([{"name": "Audit", "entries": 2, "retired": 0}, {"name": "Store", "entries": 7, "retired": 1}])
    );
}

#[test]
fn lock_refuses_to_overwrite_a_changed_baseline_without_update() {
    let dir = crate_dir("lock-update", RELEASED);
    assert_eq!(errcat_in(&dir, &["lock"]).code, 0);
    let before = std::fs::read_to_string(dir.join("errcat.lock")).unwrap();
    let source = RELEASED.replace("        200 BUSY", "        201 OVERLOADED \"过载\",\n        200 BUSY");
    std::fs::write(dir.join("src/errors.rs"), source).unwrap();

    let stale = errcat_in(&dir, &["lock"]);
    assert_eq!(stale.code, 1, "{}", stale.stdout);
    assert!(stale.stdout.contains("is out of date"), "{}", stale.stdout);
    assert!(stale.stdout.contains("+ 201 \"OVERLOADED\" zh="), "{}", stale.stdout);
    assert!(stale.stdout.contains("errcat lock --update"), "{}", stale.stdout);
    assert_eq!(std::fs::read_to_string(dir.join("errcat.lock")).unwrap(), before);
    assert_eq!(errcat_in(&dir, &["lock", "--check"]).code, 1);

    let updated = errcat_in(&dir, &["lock", "--update"]);
    assert_eq!(updated.code, 0, "{}", updated.stdout);
    assert!(updated.stdout.contains("1 line added, 0 lines removed"), "{}", updated.stdout);
    let after = std::fs::read_to_string(dir.join("errcat.lock")).unwrap();
    assert!(after.contains("\n201 \"OVERLOADED\" zh="), "{after}");
    assert_eq!(errcat_in(&dir, &["lock", "--check"]).code, 0);

    std::fs::write(dir.join("errcat.lock"), "garbage\n").unwrap();
    errcat_in(&dir, &["lock", "--update"]).assert_bad_input("not a lock file errcat can read");
}

#[test]
fn the_committed_baselines_are_up_to_date() {
    let catalogs = support::package_path("../catalogs-rs");
    let run = errcat_in(&catalogs, &["lock", "--check"]);
    assert_eq!(run.code, 0, "catalogs-rs/errcat.lock is stale; run `errcat lock --update` there:\n{}", run.stdout);
    let tests = support::package_path("../tests");
    let run = errcat_in(&tests, &["lock", "--check", "ui/baseline/store-released.rs", "-o", "ui/baseline/store.lock"]);
    assert_eq!(run.code, 0, "tests/ui/baseline/store.lock is stale:\n{}", run.stdout);
}

const OLD: &str = r#"
error_catalog! {
    #[languages(zh, en)]
    pub system Store {
        section Disk in 100..=199 {
            100 DISK_FULL "磁盘已满" en "Disk full",
            101 QUOTA_EXCEEDED "超出配额",
            102 READ_ONLY "只读" en "Read only",
            103 LOCKED "已锁定",
            #[http(507)]
            104 DEGRADED "降级",
        }
        section Network in 300..=399 {
            300 TIMEOUT "超时",
        }
        200 BUSY "繁忙",
        201 GONE "已删除",
        202 STALE "过期",
        203 SWAPPED_A,
        204 SWAPPED_B,
        retired 900 ANCIENT;
    }
    pub system Legacy { 1 ONE }
}
"#;

const NEW: &str = r#"
error_catalog! {
    #[languages(zh, en)]
    pub system Store {
        section Disk in 100..=199 {
            100 DISK_FULL "磁盘满了" en "The disk is full",
            102 WRITE_PROTECTED "只读" en "Read only",
            105 LOCKED "已锁定",
            #[http(503)]
            104 DEGRADED "降级",
            101 QUOTA_EXCEEDED "超出配额" en "Quota exceeded",
        }
        section Network in 300..=399 {
            300 TIMEOUT "超时",
            #[outside_range]
            200 BUSY "繁忙",
        }
        203 SWAPPED_B,
        204 SWAPPED_A,
        301 FRESH,
        /// No longer raised.
        retired 202 STALE;
        retired 901 NEVER_RELEASED;
    }
    pub system Modern { 1 ONE }
}
"#;

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("stability").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// (kind, name, code, breaking) of every change.
fn kinds(json: &Value) -> Vec<(String, String, Option<i64>, bool)> {
    json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|change| {
            (
                change["kind"].as_str().unwrap().to_owned(),
                change["name"].as_str().unwrap().to_owned(),
                change["code"].as_i64(),
                change["breaking"].as_bool().unwrap(),
            )
        })
        .collect()
}

fn change(kind: &str, name: &str, code: Option<i64>, breaking: bool) -> (String, String, Option<i64>, bool) {
    (kind.to_owned(), name.to_owned(), code, breaking)
}

#[test]
fn diff_reports_every_kind_of_change() {
    let dir = scratch("diff");
    let (old, new) = (write(&dir, "old.rs", OLD), write(&dir, "new.rs", NEW));
    let run = errcat(&["diff", &old, &new, "--json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let json = run.json();
    assert_eq!(json["version"], 1);
    assert_eq!(
        kinds(&json),
        [
            change("system_removed", "Legacy", None, true),
            change("system_added", "Modern", None, false),
            change("text_changed", "DISK_FULL", Some(100), false),
            change("text_changed", "DISK_FULL", Some(100), false),
            change("text_changed", "QUOTA_EXCEEDED", Some(101), false),
            change("renamed", "WRITE_PROTECTED", Some(102), true),
            change("renumbered", "LOCKED", Some(103), true),
            change("http_changed", "DEGRADED", Some(104), false),
            change("moved", "BUSY", Some(200), false),
            change("removed", "GONE", Some(201), true),
            change("retired", "STALE", Some(202), false),
            change("renumbered", "SWAPPED_A", Some(203), true),
            change("code_reused", "SWAPPED_B", Some(203), true),
            change("renumbered", "SWAPPED_B", Some(204), true),
            change("code_reused", "SWAPPED_A", Some(204), true),
            change("added", "FRESH", Some(301), false),
            change("retirement_removed", "ANCIENT", Some(900), true),
            change("retired", "NEVER_RELEASED", Some(901), false),
        ]
    );
    assert_eq!(json["breaking"], 9);
    let changes = json["changes"].as_array().unwrap();
    let find = |kind: &str, name: &str| {
        changes.iter().find(|change| change["kind"] == kind && change["name"] == name).unwrap().clone()
    };
    assert_eq!(find("renumbered", "LOCKED")["old"], 103);
    assert_eq!(find("renumbered", "LOCKED")["new"], 105);
    assert_eq!(find("renamed", "WRITE_PROTECTED")["old"], "READ_ONLY");
    assert_eq!(find("moved", "BUSY")["old"], "");
    assert_eq!(find("moved", "BUSY")["new"], "Network");
    assert_eq!(find("http_changed", "DEGRADED")["new"], 503);
    assert_eq!(find("code_reused", "SWAPPED_B")["other"], "SWAPPED_A");
    let quota = find("text_changed", "QUOTA_EXCEEDED");
    assert_eq!(
        (&quota["language"], &quota["old"], &quota["new"]),
        (&json!("en"), &Value::Null, &json!("Quota exceeded"))
    );
    let texts: Vec<(&Value, &Value, &Value)> = changes
        .iter()
        .filter(|change| change["kind"] == "text_changed" && change["name"] == "DISK_FULL")
        .map(|change| (&change["language"], &change["old"], &change["new"]))
        .collect();
    assert_eq!(
        texts,
        [
            (&json!("zh"), &json!("磁盘已满"), &json!("磁盘满了")),
            (&json!("en"), &json!("Disk full"), &json!("The disk is full"))
        ]
    );

    let text = errcat(&["diff", &old, &new]);
    assert_eq!(text.code, 1);
    for line in [
        "Store\n",
        "  breaking  renumbered LOCKED: 103 → 105\n",
        "  breaking  renamed 102: \"READ_ONLY\" → \"WRITE_PROTECTED\"\n",
        "            moved 200 BUSY: (top level) → \"Network\"\n",
        "            text changed 100 DISK_FULL (en): \"Disk full\" → \"The disk is full\"\n",
        "  breaking  removed 201 GONE\n",
        "            retired 202 STALE\n",
        "18 changes, 9 breaking\n",
    ] {
        assert!(text.stdout.contains(line), "{line:?} not in:\n{}", text.stdout);
    }

    let markdown = errcat(&["diff", &old, &new, "--format", "markdown"]);
    assert_eq!(markdown.code, 1);
    let body = &markdown.stdout[markdown.stdout.find("## Store").unwrap()..];
    let breaking = body.find("### Breaking changes").unwrap();
    let other = body.find("### Other changes").unwrap();
    assert!(breaking < other, "{body}");
    assert!(body[breaking..other].contains("- renamed 102: \"READ\\_ONLY\" → \"WRITE\\_PROTECTED\""), "{body}");
    assert!(body[other..].contains("- added 301 FRESH"), "{body}");
}

#[test]
fn diff_exit_status_tells_breaking_from_compatible() {
    let dir = scratch("diff-exit");
    let old = write(&dir, "old.rs", OLD);
    let same = errcat(&["diff", &old, &old]);
    assert_eq!((same.code, same.stdout.contains("0 changes, 0 breaking")), (0, true), "{}", same.stdout);
    let added = write(&dir, "added.rs", &OLD.replace("        200 BUSY", "        299 FRESH,\n        200 BUSY"));
    let compatible = errcat(&["diff", &old, &added, "--json"]);
    assert_eq!(compatible.code, 0, "{}", compatible.stdout);
    assert_eq!(kinds(&compatible.json()), [change("added", "FRESH", Some(299), false)]);
    errcat(&["diff", &old, "no/such/file.rs"]).assert_bad_input("no such file or directory");
    let broken = write(&dir, "broken.rs", "error_catalog! { pub system S { 1 A, 1 B } }");
    errcat(&["diff", &old, &broken]).assert_bad_input("code 1 is already used by `A`");
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(["-c", "user.name=errcat", "-c", "user.email=errcat@example.invalid", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(status.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&status.stderr));
}

#[test]
fn diff_reads_rev_path_from_git() {
    let dir = scratch("git");
    git(&dir, &["init", "-q"]);
    std::fs::create_dir_all(dir.join("src/nested")).unwrap();
    write(&dir, "src/nested/errors.rs", OLD);
    write(&dir, "src/other.rs", "// no catalogue here\n");
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "v1"]);
    write(&dir, "src/nested/errors.rs", NEW);

    let file = errcat_in(&dir, &["diff", "HEAD:src/nested/errors.rs", "src/nested/errors.rs", "--json"]);
    assert_eq!(file.code, 1, "{}", file.stderr);
    assert_eq!(file.json()["breaking"], 9);
    let directory = errcat_in(&dir, &["diff", "HEAD:src", "src", "--json"]);
    assert_eq!(directory.code, 1, "{}", directory.stderr);
    assert_eq!(directory.json()["changes"], file.json()["changes"]);
    git(&dir, &["commit", "-q", "-am", "v2"]);
    let committed = errcat_in(&dir, &["diff", "HEAD~1:src/nested/errors.rs", "HEAD:src/nested/errors.rs", "--json"]);
    assert_eq!(committed.json()["changes"], file.json()["changes"]);
    let unchanged = errcat_in(&dir, &["diff", "HEAD:src", "src"]);
    assert_eq!(unchanged.code, 0, "{}", unchanged.stdout);
    errcat_in(&dir, &["diff", "nosuchrev:src", "src"]).assert_bad_input("git cat-file");
}

/// (kind, name, old, new) of every change between the table's version and
/// the later one.
fn history(system: &str) -> Vec<(String, String, Value, Value)> {
    let old = format!("../catalogs-rs/src/{system}.rs");
    let new = format!("../catalogs-rs/tests/history/{system}-later.rs");
    let run = errcat(&["diff", &old, &new, "--json"]);
    assert_eq!(run.code, 1, "the history of {system} breaks clients: {}", run.stderr);
    run.json()["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|change| {
            let kind = change["kind"].as_str().unwrap().to_owned();
            let kind = if change["breaking"] == true { format!("breaking {kind}") } else { kind };
            (kind, change["name"].as_str().unwrap().to_owned(), change["old"].clone(), change["new"].clone())
        })
        .collect()
}

fn row(kind: &str, name: &str, old: Value, new: Value) -> (String, String, Value, Value) {
    (kind.to_owned(), name.to_owned(), old, new)
}

#[test]
fn the_history_of_the_real_catalogues_is_breaking() {
    assert_eq!(
        history("bkrepo"),
        [
            row("breaking renumbered", "ACQUIRE_LOCK_FAILED", json!(250_127), json!(250_128)),
            row(
                "breaking code_reused",
                "QUERY_DATA_TOO_LARGE",
                json!("ACQUIRE_LOCK_FAILED"),
                json!("QUERY_DATA_TOO_LARGE")
            ),
            row("breaking renumbered", "RATE_LIMITER_OVERLOAD", json!(250_128), json!(250_129)),
            row(
                "breaking code_reused",
                "ACQUIRE_LOCK_FAILED",
                json!("RATE_LIMITER_OVERLOAD"),
                json!("ACQUIRE_LOCK_FAILED")
            ),
        ]
    );
    assert_eq!(
        history("polaris"),
        [
            row("breaking renumbered", "IPRateLimit", json!(403_001), json!(429_002)),
            row("http_changed", "IPRateLimit", json!(403), json!(429)),
            row("breaking renumbered", "APIRateLimit", json!(403_002), json!(403_003)),
        ]
    );
    assert_eq!(
        history("mcsl"),
        [
            row("added", "Param Error", Value::Null, Value::Null),
            row("breaking removed", "Bad Param", Value::Null, Value::Null),
            row("breaking removed", "Bad Format", Value::Null, Value::Null),
            row(
                "breaking renamed",
                "Already Uploading / Downloading",
                json!("Already Uploading"),
                json!("Already Uploading / Downloading")
            ),
            row(
                "breaking renamed",
                "Not Uploading / Downloading",
                json!("Not Uploading"),
                json!("Not Uploading / Downloading")
            ),
            row("breaking removed", "Already Downloading", Value::Null, Value::Null),
            row("breaking removed", "Not Downloading", Value::Null, Value::Null),
        ]
    );
}

#[test]
fn explain_says_a_retired_code_is_retired_and_why() {
    let dir = scratch("explain");
    let catalogue = write(&dir, "store.rs", RELEASED);
    let run = errcat(&["--catalog", &catalogue, "explain", "104"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Store (retired)  NO_SPACE  code 104"), "{}", run.stdout);
    assert!(run.stdout.contains("code 104 is retired in Store"), "{}", run.stdout);
    assert!(run.stdout.contains("why:\n    Replaced by `DISK_FULL` in 1.0."), "{}", run.stdout);
    let by_name = errcat(&["--catalog", &catalogue, "explain", "store/NO_SPACE", "--json"]).json();
    assert_eq!(by_name["entries"], json!([]));
    assert_eq!(
        by_name["retired"],
        json!([{"system": "Store", "code": 104, "name": "NO_SPACE", "doc": "Replaced by `DISK_FULL` in 1.0."}])
    );
    assert_eq!(errcat(&["--catalog", &catalogue, "explain", "105"]).code, 1);
}

#[test]
fn check_reads_the_baseline_beside_the_files_crate() {
    let run = errcat(&["check", "../catalogs-rs/tests/history/polaris-later.rs", "--json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let json = run.json();
    let diagnostics = json["files"][0]["diagnostics"].as_array().unwrap();
    let found: Vec<(&str, u64)> = diagnostics
        .iter()
        .map(|diagnostic| (diagnostic["message"].as_str().unwrap(), diagnostic["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found[0].0.starts_with("`IPRateLimit` has code 429002 here but was released with code 403001"),
        "{found:#?}"
    );
    assert!(
        found[1].0.starts_with("`APIRateLimit` has code 403003 here but was released with code 403002"),
        "{found:#?}"
    );
    let clean = errcat(&["check", "../catalogs-rs/src/polaris.rs"]);
    assert_eq!(clean.code, 0, "{}", clean.stdout);
}

const STRINGS_OLD: &str = r#"
errcat::error_catalog! {
    pub system SqlState: str {
        "22012" DIVISION_BY_ZERO "division by zero",
        "22P02" INVALID_TEXT_REPRESENTATION "invalid input syntax",
        "23505" UNIQUE_VIOLATION "unique violation",
        retired "01P01" DEPRECATED_FEATURE;
    }
}
"#;

/// The same codes declared in another order, one entry renumbered, one
/// added: string codes compare by their text, never by where they stand.
const STRINGS_NEW: &str = r#"
errcat::error_catalog! {
    pub system SqlState: str {
        "23505" UNIQUE_VIOLATION "unique violation",
        "22P03" INVALID_TEXT_REPRESENTATION "invalid input syntax",
        "22012" DIVISION_BY_ZERO "division by zero",
        "40001" SERIALIZATION_FAILURE "serialization failure",
        retired "01P01" DEPRECATED_FEATURE;
    }
}
"#;

#[test]
fn diff_and_lock_compare_string_codes_by_their_text() {
    let dir = scratch("strings");
    let (old, new) = (write(&dir, "old.rs", STRINGS_OLD), write(&dir, "new.rs", STRINGS_NEW));
    let run = errcat(&["diff", &old, &new, "--json"]);
    let json = run.json();
    let changes: Vec<(String, String, Value, Value, Value)> = json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|change| {
            (
                change["kind"].as_str().unwrap().to_owned(),
                change["name"].as_str().unwrap().to_owned(),
                change["code"].clone(),
                change["old"].clone(),
                change["new"].clone(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        [
            ("renumbered".into(), "INVALID_TEXT_REPRESENTATION".into(), json!("22P02"), json!("22P02"), json!("22P03")),
            ("added".into(), "SERIALIZATION_FAILURE".into(), json!("40001"), Value::Null, Value::Null),
        ]
    );
    let same = errcat(&["diff", &old, &write(&dir, "reordered.rs", &STRINGS_OLD.replace(
        "\"22012\" DIVISION_BY_ZERO \"division by zero\",\n        \"22P02\" INVALID_TEXT_REPRESENTATION \"invalid input syntax\",",
        "\"22P02\" INVALID_TEXT_REPRESENTATION \"invalid input syntax\",\n        \"22012\" DIVISION_BY_ZERO \"division by zero\",",
    ))]);
    assert_eq!(same.code, 0, "reordering changes nothing: {}", same.stdout);

    let project = crate_dir("strings-lock", STRINGS_OLD);
    let locked = errcat_in(&project, &["lock"]);
    assert_eq!(locked.code, 0, "{}{}", locked.stdout, locked.stderr);
    let lock = std::fs::read_to_string(project.join("errcat.lock")).unwrap();
    let lines: Vec<&str> = lock.lines().filter(|line| line.starts_with('"')).collect();
    assert_eq!(lines.len(), 4, "{lock}");
    assert_eq!(lines[0], "\"01P01\" \"DEPRECATED_FEATURE\" retired", "{lock}");
    assert!(lines[1].starts_with("\"22012\" \"DIVISION_BY_ZERO\" text="), "{lock}");
    assert!(lines[2].starts_with("\"22P02\" \"INVALID_TEXT_REPRESENTATION\" text="), "{lock}");

    // Held to that lock, the new version breaks it once: the renumbered
    // entry. The entries only moved are no change.
    let held = STRINGS_NEW.replace("    pub system", "    #[baseline = \"errcat.lock\"]\n    pub system");
    std::fs::write(project.join("src/lib.rs"), &held).unwrap();
    let checked = errcat_in(&project, &["check", "src/lib.rs"]);
    assert_eq!(checked.code, 1, "{}", checked.stdout);
    assert!(checked.stdout.contains("\"22P02\""), "{}", checked.stdout);
    assert!(checked.stdout.ends_with("1 error\n"), "{}", checked.stdout);
}
