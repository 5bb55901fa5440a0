//! The front end of errcat's `error_catalog!` macro, as an ordinary library
//! on `proc_macro2`: the proc-macro crate, the command line, the tests, the
//! benchmarks and the fuzzers all call it.
//!
//! **An implementation detail of [errcat](https://docs.rs/errcat), with no
//! stability promise:** its public items serve errcat's own crates and
//! change in any release. Declare catalogues with `errcat::error_catalog!`.
//!
//! The pipeline, one module each: [`parse`](crate::ast) the syntax
//! (`parse.rs`), [`lower`](model::lower) it into the catalogue model
//! (`model.rs`, reading attributes in `attr.rs` and names in `naming.rs`),
//! [`check`](check::check_invocation) it (`check.rs`), then expand it
//! (`expand.rs`). Syntax errors stop the block they are in; every other
//! problem is collected, and all come out together.

pub mod ast;
mod attr;
pub mod check;
pub mod diagnostic;
mod expand;
pub mod model;
pub mod naming;
mod parse;

use proc_macro2::TokenStream;

use crate::ast::Invocation;
use crate::diagnostic::Diagnostics;
use crate::model::Catalog;

/// Expands the body of an `error_catalog!` invocation: the generated code,
/// preceded by a `compile_error!` for every problem. Never panics.
pub fn expand(input: TokenStream) -> TokenStream {
    let (catalogs, mut diagnostics) = analyze(input);
    let mut expanded = rustc_hash::FxHashSet::default();
    let generated: TokenStream = catalogs
        .iter()
        .filter(|catalog| expanded.insert(catalog.ident.to_string()))
        .map(|catalog| expand::expand_catalog(catalog, &mut diagnostics))
        .collect();
    let mut output = diagnostics.into_compile_errors();
    output.extend(generated);
    output
}

/// Parses, lowers and checks the body of an invocation without generating
/// code: the catalogues (as far as they could be read) and every problem.
pub fn analyze(input: TokenStream) -> (Vec<Catalog>, Diagnostics) {
    let mut diagnostics = Diagnostics::default();
    let invocation: Invocation = match syn::parse2(input) {
        Ok(invocation) => invocation,
        Err(error) => {
            diagnostics.syntax(0, error);
            return (Vec::new(), diagnostics);
        }
    };
    let mut order = 0;
    let mut catalogs = Vec::with_capacity(invocation.systems.len());
    for system in invocation.systems {
        catalogs.push(model::lower(system, &mut order, &mut diagnostics));
    }
    if let Some(error) = invocation.error {
        diagnostics.syntax(order + 1, error);
    }
    check::check_invocation(&catalogs, &mut diagnostics);
    (catalogs, diagnostics)
}
