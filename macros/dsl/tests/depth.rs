//! Bounded depth: sections nest at most 64 deep, deeper input is one error,
//! and no input is deep enough to exhaust the stack (the test threads have
//! 2 MiB of it).

use std::str::FromStr;

use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream, TokenTree};

/// `pub system Deep { section S1 { section S2 { … 1 INNER … } } 2 OUTER }`,
/// `depth` sections deep, built without recursion.
fn nested(depth: usize) -> TokenStream {
    let mut body: TokenStream = TokenStream::from_str("1 INNER").unwrap();
    for level in (1..=depth).rev() {
        body = TokenStream::from_iter([
            TokenTree::Ident(Ident::new("section", Span::call_site())),
            TokenTree::Ident(Ident::new(&format!("S{level}"), Span::call_site())),
            TokenTree::Group(Group::new(Delimiter::Brace, body)),
        ]);
    }
    let mut system = TokenStream::from_str("pub system Deep").unwrap();
    body.extend(TokenStream::from_str(", 2 OUTER"));
    system.extend([TokenTree::Group(Group::new(Delimiter::Brace, body))]);
    system
}

fn messages(input: TokenStream) -> Vec<String> {
    let (_, diagnostics) = errcat_dsl::analyze(input);
    diagnostics.into_vec().into_iter().map(|diagnostic| diagnostic.message).collect()
}

#[test]
fn sixty_four_nested_sections_are_accepted() {
    let (catalogs, plans, diagnostics) = errcat_dsl::analyze_and_plan(nested(64));
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let catalog = &catalogs[0];
    assert_eq!(catalog.sections.len(), 64);
    assert_eq!(plans[0].sections[63].path.matches("::").count(), 63);
    let names: Vec<String> = catalog.entries.iter().map(|entry| entry.name.clone()).collect();
    assert_eq!(names, ["INNER", "OUTER"]);
}

#[test]
fn the_sixty_fifth_section_is_one_error_on_its_name() {
    let (catalogs, diagnostics) = errcat_dsl::analyze(nested(65));
    let all = diagnostics.into_vec();
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(
        all[0].message,
        "section `S65` is nested 65 deep, and sections nest at most 64 deep; move it, or its entries, into an \
         enclosing section"
    );
    // The 64 sections above it, and the entries outside it, are kept.
    assert_eq!(catalogs[0].sections.len(), 64);
    let names: Vec<&str> = catalogs[0].entries.iter().map(|entry| entry.name.as_str()).collect();
    assert_eq!(names, ["OUTER"]);
}

#[test]
fn thousands_of_nested_sections_are_one_error() {
    for depth in [2_000, 100_000] {
        let input = nested(depth);
        assert_eq!(messages(input.clone()).len(), 1, "at depth {depth}");
        let output = errcat_dsl::expand(input).to_string();
        assert_eq!(output.matches("compile_error").count(), 1, "at depth {depth}");
        assert!(output.contains("enum Deep"), "the enum is still generated at depth {depth}");
    }
}

#[test]
fn brackets_nested_past_any_section_are_one_error() {
    let mut group = TokenStream::new();
    for _ in 0..100_000 {
        group = TokenStream::from_iter([TokenTree::Group(Group::new(Delimiter::Parenthesis, group))]);
    }
    let mut input = TokenStream::from_str("pub system Deep { #[doc = \"x\"] 1 A, 2 B }").unwrap();
    // `#[deprecated((((…))))] 3 C` inside the system.
    let TokenTree::Group(body) = input.clone().into_iter().last().unwrap() else { unreachable!() };
    let mut items = body.stream();
    let attribute = TokenStream::from_iter([
        TokenTree::Punct(proc_macro2::Punct::new('#', proc_macro2::Spacing::Alone)),
        TokenTree::Group(Group::new(
            Delimiter::Bracket,
            TokenStream::from_iter([
                TokenTree::Ident(Ident::new("deprecated", Span::call_site())),
                group.into_iter().next().unwrap(),
            ]),
        )),
    ]);
    items.extend(TokenStream::from_str(","));
    items.extend(attribute);
    items.extend([TokenTree::Literal(Literal::u8_unsuffixed(3)), TokenTree::Ident(Ident::new("C", Span::call_site()))]);
    input = TokenStream::from_str("pub system Deep").unwrap();
    input.extend([TokenTree::Group(Group::new(Delimiter::Brace, items))]);
    let all = messages(input);
    assert_eq!(
        all,
        [
            "brackets nest more than 128 deep here; nothing in `error_catalog!` needs that many: remove the extra brackets"
        ]
    );
}
