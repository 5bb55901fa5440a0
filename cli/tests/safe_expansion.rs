//! The code `error_catalog!` generates uses nothing that `unsafe_code` lints:
//! no `unsafe`, no `#[no_mangle]`, `#[export_name]` or `#[link_section]`.
//!
//! `#![forbid(unsafe_code)]` in a crate that invokes the macro does not
//! prove it: rustc does not apply the lint to the tokens a proc macro
//! returns. So the expansions are read token by token.

use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

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
    // `#[baseline = "errcat.lock"]` is relative to the catalogue's crate: `src/..`.
    let manifest_dir = std::path::Path::new(path).parent().and_then(std::path::Path::parent);
    for body in bodies {
        let expansion = errcat_dsl::expand_in(body, manifest_dir);
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
    let source = "#[no_mangle] fn f() { { unsafe { g() } } } #[export_name = \"h\"] fn h(no_mangle: u8) {}";
    unsafe_words(TokenStream::from_str(source).unwrap(), &mut found);
    assert_eq!(found, ["no_mangle", "unsafe", "export_name"]);
}
