//! `errcat import`: a fixture with every kind of row the importer must
//! change or refuse, bad input, and the round trip on the five source
//! tables: import, check, compile, and compare with the tables' rows.

mod support;

use std::fmt::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;
use support::{errcat, package_path};

#[test]
fn billing_fixture_reports_every_changed_row() {
    let run = errcat(&["import", "tests/fixtures/billing.md"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let expected = "\
tests/fixtures/billing.md:11: code 404 is already used by `NOT_FOUND` (line 10): written with #[shares_code(NOT_FOUND)]
tests/fixtures/billing.md:12: no name: written as E418
tests/fixtures/billing.md:13: code 500 is outside 400..=499, the range stated by the heading at line 5: written with #[outside_range]
tests/fixtures/billing.md:14: code `4x4` is not an integer: the row is not converted
tests/fixtures/billing.md:15: name `BAD_REQUEST` is already used (line 9): written as BAD_REQUEST_2
tests/fixtures/billing.md:20: column `HTTP Method` is not a code, name or text column: its cells go to the entries' docs
tests/fixtures/billing.md:23: name `令牌过期` has no ASCII letters or digits: identifier E451, #[name = \"令牌过期\"]
tests/fixtures/billing.md:33: code `-0` written as 0
tests/fixtures/billing.md:37: the table (columns `名称`, `描述`) has no code column (错误码, 响应码, code, value, …): the row is not converted
14 rows read, 12 entries written, 9 reported
errcat: 2 rows not converted: exit status 1; --allow-loss accepts the loss
";
    assert_eq!(run.stderr, expected);
    let source = &run.stdout;
    assert!(source.starts_with("// Drafted by `errcat import` from billing.md: 14 rows read, 12 entries written, 9 reported.\nuse errcat::error_catalog;\n"));
    for line in [
        "    /// 计费错误码\n    ///\n    /// The billing service's error codes.\n",
        "    #[languages(en, zh)]\n    pub system Billing {\n",
        "        /// 400 ~ 499 Client errors\n        section ClientErrors in 400..=499 {\n",
        "            400 BAD_REQUEST   \"Bad request\"   zh \"请求错误\",\n",
        "            #[name = \"Not Found\"]\n            404 NOT_FOUND     \"Not found\"     zh \"未找到\",\n",
        "            #[shares_code(NOT_FOUND)]\n            404 GONE ",
        "            #[outside_range]\n            500 WAY_OUT ",
        "            402 PIPE          \"Pipe | inside\" zh \"竖线\",\n",
        "                /// HTTP Method: POST\n                450 AUTH_FAILED \"\" zh \"认证失败\",\n",
        "        /// 保留错误段\n        /// Do not use.\n        reserved 600..=699;\n",
        "            -1 LEGACY_TIMEOUT \"legacy timeout \\\"quoted\\\"\",\n            -2 LEGACY_NO_TEXT,\n",
        "            /// Written as `-0` in the source table.\n             0 LEGACY_ZERO    \"zero\",\n",
    ] {
        assert!(source.contains(line), "{line:?} not in:\n{source}");
    }
    assert!(!source.contains("BROKEN") && !source.contains("ORPHAN"), "refused rows are not written");
}

#[test]
fn billing_fixture_json() {
    let run = errcat(&["import", "tests/fixtures/billing.md", "--system", "Bill", "--json", "--allow-loss"]);
    assert_eq!(run.code, 0);
    let json = run.json();
    assert_eq!(json["version"], 1);
    assert_eq!(json["system"], "Bill");
    assert!(json["source"].as_str().unwrap().contains("pub system Bill {"));
    assert_eq!(
        (json["rows_read"].as_u64(), json["entries_written"].as_u64(), json["reported"].as_u64()),
        (Some(14), Some(12), Some(9))
    );
    assert_eq!(
        json["reports"][0],
        serde_json::json!({"line": 11, "message": "code 404 is already used by `NOT_FOUND` (line 10): written with #[shares_code(NOT_FOUND)]"})
    );
    let entries = json["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 12);
    let gone = &entries[2];
    assert_eq!((gone["line"].as_u64(), gone["code"].as_i64()), (Some(11), Some(404)));
    assert_eq!(gone["shares_code"], "NOT_FOUND");
    assert_eq!(gone["section"], "ClientErrors");
    assert_eq!(
        gone["texts"],
        serde_json::json!([{"language": "en", "text": "Gone again"}, {"language": "zh", "text": "已删除"}])
    );
    let token = &entries[8];
    assert_eq!((token["name"].as_str(), token["identifier"].as_str()), (Some("令牌过期"), Some("E451")));
    assert_eq!(token["section"], "ClientErrors::Auth");
}

#[test]
fn import_writes_the_output_file() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("billing-output.rs");
    let _ = std::fs::remove_file(&path);
    let run = errcat(&["import", "tests/fixtures/billing.md", "--allow-loss", "-o", path.to_str().unwrap()]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.ends_with("14 rows read, 12 entries written, 9 reported\n"));
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.contains("pub system Billing {"));
    errcat(&["import", "tests/fixtures/billing.md", "--allow-loss", "-o", path.to_str().unwrap()])
        .assert_bad_input("billing-output.rs exists: give --force to overwrite it");
    let forced =
        errcat(&["import", "tests/fixtures/billing.md", "--allow-loss", "--force", "-o", path.to_str().unwrap()]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
}

#[test]
fn import_refuses_bad_input() {
    errcat(&["import", "tests/fixtures/no-table.md"])
        .assert_bad_input("tests/fixtures/no-table.md: no table of error codes found");
    errcat(&["import", "tests/fixtures/missing.md"]).assert_bad_input("cannot read tests/fixtures/missing.md");
    errcat(&["import", "tests/fixtures/binary.bin"]).assert_bad_input("tests/fixtures/binary.bin is a binary file");
    errcat(&["import", "tests/fixtures/billing.md", "--system", "no good"])
        .assert_bad_input("`no good` cannot name a system");
    errcat(&["import", "tests/fixtures/billing.md", "--allow-loss", "-o", "/nonexistent-dir/x.rs"])
        .assert_bad_input("cannot write /nonexistent-dir/x.rs");
}

/// One of the project's source tables, and how to read its rows without
/// the importer.
struct Source {
    file: &'static str,
    system: &'static str,
    rows: usize,
    layout: Layout,
}

enum Layout {
    /// A GFM table: the columns of the code, the name and the message.
    Table { code: usize, name: Option<usize>, message: usize },
    /// `CODE NAME text` lines.
    Lines,
}

/// A row as the table has it: code, name, message.
struct TableRow {
    code: i64,
    name: Option<String>,
    message: String,
}

const SOURCES: [Source; 5] = [
    Source {
        file: "sequoiacm.md",
        system: "Scm",
        rows: 71,
        layout: Layout::Table { code: 1, name: Some(0), message: 2 },
    },
    Source { file: "bkrepo.md", system: "BkRepo", rows: 92, layout: Layout::Table { code: 0, name: None, message: 1 } },
    Source { file: "cos.md", system: "Cos", rows: 449, layout: Layout::Lines },
    Source {
        file: "polaris.md",
        system: "Polaris",
        rows: 112,
        layout: Layout::Table { code: 1, name: Some(0), message: 2 },
    },
    Source { file: "mcsl.md", system: "Mcsl", rows: 25, layout: Layout::Table { code: 0, name: Some(1), message: 2 } },
];

fn table_rows(source: &Source, text: &str) -> Vec<TableRow> {
    let code_of = |cell: &str| cell.trim().trim_matches('`').parse::<i64>().ok();
    let mut rows = Vec::new();
    match source.layout {
        Layout::Table { code, name, message } => {
            if source.file == "mcsl.md" {
                // The page's first code is a heading, `0` OK - 成功, with no table.
                rows.push(TableRow { code: 0, name: Some("OK".into()), message: "成功".into() });
            }
            for line in text.lines().filter(|line| line.trim_start().starts_with('|')) {
                let cells: Vec<&str> = line.trim().trim_matches('|').split('|').map(str::trim).collect();
                let Some(value) = cells.get(code).and_then(|cell| code_of(cell)) else { continue };
                rows.push(TableRow {
                    code: value,
                    name: name.map(|column| cells[column].to_owned()),
                    message: cells.get(message).copied().unwrap_or("").to_owned(),
                });
            }
        }
        Layout::Lines => {
            for line in text.lines() {
                let mut words = line.split_whitespace();
                let Some(value) = words.next().and_then(code_of) else { continue };
                let name = words.next().map(str::to_owned);
                let message = words.collect::<Vec<_>>().join(" ");
                rows.push(TableRow { code: value, name, message });
            }
        }
    }
    rows
}

/// The reports a source's real anomalies call for, and nothing else.
#[track_caller]
fn assert_only_known_anomalies(source: &Source, reports: &[Value]) {
    let messages: Vec<&str> = reports.iter().map(|report| report["message"].as_str().unwrap()).collect();
    match source.file {
        "cos.md" => {
            assert_eq!(messages.len(), 9, "{messages:#?}");
            assert_eq!(messages[0], "code `-0` written as 0");
            let shared: Vec<&str> = messages[1..].iter().map(|message| message.split(' ').nth(1).unwrap()).collect();
            assert_eq!(shared, ["-61", "-46024", "-29090", "-29091", "-29092", "-29093", "-29094", "-29095"]);
            assert!(messages[1..].iter().all(|message| message.contains("written with #[shares_code(")));
        }
        "bkrepo.md" => {
            assert_eq!(messages.len(), 92);
            assert!(messages.iter().all(|message| message.starts_with("no name: written as E")), "{messages:#?}");
        }
        _ => assert_eq!(messages, Vec::<&str>::new()),
    }
}

/// `fn main` for the compiled catalogue: every entry, in order, has the
/// table row's code, message and (when the table has one) name.
fn checking_main(system: &str, rows: &[TableRow]) -> String {
    let mut main =
        String::from("\nfn main() {\n    use errcat::IntegerCode;\n    let rows: &[(i128, Option<&str>, &str)] = &[\n");
    for row in rows {
        let _ = writeln!(main, "        ({}, {:?}, {:?}),", row.code, row.name, row.message);
    }
    let _ = write!(
        main,
        "    ];
    assert_eq!({system}::ALL.len(), rows.len());
    for (entry, (code, name, message)) in {system}::ALL.iter().zip(rows) {{
        assert_eq!(entry.code().to_i128(), *code, \"{{entry:?}}\");
        assert_eq!(entry.message(), *message, \"{{entry:?}}\");
        if let Some(name) = name {{
            assert_eq!(entry.name(), *name, \"{{entry:?}}\");
        }}
    }}
}}
"
    );
    main
}

const BILLING_MAIN: &str = r#"
fn main() {
    assert_eq!(Billing::ALL.len(), 12);
    assert_eq!(Billing::all_with_code(404), [Billing::NotFound, Billing::Gone]);
    assert_eq!(Billing::from_name("Not Found"), Some(Billing::NotFound));
    assert_eq!(Billing::from_name("令牌过期"), Some(Billing::E451));
    assert_eq!(Billing::E418.message(), "Teapot");
    assert_eq!(Billing::AuthFailed.message(), "");
    assert_eq!(Billing::from_code(0), Some(Billing::LegacyZero));
    assert_eq!(Billing::LegacyTimeout.message(), "legacy timeout \"quoted\"");
}
"#;

#[test]
fn round_trip_of_the_five_source_tables() {
    let directory = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("round-trip");
    std::fs::create_dir_all(&directory).unwrap();
    let mut compiled = Vec::new();
    for source in &SOURCES {
        let table = package_path("../catalogs-rs/sources").join(source.file);
        let run = errcat(&["import", table.to_str().unwrap(), "--system", source.system, "--json"]);
        assert_eq!(run.code, 0, "{}: {}", source.file, run.stderr);
        let json = run.json();
        let rows = table_rows(source, &std::fs::read_to_string(&table).unwrap());
        assert_eq!(rows.len(), source.rows, "{}: the test's own reading", source.file);
        assert_eq!(json["rows_read"].as_u64(), Some(source.rows as u64), "{}", source.file);
        assert_eq!(json["entries_written"].as_u64(), Some(source.rows as u64), "{}", source.file);
        assert_only_known_anomalies(source, json["reports"].as_array().unwrap());

        let entries = json["entries"].as_array().unwrap();
        for (entry, row) in entries.iter().zip(&rows) {
            assert_eq!(entry["code"].as_i64(), Some(row.code), "{}: {entry}", source.file);
            if let Some(name) = &row.name {
                assert_eq!(entry["name"].as_str(), Some(name.as_str()), "{}: {entry}", source.file);
            }
            assert_eq!(entry["message"].as_str(), Some(row.message.as_str()), "{}: {entry}", source.file);
        }

        let path = directory.join(format!("{}.rs", source.system.to_lowercase()));
        let mut code = json["source"].as_str().unwrap().to_owned();
        code.push_str(&checking_main(source.system, &rows));
        std::fs::write(&path, code).unwrap();
        let checked = errcat(&["check", path.to_str().unwrap(), "--json"]);
        assert_eq!(checked.code, 0, "{}: {}", source.file, checked.stdout);
        assert_eq!(checked.json()["errors"], 0);
        assert_eq!(checked.json()["files"][0]["systems"], serde_json::json!([source.system]));
        compiled.push(path);
    }
    let run = errcat(&["import", "tests/fixtures/billing.md", "--allow-loss"]);
    assert_eq!(run.code, 0);
    let billing = directory.join("billing.rs");
    std::fs::write(&billing, run.stdout + BILLING_MAIN).unwrap();
    compiled.push(billing);

    let cases = trybuild::TestCases::new();
    for path in &compiled {
        cases.pass(path);
    }
}

#[test]
fn mcsl_sections_nest_as_its_headings() {
    let run = errcat(&["import", &source_path("mcsl.md"), "--json"]);
    let json = run.json();
    let source = json["source"].as_str().unwrap();
    for line in [
        "        /// 10000 Request Error - 请求错误\n        section RequestError {\n",
        "            /// 11000 Param Error - 参数错误\n            section ParamError {\n",
        "                /// 21100 Upload / Download Error - 上传 / 下载错误\n                section UploadDownloadError {\n",
        "        /// 保留错误段\n",
        "        reserved 40000..=59999;\n",
        "        section Section7 in 60000..=99999 {}\n",
        "            /// 无法解析请求或缺失操作名称\n            #[name = \"Bad Request\"]\n            10001 BAD_REQUEST         \"无效请求\",\n",
    ] {
        assert!(source.contains(line), "{line:?} not in:\n{source}");
    }
    assert!(source.contains("    #[languages(zh)]\n    pub system Mcsl {\n"));
}

fn source_path(file: &str) -> String {
    Path::new("../catalogs-rs/sources").join(file).to_string_lossy().into_owned()
}

#[test]
fn cells_beyond_the_header_are_reported_and_kept() {
    let run = errcat(&["import", "tests/fixtures/extra-cells.md"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr.starts_with(
            "tests/fixtures/extra-cells.md:3: 2 cells beyond the table's 2 columns go to the entry's doc: stray | more\n"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("        /// Cells beyond the table's columns: stray | more\n        1 E1 \"一\",\n"));
}
