//! The front end fed with source text, asserting each diagnostic's exact
//! message and the exact source text it underlines.

use std::str::FromStr;

use errcat_dsl::diagnostic::Location;
use proc_macro2::TokenStream;

/// One diagnostic: its message, the text it underlines, and its notes.
#[derive(Debug, PartialEq)]
struct Seen {
    message: String,
    underlined: String,
    notes: Vec<(String, String)>,
}

fn underlined(source: &str, location: Location) -> String {
    let start = location.start.start();
    let end = location.end.end();
    let lines: Vec<&str> = source.lines().collect();
    if start.line != end.line {
        return format!("{}:{}..{}:{}", start.line, start.column, end.line, end.column);
    }
    lines[start.line - 1].chars().skip(start.column).take(end.column - start.column).collect()
}

fn diagnostics(source: &str) -> Vec<Seen> {
    let input = TokenStream::from_str(source).expect("test input tokenizes");
    let (_, diagnostics) = errcat_dsl::analyze(input);
    diagnostics
        .into_vec()
        .into_iter()
        .map(|diagnostic| Seen {
            underlined: underlined(source, diagnostic.location),
            message: diagnostic.message,
            notes: diagnostic.notes.into_iter().map(|(location, note)| (note, underlined(source, location))).collect(),
        })
        .collect()
}

fn one(source: &str) -> Seen {
    let mut all = diagnostics(source);
    assert_eq!(all.len(), 1, "expected one diagnostic, got {all:#?}");
    all.remove(0)
}

#[test]
fn a_valid_catalogue_has_no_diagnostics() {
    let source = r#"
        #[languages(zh, en)]
        pub system Cos: i32 {
            /// 后端HTTP返回码
            section Http in 400..=699 { 400 HTTP_BAD_REQUEST "请求不合法" en "Bad request" }
            section Proxy in -99..=-60 {
                -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH "bucket与签名中的bucket不匹配",
                #[shares_code(ERROR_PROXY_SIGN_BUCKET_NOTMATCH)]
                -61 ERROR_PROXY_INVALID_CMD_REQ "非法的CMD请求",
            }
            reserved 40000..=59999;
            reserved -46000;
            -46628 FILE_NOT_EXIST "文件不存在",
            -29000 ERR_CCDMQ_OVERFLOW,
            #[name = "2RSP"]
            -296 RSP_ENCODE "打包失败",
        }
    "#;
    assert_eq!(diagnostics(source), []);
}

#[test]
fn duplicate_code_points_at_both_codes() {
    let seen = one(r#"pub system Cos {
        -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH "x",
        -61 ERROR_PROXY_INVALID_CMD_REQ "y",
    }"#);
    assert_eq!(
        seen.message,
        "code -61 is already used by `ERROR_PROXY_SIGN_BUCKET_NOTMATCH`; choose another code, or acknowledge the \
         reuse with `#[shares_code(ERROR_PROXY_SIGN_BUCKET_NOTMATCH)]` on `ERROR_PROXY_INVALID_CMD_REQ`"
    );
    assert_eq!(seen.underlined, "-61");
    assert_eq!(
        seen.notes,
        [("code -61 first declared here, by `ERROR_PROXY_SIGN_BUCKET_NOTMATCH`".to_owned(), "-61".to_owned())]
    );
}

#[test]
fn a_third_entry_may_share_with_the_first_or_the_second() {
    let source = "pub system S {
        1 A, #[shares_code(A)] 1 B, #[shares_code(B)] 1 C,
    }";
    assert_eq!(diagnostics(source), []);
}

#[test]
fn stale_shares_code_is_reported_on_the_named_entry() {
    let seen = one("pub system S { 1 A, 2 B, #[shares_code(A)] 3 C }");
    assert_eq!(
        seen.message,
        "`#[shares_code(A)]` is stale: `A` has code 1, not 3; no earlier entry has code 3: remove the attribute"
    );
    assert_eq!(seen.underlined, "A");
}

#[test]
fn shares_code_of_an_unknown_entry_suggests_the_first_user() {
    let seen = one("pub system S { 1 A, #[shares_code(Z)] 1 B }");
    assert_eq!(seen.message, "`#[shares_code(Z)]` names no entry of system `S`; name `A`, the first entry with code 1");
    assert_eq!(seen.underlined, "Z");
}

#[test]
fn shares_code_on_itself() {
    let seen = one("pub system S { #[shares_code(A)] 1 A }");
    assert_eq!(
        seen.message,
        "`#[shares_code(A)]` names the entry itself; no earlier entry has code 1: remove the attribute"
    );
}

#[test]
fn duplicate_documented_names_and_variants() {
    let all = diagnostics(
        r#"pub system S {
        1 FILE_NOT_EXIST,
        2 FileNotExist,
        #[name = "FILE_NOT_EXIST"] 3 OTHER,
    }"#,
    );
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(
        all[0].message,
        "`FileNotExist` and `FILE_NOT_EXIST` (code 1) both become the variant `S::FileNotExist`; rename one of them"
    );
    assert_eq!(all[0].underlined, "FileNotExist");
    assert_eq!(all[0].notes, [("`FILE_NOT_EXIST` first declared here".to_owned(), "FILE_NOT_EXIST".to_owned())]);
    assert_eq!(
        all[1].message,
        "the name `FILE_NOT_EXIST` is already used by the entry with code 1; names must be unique within system `S`: \
         rename one of them"
    );
    assert_eq!(all[1].underlined, "\"FILE_NOT_EXIST\"");
}

#[test]
fn code_outside_its_type() {
    let all = diagnostics("pub system Net: u8 { 300 A, -1 B } pub system Wide: i64 { 9223372036854775808 C }");
    let messages: Vec<&str> = all.iter().map(|seen| seen.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "code 300 does not fit in `u8` (0..=255), the code type of system `Net`; choose a code in that range, or \
             declare a wider type: `system Net: u16`",
            "code -1 does not fit in `u8` (0..=255), the code type of system `Net`; choose a code in that range, or \
             declare a wider type: `system Net: i16`",
            "code 9223372036854775808 does not fit in `i64` (-9223372036854775808..=9223372036854775807), the code \
             type of system `Wide`; choose a code in that range, no code type is wide enough",
        ]
    );
    assert_eq!(all[1].underlined, "-1");
}

#[test]
fn code_outside_its_section_range() {
    let seen = one("pub system S { section Outer in 0..=99 { section Inner { 100 A } } }");
    assert_eq!(
        seen.message,
        "code 100 of `A` is outside 0..=99, the range of section `Outer`; move the entry to a section whose \
         range holds it, widen the range, or mark a deliberate exception with `#[outside_range]`"
    );
    assert_eq!(seen.underlined, "100");
    assert_eq!(seen.notes, [("the range of section `Outer` is declared here".to_owned(), "0..=99".to_owned())]);
}

#[test]
fn outside_range_acknowledges_and_goes_stale() {
    assert_eq!(diagnostics("pub system S { section A in 0..=9 { #[outside_range] 100 X } }"), []);
    let seen = one("pub system S { section A in 0..=9 { #[outside_range] 1 X } }");
    assert_eq!(
        seen.message,
        "`#[outside_range]` on `X` is stale: code 1 is inside 0..=9, the range of section `A`; remove the attribute"
    );
    assert_eq!(seen.underlined, "#[outside_range]");
    let seen = one("pub system S { #[outside_range] 1 X }");
    assert_eq!(
        seen.message,
        "`#[outside_range]` on `X` has no effect: no enclosing section declares a range; remove the attribute"
    );
}

#[test]
fn reversed_overlapping_and_escaping_ranges() {
    let all = diagnostics(
        "pub system S {
            section A in 10..=0 {}
            section B in 100..=199 { section C in 150..=250 {} }
            section D in 190..=300 {}
            reserved 5..=1;
        }",
    );
    let messages: Vec<(&str, &str)> =
        all.iter().map(|seen| (seen.message.as_str(), seen.underlined.as_str())).collect();
    assert_eq!(
        messages,
        [
            ("the range 10..=0 of section `A` is empty: its start is above its end; write 0..=10", "10..=0"),
            (
                "the range 150..=250 of section `C` is not inside 100..=199, the range of the enclosing section `B`; \
                 narrow it, or widen the enclosing range",
                "150..=250"
            ),
            (
                "the range 190..=300 of section `D` overlaps 100..=199, the range of section `B`; sections side by \
                 side must not share codes: make the ranges disjoint, or nest one section inside the other",
                "190..=300"
            ),
            ("the range 5..=1 of a `reserved` range is empty: its start is above its end; write 1..=5", "5..=1"),
        ]
    );
}

#[test]
fn overlap_is_found_whatever_the_declaration_order() {
    let seen =
        one("pub system S { section Wide in 0..=100 {} section Narrow in 50..=60 {} section Far in 200..=300 {} }");
    assert!(seen.message.starts_with("the range 50..=60 of section `Narrow` overlaps 0..=100"), "{}", seen.message);
    let seen = one("pub system S { section Narrow in 50..=60 {} section Wide in 0..=100 {} }");
    assert!(seen.message.starts_with("the range 0..=100 of section `Wide` overlaps 50..=60"), "{}", seen.message);
}

#[test]
fn reserved_codes_and_ranges() {
    let all = diagnostics(
        "pub system S {
            /// 保留错误段
            reserved 40000..=59999;
            reserved -46000;
            reserved 10..=20;
            reserved 15..=16;
            45000 A, -46000 B, 17 C, 21 D, 39999 E,
        }",
    );
    let messages: Vec<(&str, &str)> =
        all.iter().map(|seen| (seen.message.as_str(), seen.underlined.as_str())).collect();
    assert_eq!(
        messages,
        [
            (
                "code 45000 of `A` is in the reserved range 40000..=59999 (保留错误段); choose a code that is not reserved",
                "45000"
            ),
            ("code -46000 of `B` is reserved; choose a code that is not reserved", "-46000"),
            ("code 17 of `C` is in the reserved range 10..=20; choose a code that is not reserved", "17"),
        ]
    );
    assert_eq!(all[1].notes, [("reserved here".to_owned(), "-46000".to_owned())]);
}

#[test]
fn languages_must_be_declared() {
    let all = diagnostics(
        r#"#[languages(zh, en, zh)] pub system S {
            1 A "一" en "one" en "uno",
            2 B "二" zh "二",
            3 C "三" fr "trois",
        }"#,
    );
    let messages: Vec<&str> = all.iter().map(|seen| seen.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "language `zh` is listed twice in `#[languages(…)]`",
            "the `en` message of `A` is given twice",
            "`zh` is the primary language of system `S`: the entry's first string is its `zh` message",
            "language `fr` is not declared for system `S`; it declares `zh`, `en`, `zh`: add it to `#[languages(…)]` \
             or fix the tag",
        ]
    );
}

#[test]
fn attributes_are_checked() {
    let all = diagnostics(
        r#"#[repr(u8)] pub system S {
            #[name = ""] 1 A,
            #[name = "X"] #[name = "Y"] 2 B,
            #[shares_code] 3 C,
            #[outside_range(yes)] 4 D,
            #[inline] 5 E,
            /// docs are fine
            #[deprecated = "use A"] 6 F,
            #[doc] section Sec {}
        }"#,
    );
    let messages: Vec<(&str, &str)> =
        all.iter().map(|seen| (seen.message.as_str(), seen.underlined.as_str())).collect();
    assert_eq!(
        messages,
        [
            (
                "unknown attribute `repr` on a system; expected `#[languages(…)]`, `#[require_all_languages]`, `#[extends(…)]`, \
                 `#[baseline = \"…\"]`, `#[serde]`, `#[json_schema]`, `#[url = \"…\"]`, `#[code_format = \"…\"]`, `#[code_chars = \"…\"]`, `#[placeholders(…)]`, `#[errcat(crate = …)]`, a doc \
                 comment, or an attribute for the enum: `#[derive(…)]`, `#[non_exhaustive]`, `#[allow(…)]`",
                "repr"
            ),
            ("the documented name must not be empty", "\"\""),
            ("duplicate `#[name]` on one entry", "#[name = \"Y\"]"),
            (
                "expected `#[shares_code(FIRST)]`, naming the earlier entry whose code this entry reuses",
                "#[shares_code]"
            ),
            ("`#[outside_range]` takes no arguments", "#[outside_range(yes)]"),
            (
                "unknown attribute `inline` on an entry; expected a doc comment, `#[name = \"…\"]`, \
                 `#[shares_code(…)]`, `#[outside_range]`, `#[http(…)]`, `#[grpc(…)]` or `#[deprecated]`",
                "inline"
            ),
            ("expected a doc comment, `#[doc = \"…\"]`", "#[doc]"),
        ]
    );
}

#[test]
fn syntax_errors_say_what_was_expected() {
    let cases = [
        (
            "pub enum Cos {}",
            "expected `system`: a catalogue is declared as `pub system Name { … }` or `pub system Name: i32 { … }`",
            "enum",
        ),
        (
            "pub system Cos: f32 {}",
            "unsupported code type `f32`; expected one of i8, i16, i32, i64, u8, u16, u32, u64, or str for string codes",
            "f32",
        ),
        (
            "pub system Cos [1 A]",
            "expected `{` to open the entries of system `Cos`, or `: TYPE` to give the code type",
            "[",
        ),
        (
            "pub system Cos { -296 2RSP \"打包失败\" }",
            "`2RSP` is not an identifier: a name must start with a letter or `_`; keep the documented name with `#[name = \"2RSP\"]` before the entry and give it an identifier, e.g. `#[name = \"2RSP\"] -296 E_2RSP …`",
            "2RSP",
        ),
        (
            "pub system Cos { 1 \"Bad Request\" }",
            "expected the entry's name, an identifier, after code 1; a name that is not an identifier goes in `#[name = \"Bad Request\"]` before the entry",
            "\"Bad Request\"",
        ),
        ("pub system Cos { 1 A \"a\" 2 B }", "expected `,` after the entry `A`: entries are separated by commas", "2"),
        ("pub system Cos { 1 A 文 }", "expected a message string or `,` after the entry `A`", "文"),
        (
            "pub system Cos { 1 A \"a\" en }",
            "unexpected end of input, expected the `en` message of `A` as a string after the language tag",
            "}",
        ),
        (
            "pub system Cos { 1 A en \"a\" }",
            "a message in another language needs the primary message first: `1 A \"…\" en \"…\"`",
            "en",
        ),
        (
            "pub system Cos { 1u8 A }",
            "remove the suffix `u8` from the code: the system's type, given as `system Name: TYPE`, applies to every code",
            "1u8",
        ),
        (
            "pub system Cos { section A in 1..9 {} }",
            "ranges are inclusive: write `A..=B`, with both ends part of the range",
            "..",
        ),
        ("pub system Cos { section A in 1 {} }", "expected `..=` after 1: ranges are written `A..=B`", "{"),
        (
            "pub system Cos { section A 1..=9 {} }",
            "expected `{` to open section `A`, or `in A..=B` to give its range",
            "1",
        ),
        ("pub system Cos { reserved 1..=9 }", "unexpected end of input, expected `;` after `reserved 1..=9`", "}"),
        (
            "pub system Cos { A 1 }",
            "expected an entry starting with its code, as in `-46628 FILE_NOT_EXIST \"文件不存在\"`, a `section` or a `reserved` range",
            "A",
        ),
        (
            "pub system Cos { 340282366920938463463374607431768211456 A }",
            "the code is too large: codes must fit in i64 or u64",
            "340282366920938463463374607431768211456",
        ),
    ];
    for (source, message, text) in cases {
        let seen = one(source);
        assert_eq!(seen.message, message, "{source}");
        assert_eq!(seen.underlined, text, "{source}");
    }
}

#[test]
fn syntax_errors_of_every_block_are_reported_and_checks_go_on() {
    let all = diagnostics(
        r#"pub system S {
            section A { 1 X "x" 2 Y }
            section B { 3 Z "z" 4 W }
            5 V, 5 U,
        }
        pub system T { 1 X } pub system"#,
    );
    let messages: Vec<&str> = all.iter().map(|seen| seen.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "expected `,` after the entry `X`: entries are separated by commas",
            "expected `,` after the entry `Z`: entries are separated by commas",
            "code 5 is already used by `V`; choose another code, or acknowledge the reuse with `#[shares_code(V)]` on `U`",
            "unexpected end of input, expected identifier",
        ]
    );
}

#[test]
fn duplicate_systems_and_sections() {
    let all = diagnostics("pub system S { section A {} section A {} } pub system S {}");
    let messages: Vec<&str> = all.iter().map(|seen| seen.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "section `A` is already declared in system `S`; section names must be unique: rename one",
            "system `S` is declared twice in this invocation; rename one",
        ]
    );
}

#[test]
fn identifiers_without_letters_cannot_become_variants() {
    let seen = one("pub system S { 1 __ }");
    assert_eq!(
        seen.message,
        "`__` cannot become an enum variant: it has no letters or digits; choose another identifier"
    );
}

#[test]
fn http_statuses_are_checked() {
    let all = diagnostics(
        r#"pub system S {
            #[http(404)] #[http(410)] section A { 1 X }
            #[http(1000)] section B { 2 Y }
            #[http("404")] 3 Z,
            #[inline] section C {}
        }"#,
    );
    let messages: Vec<(&str, &str)> =
        all.iter().map(|seen| (seen.message.as_str(), seen.underlined.as_str())).collect();
    assert_eq!(
        messages,
        [
            ("duplicate `#[http(…)]`", "#[http(410)]"),
            ("`1000` is not an HTTP status: expected a code from 100 to 999, e.g. `#[http(404)]`", "1000"),
            ("expected `#[http(404)]`, with an HTTP status code", "#[http(\"404\")]"),
            ("unknown attribute `inline` on a section; expected a doc comment, `#[http(…)]` or `#[grpc(…)]`", "inline"),
        ]
    );
}

#[test]
fn open_ranges_are_closed_to_the_system_itself() {
    let seen = one("pub system Mcsl: u32 { /// 其它错误段\n open 60000..=99999; 60001 MINE }");
    assert_eq!(
        seen.message,
        "code 60001 of `MINE` is in 60000..=99999 (其它错误段), which system `Mcsl` leaves open to the systems that \
         extend it; choose a code outside the open range"
    );
    assert_eq!(seen.notes, [("left open here".to_owned(), "60000..=99999".to_owned())]);
    let seen = one("pub system S { open 9..=1; }");
    assert_eq!(seen.message, "the range 9..=1 of an `open` range is empty: its start is above its end; write 1..=9");
}

#[test]
fn extends_names_one_base() {
    let all = diagnostics("#[extends(Mcsl)] #[extends(Other)] #[extends] pub system S { 60001 A }");
    let messages: Vec<&str> = all.iter().map(|seen| seen.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "duplicate `#[extends(…)]`: a system extends one other",
            "expected `#[extends(Base)]`, naming the system whose open ranges this one uses",
        ]
    );
}

#[test]
fn strings_take_no_suffix() {
    let source = r#"
        #[languages(zh, en)]
        pub system S {
            1 ONE "一"en,
            2 TWO "二" en "two"x,
            #[name = "three"q]
            3 THREE,
            #[doc = "a doc"z]
            4 FOUR,
        }
    "#;
    let seen: Vec<(String, String)> =
        diagnostics(source).into_iter().map(|seen| (seen.message, seen.underlined)).collect();
    assert_eq!(
        seen,
        [
            (
                "the message of `ONE` has the suffix `en`: a message is a plain string; put a space between the \
                 string and a language tag, as in `\"…\" en \"…\"`"
                    .to_owned(),
                "\"一\"en".to_owned(),
            ),
            (
                "the `en` message of `TWO` has the suffix `x`: a message is a plain string; put a space between the \
                 string and a language tag, as in `\"…\" x \"…\"`"
                    .to_owned(),
                "\"two\"x".to_owned(),
            ),
            ("remove the suffix `q`: the documented name is a plain string".to_owned(), "\"three\"q".to_owned(),),
            ("expected a doc comment, `#[doc = \"…\"]`".to_owned(), "#[doc = \"a doc\"z]".to_owned()),
        ]
    );
}

/// The entries of each system, as `System::NAME`.
fn entries(source: &str) -> Vec<String> {
    let (catalogs, _) = errcat_dsl::analyze(TokenStream::from_str(source).expect("test input tokenizes"));
    catalogs
        .iter()
        .flat_map(|catalog| catalog.entries.iter().map(move |entry| format!("{}::{}", catalog.ident, entry.name)))
        .collect()
}

fn messages(source: &str) -> Vec<String> {
    diagnostics(source).into_iter().map(|seen| seen.message).collect()
}

#[test]
fn a_slip_costs_only_its_own_entry() {
    let source = r#"pub system S {
        1 A 42,
        2 B "b" en,
        3 C "c" 4 D "d",
        5 "five",
        6 E : ; !,
        7 F "f",
    }"#;
    assert_eq!(
        messages(source),
        [
            "expected a message string after `A`, found `42`: a message is written in quotes, as in `1 A \"…\"`",
            "expected the `en` message of `B` as a string after the language tag",
            "expected `,` after the entry `C`: entries are separated by commas",
            "expected the entry's name, an identifier, after code 5; a name that is not an identifier goes in \
             `#[name = \"five\"]` before the entry",
            "expected a message string or `,` after the entry `E`",
        ]
    );
    // Entries cut short after their name are kept; only the nameless one is lost.
    assert_eq!(entries(source), ["S::A", "S::B", "S::C", "S::D", "S::E", "S::F"]);
}

#[test]
fn a_malformed_section_header_keeps_the_section_and_its_entries() {
    let source = r"pub system S {
        section Rpc in 1000..1999 { 1000 RPC_TIMEOUT, }
        section Http in 400 { 404 NOT_FOUND }
        section Grpc 1..=9 { 1 CANCELLED }
        section { 2 UNNAMED }
        section Late in 3000..=3999 { 3000 LATE }
    }";
    assert_eq!(
        messages(source),
        [
            "ranges are inclusive: write `A..=B`, with both ends part of the range",
            "expected `..=` after 400: ranges are written `A..=B`",
            "expected `{` to open section `Grpc`, or `in A..=B` to give its range",
            "expected the name of the section after `section`, as in `section Http in 400..=599 { … }`",
        ]
    );
    let (catalogs, _) = errcat_dsl::analyze(TokenStream::from_str(source).unwrap());
    let catalog = &catalogs[0];
    let sections: Vec<(String, bool)> =
        catalog.sections.iter().map(|section| (section.ident.to_string(), section.range.is_some())).collect();
    assert_eq!(
        sections,
        [("Rpc".into(), false), ("Http".into(), false), ("Grpc".into(), false), ("Late".into(), true)]
    );
    let placed: Vec<(String, Option<String>)> = catalog
        .entries
        .iter()
        .map(|entry| (entry.name.clone(), entry.section.map(|index| catalog.sections[index].ident.to_string())))
        .collect();
    assert_eq!(
        placed,
        [
            ("RPC_TIMEOUT".into(), Some("Rpc".into())),
            ("NOT_FOUND".into(), Some("Http".into())),
            ("CANCELLED".into(), Some("Grpc".into())),
            ("UNNAMED".into(), None),
            ("LATE".into(), Some("Late".into())),
        ]
    );
}

#[test]
fn slips_between_systems_and_in_their_headers_cost_no_system() {
    let source = r"
        pub system A: { 1 ONE }
        garbage ; here
        pub system B: u8 garbage { 2 TWO }
        pub system C { reserved 5..=9 7 SEVEN, }
    ";
    assert_eq!(
        messages(source),
        [
            "expected the code type of system `A` after `:`: one of i8, i16, i32, i64, u8, u16, u32, u64, or str",
            "expected `system`: a catalogue is declared as `pub system Name { … }` or `pub system Name: i32 { … }`",
            "expected `{` to open the entries of system `B`, or `: TYPE` to give the code type",
            "expected `;` after `reserved 5..=9`",
            "code 7 of `SEVEN` is in the reserved range 5..=9; choose a code that is not reserved",
        ]
    );
    assert_eq!(entries(source), ["A::ONE", "B::TWO", "C::SEVEN"]);
}

#[test]
fn misspelt_attributes_are_one_error_each_with_a_suggestion() {
    let source = r#"
        #[language(en, de)]
        #[require_all_language]
        pub system S {
            1 A "a" de "a",
            #[share_code(A)] 1 B "b" de "b",
            #[outside] 2 C "c" de "c",
            #[htp(404)] 3 D,
        }
        pub system T {
            #[doc = "x"] #[shares] 1 A, 1 B,
            #[sharescode(B)] 1 C,
        }"#;
    assert_eq!(
        messages(source),
        [
            "unknown attribute `language` on a system; did you mean `languages`?",
            "unknown attribute `require_all_language` on a system; did you mean `require_all_languages`?",
            "unknown attribute `share_code` on an entry; did you mean `shares_code`?",
            "unknown attribute `outside` on an entry; did you mean `outside_range`?",
            "unknown attribute `htp` on an entry; did you mean `http`?",
            "unknown attribute `shares` on an entry; did you mean `shares_code`?",
            "code 1 is already used by `A`; choose another code, or acknowledge the reuse with `#[shares_code(A)]` \
             on `B`",
            "unknown attribute `sharescode` on an entry; did you mean `shares_code`?",
        ]
    );
}

#[test]
fn an_entry_written_twice_is_one_error() {
    let seen = one(r#"pub system S { 404 NOT_FOUND "a", 500 INTERNAL, 404 NOT_FOUND "a" }"#);
    assert_eq!(seen.message, "entry `NOT_FOUND` (code 404) is declared twice; remove one");
    assert_eq!(seen.underlined, "NOT_FOUND");
    assert_eq!(seen.notes, [("`NOT_FOUND` first declared here".to_owned(), "NOT_FOUND".to_owned())]);
    // The same code with another name is a reused code, the same name with
    // another code a reused name, as before.
    assert_eq!(
        messages(r"pub system S { 404 NOT_FOUND, 404 MISSING, 405 NOT_FOUND }"),
        [
            "code 404 is already used by `NOT_FOUND`; choose another code, or acknowledge the reuse with \
             `#[shares_code(NOT_FOUND)]` on `MISSING`",
            "the name `NOT_FOUND` is already used by the entry with code 404; names must be unique within system \
             `S`: rename one of them",
        ]
    );
}

#[test]
fn required_languages() {
    let all = diagnostics(
        r#"#[languages(zh, en)] #[require_all_languages] pub system S {
            1 A "甲" en "a",
            2 B "乙",
            3 C,
            4 D "" en "",
            5 E "戊" en 42,
        }"#,
    );
    let seen: Vec<(&str, &str)> = all.iter().map(|seen| (seen.message.as_str(), seen.underlined.as_str())).collect();
    let required = "system `S` requires one in every declared language (`#[require_all_languages]`)";
    assert_eq!(
        seen,
        [
            (format!("entry `B` has no text in `en`: {required}, as in `2 B \"…\" en \"…\"`").as_str(), "B"),
            (format!("entry `C` has no text in `zh`, `en`: {required}, as in `3 C \"…\" en \"…\"`").as_str(), "C"),
            (format!("entry `D` has no text in `zh`, `en`: {required}, as in `4 D \"…\" en \"…\"`").as_str(), "D"),
            // Cut short by a syntax error: that error is the one reported.
            ("expected the `en` message of `E` as a string after the language tag", "42"),
        ]
    );
    assert_eq!(
        messages("#[require_all_languages(yes)] pub system S {}"),
        ["`#[require_all_languages]` takes no arguments"]
    );
}
