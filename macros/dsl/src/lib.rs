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
//! [`plan`](plan::plan_invocation) it (`plan.rs`: every decision the checks
//! and the expansion share, taken once), [`check`](check::check_invocation)
//! it (`check.rs`, reporting from the plan; `placeholders.rs` checks the
//! arguments of messages), then expand the plan
//! (`expand/`, one module per kind of generated item). A syntax error costs
//! only the entry or section header it is in: the parser resumes at the next
//! item; every problem is collected, and all come out together.

pub mod ast;
mod attr;
pub mod baseline;
pub mod check;
pub mod code_format;
pub mod diagnostic;
mod expand;
pub mod lock;
pub mod model;
pub mod naming;
mod parse;
pub mod placeholders;
pub mod plan;
mod spelling;
pub mod string_codes;

use proc_macro2::TokenStream;

use crate::diagnostic::Diagnostics;
use crate::model::Catalog;
use crate::plan::Plan;

/// Expands the body of an `error_catalog!` invocation: the generated code,
/// preceded by a `compile_error!` for every problem. Never panics. A
/// `#[baseline = "…"]` path is relative to `CARGO_MANIFEST_DIR`.
pub fn expand(input: TokenStream) -> TokenStream {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(std::path::PathBuf::from);
    expand_in(input, manifest_dir.as_deref())
}

/// [`expand`], with `#[baseline = "…"]` paths relative to `manifest_dir`
/// (an error when it is `None`): for tools that expand another crate's
/// catalogues.
pub fn expand_in(input: TokenStream, manifest_dir: Option<&std::path::Path>) -> TokenStream {
    let (catalogs, plans, mut diagnostics, baselines) = analyze_with_baselines(input, manifest_dir);
    let generated: TokenStream = catalogs
        .iter()
        .zip(&plans)
        .filter(|(_, plan)| plan.is_expanded())
        .map(|(catalog, plan)| expand::expand_catalog(catalog, plan, &mut diagnostics))
        .collect();
    let mut output = diagnostics.into_compile_errors();
    output.extend(generated);
    output.extend(baseline::expand_tracking(&baselines));
    output
}

/// [`analyze`], and each system with `#[baseline = "…"]` checked against
/// its lock file, a relative path resolved against `manifest_dir` (an error
/// when it is `None`); also the lock files read.
pub fn analyze_with_baselines(
    input: TokenStream,
    manifest_dir: Option<&std::path::Path>,
) -> (Vec<Catalog>, Vec<Plan>, Diagnostics, Vec<std::path::PathBuf>) {
    let (catalogs, plans, mut diagnostics) = analyze_and_plan(input);
    let baselines = baseline::check_baselines(&catalogs, manifest_dir, &mut diagnostics);
    (catalogs, plans, diagnostics, baselines)
}

/// Parses, lowers and checks the body of an invocation without generating
/// code: the catalogues (as far as they could be read) and every problem.
/// Baselines are not read: see [`analyze_with_baselines`].
pub fn analyze(input: TokenStream) -> (Vec<Catalog>, Diagnostics) {
    let (catalogs, _, diagnostics) = analyze_and_plan(input);
    (catalogs, diagnostics)
}

/// [`analyze`], with the plan of each catalogue that the checks reported
/// from and that the expansion follows.
pub fn analyze_and_plan(input: TokenStream) -> (Vec<Catalog>, Vec<Plan>, Diagnostics) {
    let mut diagnostics = Diagnostics::default();
    let invocation = parse::parse_invocation(input);
    let mut errors = invocation.errors.into_iter().peekable();
    let mut order = 0;
    let mut catalogs = Vec::with_capacity(invocation.systems.len());
    for (position, system) in invocation.systems.into_iter().enumerate() {
        while let Some((_, error)) = errors.next_if(|(before, _)| *before <= position) {
            order += 1;
            diagnostics.syntax(order, error);
        }
        catalogs.push(model::lower(system, &mut order, &mut diagnostics));
    }
    for (_, error) in errors {
        order += 1;
        diagnostics.syntax(order, error);
    }
    let plans = plan::plan_invocation(&catalogs);
    check::check_invocation(&catalogs, &plans, &mut diagnostics);
    (catalogs, plans, diagnostics)
}
