//! `errcat import` of string codes, on `PostgreSQL`'s complete SQLSTATE list:
//! the Markdown table `tests/fixtures/postgresql/sqlstate.md` (in the shape
//! of the `PostgreSQL` documentation's Table A.1, generated with the catalogue
//! `sqlstate.rs` from `PostgreSQL`'s `errcodes.txt` by the test `postgresql`
//! of errcat-tests) imports as that catalogue, entry for entry, whichever
//! form its class headings take; codes keep their leading zeros and letters,
//! or are reported, never stripped.

mod support;

use std::fmt::Write;
use std::path::PathBuf;

use serde_json::Value;
use support::{errcat, errcat_in, package_path};

const TABLE: &str = "../tests/fixtures/postgresql/sqlstate.md";
const CATALOGUE: &str = "../tests/fixtures/postgresql/sqlstate.rs";
/// The table's third column is the macro, the name; the documentation's
/// `Condition Name` is the message.
const COLUMNS: &str = "name=Macro,message=Condition Name";

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    code: String,
    name: String,
    message: String,
    section: String,
    shares_code: Option<String>,
}

struct Section {
    heading: String,
    ident: String,
    prefix: String,
}

/// The test's own reading of the generated catalogue's lines: sections,
/// `#[shares_code(…)]` and `"CODE" NAME "message",` entries.
fn catalogue() -> (Vec<Section>, Vec<Entry>) {
    let text = std::fs::read_to_string(package_path(CATALOGUE)).unwrap();
    let mut sections: Vec<Section> = Vec::new();
    let mut entries = Vec::new();
    let mut heading = String::new();
    let mut shares_code = None;
    for line in text.lines().map(str::trim) {
        if let Some(doc) = line.strip_prefix("/// Class ") {
            heading = format!("Class {doc}");
        } else if let Some(rest) = line.strip_prefix("section ") {
            let (ident, prefix) = rest.strip_suffix(" {").unwrap().split_once(" in ").unwrap();
            let prefix = prefix.trim_matches('"').to_owned();
            sections.push(Section { heading: heading.clone(), ident: ident.to_owned(), prefix });
        } else if let Some(first) = line.strip_prefix("#[shares_code(") {
            shares_code = Some(first.trim_end_matches(")]").to_owned());
        } else if line.starts_with('"') {
            let line = line.strip_suffix(',').unwrap();
            let (code, rest) = line[1..].split_once('"').unwrap();
            let (name, message) = rest.trim().split_once(' ').unwrap_or((rest.trim(), ""));
            entries.push(Entry {
                code: code.to_owned(),
                name: name.to_owned(),
                message: message.trim().trim_matches('"').to_owned(),
                section: sections.last().unwrap().ident.clone(),
                shares_code: shares_code.take(),
            });
        }
    }
    (sections, entries)
}

fn imported(json: &Value) -> Vec<Entry> {
    json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| Entry {
            code: entry["code"].as_str().unwrap_or_else(|| panic!("a string code: {entry}")).to_owned(),
            name: entry["name"].as_str().unwrap().to_owned(),
            message: entry["message"].as_str().unwrap().to_owned(),
            section: entry["section"].as_str().unwrap().to_owned(),
            shares_code: entry["shares_code"].as_str().map(str::to_owned),
        })
        .collect()
}

fn import_json(args: &[&str]) -> (i32, Value, String) {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    all.push("--json");
    let run = errcat(&all);
    let json = run.json();
    (run.code, json, run.stderr)
}

/// The source with every run of white space one space.
fn squeeze(source: &str) -> String {
    source.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn reports(json: &Value) -> Vec<String> {
    json["reports"].as_array().unwrap().iter().map(|report| report["message"].as_str().unwrap().to_owned()).collect()
}

/// The reports about the table itself: not those of the self-check of the
/// generated source.
fn own_reports(json: &Value) -> Vec<String> {
    reports(json).into_iter().filter(|message| !message.starts_with("the generated source")).collect()
}

#[test]
fn the_postgresql_table_gives_back_the_catalogue() {
    let (sections, expected) = catalogue();
    assert_eq!((sections.len(), expected.len()), (43, 267), "the test's reading of {CATALOGUE}");
    assert_eq!(expected.iter().filter(|entry| entry.shares_code.is_some()).count(), 6);

    let (code, json, stderr) = import_json(&[TABLE, "--system", "SqlState", "--columns", COLUMNS]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["rows_read"], 267);
    assert_eq!(json["entries_written"], 267);
    assert_eq!(json["rows_not_converted"], 0);
    let entries = imported(&json);
    for (entry, wanted) in entries.iter().zip(&expected) {
        assert_eq!(entry, wanted);
    }
    assert_eq!(entries.len(), expected.len());

    let source = json["source"].as_str().unwrap();
    assert!(source.contains("    pub system SqlState: str {\n"), "{source}");
    for section in &sections {
        let written =
            format!("        /// {}\n        section {} in {:?} {{\n", section.heading, section.ident, section.prefix);
        assert!(source.contains(&written), "{written:?} not in:\n{source}");
    }
    // Every code exactly as written: leading zeros and letters kept.
    assert!(source.contains("\n            \"01000\" WARNING "), "{source}");
    assert!(source.contains("\n            \"22P02\" INVALID_TEXT_REPRESENTATION "), "{source}");

    let mut wanted = vec![
        "code `00000` keeps a leading zero: the codes are strings, written as they are in a `str` system \
         (--code-type chooses another type)"
            .to_owned(),
    ];
    for entry in expected.iter().filter(|entry| entry.shares_code.is_some()) {
        let first = entry.shares_code.as_deref().unwrap();
        wanted.push(format!("code \"{}\" is already used by `{first}`", entry.code));
    }
    let own = own_reports(&json);
    assert_eq!(own.len(), wanted.len(), "{own:#?}");
    for (report, wanted) in own.iter().zip(&wanted) {
        assert!(report.starts_with(wanted.as_str()), "{report:?} is not {wanted:?}");
    }
}

/// Needs the macro's string systems: the imported catalogue passes
/// `errcat check`, and the importer's own check found nothing.
#[test]
fn the_imported_sqlstates_pass_check() {
    let (_, json, _) = import_json(&[TABLE, "--system", "SqlState", "--columns", COLUMNS]);
    let problems: Vec<String> =
        reports(&json).into_iter().filter(|message| message.starts_with("the generated source")).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let file = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("sqlstate-imported.rs");
    std::fs::write(&file, json["source"].as_str().unwrap()).unwrap();
    let check = errcat(&["check", file.to_str().unwrap()]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    let generated = errcat(&["check", &package_path(CATALOGUE).display().to_string()]);
    assert_eq!(generated.code, 0, "{}{}", generated.stdout, generated.stderr);
}

/// The table's class rows as Markdown headings instead, `## Class 22 — Data
/// Exception` or, as `errcodes.txt` writes them, `## Class 22 - Data
/// Exception`, each class its own table: the same entries in the same
/// sections.
#[test]
fn class_headings_as_markdown_headings() {
    let table = std::fs::read_to_string(package_path(TABLE)).unwrap();
    let (_, expected) = catalogue();
    for dash in ["—", "-"] {
        let mut document = String::from("# PostgreSQL Error Codes\n");
        for line in table.lines().filter(|line| line.starts_with("| ") && !line.starts_with("| Error Code")) {
            if let Some(class) = line.strip_prefix("| **").and_then(|rest| rest.strip_suffix("** | | |")) {
                let class = class.replace(" — ", &format!(" {dash} "));
                let _ = write!(
                    document,
                    "\n## {class}\n\n| Error Code | Condition Name | Macro |\n|------------|----------------|-------|\n"
                );
            } else if !line.starts_with("| ---") {
                document.push_str(line);
                document.push('\n');
            }
        }
        let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("sqlstate-headings-{}.md", dash.len()));
        std::fs::write(&path, &document).unwrap();
        let (code, json, stderr) = import_json(&[path.to_str().unwrap(), "--system", "SqlState", "--columns", COLUMNS]);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(imported(&json), expected, "headings with `{dash}`");
        let source = json["source"].as_str().unwrap();
        let heading =
            format!("        /// Class 22 {dash} Data Exception\n        section DataException in \"22\" {{\n");
        assert!(source.contains(&heading), "{source}");
    }
}

/// The rows whose codes an integer type cannot hold as written: a letter
/// or a leading zero.
fn not_integers(entries: &[Entry]) -> Vec<&Entry> {
    entries
        .iter()
        .filter(|entry| entry.code.starts_with('0') || !entry.code.bytes().all(|byte| byte.is_ascii_digit()))
        .collect()
}

/// An integer type forced on SQLSTATEs converts only the codes it holds as
/// written; every other row is reported on its line and not converted,
/// exit 1: `01000` never becomes 1000, `22P02` is never dropped quietly.
#[test]
fn an_integer_type_never_strips_a_code() {
    let (_, expected) = catalogue();
    let lost = not_integers(&expected);
    assert_eq!(lost.len(), 157, "SQLSTATEs with a letter or a leading zero");
    let (code, json, stderr) =
        import_json(&[TABLE, "--system", "SqlState", "--columns", COLUMNS, "--code-type", "i32"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.ends_with("errcat: 157 rows not converted: exit status 1; --allow-loss accepts the loss\n"));
    assert_eq!(json["rows_not_converted"], 157);
    assert_eq!(json["entries_written"], 267 - 157);
    let table = std::fs::read_to_string(package_path(TABLE)).unwrap();
    let line_of = |code: &str| 1 + table.lines().position(|line| line.starts_with(&format!("| {code} |"))).unwrap();
    let refused: Vec<(u64, String)> = json["reports"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|report| report["message"].as_str().unwrap().ends_with("the row is not converted"))
        .map(|report| (report["line"].as_u64().unwrap(), report["message"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(refused.len(), 157);
    for entry in &lost {
        let line = line_of(&entry.code) as u64;
        let report = refused.iter().find(|(at, _)| *at == line).unwrap_or_else(|| panic!("{entry:?}"));
        assert!(report.1.starts_with(&format!("code `{}` ", entry.code)), "{report:?}");
    }
    assert!(stderr.contains(&format!("sqlstate.md:{}: code `01000` has a leading zero", line_of("01000"))), "{stderr}");
    assert!(stderr.contains(&format!("sqlstate.md:{}: code `22P02` is not an integer", line_of("22P02"))), "{stderr}");
    for entry in json["entries"].as_array().unwrap() {
        let written = entry["code"].as_i64().unwrap().to_string();
        assert!(expected.iter().any(|wanted| wanted.code == written && wanted.name == entry["name"]), "{entry}");
    }
    let source = json["source"].as_str().unwrap();
    assert!(!source.contains(" 1000 ") && !source.contains(" 0 SUCCESSFUL_COMPLETION"), "{source}");
}

/// S3's codes are words; with their HTTP status beside them they stay the
/// codes (the status is `#[http]`), each named after its words.
#[test]
fn codes_that_are_words() {
    let table = "| Error code | Description | HTTP status code |\n|---|---|---|\n\
                 | AccessDenied | Access Denied | 403 Forbidden |\n\
                 | BucketAlreadyExists | The requested bucket name is not available. | 409 Conflict |\n\
                 | NoSuchBucket | The specified bucket does not exist. | 404 Not Found |\n\
                 | NoSuchKey | The specified key does not exist. | 404 Not Found |\n";
    let run = errcat_in(&package_path(""), &["import", "-", "--system", "S3"], &[], Some(table.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let source = squeeze(&run.stdout);
    for line in [
        "pub system S3: str {",
        "#[http(403)] \"AccessDenied\" ACCESS_DENIED \"Access Denied\",",
        "#[http(404)] \"NoSuchKey\" NO_SUCH_KEY \"The specified key does not exist.\",",
    ] {
        assert!(source.contains(line), "{line:?} not in:\n{}", run.stdout);
    }
    assert!(run.stderr.contains("<stdin>:3: code `AccessDenied` is not an integer: the codes are strings"));
    assert!(run.stderr.contains("<stdin>:3: no name: written as ACCESS_DENIED"), "{}", run.stderr);
}

/// `--code-type str` keeps even plain numbers as written, and the kinds of
/// codes that decide without it: a code like `2RSP` makes strings, a
/// negative code makes numbers (and `4x4` among them a slip).
#[test]
fn code_type_str_and_what_decides_without_it() {
    let import = |table: &str, args: &[&str]| {
        let mut all = vec!["import", "-", "--system", "T"];
        all.extend_from_slice(args);
        errcat_in(&package_path(""), &all, &[], Some(table.as_bytes()))
    };
    let numbers = "| Code | Name |\n|---|---|\n| 404 | NOT_FOUND |\n| 7 | SEVEN |\n";
    let forced = import(numbers, &["--code-type", "str"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert!(
        squeeze(&forced.stdout).contains("pub system T: str { \"404\" NOT_FOUND, \"7\" SEVEN, }"),
        "{}",
        forced.stdout
    );
    assert!(squeeze(&import(numbers, &[]).stdout).contains("pub system T { 404 NOT_FOUND, 7 SEVEN, }"));
    let narrow = import(numbers, &["--code-type", "u8"]);
    assert_eq!(narrow.code, 1, "{}", narrow.stderr);
    assert!(narrow.stderr.contains("<stdin>:3: code 404 does not fit in u8, the code type --code-type gives"));

    let packed = import("| 错误码 | 描述 |\n|---|---|\n| 2RSP | 打包失败 |\n| 100 | 成功 |\n", &[]);
    assert!(
        squeeze(&packed.stdout).contains("\"2RSP\" E_2RSP \"打包失败\", \"100\" E_100 \"成功\","),
        "{}",
        packed.stdout
    );
    let slip = import("| Code | Name |\n|---|---|\n| -61 | A |\n| 4x4 | B |\n", &[]);
    assert_eq!(slip.code, 1);
    assert!(slip.stderr.contains("<stdin>:4: code `4x4` is not an integer: the row is not converted"));

    let header = errcat(&["import", "../tests/fixtures/postgresql/errcodes.h", "--code-type", "str"]);
    header.assert_bad_input("--code-type str: a header's constants are integers");
}
