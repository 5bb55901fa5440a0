//! The front end never panics: random token streams and mutations of a valid
//! catalogue all come back as tokens (with `compile_error!`s), never as a
//! panic. And it recovers: slips cost no entry but their own.

use std::str::FromStr;

use proc_macro2::TokenStream;
use proptest::prelude::*;

const VALID: &str = r#"
    /// Docs.
    #[languages(zh, en)]
    pub system Cos: i32 {
        /// 后端HTTP返回码
        section Http in 400..=699 {
            400 HTTP_BAD_REQUEST "请求不合法" en "Bad request",
            section Inner in 600..=649 { 600 INNER "inner" }
        }
        section Proxy in -99..=-60 {
            -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH "bucket与签名中的bucket不匹配",
            #[shares_code(ERROR_PROXY_SIGN_BUCKET_NOTMATCH)]
            -61 ERROR_PROXY_INVALID_CMD_REQ "非法的CMD请求",
            #[outside_range]
            7 OUTSIDE,
        }
        reserved 40000..=59999;
        reserved -46000;
        -46628 FILE_NOT_EXIST "文件不存在",
        -29000 ERR_CCDMQ_OVERFLOW,
        #[name = "2RSP"]
        -296 RSP_ENCODE "打包失败",
        #[deprecated(note = "use FILE_NOT_EXIST")]
        -46001 OLD_FILE_MISSING "文件不存在",
    }
    pub system Other: u8 { 1 ONE "one" }
    #[code_chars = "0-9A-Z"]
    pub system SqlState: str {
        section DataException in "22" {
            "22012" DIVISION_BY_ZERO "division by zero",
            "2202E" ARRAY_SUBSCRIPT_ERROR,
            #[shares_code(ARRAY_SUBSCRIPT_ERROR)]
            "2202E" ARRAY_ELEMENT_ERROR,
            section Nested in "22P" { "22P02" INVALID_TEXT_REPRESENTATION }
        }
        reserved "XX";
        open "P9";
    }
"#;

/// Pieces of source text that random inputs are made of.
const VOCABULARY: &[&str] = &[
    "pub",
    "system",
    "section",
    "reserved",
    "in",
    "Cos",
    "A",
    "B",
    "FILE_NOT_EXIST",
    "__",
    "r#type",
    "Self",
    "zh",
    "en",
    "i32",
    "u8",
    "i128",
    "str",
    "\"22P02\"",
    "\"22\"",
    "code_chars",
    "-",
    "..=",
    "..",
    ",",
    ";",
    ":",
    "#",
    "!",
    "=",
    "0",
    "1",
    "-61",
    "400",
    "699",
    "255",
    "300",
    "4294967296",
    "18446744073709551616",
    "1u8",
    "2RSP",
    "\"msg\"",
    "\"\"",
    "r\"raw\"",
    "'c'",
    "1.5",
    "shares_code",
    "name",
    "outside_range",
    "deprecated",
    "doc",
    "languages",
    "derive",
    "/// doc\n",
];

/// Source text of a random token tree: words and balanced groups.
fn token_tree() -> impl Strategy<Value = String> {
    let word = prop::sample::select(VOCABULARY).prop_map(str::to_owned);
    word.prop_recursive(4, 80, 12, |inner| {
        (prop::sample::select(&[("{", "}"), ("[", "]"), ("(", ")")][..]), prop::collection::vec(inner, 0..12))
            .prop_map(|((open, close), children)| format!("{open} {} {close}", children.join(" ")))
    })
}

/// Expands the source if it tokenizes; returns whether it did.
fn expand_text(source: &str) -> bool {
    let Ok(input) = TokenStream::from_str(source) else { return false };
    let output = errcat_dsl::expand(input.clone());
    let (_, diagnostics) = errcat_dsl::analyze(input);
    if !diagnostics.is_empty() {
        assert!(output.to_string().contains("compile_error"), "problems must come out as compile errors");
    }
    true
}

#[test]
fn the_valid_catalogue_expands_without_problems() {
    let (catalogs, diagnostics) = errcat_dsl::analyze(TokenStream::from_str(VALID).unwrap());
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    assert_eq!(catalogs.len(), 3);
    assert!(!errcat_dsl::expand(TokenStream::from_str(VALID).unwrap()).to_string().contains("compile_error"));
}

/// The identifier of every entry, what its use sites name, per system, as
/// `System::IDENT`.
fn entry_names(source: &str) -> Vec<String> {
    let Ok(input) = TokenStream::from_str(source) else { return Vec::new() };
    let (catalogs, _) = errcat_dsl::analyze(input);
    catalogs
        .iter()
        .flat_map(|catalog| catalog.entries.iter().map(move |entry| format!("{}::{}", catalog.ident, entry.ident)))
        .collect()
}

/// The byte ranges of `{` … `}` pairs in `VALID` that open a section.
fn section_braces() -> Vec<(usize, usize)> {
    let mut open = Vec::new();
    let mut pairs = Vec::new();
    for (at, character) in VALID.char_indices() {
        match character {
            '{' => open.push(at),
            '}' => {
                if let Some(start) = open.pop() {
                    let line_start = VALID[..start].rfind('\n').map_or(0, |newline| newline + 1);
                    if VALID[line_start..start].trim_start().starts_with("section ") {
                        pairs.push((start, at));
                    }
                }
            }
            _ => {}
        }
    }
    pairs
}

/// A catalogue as lists of units (tokens or whole groups), one list per
/// entry, each with the entry's identifier.
const ENTRIES: &[(&str, &[&str])] = &[
    ("HTTP_BAD_REQUEST", &["400", "HTTP_BAD_REQUEST", "\"请求不合法\"", "en", "\"Bad request\"", ","]),
    ("HTTP_UNAUTHORIZED", &["#", "[doc = \"权限\"]", "401", "HTTP_UNAUTHORIZED", "\"权限验证失败\"", ","]),
    ("HTTP_FORBIDDEN", &["403", "HTTP_FORBIDDEN", ","]),
    ("ERROR_PROXY_SIGN_BUCKET_NOTMATCH", &["-", "61", "ERROR_PROXY_SIGN_BUCKET_NOTMATCH", "\"不匹配\"", ","]),
    (
        "ERROR_PROXY_INVALID_CMD_REQ",
        &[
            "#",
            "[shares_code(ERROR_PROXY_SIGN_BUCKET_NOTMATCH)]",
            "-",
            "61",
            "ERROR_PROXY_INVALID_CMD_REQ",
            "\"非法\"",
            ",",
        ],
    ),
    ("OUTSIDE", &["#", "[outside_range]", "7", "OUTSIDE", "\"outside\"", "en", "\"outside\"", ","]),
    ("FILE_NOT_EXIST", &["-", "46628", "FILE_NOT_EXIST", "\"文件不存在\"", ","]),
    ("RSP_ENCODE", &["#", "[name = \"2RSP\"]", "-", "296", "RSP_ENCODE", "\"打包失败\"", ","]),
    ("LAST", &["9", "LAST", "\"最后\"", "en", "\"last\""]),
];

/// The source of `ENTRIES` in a system with sections, without the units of
/// entry `skipped` that `deleted` marks.
fn entries_source(skipped: usize, deleted: &[bool]) -> String {
    let entry = |index| entry_units(ENTRIES, index, skipped, deleted);
    format!(
        "#[languages(zh, en)] pub system Cos {{ section Http in 400..=699 {{ {} {} {} }} \
         section Proxy in -99..=-60 {{ {} {} {} }} {} {} {} }}",
        entry(0),
        entry(1),
        entry(2),
        entry(3),
        entry(4),
        entry(5),
        entry(6),
        entry(7),
        entry(8),
    )
}

/// The source of entry `index` of `entries`, without the units that
/// `deleted` marks when it is entry `skipped`.
fn entry_units(entries: &[(&str, &[&str])], index: usize, skipped: usize, deleted: &[bool]) -> String {
    entries[index]
        .1
        .iter()
        .enumerate()
        .filter(|&(unit, _)| index != skipped || !deleted.get(unit).copied().unwrap_or(false))
        .map(|(_, text)| *text)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_entries_catalogue_is_valid() {
    let source = entries_source(usize::MAX, &[]);
    let (_, diagnostics) = errcat_dsl::analyze(TokenStream::from_str(&source).unwrap());
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let expected: Vec<String> = ENTRIES.iter().map(|(name, _)| format!("Cos::{name}")).collect();
    assert_eq!(entry_names(&source), expected);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// Recovery: whatever part of one entry is deleted, every other entry
    /// is still in the catalogue.
    #[test]
    fn deleting_tokens_of_one_entry_keeps_every_other_entry(
        skipped in 0..ENTRIES.len(),
        deleted in prop::collection::vec(any::<bool>(), 8),
    ) {
        let source = entries_source(skipped, &deleted);
        let names = entry_names(&source);
        for (index, (name, _)) in ENTRIES.iter().enumerate() {
            let name = format!("Cos::{name}");
            prop_assert!(index == skipped || names.contains(&name), "{name} is lost from\n{source}\n{names:?}");
        }
        prop_assert!(expand_text(&source));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Recovery: deleting any commas and `..=` of a valid catalogue, or the
    /// braces of any section, loses no entry, and never panics.
    #[test]
    fn deleting_commas_ranges_and_section_braces_keeps_every_entry(
        deleted in prop::collection::vec(any::<bool>(), 64),
    ) {
        let mut separators: Vec<(usize, usize)> = VALID
            .match_indices(',')
            .chain(VALID.match_indices("..="))
            .map(|(at, text)| (at, at + text.len()))
            .collect();
        separators.sort_unstable();
        let mut chosen: Vec<(usize, usize)> = separators
            .into_iter()
            .enumerate()
            .filter(|&(position, _)| deleted[position % deleted.len()])
            .map(|(_, cut)| cut)
            .collect();
        // The braces of a section go together, and are chosen apart from
        // the separators.
        for (position, (open, close)) in section_braces().into_iter().enumerate() {
            if deleted[(position * 7 + 3) % deleted.len()] {
                chosen.push((open, open + 1));
                chosen.push((close, close + 1));
            }
        }
        chosen.sort_unstable();
        let mut source = String::new();
        let mut at = 0;
        for (start, end) in chosen {
            source.push_str(&VALID[at..start]);
            source.push(' ');
            at = end;
        }
        source.push_str(&VALID[at..]);
        let names = entry_names(&source);
        for name in entry_names(VALID) {
            prop_assert!(names.contains(&name), "{name} is lost from\n{source}\n{names:?}");
        }
        prop_assert!(expand_text(&source));
    }

    /// Deleting `}` anywhere leaves unbalanced text, which does not
    /// tokenize, or text that does; neither panics.
    #[test]
    fn deleting_closing_braces_does_not_panic(deleted in prop::collection::vec(any::<bool>(), 16)) {
        let mut source = String::new();
        for (index, piece) in VALID.split('}').enumerate() {
            if index > 0 && !deleted[index % deleted.len()] {
                source.push('}');
            }
            source.push_str(piece);
        }
        expand_text(&source);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn random_token_streams_do_not_panic(trees in prop::collection::vec(token_tree(), 0..30)) {
        prop_assert!(expand_text(&trees.join(" ")));
    }

    #[test]
    fn random_streams_inside_a_system_do_not_panic(trees in prop::collection::vec(token_tree(), 0..30)) {
        let source = format!("pub system S {{ {} }}", trees.join(" "));
        prop_assert!(expand_text(&source));
    }

    #[test]
    fn mutated_catalogues_do_not_panic(
        edits in prop::collection::vec((0usize..1_000, 0usize..4, prop::sample::select(VOCABULARY)), 1..6)
    ) {
        let mut tokens: Vec<String> = VALID.split_whitespace().map(str::to_owned).collect();
        for (at, kind, word) in edits {
            let at = at % tokens.len().max(1);
            match kind {
                0 if !tokens.is_empty() => { tokens.remove(at); }
                1 => tokens.insert(at, word.to_owned()),
                2 if !tokens.is_empty() => tokens[at] = word.to_owned(),
                _ if !tokens.is_empty() => { let copy = tokens[at].clone(); tokens.insert(at, copy); }
                _ => {}
            }
        }
        expand_text(&tokens.join(" "));
    }
}

/// `ENTRIES` for a system with string codes: the same slips, where a
/// missing comma leaves a string and a name that could be a message and a
/// language tag.
const STRING_ENTRIES: &[(&str, &[&str])] = &[
    (
        "SUCCESSFUL_COMPLETION",
        &["\"00000\"", "SUCCESSFUL_COMPLETION", "\"成功\"", "en", "\"successful completion\"", ","],
    ),
    ("WARNING", &["#", "[doc = \"警告\"]", "\"01000\"", "WARNING", ","]),
    ("DATA_EXCEPTION", &["\"22000\"", "DATA_EXCEPTION", "\"数据异常\"", ","]),
    ("ARRAY_SUBSCRIPT_ERROR", &["\"2202E\"", "ARRAY_SUBSCRIPT_ERROR", ","]),
    (
        "ARRAY_ELEMENT_ERROR",
        &["#", "[shares_code(ARRAY_SUBSCRIPT_ERROR)]", "\"2202E\"", "ARRAY_ELEMENT_ERROR", "\"数组\"", ","],
    ),
    ("OUTSIDE", &["#", "[outside_range]", "\"23505\"", "OUTSIDE", "\"外\"", "en", "\"outside\"", ","]),
    ("NO_SUCH_KEY", &["\"NoSuchKey\"", "NO_SUCH_KEY", ","]),
    ("TWO_RSP", &["#", "[name = \"2RSP\"]", "\"2RSP\"", "TWO_RSP", "\"打包失败\"", ","]),
    ("LAST", &["\"ZZ999\"", "LAST", "\"最后\"", "en", "\"last\""]),
];

fn string_entries_source(skipped: usize, deleted: &[bool]) -> String {
    let entry = |index| entry_units(STRING_ENTRIES, index, skipped, deleted);
    format!(
        "#[languages(zh, en)] pub system SqlState: str {{ section Ok in \"0\" {{ {} {} }} \
         section Data in \"22\" {{ {} {} {} {} }} {} {} {} }}",
        entry(0),
        entry(1),
        entry(2),
        entry(3),
        entry(4),
        entry(5),
        entry(6),
        entry(7),
        entry(8),
    )
}

#[test]
fn the_string_entries_catalogue_is_valid() {
    let source = string_entries_source(usize::MAX, &[]);
    let (_, diagnostics) = errcat_dsl::analyze(TokenStream::from_str(&source).unwrap());
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let expected: Vec<String> = STRING_ENTRIES.iter().map(|(name, _)| format!("SqlState::{name}")).collect();
    assert_eq!(entry_names(&source), expected);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// Recovery with string codes: whatever part of one entry is deleted,
    /// every other entry is still in the catalogue.
    #[test]
    fn deleting_tokens_of_one_string_coded_entry_keeps_every_other_entry(
        skipped in 0..STRING_ENTRIES.len(),
        deleted in prop::collection::vec(any::<bool>(), 8),
    ) {
        let source = string_entries_source(skipped, &deleted);
        let names = entry_names(&source);
        for (index, (name, _)) in STRING_ENTRIES.iter().enumerate() {
            let name = format!("SqlState::{name}");
            prop_assert!(index == skipped || names.contains(&name), "{name} is lost from\n{source}\n{names:?}");
        }
        prop_assert!(expand_text(&source));
    }
}
