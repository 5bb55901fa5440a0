//! `errcat import` on real catalogues, each written as a table in the shape
//! its own documentation uses: errno as man pages print it (from the Linux
//! headers and `strerror`), HTTP statuses (Python's `http.HTTPStatus`),
//! gRPC's status codes, the result codes of `SQLite` in decimal and in hex (from
//! `sqlite3.h`), Windows system error codes as Microsoft writes them, and a
//! database server's error list (`mysqld_error.h` of Maria DB, printf-style
//! messages). Every row is
//! converted with the right code, name and message, each repeated code is
//! acknowledged, and every catalogue compiles and is compared entry by
//! entry with the table, in one trybuild run.

mod support;

use std::fmt::Write;
use std::path::PathBuf;

use serde_json::Value;
use support::{errcat, package_path};

struct Shape {
    file: &'static str,
    system: &'static str,
    rows: usize,
    /// Columns of the code, the name and the message, by the test's reading.
    code: usize,
    name: usize,
    message: usize,
    /// Reports besides the repeated codes and the codes written unusually.
    guesses: &'static [&'static str],
}

const SHAPES: [Shape; 7] = [
    Shape { file: "errno.md", system: "Errno", rows: 133, code: 0, name: 1, message: 2, guesses: &[] },
    Shape {
        file: "http.md",
        system: "Http",
        rows: 62,
        code: 0,
        name: 1,
        message: 2,
        guesses: &["column `Reason phrase` holds phrases: they stand in as the names"],
    },
    Shape {
        file: "grpc.md",
        system: "Grpc",
        rows: 17,
        code: 1,
        name: 0,
        message: 2,
        guesses: &[
            "column `Code` holds no codes and column `Number` does: `Number` is the code column",
            "column `Code` holds identifiers: it is the name column",
        ],
    },
    Shape { file: "sqlite-decimal.md", system: "Sqlite", rows: 106, code: 0, name: 1, message: 2, guesses: &[] },
    Shape { file: "sqlite-hex.md", system: "SqliteHex", rows: 106, code: 1, name: 0, message: 2, guesses: &[] },
    Shape { file: "windows.md", system: "Windows", rows: 104, code: 1, name: 0, message: 2, guesses: &[] },
    Shape {
        file: "mariadb.md",
        system: "Mariadb",
        rows: 24,
        code: 0,
        name: 2,
        message: 3,
        guesses: &[
            "column `SQLSTATE` is not a code, name or text column: its cells go to the entries' docs",
            "printf conversions, such as `%-.200s` here, in 15 of 24 entries: written with #[placeholders(printf)]",
            "`%-.100T` in `ER_BAD_TABLE_ERROR` is not a printf conversion that errcat reads (`%s`, `%d`, `%-.192s`, \
             `%M`, `%%`): written as literal text, `%%-.100T`",
            "`%-.192T` in `ER_DUP_ENTRY` is not a printf conversion that errcat reads (`%s`, `%d`, `%-.192s`, `%M`, \
             `%%`): written as literal text, `%%-.192T`",
            "`%-.80T` in `ER_PARSE_ERROR` is not a printf conversion that errcat reads (`%s`, `%d`, `%-.192s`, `%M`, \
             `%%`): written as literal text, `%%-.80T`",
        ],
    },
];

/// A message as a printf-style catalogue writes it: `MariaDB`'s `%T`, which
/// errcat does not read as a conversion, as literal text (`%%-.192T`);
/// every other character as in the table.
fn printf_template(message: &str) -> String {
    let mut written = String::new();
    let mut rest = message;
    while let Some(at) = rest.find('%') {
        let after = &rest[at + 1..];
        let flags = after.len() - after.trim_start_matches(|character: char| "-.0123456789".contains(character)).len();
        written.push_str(&rest[..at]);
        written.push_str(if after[flags..].starts_with('T') { "%%" } else { "%" });
        rest = after;
    }
    written.push_str(rest);
    written
}

#[derive(Debug)]
struct TableRow {
    code: i128,
    written: String,
    name: String,
    message: String,
}

/// The test's own reading of a code: `12`, `` `0x1f` ``, `2 (0x2)`.
fn code_of(cell: &str) -> Option<i128> {
    let cell = cell.trim().trim_matches('`');
    let first = cell.split(" (").next()?.trim();
    let value = match first.strip_prefix("0x") {
        Some(hex) => i128::from_str_radix(hex, 16).ok()?,
        None => first.parse().ok()?,
    };
    if let Some(second) = cell.split(" (").nth(1) {
        let hex = second.trim_end_matches(')').strip_prefix("0x")?;
        assert_eq!(i128::from_str_radix(hex, 16).ok()?, value, "{cell}");
    }
    Some(value)
}

fn table_rows(shape: &Shape) -> Vec<TableRow> {
    let text = std::fs::read_to_string(package_path("tests/fixtures/import").join(shape.file)).unwrap();
    text.lines()
        .filter(|line| line.starts_with('|'))
        .filter_map(|line| {
            let cells: Vec<&str> = line.trim().trim_matches('|').split(" | ").map(str::trim).collect();
            let code = code_of(cells.get(shape.code)?)?;
            Some(TableRow {
                code,
                written: cells[shape.code].trim_matches('`').to_owned(),
                name: cells[shape.name].trim_matches('`').to_owned(),
                message: match cells.get(shape.message).copied().unwrap_or("") {
                    message if shape.file == "mariadb.md" => printf_template(message),
                    message => message.to_owned(),
                },
            })
        })
        .collect()
}

/// `fn main` for the compiled catalogue: every entry, in order, has the
/// table row's code, name and message.
fn checking_main(system: &str, rows: &[TableRow]) -> String {
    let mut main =
        String::from("\nfn main() {\n    use errcat::IntegerCode;\n    let rows: &[(i128, &str, &str)] = &[\n");
    for row in rows {
        let _ = writeln!(main, "        ({}, {:?}, {:?}),", row.code, row.name, row.message);
    }
    let _ = write!(
        main,
        "    ];
    assert_eq!({system}::ALL.len(), rows.len());
    for (entry, (code, name, message)) in {system}::ALL.iter().zip(rows) {{
        assert_eq!(entry.code().to_i128(), *code, \"{{entry:?}}\");
        assert_eq!(entry.name(), *name, \"{{entry:?}}\");
        assert_eq!(entry.message(), *message, \"{{entry:?}}\");
    }}
}}
"
    );
    main
}

#[test]
fn real_tables_import_entry_by_entry_and_compile() {
    let directory = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("import-shapes");
    std::fs::create_dir_all(&directory).unwrap();
    let cases = trybuild::TestCases::new();
    for shape in &SHAPES {
        let path = format!("tests/fixtures/import/{}", shape.file);
        let run = errcat(&["import", &path, "--system", shape.system, "--json"]);
        assert_eq!(run.code, 0, "{}: {}", shape.file, run.stderr);
        let json = run.json();
        let rows = table_rows(shape);
        assert_eq!(rows.len(), shape.rows, "{}: the test's own reading", shape.file);
        assert_eq!(json["rows_read"].as_u64(), Some(shape.rows as u64), "{}", shape.file);
        assert_eq!(json["entries_written"].as_u64(), Some(shape.rows as u64), "{}", shape.file);
        assert_eq!(json["rows_not_converted"].as_u64(), Some(0), "{}", shape.file);

        let entries = json["entries"].as_array().unwrap();
        let mut expected_reports = Vec::new();
        let mut first_with_code = std::collections::HashMap::new();
        for (entry, row) in entries.iter().zip(&rows) {
            assert_eq!(entry["code"].as_i64().map(i128::from), Some(row.code), "{}: {entry}", shape.file);
            assert_eq!(entry["name"].as_str(), Some(row.name.as_str()), "{}: {entry}", shape.file);
            assert_eq!(entry["message"].as_str(), Some(row.message.as_str()), "{}: {entry}", shape.file);
            match first_with_code.get(&row.code) {
                Some(first) => {
                    assert_eq!(entry["shares_code"].as_str(), Some(*first), "{}: {entry}", shape.file);
                    expected_reports.push(format!("code {} is already used by `{first}`", row.code));
                }
                None => {
                    first_with_code.insert(row.code, entry["identifier"].as_str().unwrap());
                }
            }
            if row.written != row.code.to_string() {
                expected_reports.push(format!("code `{}` written as {}", row.written, row.code));
                let doc = format!("Written as `{}` in the source table.", row.written);
                assert!(entry["doc"].as_str().unwrap().contains(&doc), "{}: {entry}", shape.file);
            }
        }
        let reports: Vec<&str> =
            json["reports"].as_array().unwrap().iter().map(|report| report["message"].as_str().unwrap()).collect();
        let (guesses, others): (Vec<&str>, Vec<&str>) =
            reports.iter().partition(|message| shape.guesses.contains(message));
        assert!(shape.guesses.iter().all(|guess| guesses.contains(guess)), "{}: {reports:#?}", shape.file);
        assert_eq!(others.len(), expected_reports.len(), "{}: {others:#?}", shape.file);
        for (report, expected) in others.iter().zip(&expected_reports) {
            assert!(report.starts_with(expected.as_str()), "{}: {report:?} is not {expected:?}", shape.file);
        }

        let mut source = json["source"].as_str().unwrap().to_owned();
        source.push_str(&checking_main(shape.system, &rows));
        let file = directory.join(format!("{}.rs", shape.system.to_lowercase()));
        std::fs::write(&file, source).unwrap();
        cases.pass(&file);
    }
}

#[test]
fn http_statuses_are_sectioned_by_their_classes() {
    let run = errcat(&["import", "tests/fixtures/import/http.md", "--system", "Http"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for line in [
        "        /// 4xx Client error responses\n        section ClientErrorResponses in 400..=499 {\n",
        "            #[name = \"Not Found\"]\n            404 NOT_FOUND ",
        "        section ServerErrorResponses in 500..=599 {\n",
    ] {
        assert!(run.stdout.contains(line), "{line:?} not in:\n{}", run.stdout);
    }
}

/// A database server's messages are printf-style: the system says so and
/// every conversion is kept as written, `MariaDB`'s `%T`, which errcat does
/// not read, as literal text.
#[test]
fn a_database_servers_messages_are_printf() {
    let run = errcat(&["import", "tests/fixtures/import/mariadb.md", "--system", "Mariadb"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for line in [
        "    #[placeholders(printf)]\n    pub system Mariadb {\n",
        " 1005 ER_CANT_CREATE_TABLE     \"Can't create table %`s.%`s (errno: %M)\",\n",
        " 1006 ER_CANT_CREATE_DB        \"Can't create database '%-.192s' (errno: %M)\",\n",
        " 1062 ER_DUP_ENTRY             \"Duplicate entry '%%-.192T' for key %d\",\n",
    ] {
        assert!(run.stdout.contains(line), "{line:?} not in:\n{}", run.stdout);
    }
}

#[test]
fn windows_codes_keep_their_written_form_and_ranges() {
    let run = errcat(&["import", "tests/fixtures/import/windows.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for line in [
        "        /// System Error Codes (0-499)\n        section SystemErrorCodes in 0..=499 {\n",
        "            /// Written as `2 (0x2)` in the source table.\n              2 ERROR_FILE_NOT_FOUND ",
        "        section SystemErrorCodes2 in 500..=999 {\n",
    ] {
        assert!(run.stdout.contains(line), "{line:?} not in:\n{}", run.stdout);
    }
}

#[test]
fn lookup_and_explain_take_hexadecimal_codes() {
    let directory = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("import-shapes-lookup");
    std::fs::create_dir_all(&directory).unwrap();
    let catalogue = directory.join("sqlite.rs");
    let _ = std::fs::remove_file(&catalogue);
    let run = errcat(&[
        "import",
        "tests/fixtures/import/sqlite-hex.md",
        "--system",
        "Sqlite",
        "-o",
        catalogue.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let catalogue = catalogue.to_str().unwrap();
    let lookup = errcat(&["lookup", "0x10A", "--catalog", catalogue, "--json"]);
    assert_eq!(lookup.code, 0, "{}", lookup.stderr);
    let json: Value = lookup.json();
    assert_eq!(json["lookups"][0]["code"], 266);
    assert_eq!(json["lookups"][0]["entries"][0]["name"], "SQLITE_IOERR_READ");
    let explain = errcat(&["explain", "sqlite/0x10a", "--catalog", catalogue, "--json"]);
    assert_eq!(explain.code, 0, "{}", explain.stderr);
    assert_eq!(explain.json()["entries"][0]["name"], "SQLITE_IOERR_READ");
    errcat(&["lookup", "0xZZ", "--catalog", catalogue]).assert_bad_input("malformed code `0xZZ`");
}

#[test]
fn columns_override_the_guess() {
    let table = "| A | B | C |\n|---|---|---|\n| FIRST | 1 | Erste |\n| SECOND | 2 | Zweite |\n";
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("columns.md");
    std::fs::write(&path, table).unwrap();
    let path = path.to_str().unwrap();
    let run = errcat(&["import", path, "--columns", "code=B,name=A,de=C", "--system", "German"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("    #[languages(de)]\n    pub system German {\n"), "{}", run.stdout);
    assert!(run.stdout.contains("        1 FIRST  \"Erste\",\n"), "{}", run.stdout);
    errcat(&["import", path, "--columns", "code=Nope"]).assert_bad_input("--columns names `Nope`, which no table");
    errcat(&["import", path, "--columns", "colour=A"]).assert_bad_input("`colour` in --columns is not a role");
}

#[test]
fn a_lost_row_or_an_empty_catalogue_exits_1() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("lossy.md");
    // A negative code makes the codes numbers: `x1` is then a slip, not a
    // string code.
    std::fs::write(&path, "| Code | Name |\n|---|---|\n| -1 | A |\n| x1 | B |\n").unwrap();
    let path = path.to_str().unwrap();
    let run = errcat(&["import", path]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("lossy.md:4: code `x1` is not an integer: the row is not converted\n"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.ends_with("errcat: 1 row not converted: exit status 1; --allow-loss accepts the loss\n"));
    assert!(run.stdout.contains("1 A,"), "the source is still written");
    assert_eq!(errcat(&["import", path, "--allow-loss"]).code, 0);
}

#[test]
fn standard_input_and_several_files() {
    let first = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("first.md");
    let second = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("second.md");
    std::fs::write(&first, "## One\n\n| Code | Name |\n|---|---|\n| 1 | A |\n").unwrap();
    std::fs::write(&second, "## Two\n\n| Code | Name |\n|---|---|\n| 1 | B |\n").unwrap();
    let run = errcat(&["import", first.to_str().unwrap(), second.to_str().unwrap(), "--system", "Both"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("section One {\n            1 A,\n"), "{}", run.stdout);
    assert!(
        run.stderr.starts_with(&format!("{}:5: code 1 is already used by `A`", second.display())),
        "{}",
        run.stderr
    );

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(["import", "-", "--system", "Piped"])
        .stdin(std::fs::File::open(&first).unwrap())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8(output.stdout).unwrap().contains("pub system Piped {"));
}
