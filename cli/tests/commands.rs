//! The commands on the built-in catalogues and on fixtures: output, JSON
//! and exit codes, bad input included.

mod support;

use serde_json::Value;
use support::{errcat_outside as errcat, errcat_with};
use unicode_width::UnicodeWidthStr;

/// The lines of the table in `text`: those that end in a border.
fn table_lines(text: &str) -> Vec<&str> {
    text.lines().filter(|line| line.ends_with(['│', '┐', '┤', '┘', '╡'])).collect()
}

#[track_caller]
fn assert_aligned(text: &str) {
    let lines = table_lines(text);
    assert!(lines.len() > 3, "no table in:\n{text}");
    let width = lines[0].width();
    for line in &lines {
        assert_eq!(line.width(), width, "misaligned line {line:?} in:\n{text}");
    }
}

fn names(entries: &Value) -> Vec<&str> {
    entries.as_array().unwrap().iter().map(|entry| entry["name"].as_str().unwrap()).collect()
}

#[test]
fn lookup_shows_a_code_shared_inside_a_system() {
    let run = errcat(&["lookup", "-61"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("ERROR_PROXY_SIGN_BUCKET_NOTMATCH"), "{}", run.stdout);
    assert!(run.stdout.contains("ERROR_PROXY_INVALID_CMD_REQ"));
    assert!(run.stdout.contains("bucket与签名中的bucket不匹配"));
    assert!(run.stdout.contains("code -61 is shared inside Cos: 2 entries"), "{}", run.stdout);
    assert!(!run.stdout.contains("systems:"));
    assert_aligned(&run.stdout);
}

#[test]
fn lookup_shows_a_code_used_by_several_systems() {
    let run = errcat(&["lookup", "0"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("code 0 is used by 3 systems: BkRepo, Cos, Mcsl"), "{}", run.stdout);
    assert!(!run.stdout.contains("shared inside"));
    // Chinese texts are two columns wide: every line of the table still ends at the same column.
    assert_aligned(&run.stdout);
}

#[test]
fn lookup_json() {
    let run = errcat(&["lookup", "-61", "0", "--json"]);
    assert_eq!(run.code, 0);
    let json = run.json();
    assert_eq!(json["version"], 1);
    let shared = &json["lookups"][0];
    assert_eq!(shared["code"], -61);
    assert_eq!(names(&shared["entries"]), ["ERROR_PROXY_SIGN_BUCKET_NOTMATCH", "ERROR_PROXY_INVALID_CMD_REQ"]);
    assert_eq!(shared["systems"], serde_json::json!(["Cos"]));
    assert_eq!(shared["shared_within"], serde_json::json!(["Cos"]));
    let entry = &shared["entries"][0];
    assert_eq!(entry["system"], "Cos");
    assert_eq!(entry["variant"], "ErrorProxySignBucketNotmatch");
    assert_eq!(entry["section"][0]["name"], "Proxy");
    assert_eq!(entry["texts"][0]["language"], "zh");
    assert_eq!(entry["shares_code_with"], serde_json::json!(["ERROR_PROXY_INVALID_CMD_REQ"]));
    let zero = &json["lookups"][1];
    assert_eq!(zero["systems"], serde_json::json!(["BkRepo", "Cos", "Mcsl"]));
    assert_eq!(zero["shared_within"], serde_json::json!([]));
}

#[test]
fn lookup_narrowed_to_a_system_by_any_case() {
    let run = errcat(&["lookup", "0", "--system", "COS", "--json"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.json()["lookups"][0]["systems"], serde_json::json!(["Cos"]));
}

#[test]
fn lookup_of_an_unknown_code_exits_1() {
    let run = errcat(&["lookup", "-61", "123456789"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("code 123456789: no catalogue has this code"), "{}", run.stdout);
    assert!(run.stdout.contains("ERROR_PROXY_INVALID_CMD_REQ"));
    let run = errcat(&["lookup", "123456789", "--json"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["lookups"][0]["entries"], serde_json::json!([]));
}

#[test]
fn lookup_refuses_bad_input() {
    errcat(&["lookup", "abc"]).assert_bad_input("malformed code `abc`");
    errcat(&["lookup", "12x"]).assert_bad_input("malformed code `12x`");
    errcat(&["lookup", "1", "--system", "nope"])
        .assert_bad_input("unknown system `nope`; known systems: Scm, BkRepo, Cos");
    assert_eq!(errcat(&["lookup"]).code, 2);
}

#[test]
fn explain_accepts_every_printed_form() {
    let expected = "Scm::FileNotExist  FILE_NOT_EXIST  code -602";
    for what in ["-602", "FILE_NOT_EXIST", "Scm::FileNotExist", "scm/-602", "SCM::FILE_NOT_EXIST", "file_not_exist"] {
        let run = errcat(&["explain", what]);
        assert_eq!(run.code, 0, "{what}: {}", run.stderr);
        assert!(run.stdout.starts_with(expected), "{what}:\n{}", run.stdout);
        assert!(run.stdout.contains("    zh  客户端文件不存在"), "{}", run.stdout);
        assert!(run.stdout.contains("    en  "), "{}", run.stdout);
    }
}

#[test]
fn explain_shows_section_range_doc_and_twins() {
    let run = errcat(&["explain", "cos/-61"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("section: Proxy — PROXY 错误码"), "{}", run.stdout);
    assert!(run.stdout.contains("range: -99..=-60, of section Proxy"));
    assert!(run.stdout.contains("shared code: code -61 is also used by ERROR_PROXY_INVALID_CMD_REQ in Cos"));
    assert!(run.stdout.contains("shared code: code -61 is also used by ERROR_PROXY_SIGN_BUCKET_NOTMATCH in Cos"));
    assert!(run.stdout.contains("explanation:"));
    let run = errcat(&["explain", "0", "--json"]);
    let entries = run.json()["entries"].clone();
    assert_eq!(entries.as_array().unwrap().len(), 3);
    let cos = entries.as_array().unwrap().iter().find(|entry| entry["system"] == "Cos").unwrap();
    assert_eq!(cos["section"][0]["name"], "Business");
    assert!(!cos["doc"].as_str().unwrap().is_empty());
}

#[test]
fn explain_tells_no_such_code_from_a_code_without_text() {
    let run = errcat(&["explain", "cos/-29000"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("ERR_CCDMQ_OVERFLOW"));
    assert!(run.stdout.contains("(no text: Cos knows code -29000 but gives it no message)"), "{}", run.stdout);
    let run = errcat(&["explain", "-29000", "--json"]);
    assert_eq!(run.json()["entries"][0]["texts"], serde_json::json!([]));

    let run = errcat(&["explain", "cos/-29001234"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout.trim(), "no such code: no catalogue Cos has code -29001234");
    let run = errcat(&["explain", "NO_SUCH_NAME"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout.trim(), "no such entry: no catalogue has an entry named `NO_SUCH_NAME`");
    assert_eq!(errcat(&["explain", "42424242", "--json"]).json()["entries"], serde_json::json!([]));
}

#[test]
fn explain_refuses_bad_input() {
    errcat(&["explain", "nope/1"]).assert_bad_input("unknown system `nope`");
    errcat(&["explain", "61x"]).assert_bad_input("malformed code `61x`");
}

#[test]
fn search_finds_names_and_texts_in_any_case_and_in_chinese() {
    let run = errcat(&["search", "签名过期"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("ERROR_PROXY_AUTH_EXPIRED"), "{}", run.stdout);
    assert_aligned(&run.stdout);

    let run = errcat(&["search", "gateway_time", "--json"]);
    assert_eq!(run.code, 0);
    assert_eq!(names(&run.json()["entries"]), ["HTTP_GATEWAY_TIME_OUT"]);

    let run = errcat(&["search", "NOT FOUND", "--system", "polaris", "--json"]);
    let json = run.json();
    let entries = json["entries"].as_array().unwrap();
    assert!(!entries.is_empty());
    for entry in entries {
        assert_eq!(entry["system"], "Polaris");
        let haystack = format!("{} {}", entry["name"], entry["texts"]).to_lowercase();
        assert!(haystack.contains("not found"), "{haystack}");
    }

    let run = errcat(&["search", "zzzz-nothing"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("no entry's name or text contains `zzzz-nothing`"));
}

#[test]
fn list_shows_every_system() {
    let run = errcat(&["list"]);
    assert_eq!(run.code, 0);
    for system in ["Scm", "BkRepo", "Cos", "Polaris", "Mcsl"] {
        assert!(run.stdout.contains(system), "{system}");
    }
    assert_aligned(&run.stdout);
    let json = errcat(&["list", "--json"]).json();
    let systems = json["systems"].as_array().unwrap();
    assert_eq!(names(&json["systems"]), ["Scm", "BkRepo", "Cos", "Polaris", "Mcsl"]);
    let cos = &systems[2];
    assert_eq!(cos["entry_count"], 449);
    assert_eq!(cos["languages"][0], "zh");
    assert_eq!(cos["sections"].as_array().unwrap().len(), 10);
    assert_eq!(systems[4]["reserved"][0]["range"], serde_json::json!([40000, 59999]));
}

#[test]
fn list_of_one_system_draws_its_sections_as_a_tree() {
    let run = errcat(&["list", "MCSL"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("Mcsl (i32, 25 entries"), "{}", run.stdout);
    let tree: Vec<&str> = run.stdout.lines().filter(|line| line.contains("── ")).collect();
    assert_eq!(tree.len(), 6, "{}", run.stdout);
    assert!(tree[0].starts_with("├── Request  10000..=19999"), "{tree:?}");
    assert!(tree[1].starts_with("│   └── Param"), "{tree:?}");
    assert!(tree[4].starts_with("│       └── UploadDownload"), "{tree:?}");
    assert!(tree[5].starts_with("└── Instance"), "{tree:?}");
    assert!(run.stdout.contains("40000..=59999"));
    assert!(run.stdout.contains("Already Downloading"));
    assert_aligned(&run.stdout);
    let json = errcat(&["list", "mcsl", "--json"]).json();
    assert_eq!(json["entries"].as_array().unwrap().len(), 25);
    assert_eq!(json["system"]["sections"][4]["path"], "Server::File::UploadDownload");
    assert_eq!(json["system"]["sections"][4]["depth"], 2);
    errcat(&["list", "nope"]).assert_bad_input("unknown system `nope`");
}

#[test]
fn export_markdown_has_a_table_per_section() {
    let run = errcat(&["export", "mcsl", "--format", "markdown"]);
    assert_eq!(run.code, 0);
    let page = &run.stdout;
    assert!(page.starts_with("# Mcsl\n"));
    assert!(page.contains("## Request Error - 请求错误 (`Request`, `10000..=19999`)"), "{page}");
    assert!(page.contains("#### Upload / Download Error - 上传 / 下载错误"), "{page}");
    assert!(page.contains("| 21104 | Already Downloading | 已在下载 |"), "{page}");
    assert!(page.contains("## Reserved (`40000..=59999`)\n\n保留错误段\n"), "{page}");
    assert!(page.contains("## Open (`60000..=99999`)\n"), "{page}");
    let tables = page.lines().filter(|line| line.starts_with("| Code | Name |")).count();
    assert_eq!(tables, 7, "one table for the loose entry, one per section with entries");
    let rows = page
        .lines()
        .filter(|line| line.starts_with("| ") && !line.starts_with("| Code") && !line.starts_with("| ---"))
        .count();
    assert_eq!(rows, 25);

    let cos = errcat(&["export", "cos"]).stdout;
    assert!(cos.contains("| -61 | `ERROR_PROXY_INVALID_CMD_REQ` | 非法的CMD请求 |"), "{cos}");
    assert!(cos.contains("| Code | Name | HTTP | zh |\n"), "a table with statuses has the column: {cos}");
    assert!(cos.contains("| Code | Name | zh | Notes |\n"), "one without, not: {cos}");
    assert!(cos.contains("| 612 | `HTTP_FILE_NOTEXIST` | 612 | 查无此文件 |"), "{cos}");
    assert!(cos.contains("Shares its code with `ERROR_PROXY_SIGN_BUCKET_NOTMATCH`."));
}

#[test]
fn export_csv_has_a_line_per_entry() {
    let run = errcat(&["export", "scm", "--format", "csv"]);
    assert_eq!(run.code, 0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "system,section,section_title,code,name,variant,message,message_en,doc,deprecated,shares_code_with,\
         http_status,http_inherited_from,kind"
    );
    assert_eq!(lines.len(), 72);
    assert!(
        lines.contains(&"Scm,,,-602,FILE_NOT_EXIST,FileNotExist,客户端文件不存在,File is not exist,,,,,,entry"),
        "{lines:?}"
    );
    let polaris = errcat(&["export", "polaris", "--format", "csv"]).stdout;
    assert!(polaris.contains(",\"update data is no change, no need to update\","), "a field with a comma is quoted");
}

#[test]
fn export_json_is_the_list_json() {
    let exported = errcat(&["export", "polaris", "--format", "json"]);
    assert_eq!(exported.stdout, errcat(&["list", "polaris", "--json"]).stdout);
    assert_eq!(exported.stdout, errcat(&["export", "polaris", "--json"]).stdout);
    assert_eq!(exported.json()["entries"].as_array().unwrap().len(), 112);
    errcat(&["export", "nope"]).assert_bad_input("unknown system `nope`");
    assert_eq!(errcat(&["export", "cos", "--format", "yaml"]).code, 2);
}

#[test]
fn check_a_clean_file() {
    let run = errcat(&["check", "tests/fixtures/clean.rs"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.stdout, "checked 2 catalogues (Storage, Disk) in 1 file: no problems\n");
}

#[test]
fn check_shows_every_problem_with_its_place() {
    let run = errcat(&["check", "tests/fixtures/mistakes.rs"]);
    assert_eq!(run.code, 1);
    let text = &run.stdout;
    assert!(text.contains("error: code 404 is already used by `NOT_FOUND`"), "{text}");
    assert!(text.contains("┌─ tests/fixtures/mistakes.rs:12:17"), "{text}");
    assert!(text.contains("12 │                 404 MISSING \"文件丢失\","), "{text}");
    assert!(text.contains("   │                 ^^^\n"), "{text}");
    assert!(text.contains("--- code 404 first declared here, by `NOT_FOUND`"), "{text}");
    assert!(text.contains("┌─ tests/fixtures/mistakes.rs:13:17"), "{text}");
    assert!(text.contains("--------- the range of section `Request` is declared here"), "{text}");
    assert!(text.contains("┌─ tests/fixtures/mistakes.rs:22:11"), "the second invocation is checked too: {text}");
    assert!(text.ends_with("checked 2 catalogues (Storage, Other) in 1 file: 3 errors\n"), "{text}");
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn check_json() {
    let run = errcat(&["check", "tests/fixtures/mistakes.rs", "tests/fixtures/clean.rs", "--json"]);
    assert_eq!(run.code, 1);
    let json = run.json();
    assert_eq!(json["errors"], 3);
    let files = json["files"].as_array().unwrap();
    assert_eq!(files[0]["systems"], serde_json::json!(["Storage", "Other"]));
    let first = &files[0]["diagnostics"][0];
    assert_eq!(first["severity"], "error");
    assert_eq!((first["line"].as_u64(), first["column"].as_u64()), (Some(12), Some(17)));
    assert_eq!((first["end_line"].as_u64(), first["end_column"].as_u64()), (Some(12), Some(20)));
    assert_eq!(first["notes"][0]["line"], 11);
    assert_eq!(first["notes"][0]["message"], "code 404 first declared here, by `NOT_FOUND`");
    assert_eq!(files[1]["diagnostics"], serde_json::json!([]));
}

#[test]
fn check_refuses_bad_input() {
    errcat(&["check", "tests/fixtures/missing.rs"]).assert_bad_input("cannot read tests/fixtures/missing.rs");
    errcat(&["check", "tests/fixtures/binary.bin"]).assert_bad_input("binary file");
    errcat(&["check", "tests/fixtures/unbalanced.rs"]).assert_bad_input("tests/fixtures/unbalanced.rs:");
    let run = errcat(&["check", "tests/support/mod.rs"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("warning: tests/support/mod.rs: no `error_catalog!` invocation"));
}

#[test]
fn catalogues_from_source_files_join_the_built_in_ones() {
    let run = errcat(&["lookup", "500", "--catalog", "tests/fixtures/clean.rs", "--json"]);
    assert_eq!(run.code, 0);
    let json = run.json();
    assert_eq!(names(&json["lookups"][0]["entries"]), ["HTTP_INTERNAL_SERVER_ERROR", "INTERNAL", "INTERNAL_LEGACY"]);
    assert_eq!(json["lookups"][0]["systems"], serde_json::json!(["Cos", "Storage"]));
    assert_eq!(json["lookups"][0]["shared_within"], serde_json::json!(["Storage"]));
    let run = errcat(&["lookup", "500", "--no-builtin", "--catalog", "tests/fixtures/clean.rs", "--json"]);
    assert_eq!(names(&run.json()["lookups"][0]["entries"]), ["INTERNAL", "INTERNAL_LEGACY"]);
    let run = errcat(&["explain", "Storage::Cancelled", "--catalog", "tests/fixtures/clean.rs"]);
    assert!(run.stdout.contains("Returned when the upload was cancelled by the client."), "{}", run.stdout);
    assert!(run.stdout.contains("(no text"));
    let run = errcat(&["list", "--catalog", "tests/fixtures/clean.rs", "--json"]);
    assert_eq!(names(&run.json()["systems"]), ["Scm", "BkRepo", "Cos", "Polaris", "Mcsl", "Storage", "Disk"]);
    let run = errcat(&["list", "--no-builtin", "--catalog", "tests/fixtures/clean.rs", "--json"]);
    let json = run.json();
    assert_eq!(names(&json["systems"]), ["Storage", "Disk"]);
    assert_eq!(json["systems"][0]["origin"], serde_json::json!({"path": "tests/fixtures/clean.rs", "line": 6}));
    assert_eq!(json["systems"][1]["origin"]["line"], 25);
    let list = errcat(&["list", "--catalog", "tests/fixtures/clean.rs"]).stdout;
    assert!(list.contains("tests/fixtures/clean.rs:6"), "{list}");
    assert!(list.contains("built-in"), "{list}");
    errcat(&["list", "--catalog", "tests/fixtures/mistakes.rs"])
        .assert_bad_input("tests/fixtures/mistakes.rs:12:17: code 404 is already used by `NOT_FOUND`");
    let run = errcat(&["list", "--no-builtin", "--json"]);
    assert_eq!(run.json()["systems"], serde_json::json!([]));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let plain = errcat(&["lookup", "-61"]);
    assert!(!plain.stdout.contains('\u{1b}'));
    let coloured = errcat(&["lookup", "-61", "--color", "always"]);
    assert!(coloured.stdout.contains('\u{1b}'));
    let auto = errcat_with(&["explain", "-61", "--color", "auto"], &[("NO_COLOR", "1")]);
    assert!(!auto.stdout.contains('\u{1b}'));
    let check = errcat(&["check", "tests/fixtures/mistakes.rs", "--color", "always"]);
    assert!(check.stdout.contains('\u{1b}'));
}

#[test]
fn help_has_examples_and_the_json_schema() {
    let short = errcat(&["-h"]);
    assert_eq!(short.code, 0);
    assert!(short.stdout.contains("Examples:\n  errcat lookup -61"), "{}", short.stdout);
    let long = errcat(&["--help"]);
    assert!(long.stdout.contains("JSON (--json)"));
    assert!(long.stdout.contains("lookup  {version, lookups: [{code, entries: [Entry]"));
    for command in ["lookup", "explain", "search", "list", "export", "import", "check"] {
        let help = errcat(&[command, "--help"]);
        assert_eq!(help.code, 0);
        assert!(help.stdout.contains("JSON"), "{command}");
        assert!(help.stdout.contains(&format!("errcat {command}")), "{command} has examples");
    }
}

#[test]
fn check_places_syntax_errors() {
    let run = errcat(&["check", "tests/fixtures/syntax.rs", "--json"]);
    assert_eq!(run.code, 1);
    let json = run.json();
    let places: Vec<(u64, u64)> = json["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|diagnostic| (diagnostic["line"].as_u64().unwrap(), diagnostic["column"].as_u64().unwrap()))
        .collect();
    // The missing comma is reported at the next entry; the end of a block at its closing brace.
    assert_eq!(places, [(6, 9), (11, 5), (16, 1)]);
    let text = errcat(&["check", "tests/fixtures/syntax.rs"]).stdout;
    assert!(text.contains("error: expected `,` after the entry `ONE`: entries are separated by commas"), "{text}");
}

#[test]
fn check_reports_sections_nested_too_deep_once_at_any_depth() {
    let mut source = String::from("errcat::error_catalog! {\n    pub system Deep {\n");
    source.extend((1..=6_000).map(|level| format!("section L{level} {{\n")));
    source.push_str("1 INNER\n");
    source.push_str(&"}\n".repeat(6_000));
    source.push_str("2 OUTER,\n    }\n}\n");
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("deep.rs");
    std::fs::write(&path, source).unwrap();
    let run = errcat(&["check", path.to_str().unwrap(), "--json"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let json = run.json();
    let diagnostics = json["files"][0]["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(
        diagnostics[0]["message"],
        "section `L65` is nested 65 deep, and sections nest at most 64 deep; move it, or its entries, into an \
         enclosing section"
    );
    assert_eq!((diagnostics[0]["line"].as_u64(), diagnostics[0]["column"].as_u64()), (Some(67), Some(9)));
}

#[test]
fn explain_shows_the_http_status_and_where_it_comes_from() {
    let run = errcat(&["explain", "cos/HTTP_FILE_NOTEXIST"]);
    assert!(run.stdout.contains("http status: 612 (declared)"), "{}", run.stdout);
    let run = errcat(&["explain", "Polaris::BadRequest"]);
    assert!(run.stdout.contains("http status: 400 (declared)"), "{}", run.stdout);
    let run = errcat(&["explain", "Scm::FileNotExist"]);
    assert!(run.stdout.contains("http status: none declared"), "{}", run.stdout);
    let fixture = ["--no-builtin", "--catalog", "tests/fixtures/clean.rs"];
    let run = errcat(&[&fixture[..], &["explain", "BAD_REQUEST"]].concat());
    assert!(run.stdout.contains("http status: 400 (inherited from section Request)"), "{}", run.stdout);
    let run = errcat(&[&fixture[..], &["explain", "NOT_FOUND"]].concat());
    assert!(run.stdout.contains("http status: 404 (declared)"), "{}", run.stdout);

    let json = errcat(&[&fixture[..], &["list", "storage", "--json"]].concat()).json();
    let entries = json["entries"].as_array().unwrap();
    assert_eq!(entries[0]["http"], serde_json::json!({"status": 400, "inherited_from": "Request"}));
    assert_eq!(entries[1]["http"], serde_json::json!({"status": 404, "inherited_from": null}));
    assert_eq!(entries[2]["http"], Value::Null);
    assert_eq!(json["system"]["sections"][0]["http"], serde_json::json!({"status": 400, "inherited_from": null}));
    let polaris = errcat(&["explain", "polaris/400000", "--json"]).json();
    assert_eq!(polaris["entries"][0]["http"], serde_json::json!({"status": 400, "inherited_from": null}));
    let cos = errcat(&["explain", "cos/-61", "--json"]).json();
    assert_eq!(cos["entries"][0]["http"], Value::Null);

    let markdown = errcat(&[&fixture[..], &["export", "storage"]].concat()).stdout;
    assert!(markdown.contains("| Code | Name | HTTP | zh | en |"), "{markdown}");
    assert!(
        markdown.contains("| 400 | `BAD_REQUEST` | 400 (from `Request`) | 请求不合法 | Bad request |"),
        "{markdown}"
    );
    assert!(markdown.contains("| 404 | `NOT_FOUND` | 404 | 文件不存在 | File not found |"), "{markdown}");
    let csv = errcat(&[&fixture[..], &["export", "storage", "--format", "csv"]].concat()).stdout;
    assert!(
        csv.contains(
            "\nStorage,Request,请求错误,400,BAD_REQUEST,BadRequest,请求不合法,Bad request,,,,400,Request,entry\n"
        ),
        "{csv}"
    );
    assert!(
        csv.contains("\nStorage,Request,请求错误,404,NOT_FOUND,NotFound,文件不存在,File not found,,,,404,,entry\n"),
        "{csv}"
    );
    let html = errcat(&[&fixture[..], &["export", "storage", "--format", "html"]].concat()).stdout;
    assert!(html.contains("<th scope=\"col\">HTTP</th>"), "{html}");
    assert!(html.contains("<td class=\"http\" data-source=\"declared\">404</td>"), "{html}");
    assert!(
        html.contains("<td class=\"http\" data-source=\"inherited\" title=\"inherited from section Request\">400"),
        "{html}"
    );
}

#[test]
fn open_and_reserved_ranges_are_told_apart_everywhere() {
    let overview = errcat(&["list"]).stdout;
    let mcsl = overview.lines().find(|line| line.contains(" Mcsl ")).unwrap();
    let columns: Vec<&str> = mcsl.split('┆').map(str::trim).collect();
    assert_eq!(&columns[5..7], ["40000..=59999", "60000..=99999"], "Reserved, then Open: {mcsl}");
    let detail = errcat(&["list", "mcsl"]).stdout;
    let reserved = detail.find("reserved:\n    40000..=59999").expect("the reserved range under reserved");
    let open =
        detail.find("open (left to the systems that extend it):\n    60000..=99999").expect("the open one apart");
    assert!(reserved < open, "{detail}");

    let json = errcat(&["list", "mcsl", "--json"]).json();
    let kinds: Vec<(&Value, &str)> = json["system"]["reserved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|reserved| (&reserved["range"], reserved["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds, [(&serde_json::json!([40000, 59999]), "reserved"), (&serde_json::json!([60000, 99999]), "open")]);

    let markdown = errcat(&["export", "mcsl"]).stdout;
    let reserved = markdown.find("\n## Reserved (`40000..=59999`)\n").expect(&markdown);
    let open = markdown.find("\n## Open (`60000..=99999`)\n").expect(&markdown);
    assert!(reserved < open);
    let csv = errcat(&["export", "mcsl", "--format", "csv"]).stdout;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.iter().filter(|line| line.ends_with(",entry")).count(), 25);
    assert!(csv.contains("\nMcsl,,,40000..=59999,,,,\"保留错误段\n"), "{csv}");
    assert!(csv.contains("Daemon 实现不应该使用。\",,,,,reserved\nMcsl,,,60000..=99999,,,,\"其它错误段\n"), "{csv}");
    assert!(csv.ends_with("`#[extends(Mcsl)]`.\",,,,,open\n"), "{csv}");
    let html = errcat(&["export", "mcsl", "--format", "html"]).stdout;
    assert!(html.contains("<div class=\"reserved\">\n<strong>Reserved</strong>"), "{html}");
    assert!(html.contains("<li data-kind=\"reserved\"><code>40000..=59999</code>"), "{html}");
    assert!(html.contains("<div class=\"open\">\n<strong>Open</strong>"), "{html}");
    assert!(html.contains("<li data-kind=\"open\"><code>60000..=99999</code>"), "{html}");
}

#[test]
fn a_name_not_found_gets_the_closest_names() {
    let run = errcat(&["explain", "FILE_NOT_EXIS"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.starts_with("no such entry: no catalogue has an entry named `FILE_NOT_EXIS`\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("did you mean Scm::FILE_NOT_EXIST"), "{}", run.stdout);
    let json = errcat(&["explain", "FILE_NOT_EXIS", "--json"]).json();
    assert_eq!(json["entries"], serde_json::json!([]));
    assert_eq!(json["suggestions"][0], serde_json::json!({"system": "Scm", "name": "FILE_NOT_EXIST"}));
    let scoped = errcat(&["explain", "cos/COS_FILE_NOT_EXIST", "--json"]).json();
    assert_eq!(scoped["suggestions"][0], serde_json::json!({"system": "Cos", "name": "COS_FILE_NOT_EXIST_ERR"}));
    assert!(scoped["suggestions"].as_array().unwrap().iter().all(|suggestion| suggestion["system"] == "Cos"));
    let far = errcat(&["explain", "QQQQQQQQ", "--json"]).json();
    assert_eq!(far["suggestions"], serde_json::json!([]));
    let system = errcat(&["lookup", "1", "--system", "polars", "--json"]);
    assert_eq!(system.json()["error"]["suggestions"], serde_json::json!(["Polaris"]));
    errcat(&["lookup", "1", "--system", "polars"]).assert_bad_input("unknown system `polars`; did you mean Polaris?");
}

/// Exit 2, nothing on stderr, and one JSON failure of this kind on stdout.
#[track_caller]
fn assert_json_failure(args: &[&str], kind: &str, words: &str) {
    let run = errcat(&[args, &["--json"]].concat());
    assert_eq!(run.code, 2, "{args:?}: {}{}", run.stdout, run.stderr);
    assert_eq!(run.stderr, "", "{args:?}");
    let json = run.json();
    assert_eq!(json["version"], 1);
    assert_eq!(json["error"]["kind"], kind, "{args:?}: {json}");
    let message = json["error"]["message"].as_str().unwrap();
    assert!(message.contains(words), "{args:?}: {words:?} not in {message:?}");
    assert_eq!(json.as_object().unwrap().len(), 2, "{json}");
}

#[test]
fn with_json_every_failure_is_one_object_on_stdout() {
    assert_json_failure(&["lookup", "abc"], "malformed_code", "malformed code `abc`");
    assert_json_failure(&["lookup", "12x"], "malformed_code", "malformed code `12x`");
    assert_json_failure(&["lookup", "1", "--system", "nope"], "unknown_system", "unknown system `nope`");
    assert_json_failure(&["lookup"], "usage", "required");
    assert_json_failure(&["explain", "nope/1"], "unknown_system", "unknown system `nope`");
    assert_json_failure(&["explain", "61x"], "malformed_code", "malformed code `61x`");
    assert_json_failure(&["explain", " "], "empty_query", "nothing to explain");
    assert_json_failure(&["search", " "], "empty_query", "nothing to search for");
    assert_json_failure(&["list", "nope"], "unknown_system", "unknown system `nope`");
    assert_json_failure(&["export", "nope"], "unknown_system", "unknown system `nope`");
    assert_json_failure(&["export", "cos", "--format", "yaml"], "usage", "yaml");
    assert_json_failure(&["check", "tests/fixtures/missing.rs"], "io", "cannot read tests/fixtures/missing.rs");
    assert_json_failure(&["check", "tests/fixtures/binary.bin"], "not_text", "binary file");
    assert_json_failure(&["check", "tests/fixtures/unbalanced.rs"], "invalid_source", "tests/fixtures/unbalanced.rs:");
    assert_json_failure(&["list", "--catalog", "tests/fixtures/mistakes.rs"], "invalid_catalogue", "12:17");
    assert_json_failure(&["list", "--catalog", "tests/support/mod.rs"], "no_catalogue", "no `error_catalog!`");
    assert_json_failure(&["import", "tests/fixtures/no-table.md"], "bad_input", "no table of error codes");
    // Without --json: the one line on stderr, nothing on stdout.
    let run = errcat(&["lookup", "abc"]);
    assert_eq!(run.stdout, "");
    run.assert_bad_input("malformed code `abc`");
}

const CONTROLS: [&str; 3] = ["--no-builtin", "--catalog", "tests/fixtures/controls.rs"];

#[test]
fn control_characters_are_escaped_for_a_terminal_and_exact_elsewhere() {
    let raw = ["\u{7}", "\u{1b}[2J", "\u{202e}"];
    let escaped = ["ring \\u{7} the bell", "clear \\u{1b}[2J the screen", "abc\\u{202e}fed"];
    for command in [&["lookup", "1", "2", "3"][..], &["search", "e"], &["list", "controls"]] {
        let coloured = errcat(&[&CONTROLS[..], command, &["--color", "always"]].concat());
        assert_eq!(coloured.code, 0, "{}", coloured.stderr);
        for text in escaped {
            assert!(coloured.stdout.contains(text), "{command:?}: {text:?} not in\n{}", coloured.stdout);
        }
        // The only escape characters left are those of the colours.
        let without_colours = coloured.stdout.replace("\u{1b}[", "");
        assert!(!without_colours.contains('\u{1b}') && !coloured.stdout.contains('\u{7}'), "{command:?}");
        assert!(!coloured.stdout.contains('\u{202e}') && !coloured.stdout.contains("\u{1b}[2J"), "{command:?}");
        let piped = errcat(&[&CONTROLS[..], command].concat());
        for text in raw {
            assert!(piped.stdout.contains(text), "{command:?}: kept exact in a pipe: {text:?}");
        }
    }
    let explained = errcat(&[&CONTROLS[..], &["explain", "BELL", "--color", "always"]].concat()).stdout;
    assert!(explained.contains("ring \\u{7} the bell"), "{explained}");
    assert!(explained.contains("Doc with a bell \\u{7} and an override \\u{202e}dlrow."), "{explained}");
    let json = errcat(&[&CONTROLS[..], &["lookup", "1", "2", "3", "--json", "--color", "always"]].concat()).json();
    let messages: Vec<&str> = json["lookups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|lookup| lookup["entries"][0]["message"].as_str().unwrap())
        .collect();
    assert_eq!(messages, ["ring \u{7} the bell", "clear \u{1b}[2J the screen", "abc\u{202e}fed"]);
    // Markdown writes control characters as numeric references (which
    // `errcat import` reads back), so that a page shows them as written.
    let markdown = errcat(&[&CONTROLS[..], &["export", "controls", "--color", "always"]].concat()).stdout;
    assert!(markdown.contains("clear &#27;\\[2J the screen") && markdown.contains('\u{202e}'), "{markdown}");
    for format in ["csv", "json", "html"] {
        let exported =
            errcat(&[&CONTROLS[..], &["export", "controls", "--format", format, "--color", "always"]].concat());
        assert!(exported.stdout.contains("\u{1b}[2J") || format == "json", "{format}: exact in a file");
        assert!(exported.stdout.contains('\u{202e}') || format == "json", "{format}");
    }
}

#[test]
fn check_takes_directories_and_standard_input() {
    let run = errcat(&["check", "tests/fixtures", "--json"]);
    assert_eq!(run.code, 1);
    let json = run.json();
    let paths: Vec<&str> =
        json["files"].as_array().unwrap().iter().map(|file| file["path"].as_str().unwrap()).collect();
    assert!(paths.contains(&"tests/fixtures/clean.rs") && paths.contains(&"tests/fixtures/mistakes.rs"), "{paths:?}");
    assert!(
        paths.iter().all(|path| std::path::Path::new(path).extension().is_some_and(|extension| extension == "rs")),
        "{paths:?}"
    );
    let mistakes =
        json["files"].as_array().unwrap().iter().find(|file| file["path"] == "tests/fixtures/mistakes.rs").unwrap();
    assert_eq!(mistakes["diagnostics"][0]["line"], 12);
    let text = errcat(&["check", "tests/fixtures"]).stdout;
    assert!(text.contains("┌─ tests/fixtures/mistakes.rs:12:17"), "{text}");

    let source = std::fs::read(support::package_path("tests/fixtures/mistakes.rs")).unwrap();
    let run = support::errcat_in(&support::outside_any_project(), &["check", "-"], &[], Some(&source));
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("┌─ <stdin>:12:17"), "{}", run.stdout);
    let clean = std::fs::read(support::package_path("tests/fixtures/clean.rs")).unwrap();
    let run = support::errcat_in(&support::outside_any_project(), &["check", "-", "--json"], &[], Some(&clean));
    assert_eq!(run.code, 0);
    assert_eq!(run.json()["files"][0]["systems"], serde_json::json!(["Storage", "Disk"]));
}

#[test]
fn completions_for_every_shell() {
    for (shell, marker) in [
        ("bash", "complete -F _errcat"),
        ("zsh", "#compdef errcat"),
        ("fish", "complete -c errcat"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let run = errcat(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        assert!(run.stdout.contains(marker), "{shell}: {marker:?} not in the script");
        for subcommand in ["lookup", "explain", "search", "list", "export", "import", "check", "completions", "man"] {
            assert!(run.stdout.contains(subcommand), "{shell}: {subcommand}");
        }
        assert!(run.stdout.contains("no-builtin"), "{shell}");
    }
    // bash itself reads the script: it must be valid bash.
    let script = errcat(&["completions", "bash"]).stdout;
    let checked = std::process::Command::new("bash").args(["-n", "-c", &script]).output().expect("bash runs");
    assert!(checked.status.success(), "{}", String::from_utf8_lossy(&checked.stderr));
    assert_eq!(errcat(&["completions", "tcsh"]).code, 2);
}

#[test]
fn a_manual_page() {
    let run = errcat(&["man"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains(".TH errcat 1"), "{}", &run.stdout[..run.stdout.len().min(400)]);
    for part in ["lookup", "explain", "\\-\\-no\\-builtin", "\\-\\-catalog", "Examples:"] {
        assert!(run.stdout.contains(part), "{part:?} not in the manual page");
    }
}

#[test]
fn check_masks_control_characters_of_the_source_on_a_terminal() {
    let run = errcat(&["check", "tests/fixtures/controls-mistake.rs", "--color", "always"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("code 1 is already used by `ONE`"), "{}", run.stdout);
    assert!(run.stdout.contains("TWO \"two \u{fffd} owt ?]0;title?\""), "{}", run.stdout);
    assert!(!run.stdout.contains('\u{202e}') && !run.stdout.contains('\u{7}') && !run.stdout.contains("\u{1b}]"));
    let piped = errcat(&["check", "tests/fixtures/controls-mistake.rs"]);
    assert!(piped.stdout.contains("1 TWO \"two \u{202e} owt \u{1b}]0;title\u{7}\""), "exact in a pipe");
}

#[test]
fn formatted_codes_are_looked_up_and_shown_as_written() {
    let catalog = ["--no-builtin", "--catalog", "tests/fixtures/formatted.rs"];
    let run = errcat(&[&["lookup", "E0308", "--json"][..], &catalog].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let found = &run.json()["lookups"][0];
    assert_eq!(names(&found["entries"]), ["MISMATCHED_TYPES"]);
    assert_eq!(found["code"], 308);
    assert_eq!(found["entries"][0]["code"], 308);
    assert_eq!(found["entries"][0]["code_str"], "E0308");

    // Hexadecimal digits in either case; the code is the i32 the system declares.
    let run = errcat(&[&["lookup", "0x8007000e", "--json"][..], &catalog].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let found = &run.json()["lookups"][0];
    assert_eq!(names(&found["entries"]), ["E_OUTOFMEMORY"]);
    assert_eq!(found["code"], -2_147_024_882);

    let run = errcat(&[&["lookup", "0x80070002"][..], &catalog].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("0x80070002") && run.stdout.contains("FILE_NOT_FOUND"), "{}", run.stdout);
    assert!(!run.stdout.contains("-2147024894"), "{}", run.stdout);

    let run = errcat(&[&["explain", "HResult/0x80070002"][..], &catalog].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("code 0x80070002 (-2147024894)"), "{}", run.stdout);

    let run = errcat(&[&["explain", "E0308"][..], &catalog].concat());
    assert!(run.stdout.contains("grpc status: INVALID_ARGUMENT"), "{}", run.stdout);
    assert!(run.stdout.contains("docs: https://doc.rust-lang.org/error_codes/E0308.html"), "{}", run.stdout);
    let run = errcat(&[&["lookup", "E0308", "--json"][..], &catalog].concat());
    let entry = &run.json()["lookups"][0]["entries"][0];
    assert_eq!(entry["grpc"], "INVALID_ARGUMENT");
    assert_eq!(entry["url"], "https://doc.rust-lang.org/error_codes/E0308.html");

    let run = errcat(&[&["list", "Rustc"][..], &catalog].concat());
    assert!(run.stdout.contains("E0382"), "{}", run.stdout);
}

#[test]
fn explain_shows_placeholders() {
    let run = errcat(&["explain", "bkrepo/250103"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("placeholders: {0} (filled by name)\n"), "{}", run.stdout);
    let run = errcat(&["explain", "cos/-61"]);
    assert!(!run.stdout.contains("placeholders:"), "{}", run.stdout);

    let run = errcat(&["explain", "1062", "--no-builtin", "--catalog", "tests/fixtures/placeholders.rs"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("placeholders: %-.192s, %d (printf-style, filled in order)\n"), "{}", run.stdout);
    let run = errcat(&["explain", "COPY_FAILED", "--no-builtin", "--catalog", "tests/fixtures/placeholders.rs"]);
    assert!(run.stdout.contains("placeholders: {from}, {to} (filled by name)\n"), "{}", run.stdout);
    let run = errcat(&["lookup", "1146", "--no-builtin", "--catalog", "tests/fixtures/placeholders.rs", "--json"]);
    assert_eq!(run.json()["lookups"][0]["entries"][0]["placeholders"], serde_json::json!(["%-.192s", "%-.192s"]));
    let run = errcat(&["lookup", "250103", "--json"]);
    assert_eq!(run.json()["lookups"][0]["entries"][0]["placeholders"], serde_json::json!(["{0}"]));
}

#[test]
fn string_codes_are_exported_as_written_to_markdown_csv_and_html() {
    let catalog = ["--no-builtin", "--catalog", "tests/fixtures/strings.rs"];
    let export = |system: &str, format: &str| {
        let run = errcat(&[&catalog[..], &["export", system, "--format", format]].concat());
        assert_eq!(run.code, 0, "{format}: {}", run.stderr);
        run.stdout
    };
    let markdown = export("SqlState", "markdown");
    assert!(markdown.contains("\n## Open (`\"P9\"`)\n\nLeft to extensions.\n"), "{markdown}");
    assert!(markdown.contains("\n## Reserved (`\"YY\"`)\n"), "{markdown}");
    assert!(markdown.contains("\n## Class 22 — Data Exception (`DataException`, `\"22\"`)\n"), "{markdown}");
    assert!(markdown.contains("\n| 22P02 | `INVALID_TEXT_REPRESENTATION` | invalid input syntax |  |\n"), "{markdown}");
    assert!(
        markdown.contains("\n| 2202E | `ARRAY_ELEMENT_ERROR` | array element error | Shares its code with `ARRAY_SUBSCRIPT_ERROR`. |\n"),
        "{markdown}"
    );
    // Markup in a code is escaped like any text; a line break stays in its cell.
    let markdown = export("S3", "markdown");
    assert!(markdown.contains("\n| q\\|\\<b\\>\\&amp;\\</b\\>,<br> | `MARKUP` |"), "{markdown}");
    assert!(markdown.contains("\n| q\"\\\\\u{202e}é'\\`\\${x}\\*/ | It's \"odd\" |"), "{markdown}");
    assert!(markdown.contains("\n## Reserved (`\"\\u{202e}\"`)\n"), "{markdown}");

    let csv = export("SqlState", "csv");
    assert!(
        csv.contains("\nSqlState,DataException,Class 22 — Data Exception,22P02,INVALID_TEXT_REPRESENTATION,"),
        "{csv}"
    );
    assert!(csv.contains("\nSqlState,Warning,Class 01 — Warning,01000,WARNING,"), "the leading zero is kept: {csv}");
    assert!(csv.contains("\nSqlState,,,\"\"\"P9\"\"\",,,,Left to extensions.,,,,,open\n"), "{csv}");
    let csv = export("S3", "csv");
    assert!(csv.contains(",\"q\"\"\\\u{202e}é'`${x}*/\",\"It's \"\"odd\"\"\",Odd,"), "{csv}");
    assert!(csv.contains(",\"q|<b>&amp;</b>,\n\",MARKUP,"), "{csv}");

    let html = export("S3", "html");
    assert!(html.contains("<td class=\"code\" data-search><bdi>NoSuchKey</bdi></td>"), "{html}");
    assert!(html.contains("<td class=\"code\" data-search><bdi>q&quot;\\\u{202e}é&#39;`${x}*/</bdi></td>"), "{html}");
    assert!(html.contains("<td class=\"code\" data-search><bdi>q|&lt;b&gt;&amp;amp;&lt;/b&gt;,\n</bdi></td>"));
    assert!(html.contains("Shares code <code><bdi>q&quot;\\\u{202e}é&#39;`${x}*/</bdi></code> with"), "{html}");
    assert!(html.contains("<li data-kind=\"reserved\"><code>&quot;\\u{202e}&quot;</code>"), "{html}");
    assert!(!html.contains("<b>") && !html.contains("codes <code>"), "no code span for string codes: {html}");
    let html = export("SqlState", "html");
    assert!(html.contains("<code>DataException</code> <code class=\"range\">&quot;22&quot;</code>"), "{html}");
    assert!(html.contains("<span class=\"quiet\">&quot;22&quot;</span>"), "the contents show the prefix: {html}");
}

#[test]
fn formatted_codes_are_exported_as_written_where_people_read_them() {
    let catalog = ["--no-builtin", "--catalog", "tests/fixtures/formatted.rs"];
    let export = |system: &str, format: &str| {
        let run = errcat(&[&catalog[..], &["export", system, "--format", format]].concat());
        assert_eq!(run.code, 0, "{format}: {}", run.stderr);
        run.stdout
    };
    assert!(export("Rustc", "markdown").contains("\n| E0308 | `MISMATCHED_TYPES` | mismatched types |\n"));
    assert!(export("HResult", "csv").contains("\nHResult,,,0x8007000E,E_OUTOFMEMORY,EOutofmemory,"));
    let html = export("HResult", "html");
    assert!(html.contains("<td class=\"code\" data-search>0x80070002</td>"), "{html}");
    assert!(html.contains("codes <code>-2147024894..=-2147024882</code>"), "{html}");
    // Comments show the written code; values stay the integers.
    let typescript = export("Rustc", "typescript");
    assert!(typescript.contains("   * `MISMATCHED_TYPES` (E0308): mismatched types\n"), "{typescript}");
    assert!(typescript.contains("  MISMATCHED_TYPES: { code: 308, "), "{typescript}");
    let go = export("HResult", "go");
    assert!(go.contains("\t// FileNotFound is FILE_NOT_FOUND (0x80070002): "), "{go}");
    assert!(go.contains("\tFileNotFound HResult = -2147024894\n"), "{go}");
    let python = export("Rustc", "python");
    assert!(python.contains("    #: MISMATCHED_TYPES (E0308): mismatched types\n    MISMATCHED_TYPES = 308\n"));
    let java = export("Rustc", "java");
    assert!(java.contains("     * MISMATCHED_TYPES (E0308): mismatched types\n"), "{java}");
    assert!(java.contains("    MISMATCHED_TYPES(308, "), "{java}");
    let protobuf = export("Rustc", "protobuf");
    assert!(protobuf.contains("  // code: E0308\n  RUSTC_MISMATCHED_TYPES = 308;\n"), "{protobuf}");
    let schema: Value = serde_json::from_str(&export("Rustc", "json-schema")).unwrap();
    assert_eq!(schema["properties"]["code"]["type"], "integer");
    assert_eq!(schema["oneOf"][0]["properties"]["code"]["const"], 308);
    assert_eq!(schema["oneOf"][0]["x-code-str"], "E0308");
}
