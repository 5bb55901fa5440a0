//! `errcat import FILE.h` on four real headers from Debian packages,
//! installed by the test when missing (`ERRCAT_REQUIRE_HEADERS=1` makes a
//! missing one a failure, as CI wants): Linux's errno headers, the
//! result codes out of `sqlite3.h`, curl's `CURLcode` enum and the server errors of
//! `mysqld_error.h`. Every entry is compared with the value a C program
//! compiled by gcc against the same header prints, every constant the
//! header declares is accounted for, and each imported catalogue compiles
//! with a `main` that checks it, in one trybuild run.

mod support;

#[path = "support/debian.rs"]
mod debian;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;
use support::errcat;

const REQUIRE: &str = "ERRCAT_REQUIRE_HEADERS";

const ERRNO_BASE: &str = "/usr/include/asm-generic/errno-base.h";
const ERRNO: &str = "/usr/include/asm-generic/errno.h";
const SQLITE: &str = "/usr/include/sqlite3.h";
const CURL: &str = "/usr/include/x86_64-linux-gnu/curl/curl.h";
const MARIADB: &str = "/usr/include/mariadb/mysqld_error.h";

struct Case {
    system: &'static str,
    /// The `#include` line of the C program.
    include: &'static str,
    args: &'static [&'static str],
}

const CASES: [Case; 4] = [
    Case { system: "Errno", include: "#include <asm-generic/errno.h>", args: &[ERRNO_BASE, ERRNO] },
    Case {
        system: "Sqlite",
        include: "#include <sqlite3.h>",
        args: &[SQLITE, "--from", "SQLITE_OK", "--to", "SQLITE_OK_SYMLINK"],
    },
    Case { system: "Curl", include: "#include <curl/curl.h>", args: &[CURL, "--enum", "CURLcode"] },
    Case { system: "Mariadb", include: "#include <mariadb/mysqld_error.h>", args: &[MARIADB, "--prefix", "ER_"] },
];

fn work_dir() -> PathBuf {
    let directory = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("import-headers");
    std::fs::create_dir_all(&directory).unwrap();
    directory
}

/// What a C program compiled against the header prints for each name.
fn values_from_c(case: &Case, names: &[&str]) -> BTreeMap<String, i128> {
    let mut program = format!("{}\n#include <stdio.h>\nint main(void) {{\n", case.include);
    for name in names {
        let _ = writeln!(program, "    printf(\"%s %lld\\n\", \"{name}\", (long long)({name}));");
    }
    program.push_str("    return 0;\n}\n");
    let directory = work_dir();
    let source = directory.join(format!("{}.c", case.system));
    let binary = directory.join(case.system);
    std::fs::write(&source, program).unwrap();
    let include = "-I/usr/include/x86_64-linux-gnu";
    let compiled = Command::new("gcc").arg(include).arg(&source).arg("-o").arg(&binary).output().unwrap();
    assert!(compiled.status.success(), "{}", String::from_utf8_lossy(&compiled.stderr));
    let output = Command::new(&binary).output().unwrap();
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let (name, value) = line.split_once(' ').unwrap();
            (name.to_owned(), value.parse().unwrap())
        })
        .collect()
}

/// The object-like macros the preprocessor sees with `prefix`, as gcc
/// lists them.
fn macros_from_gcc(case: &Case, prefix: &str) -> BTreeSet<String> {
    let output = Command::new("gcc")
        .args(["-dM", "-E", "-I/usr/include/x86_64-linux-gnu", "-x", "c", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write as _;
            child.stdin.take().unwrap().write_all(format!("{}\n", case.include).as_bytes())?;
            child.wait_with_output()
        })
        .unwrap();
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter_map(|line| line.strip_prefix("#define ")?.split(' ').next())
        .filter(|name| name.starts_with(prefix) && !name.contains('('))
        .map(str::to_owned)
        .collect()
}

fn checking_main(system: &str, entries: &[(String, i128, String)]) -> String {
    let mut main =
        String::from("\nfn main() {\n    use errcat::IntegerCode;\n    let rows: &[(&str, i128, &str)] = &[\n");
    for (name, code, message) in entries {
        let _ = writeln!(main, "        ({name:?}, {code}, {message:?}),");
    }
    let _ = write!(
        main,
        "    ];
    assert_eq!({system}::ALL.len(), rows.len());
    for (entry, (name, code, message)) in {system}::ALL.iter().zip(rows) {{
        assert_eq!(entry.name(), *name);
        assert_eq!(entry.code().to_i128(), *code, \"{{entry:?}}\");
        assert_eq!(entry.message(), *message, \"{{entry:?}}\");
    }}
}}
"
    );
    main
}

fn reports(json: &Value) -> Vec<String> {
    json["reports"].as_array().unwrap().iter().map(|report| report["message"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn real_headers_import_with_the_values_gcc_sees() {
    let packages = [
        ("linux-libc-dev", ERRNO),
        ("libsqlite3-dev", SQLITE),
        ("libcurl4-openssl-dev", CURL),
        ("libmariadb-dev", MARIADB),
    ];
    if !debian::ensure(&packages, REQUIRE, "real_headers_import_with_the_values_gcc_sees") {
        return;
    }
    let cases = trybuild::TestCases::new();
    for case in &CASES {
        let mut args = vec!["import"];
        args.extend(case.args);
        args.extend(["--system", case.system, "--json"]);
        let run = errcat(&args);
        assert_eq!(run.code, 0, "{}: {}", case.system, run.stderr);
        let json = run.json();
        let entries: Vec<(String, i128, String)> = json["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|entry| {
                (
                    entry["name"].as_str().unwrap().to_owned(),
                    i128::from(entry["code"].as_i64().unwrap()),
                    entry["message"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        let names: Vec<&str> = entries.iter().map(|(name, _, _)| name.as_str()).collect();
        let from_c = values_from_c(case, &names);
        assert_eq!(from_c.len(), entries.len(), "{}: every name compiles in C", case.system);
        for (name, code, _) in &entries {
            assert_eq!(from_c.get(name), Some(code), "{}: {name}", case.system);
        }
        let reports = reports(&json);
        let sentinels: BTreeSet<String> = reports
            .iter()
            .filter(|report| report.contains("looks like a sentinel"))
            .map(|report| report.trim_start_matches('`').split('`').next().unwrap().to_owned())
            .collect();
        let shared = reports.iter().filter(|report| report.contains("written with #[shares_code(")).count();
        let distinct: BTreeSet<i128> = entries.iter().map(|(_, code, _)| *code).collect();
        assert_eq!(shared, entries.len() - distinct.len(), "{}: every alias acknowledged: {reports:#?}", case.system);
        assert_eq!(json["rows_not_converted"], 0, "{}", case.system);

        match case.system {
            "Errno" => {
                let declared = macros_from_gcc(case, "E");
                let imported: BTreeSet<String> = names.iter().map(|name| (*name).to_owned()).collect();
                assert_eq!(imported, declared, "every errno macro, and nothing else");
                assert_eq!(from_c["EWOULDBLOCK"], from_c["EAGAIN"]);
                assert!(reports.iter().any(|report| report.starts_with("code 11 is already used by `EAGAIN`")));
                assert_eq!(entries[0], ("EPERM".into(), 1, "Operation not permitted".into()));
            }
            "Sqlite" => {
                assert_eq!(entries[0], ("SQLITE_OK".into(), 0, "Successful result".into()));
                assert!(names.contains(&"SQLITE_IOERR_READ") && names.last() == Some(&"SQLITE_OK_SYMLINK"));
                assert!(!names.iter().any(|name| name.starts_with("SQLITE_OPEN_")), "only result codes");
                let primary = entries.iter().filter(|(_, code, _)| *code < 256).count();
                assert_eq!(primary, 31, "SQLite's 31 primary result codes");
            }
            "Curl" => {
                assert_eq!(sentinels, BTreeSet::from(["CURL_LAST".to_owned()]), "{reports:#?}");
                let last = values_from_c(case, &["CURL_LAST"])["CURL_LAST"];
                assert_eq!(i128::try_from(entries.len()).unwrap(), last, "CURLcode counts from 0 to CURL_LAST");
                assert_eq!(entries[0].0, "CURLE_OK");
            }
            "Mariadb" => {
                let declared = macros_from_gcc(case, "ER_");
                let imported: BTreeSet<String> = names.iter().map(|name| (*name).to_owned()).collect();
                let accounted: BTreeSet<String> = imported.union(&sentinels).cloned().collect();
                assert_eq!(accounted, declared, "every ER_ macro is imported or reported as a sentinel");
                assert!(
                    sentinels.contains("ER_ERROR_FIRST") && imported.contains("ER_BINLOG_UNSAFE_AUTOINC_NOT_FIRST")
                );
            }
            _ => unreachable!(),
        }

        let mut source = json["source"].as_str().unwrap().to_owned();
        source.push_str(&checking_main(case.system, &entries));
        let file = work_dir().join(format!("{}.rs", case.system.to_lowercase()));
        std::fs::write(&file, source).unwrap();
        cases.pass(&file);
    }
}

#[test]
fn an_enum_the_header_does_not_have_is_bad_input() {
    if !debian::ensure(&[("libcurl4-openssl-dev", CURL)], REQUIRE, "an_enum_the_header_does_not_have_is_bad_input") {
        return;
    }
    errcat(&["import", CURL, "--enum", "CURLcodes"]).assert_bad_input("no enum named `CURLcodes` in the header");
}
