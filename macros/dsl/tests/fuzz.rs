//! The front end never panics: random token streams and mutations of a valid
//! catalogue all come back as tokens (with `compile_error!`s), never as a
//! panic.

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
    assert_eq!(catalogs.len(), 2);
    assert!(!errcat_dsl::expand(TokenStream::from_str(VALID).unwrap()).to_string().contains("compile_error"));
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
