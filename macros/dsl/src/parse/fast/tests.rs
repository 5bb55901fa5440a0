//! The fast path against the general parser: on varied entries, common and
//! not, both must give the same expansion (the catalogue as generated) and
//! the same diagnostics, each at the same place.

use std::cell::Cell;
use std::fmt::Write as _;
use std::str::FromStr;

use proc_macro2::TokenStream;
use proptest::prelude::*;

thread_local! {
    /// Set by the test: every entry goes to the general parser.
    pub(super) static GENERAL_ONLY: Cell<bool> = const { Cell::new(false) };
}

/// The expansion and every diagnostic (message, location, notes) of the
/// invocation, read with the fast path or without it.
fn outcome(tokens: &TokenStream, general_only: bool) -> String {
    GENERAL_ONLY.with(|flag| flag.set(general_only));
    let expanded = crate::expand_in(tokens.clone(), None).to_string();
    let (_, diagnostics) = crate::analyze(tokens.clone());
    GENERAL_ONLY.with(|flag| flag.set(false));
    let mut text = expanded;
    for diagnostic in diagnostics.into_vec() {
        let location = diagnostic.location;
        let _ = write!(text, "\n{:?}..{:?}: {}", location.start, location.end, diagnostic.message);
        for (location, note) in &diagnostic.notes {
            let _ = write!(text, "\n  {:?}..{:?}: {note}", location.start, location.end);
        }
    }
    text
}

fn assert_same(source: &str) {
    let Ok(tokens) = TokenStream::from_str(source) else { return };
    let fast = outcome(&tokens, false);
    let general = outcome(&tokens, true);
    assert_eq!(fast, general, "the fast path and the general parser disagree on:\n{source}");
}

#[test]
fn the_common_form_is_read_as_the_general_parser_reads_it() {
    assert_same(
        "#[languages(zh, en)] pub system Cos: i32 {
            -46628 FILE_NOT_EXIST \"文件不存在\" en \"File not found\",
            /// Docs.
            #[http(404)] -46629 FILE_GONE \"文件没了\" en \"gone {0}\",
            section Inner in 1..=10 { 1 ONE \"一\", 2 TWO, 3 THREE \"三\" en \"three\" }
            7 SEVEN \"七\"
        }",
    );
}

/// The fast path takes the common form: without it, the comparison above
/// would compare the general parser with itself.
#[test]
fn the_fast_path_takes_the_common_form_and_leaves_the_rest() {
    let taken = |entry: &str| {
        let tokens = TokenStream::from_str(entry).unwrap();
        syn::parse::Parser::parse2(
            |input: syn::parse::ParseStream| {
                let taken = super::entry(input, Vec::new()).is_ok() && input.is_empty();
                input.parse::<TokenStream>()?;
                Ok(taken)
            },
            tokens,
        )
        .unwrap()
    };
    assert!(taken("-46628 FILE_NOT_EXIST \"文件不存在\" en \"File not found\","));
    assert!(taken("1 A"));
    assert!(taken("1 r#type,"));
    assert!(taken("1 A \"\u{202e}bidi\u{2066}\" en \"x\""));
    for left in [
        "1 A \"a\\nb\",",
        "1 A r\"raw\",",
        "1 A b\"bytes\",",
        "1 A \"text\"en,",
        "\"22P02\" A \"text\",",
        "0x10 A,",
        "1u8 A,",
        "1 type,",
        "1 A \"a\" section \"b\",",
        "1 A \"a\" en b\"b\",",
        "1 A \"a\";",
        "1 A \"a\" 2 B,",
        "99999999999999999999999999999999999999999 A,",
    ] {
        assert!(!taken(left), "the fast path took {left}");
    }
}

/// The doc attributes built directly are the ones syn builds: the same
/// tokens, each with the same span.
#[test]
fn doc_attributes_are_built_as_syn_builds_them() {
    let source = "/// One.\n/** Two. */ #[doc = \"three\"] #[doc = r#\"four\"#] #[http(404)] /// five\n";
    let tokens = TokenStream::from_str(source).unwrap();
    let read = |general_only: bool| {
        GENERAL_ONLY.with(|flag| flag.set(general_only));
        let attrs = syn::parse::Parser::parse2(super::outer_attributes, tokens.clone()).unwrap();
        GENERAL_ONLY.with(|flag| flag.set(false));
        attrs
            .iter()
            .map(|attr| {
                let mut written = String::new();
                let mut stack = vec![quote::ToTokens::to_token_stream(attr)];
                while let Some(stream) = stack.pop() {
                    for tree in stream {
                        let _ = write!(written, " {tree}@{:?}", tree.span());
                        if let proc_macro2::TokenTree::Group(group) = tree {
                            stack.push(group.stream());
                        }
                    }
                }
                written
            })
            .collect::<Vec<_>>()
    };
    let fast = read(false);
    assert_eq!(fast.len(), 6);
    assert_eq!(fast, read(true));
}

fn code() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "1",
        "-46628",
        "007",
        "- 3",
        "0x10",
        "1u8",
        "1.5",
        "\"22P02\"",
        "-",
        "--1",
        "99999999999999999999999999999999999999999",
        "170141183460469231731687303715884105728",
        "18446744073709551616",
        "",
    ])
}

fn name() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "FILE_NOT_EXIST",
        "A",
        "B",
        "type",
        "r#type",
        "_",
        "__",
        "section",
        "reserved",
        "en",
        "Self",
        "Ünïcode",
        "\"NAME\"",
        "42",
        "",
    ])
}

fn text() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "\"plain\"",
        "\"文件不存在\"",
        "\"\"",
        "\"a\\nb\"",
        "\"quote \\\" in\"",
        "\"\\u{202e}escaped bidi\"",
        "\"\u{202e}raw bidi\u{2069}\"",
        "\"\u{1b}[2J \u{7}\"",
        "\"line\r\nbreak\"",
        "r\"raw\"",
        "r#\"raw \"quoted\"\"#",
        "b\"bytes\"",
        "br\"raw bytes\"",
        "c\"c string\"",
        "'c'",
        "\"suffix\"en",
        "\"suffix\"_x",
        "\"{0} and {name}\"",
        "\"{unclosed\"",
        "\"%s %d\"",
        "1",
        "",
    ])
}

fn language() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["en", "zh", "fr", "type", "section", "reserved", "open", "retired", "r#en", ""])
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![",", ",", ",", "", ";", " // comment\n,", " /* comment */ ,", ",,", "\n", " :"])
}

fn attribute() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "",
        "",
        "",
        "#[http(500)] ",
        "/// A doc, with `code`.\n",
        "#[shares_code(A)] ",
        "#[name = \"a name\"] ",
        "#[deprecated] ",
        "#[",
        "/// One.\n/// Two, **bold** [link](https://example.com).\n",
        "/** A block doc. */ ",
        "#[doc = \"plain\"] ",
        "#[doc = 1] ",
        "#[doc = \"a\" \"b\"] ",
        "#[doc(hidden)] ",
        "#[doc == \"x\"] ",
        "#![doc = \"inner\"] ",
        "/// \u{202e}bidi\n#[http(404)] ",
    ])
}

fn entry() -> impl Strategy<Value = String> {
    (attribute(), code(), name(), text(), prop::collection::vec((language(), text()), 0..3), separator()).prop_map(
        |(attribute, code, name, text, texts, separator)| {
            let mut entry = format!("{attribute}{code} {name} {text}");
            for (language, text) in texts {
                let _ = write!(entry, " {language} {text}");
            }
            entry.push_str(separator);
            entry
        },
    )
}

fn invocation() -> impl Strategy<Value = String> {
    (prop::collection::vec(entry(), 1..8), prop::collection::vec(entry(), 0..4), any::<bool>(), any::<bool>()).prop_map(
        |(entries, nested, languages, retired)| {
            let mut source = String::new();
            if languages {
                source.push_str("#[languages(zh, en)] ");
            }
            source.push_str("pub system Cos: i64 {\n");
            for entry in &entries {
                let _ = writeln!(source, "    {entry}");
            }
            if !nested.is_empty() {
                source.push_str("    section Inner in 1..=100 {\n");
                for entry in &nested {
                    let _ = writeln!(source, "        {entry}");
                }
                source.push_str("    }\n");
            }
            if retired {
                source.push_str("    retired 5 OLD;\n    reserved 200..=300;\n");
            }
            source.push('}');
            source
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn the_fast_path_and_the_general_parser_agree(source in invocation()) {
        assert_same(&source);
    }
}
