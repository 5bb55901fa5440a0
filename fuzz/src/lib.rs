//! What the fuzz targets assert, shared between them: the front end and the
//! importer never panic, and what they hand over holds together.

#![forbid(unsafe_code)]

use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// Expands and analyzes `source` if it tokenizes: every problem comes out
/// as a `compile_error!`, the output is tokens that read back, and it holds
/// no unsafe code (`#![forbid(unsafe_code)]` does not reach a proc macro's
/// output, so it is looked for here).
pub fn front_end(source: &str) {
    let Ok(input) = TokenStream::from_str(source) else { return };
    let output = errcat_dsl::expand(input.clone());
    let (_, diagnostics) = errcat_dsl::analyze(input);
    let printed = output.to_string();
    if !diagnostics.is_empty() {
        assert!(printed.contains("compile_error"), "problems must come out as compile errors");
    }
    assert!(TokenStream::from_str(&printed).is_ok(), "the expansion does not read back as tokens:\n{printed}");
    let mut found = Vec::new();
    unsafe_words(output, &mut found);
    assert!(found.is_empty(), "the expansion uses {found:?}:\n{printed}");
}

/// The catalogue whose separators [`front_end_deletions`] deletes: the
/// proptest's valid catalogue, also a seed of `front_end`.
pub const RECOVERY_SEED: &str = include_str!("../seeds/front_end/valid.txt");

/// Deletes from [`RECOVERY_SEED`] the commas, `..=` and section braces (a
/// section's two together) that the bits of `data` pick, then asserts what
/// [`front_end`] does, and that recovery kept every entry: a slip in a
/// separator costs no entry.
pub fn front_end_deletions(data: &[u8]) {
    let source = delete_separators(RECOVERY_SEED, data);
    front_end(&source);
    let kept = entry_identifiers(&source);
    for identifier in entry_identifiers(RECOVERY_SEED) {
        assert!(kept.contains(&identifier), "{identifier} is lost from\n{source}");
    }
}

/// `source` without the separators whose bits are set in `data`.
pub fn delete_separators(source: &str, data: &[u8]) -> String {
    let mut separators: Vec<(usize, usize)> = source
        .match_indices(',')
        .chain(source.match_indices("..="))
        .map(|(at, text)| (at, at + text.len()))
        .collect();
    separators.sort_unstable();
    let picked = |bit: usize| data.get(bit / 8).is_some_and(|byte| byte & (1 << (bit % 8)) != 0);
    let mut cuts: Vec<(usize, usize)> =
        separators.iter().enumerate().filter(|&(bit, _)| picked(bit)).map(|(_, &cut)| cut).collect();
    for (pair, (open, close)) in section_braces(source).into_iter().enumerate() {
        if picked(separators.len() + pair) {
            cuts.extend([(open, open + 1), (close, close + 1)]);
        }
    }
    cuts.sort_unstable();
    let mut kept = String::with_capacity(source.len());
    let mut at = 0;
    for (start, end) in cuts {
        kept.push_str(&source[at..start]);
        kept.push(' ');
        at = end;
    }
    kept.push_str(&source[at..]);
    kept
}

/// The byte positions of each `{` that opens a section and of its `}`.
fn section_braces(source: &str) -> Vec<(usize, usize)> {
    let mut open = Vec::new();
    let mut pairs = Vec::new();
    for (at, character) in source.char_indices() {
        match character {
            '{' => open.push(at),
            '}' => {
                if let Some(start) = open.pop() {
                    let line_start = source[..start].rfind('\n').map_or(0, |newline| newline + 1);
                    if source[line_start..start].trim_start().starts_with("section ") {
                        pairs.push((start, at));
                    }
                }
            }
            _ => {}
        }
    }
    pairs
}

/// `System::IDENT` for every entry the front end reads in `source`.
fn entry_identifiers(source: &str) -> Vec<String> {
    let Ok(tokens) = TokenStream::from_str(source) else { return Vec::new() };
    let (catalogs, _) = errcat_dsl::analyze(tokens);
    catalogs
        .iter()
        .flat_map(|catalog| catalog.entries.iter().map(move |entry| format!("{}::{}", catalog.ident, entry.ident)))
        .collect()
}

/// Attributes that `unsafe_code` lints, besides `unsafe` itself.
const UNSAFE_ATTRIBUTES: &[&str] = &["no_mangle", "export_name", "link_section"];

fn unsafe_words(tokens: TokenStream, found: &mut Vec<String>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (index, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if ident == "unsafe" => found.push(ident.to_string()),
            TokenTree::Group(group) => {
                let attribute = index > 0
                    && group.delimiter() == Delimiter::Bracket
                    && matches!(&trees[index - 1], TokenTree::Punct(hash) if hash.as_char() == '#');
                if attribute
                    && let Some(TokenTree::Ident(name)) = group.stream().into_iter().next()
                    && UNSAFE_ATTRIBUTES.iter().any(|word| name == word)
                {
                    found.push(name.to_string());
                }
                unsafe_words(group.stream(), found);
            }
            _ => {}
        }
    }
}

/// Imports `markdown`: every row is accounted for, and the source that
/// comes out passes the macro's front end without a problem.
pub fn importer(markdown: &str) {
    let Some(conversion) = errcat_cli::import::convert(markdown, "Fuzzed", "fuzz.md") else { return };
    assert_eq!(
        conversion.rows_read(),
        conversion.entries_written() + conversion.rows_not_converted(),
        "rows read must be written or reported"
    );
    let problems = catalog_problems(conversion.source());
    assert!(problems.is_empty(), "the generated source does not check: {problems:#?}\n{}", conversion.source());
}

/// The front end's messages on every `error_catalog! { … }` at the top of
/// a generated file; one message if the file is not even tokens.
pub fn catalog_problems(source: &str) -> Vec<String> {
    let Ok(tokens) = TokenStream::from_str(source) else { return vec!["not valid Rust tokens".to_owned()] };
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut problems = Vec::new();
    let mut invocations = 0;
    for window in trees.windows(3) {
        if let [TokenTree::Ident(name), TokenTree::Punct(bang), TokenTree::Group(body)] = window
            && name == "error_catalog"
            && bang.as_char() == '!'
            && body.delimiter() == Delimiter::Brace
        {
            invocations += 1;
            let (_, diagnostics) = errcat_dsl::analyze(body.stream());
            problems.extend(diagnostics.into_vec().into_iter().map(|diagnostic| diagnostic.message));
        }
    }
    if invocations != 1 {
        problems.push(format!("{invocations} error_catalog! invocations instead of one"));
    }
    problems
}

/// Source text from bytes, each picking a word of the catalogue language,
/// opening a group or closing one: inputs that get past the tokenizer and
/// deep into the parser. Groups left open are closed at the end.
pub fn tokens_from_bytes(data: &[u8]) -> String {
    const GROUPS: [(char, char); 3] = [('{', '}'), ('[', ']'), ('(', ')')];
    let mut text = String::new();
    let mut open: Vec<char> = Vec::new();
    for &byte in data {
        let choice = usize::from(byte) % (VOCABULARY.len() + GROUPS.len() + 1);
        if choice < VOCABULARY.len() {
            text.push_str(VOCABULARY[choice]);
        } else if choice < VOCABULARY.len() + GROUPS.len() {
            let (opening, closing) = GROUPS[choice - VOCABULARY.len()];
            text.push(opening);
            open.push(closing);
        } else if let Some(closing) = open.pop() {
            text.push(closing);
        }
        text.push(' ');
    }
    while let Some(closing) = open.pop() {
        text.push(closing);
    }
    text
}

/// The words of `tokens_from_bytes`: keywords, names, attributes, literals
/// of every kind and the punctuation of the grammar.
pub const VOCABULARY: &[&str] = &[
    "pub",
    "system",
    "section",
    "reserved",
    "in",
    "Cos",
    "A",
    "B",
    "FILE_NOT_EXIST",
    "ERROR_PROXY_SIGN_BUCKET_NOTMATCH",
    "__",
    "_",
    "r#type",
    "r#A",
    "Self",
    "self",
    "crate",
    "zh",
    "en",
    "fr",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "isize",
    "usize",
    "bool",
    "-",
    "+",
    "..=",
    "..",
    "...",
    ",",
    ";",
    ":",
    "::",
    "#",
    "!",
    "=",
    "=>",
    "0",
    "1",
    "-1",
    "-61",
    "400",
    "404",
    "699",
    "127",
    "128",
    "255",
    "256",
    "300",
    "2147483647",
    "2147483648",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551615",
    "18446744073709551616",
    "170141183460469231731687303715884105728",
    "0x10",
    "0b1",
    "1_000",
    "1u8",
    "1i64",
    "2RSP",
    "1.5",
    "1e3",
    "\"msg\"",
    "\"\"",
    "\"文件不存在\"",
    "\"a\\\"b\"",
    "r\"raw\"",
    "b\"bytes\"",
    "c\"c\"",
    "'c'",
    "'a",
    "shares_code",
    "name",
    "outside_range",
    "deprecated",
    "note",
    "since",
    "doc",
    "languages",
    "http",
    "extends",
    "derive",
    "cfg",
    "allow",
    "/// doc\n",
    "//! inner\n",
    "/** block */",
];
