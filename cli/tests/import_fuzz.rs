//! The importer on random and mutated Markdown: it never panics, accounts
//! for every row, and the source it hands over passes the macro's front end
//! with no problem at all. The cases found by fuzzing stay here as
//! regression tests.

use std::str::FromStr;
use std::sync::LazyLock;

use errcat_cli::import::{Conversion, convert};
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use proptest::prelude::*;

/// The five source tables of the built-in catalogues.
static SOURCES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../catalogs-rs/sources");
    let mut sources: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "md"))
        .filter(|path| path.file_name().is_some_and(|name| name != "README.md"))
        .map(|path| std::fs::read_to_string(path).unwrap())
        .collect();
    sources.sort();
    assert_eq!(sources.len(), 5);
    sources
});

/// Imports `markdown` and checks what came out; `None` when the document
/// holds no table of error codes.
fn import(markdown: &str) -> Option<Conversion> {
    let conversion = convert(markdown, "Fuzzed", "fuzzed.md")?;
    assert_eq!(
        conversion.rows_read(),
        conversion.entries_written() + conversion.rows_not_converted(),
        "every row read is written or not converted"
    );
    let refused = conversion
        .reports()
        .iter()
        .filter(|report| {
            report.message.ends_with("the row is not converted") || report.message == "empty row: nothing to convert"
        })
        .count();
    assert_eq!(
        refused,
        conversion.rows_not_converted(),
        "every row not converted is reported: {:#?}",
        conversion.reports()
    );
    let problems = front_end_problems(conversion.source());
    assert!(problems.is_empty(), "the front end finds {problems:#?} in\n{}", conversion.source());
    assert!(
        !conversion.reports().iter().any(|report| report.message.starts_with("the generated source")),
        "{:#?}",
        conversion.reports()
    );
    Some(conversion)
}

/// The front end's messages on the one `error_catalog! { … }` of a
/// generated file.
fn front_end_problems(source: &str) -> Vec<String> {
    let tokens = match TokenStream::from_str(source) {
        Ok(tokens) => tokens,
        Err(error) => return vec![format!("not valid Rust tokens: {error}")],
    };
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let bodies: Vec<TokenStream> = trees
        .windows(3)
        .filter_map(|window| match window {
            [TokenTree::Ident(name), TokenTree::Punct(bang), TokenTree::Group(body)]
                if name == "error_catalog" && bang.as_char() == '!' && body.delimiter() == Delimiter::Brace =>
            {
                Some(body.stream())
            }
            _ => None,
        })
        .collect();
    if bodies.len() != 1 {
        return vec![format!("{} invocations of error_catalog! instead of one", bodies.len())];
    }
    let (_, diagnostics) = errcat_dsl::analyze(bodies.into_iter().next().unwrap_or_default());
    diagnostics.into_vec().into_iter().map(|diagnostic| diagnostic.message).collect()
}

const CODE_HEADERS: &[&str] = &["错误码", "响应码", "code", "Code", "Error Code", "errno", "HTTP 状态码", "编号", "id"];
const NAME_HEADERS: &[&str] = &["名称", "错误码名称", "name", "Name", "symbol", "常量"];
const TEXT_HEADERS: &[&str] =
    &["描述", "说明", "message", "Description", "中文", "English", "英文", "原因", "en", "zh"];
const OTHER_HEADERS: &[&str] = &["HTTP Method", "备注 |", "", "`x`", "**粗体**", "Level"];

const WORDS: &[&str] = &[
    "Request",
    "Error",
    "错误",
    "文件不存在",
    "保留",
    "reserved",
    "Reserved",
    "保留错误段",
    "Self",
    "self",
    "r#type",
    "_",
    "__",
    "2RSP",
    "FILE_NOT_EXIST",
    "file-not-exist",
    "Not Found",
    "a | b",
    "a \\| b",
    "`code`",
    "*x*",
    "<br>",
    "\"quoted\"",
    "back\\slash",
    "\t",
    "\r",
    "\u{202e}",
    "\u{0}",
    "\u{fffd}",
    "é",
    "🦀",
    "///",
    "*/",
    "}",
    "{",
    "#[",
    "-",
    "~",
    "..=",
    "至",
];

const CODES: &[&str] = &[
    "0",
    "-0",
    "+1",
    "-1",
    "400",
    "404",
    "612",
    "-61",
    "`-61`",
    "4x4",
    "",
    " ",
    "1.5",
    "0x10",
    "1_000",
    "2147483647",
    "2147483648",
    "-2147483649",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551615",
    "18446744073709551616",
    "170141183460469231731687303715884105727",
    "170141183460469231731687303715884105728",
    "99999999999999999999999999999999999999999999",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(WORDS).prop_map(str::to_owned),
        1 => "[a-zA-Z_][a-zA-Z0-9_]{0,12}",
        1 => "[\\u{4e00}-\\u{4e2f}]{1,4}",
        1 => any::<String>().prop_map(|text| text.chars().take(6).collect()),
    ]
}

fn words(count: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(word(), count).prop_map(|words| words.join(" "))
}

fn code() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(CODES).prop_map(str::to_owned),
        2 => (-70_000i64..70_000).prop_map(|code| code.to_string()),
        1 => any::<i64>().prop_map(|code| code.to_string()),
        1 => any::<u64>().prop_map(|code| code.to_string()),
    ]
}

fn heading() -> impl Strategy<Value = String> {
    let prefix = prop_oneof![
        Just(String::new()),
        code().prop_map(|code| format!("{code} ")),
        (code(), prop::sample::select(&[" ~ ", "..=", "-", " - ", " 至 ", "～"][..]), code())
            .prop_map(|(start, separator, end)| format!("`{start}`{separator}`{end}` ")),
    ];
    (1usize..7, prefix, words(0..4)).prop_map(|(level, prefix, words)| format!("{} {prefix}{words}", "#".repeat(level)))
}

fn header() -> impl Strategy<Value = Vec<String>> {
    let title = prop_oneof![
        prop::sample::select(CODE_HEADERS),
        prop::sample::select(NAME_HEADERS),
        prop::sample::select(TEXT_HEADERS),
        prop::sample::select(OTHER_HEADERS),
    ]
    .prop_map(str::to_owned);
    (prop::sample::select(CODE_HEADERS), prop::collection::vec(title, 0..5), any::<prop::sample::Index>()).prop_map(
        |(code, mut others, at)| {
            let at = at.index(others.len() + 1);
            others.insert(at, code.to_owned());
            others
        },
    )
}

fn cell() -> impl Strategy<Value = String> {
    prop_oneof![3 => code(), 2 => words(0..3), 1 => "[A-Z][A-Z_]{0,10}", 1 => Just(String::new())]
}

/// A GFM table: a header with a code column among others, and rows with
/// the right number of cells, too few or too many.
fn table() -> impl Strategy<Value = String> {
    header().prop_flat_map(|header| {
        let columns = header.len();
        let rows = prop::collection::vec(prop::collection::vec(cell(), 0..columns + 3), 0..8);
        (Just(header), rows, any::<bool>()).prop_map(|(header, rows, piped)| {
            let line = |cells: &[String]| {
                if piped { format!("| {} |", cells.join(" | ")) } else { cells.join(" | ") }
            };
            let mut table = vec![line(&header), line(&vec!["---".to_owned(); header.len()])];
            table.extend(rows.iter().map(|cells| line(cells)));
            table.join("\n")
        })
    })
}

/// A `CODE NAME text` line, or prose.
fn list_line() -> impl Strategy<Value = String> {
    prop_oneof![
        (code(), "[A-Z][A-Z0-9_]{0,10}", words(0..3)).prop_map(|(code, name, text)| format!("{code} {name} {text}")),
        (code(), words(0..3)).prop_map(|(code, text)| format!("{code} {text}")),
        words(1..6),
    ]
}

fn block() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => heading(),
        3 => table(),
        2 => prop::collection::vec(list_line(), 1..5).prop_map(|lines| lines.join("\n")),
        1 => words(1..8),
        1 => words(0..4).prop_map(|words| format!("```\n{words}\n```")),
        1 => words(0..4).prop_map(|words| format!("> {words}")),
    ]
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&["\n\n", "\n", "\r\n\r\n", "\r\r", "\n\n\n"][..])
}

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec((block(), separator()), 1..12)
        .prop_map(|blocks| blocks.into_iter().map(|(block, separator)| block + separator).collect())
}

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(prop::sample::Index),
    DuplicateLine(prop::sample::Index),
    SwapLines(prop::sample::Index, prop::sample::Index),
    InsertLine(prop::sample::Index, String),
    ReplaceCell(prop::sample::Index, prop::sample::Index, String),
    AppendCell(prop::sample::Index, String),
    DropCell(prop::sample::Index),
    Truncate(prop::sample::Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let index = any::<prop::sample::Index>;
    prop_oneof![
        index().prop_map(Mutation::DeleteLine),
        index().prop_map(Mutation::DuplicateLine),
        (index(), index()).prop_map(|(first, second)| Mutation::SwapLines(first, second)),
        (index(), prop_oneof![heading(), list_line(), table(), Just(String::new())])
            .prop_map(|(at, line)| Mutation::InsertLine(at, line)),
        (index(), index(), cell()).prop_map(|(line, cell, text)| Mutation::ReplaceCell(line, cell, text)),
        (index(), cell()).prop_map(|(line, text)| Mutation::AppendCell(line, text)),
        index().prop_map(Mutation::DropCell),
        index().prop_map(Mutation::Truncate),
    ]
}

fn mutate(source: &str, mutations: &[Mutation]) -> String {
    let mut lines: Vec<String> = source.lines().map(str::to_owned).collect();
    for mutation in mutations {
        if lines.is_empty() {
            lines.push(String::new());
        }
        let count = lines.len();
        match mutation {
            Mutation::DeleteLine(at) => {
                lines.remove(at.index(count));
            }
            Mutation::DuplicateLine(at) => {
                let line = lines[at.index(count)].clone();
                lines.insert(at.index(count), line);
            }
            Mutation::SwapLines(first, second) => lines.swap(first.index(count), second.index(count)),
            Mutation::InsertLine(at, text) => lines.insert(at.index(count + 1), text.clone()),
            Mutation::ReplaceCell(line, cell, text) => {
                let line = &mut lines[line.index(count)];
                let mut cells: Vec<String> = line.split('|').map(str::to_owned).collect();
                let at = cell.index(cells.len());
                cells[at] = format!(" {text} ");
                *line = cells.join("|");
            }
            Mutation::AppendCell(line, text) => {
                let line = &mut lines[line.index(count)];
                line.push(' ');
                line.push_str(text);
                line.push_str(" |");
            }
            Mutation::DropCell(line) => {
                let line = &mut lines[line.index(count)];
                if let Some(last) = line.trim_end_matches('|').rfind('|') {
                    line.truncate(last + 1);
                }
            }
            Mutation::Truncate(at) => {
                let line = &mut lines[at.index(count)];
                let mut end = at.index(line.len() + 1);
                while !line.is_char_boundary(end) {
                    end -= 1;
                }
                line.truncate(end);
            }
        }
    }
    lines.join("\n")
}

#[test]
fn the_source_tables_import_cleanly() {
    for source in SOURCES.iter() {
        let conversion = import(source).expect("a source table holds error codes");
        assert_eq!(conversion.rows_not_converted(), 0, "{:#?}", conversion.reports());
    }
}

proptest! {
    // Failures are kept as the named regression tests below, not in files.
    #![proptest_config(ProptestConfig { cases: 600, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_source_tables(
        source in prop::sample::select((0..5).collect::<Vec<usize>>()),
        mutations in prop::collection::vec(mutation(), 1..12),
    ) {
        import(&mutate(&SOURCES[source], &mutations));
    }

    #[test]
    fn random_documents(document in document()) {
        import(&document);
    }

    #[test]
    fn random_bytes_read_as_text(bytes in prop::collection::vec(any::<u8>(), 0..600), table in table()) {
        import(&String::from_utf8_lossy(&bytes));
        let mut mixed = table.into_bytes();
        mixed.extend(&bytes);
        import(&String::from_utf8_lossy(&mixed));
    }
}

fn doc_lines(conversion: &Conversion) -> Vec<&str> {
    conversion.source().lines().filter(|line| line.trim_start().starts_with("///")).collect()
}

#[test]
fn a_lone_carriage_return_ends_a_doc_line() {
    // Found by the fuzzer: a carriage return alone is a line break in
    // Markdown, and Rust refuses it in a doc comment.
    let conversion = import("#\nr\r\0\n0").unwrap();
    assert!(doc_lines(&conversion).iter().all(|line| !line.contains('\r')));
    assert!(conversion.source().contains("/// r\n"), "{}", conversion.source());
}

#[test]
fn direction_changes_in_docs_are_escaped() {
    let conversion = import("# Title \u{202e}gnp.exe\n\n| code | name |\n|---|---|\n| 1 | A |\n").unwrap();
    assert!(conversion.source().contains("#[doc = \" Title \\u{202e}gnp.exe\"]\n"), "{}", conversion.source());
}

#[test]
fn a_reserved_range_holding_an_entry_is_not_written() {
    // Found by the fuzzer in a mutation of cos.md.
    let markdown = "## 600 ~ 699 保留\n\nnot to be used\n\n## Codes\n\n| 错误码 | 名称 |\n|---|---|\n| 612 | FILE |\n";
    let conversion = import(markdown).unwrap();
    assert!(!conversion.source().contains("reserved"), "{}", conversion.source());
    assert_eq!(
        conversion.reports()[0].message,
        "the reserved range 600..=699 holds code 612, which the entry at line 9 uses: it is not written as reserved"
    );
    assert_eq!(conversion.entries_written(), 1);
}

#[test]
fn ranges_that_break_the_rules_are_left_out() {
    let markdown = "\
# 100 ~ 199 Outer

## 300 ~ 399 Outside

| code | name |
|---|---|
| 150 | A |

## 100 ~ 149 First

| code | name |
|---|---|
| 120 | B |

## 140 ~ 160 Overlapping

| code | name |
|---|---|
| 155 | C |
";
    let conversion = import(markdown).unwrap();
    let messages: Vec<&str> = conversion.reports().iter().map(|report| report.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "the range 300..=399 is not inside 100..=199, the range stated by the heading at line 1: \
             the section is written without a range",
            "the range 140..=160 overlaps 100..=149, the range of the heading at line 9: \
             the section is written without a range",
        ]
    );
    assert_eq!(conversion.entries_written(), 3);
}

#[test]
fn a_section_of_one_code_states_a_range() {
    // Found by the proptest: `section S in -61` does not parse.
    let conversion = import("## `-61`..=`-61` One\n\n| code | name |\n|---|---|\n| -61 | A |\n").unwrap();
    assert!(conversion.source().contains("section One in -61..=-61 {"), "{}", conversion.source());
}

#[test]
fn codes_no_type_holds_together_are_not_converted() {
    let markdown = "\
| code | name |
|---|---|
| -1 | NEGATIVE |
| 18446744073709551615 | HUGE |
| 5 | SMALL |

## 99999999999999999999999 Beyond - 超出
";
    let conversion = import(markdown).unwrap();
    assert_eq!((conversion.rows_read(), conversion.entries_written(), conversion.rows_not_converted()), (4, 2, 2));
    assert!(conversion.source().contains("pub system Fuzzed {"), "{}", conversion.source());
}

#[test]
fn a_range_wider_than_the_codes_widens_the_code_type() {
    let markdown = "## 0 ~ 4294967295 All\n\n| code | name |\n|---|---|\n| 1 | ONE |\n";
    let conversion = import(markdown).unwrap();
    assert!(conversion.source().contains("pub system Fuzzed: i64 {"), "{}", conversion.source());
    assert!(conversion.reports().is_empty(), "{:#?}", conversion.reports());
}
