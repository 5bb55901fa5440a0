//! Finding `error_catalog! { … }` in Rust source without compiling it: the
//! file is tokenized with `proc_macro2`, whose spans then carry lines,
//! columns and byte offsets.

use std::path::Path;
use std::str::FromStr;

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};

use crate::failure::{Failure, Kind};

/// One `error_catalog!` invocation found in a file.
pub struct Invocation {
    /// What is between the braces.
    pub body: TokenStream,
    /// The closing delimiter: where the front end's "unexpected end of
    /// input" belongs, which it reports at no place of its own.
    pub close_span: Span,
}

/// The text of a file, refusing what cannot be one.
pub fn read_source(path: &Path) -> Result<String, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|error| Failure::new(Kind::Io, format!("cannot read {}: {}", path.display(), io_reason(&error))))?;
    source_text(path, bytes)
}

/// Bytes read from `path` as text, refusing a binary file or one that is
/// not UTF-8.
pub fn source_text(path: &Path, bytes: Vec<u8>) -> Result<String, Failure> {
    if bytes.contains(&0) {
        return Err(Failure::new(Kind::NotText, format!("{} is a binary file, not text", path.display())));
    }
    String::from_utf8(bytes).map_err(|_| Failure::new(Kind::NotText, format!("{} is not UTF-8 text", path.display())))
}

/// The reason of an I/O error without the `(os error 2)` suffix.
pub fn io_reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(end) => text[..end].to_owned(),
        None => text,
    }
}

/// Every `error_catalog! { … }` in the source, including qualified ones
/// (`errcat::error_catalog!`) and those nested in modules or functions.
pub fn invocations(path: &Path, source: &str) -> Result<Vec<Invocation>, Failure> {
    let tokens = TokenStream::from_str(source).map_err(|error| {
        let start = error.span().start();
        Failure::new(
            Kind::InvalidSource,
            format!("{}:{}:{}: not valid Rust tokens: {error}", path.display(), start.line, start.column + 1),
        )
    })?;
    Ok(collect(tokens))
}

/// The invocations in `tokens` and in every group inside them, in source
/// order. Groups are walked with a stack of their own, so that no nesting,
/// however deep, exhausts the call stack.
fn collect(tokens: TokenStream) -> Vec<Invocation> {
    let mut found = Vec::new();
    // Each level: its trees, and the position of the next one to visit.
    let mut pending: Vec<(Vec<TokenTree>, usize)> = vec![(tokens.into_iter().collect(), 0)];
    while let Some((trees, position)) = pending.last_mut() {
        let index = *position;
        *position += 1;
        let Some(tree) = trees.get(index) else {
            pending.pop();
            continue;
        };
        match tree {
            TokenTree::Ident(ident) if ident == "error_catalog" => {
                if let (Some(TokenTree::Punct(bang)), Some(TokenTree::Group(group))) =
                    (trees.get(index + 1), trees.get(index + 2))
                    && bang.as_char() == '!'
                    && group.delimiter() != Delimiter::None
                {
                    found.push(Invocation { body: group.stream(), close_span: group.span_close() });
                    // Its body is the catalogue, not Rust items that could hold another.
                    *position += 2;
                }
            }
            TokenTree::Group(group) => {
                let inner = group.stream().into_iter().collect();
                pending.push((inner, 0));
            }
            _ => {}
        }
    }
    found
}
