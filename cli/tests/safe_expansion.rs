//! The code `error_catalog!` generates uses nothing that `unsafe_code` lints:
//! no `unsafe`, no `#[no_mangle]`, `#[export_name]` or `#[link_section]`.
//!
//! `#![forbid(unsafe_code)]` in a crate that invokes the macro does not
//! prove it: rustc does not apply the lint to the tokens a proc macro
//! returns. So the expansions are read token by token.

use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// Identifiers that make code unsafe, or that `unsafe_code` lints.
const UNSAFE_WORDS: &[&str] = &["unsafe", "no_mangle", "export_name", "link_section", "global_asm", "asm"];

fn unsafe_words(tokens: TokenStream, found: &mut Vec<String>) {
    for tree in tokens {
        match tree {
            TokenTree::Ident(ident) if UNSAFE_WORDS.iter().any(|word| ident == word) => found.push(ident.to_string()),
            TokenTree::Group(group) => unsafe_words(group.stream(), found),
            _ => {}
        }
    }
}

/// The bodies of the `error_catalog! { … }` invocations of a Rust file.
fn invocations(source: &str) -> Vec<TokenStream> {
    let trees: Vec<TokenTree> = TokenStream::from_str(source).unwrap().into_iter().collect();
    trees
        .windows(3)
        .filter_map(|window| match window {
            [TokenTree::Ident(name), TokenTree::Punct(bang), TokenTree::Group(body)]
                if name == "error_catalog" && bang.as_char() == '!' && body.delimiter() == Delimiter::Brace =>
            {
                Some(body.stream())
            }
            _ => None,
        })
        .collect()
}

fn assert_safe_expansion(path: &str) {
    let source = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"));
    let bodies = invocations(&source);
    assert!(!bodies.is_empty(), "{path} has no error_catalog! invocation");
    for body in bodies {
        let expansion = errcat_dsl::expand(body);
        assert!(!expansion.to_string().contains("compile_error"), "{path} does not expand cleanly");
        let mut found = Vec::new();
        unsafe_words(expansion, &mut found);
        assert!(found.is_empty(), "the expansion of {path} uses {found:?}");
    }
}

#[test]
fn the_built_in_catalogues_expand_to_safe_code() {
    for name in ["bkrepo", "cos", "mcsl", "polaris", "scm"] {
        assert_safe_expansion(&format!("{}/../catalogs-rs/src/{name}.rs", env!("CARGO_MANIFEST_DIR")));
    }
}

#[test]
fn the_catalogue_of_every_construct_expands_to_safe_code() {
    assert_safe_expansion(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/src/lib.rs"));
}

#[test]
fn the_search_finds_unsafe_code() {
    let mut found = Vec::new();
    unsafe_words(TokenStream::from_str("#[unsafe(no_mangle)] fn f() { { unsafe { g() } } }").unwrap(), &mut found);
    assert_eq!(found, ["unsafe", "no_mangle", "unsafe"]);
}
