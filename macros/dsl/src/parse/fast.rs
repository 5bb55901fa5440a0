//! The common entry, read straight from the token cursor: a decimal code
//! (with an optional minus sign), a name, and messages that are plain
//! `"…"` strings (no escapes, no suffix) with their language tags, then a
//! comma or the end of the block:
//!
//! ```text
//! -46628 FILE_NOT_EXIST "文件不存在" en "File not found",
//! ```
//!
//! Nearly every entry of a real catalogue has this form, and reading it
//! without syn's literal parsing and peeks is several times cheaper. Only
//! this form is read here, and it is read into the very tree the general
//! parser builds from it; anything else (a string code, an escape, a raw
//! or byte string, a suffix, a keyword, a missing comma, a code too large)
//! leaves the cursor where it was, for the general parser, which reads it
//! and reports its mistakes as before. The test below holds the two to the
//! same catalogues and the same diagnostics on varied inputs.

use proc_macro2::{Literal, Spacing};
use syn::buffer::Cursor;
use syn::parse::ParseStream;
use syn::{Attribute, Ident};

use crate::ast::{CodeLiteral, EntryDecl, TextLiteral};
use crate::diagnostic::Location;

/// The entry at the cursor when it has the common form, the cursor moved
/// past it and its comma; otherwise `Err(attrs)`, the cursor unmoved.
pub(super) fn entry(input: ParseStream, attrs: Vec<Attribute>) -> Result<EntryDecl, Vec<Attribute>> {
    #[cfg(test)]
    if tests::GENERAL_ONLY.with(std::cell::Cell::get) {
        return Err(attrs);
    }
    let read = input.step(|cursor| {
        let start = *cursor;
        Ok(match common_entry(start) {
            Some((parts, rest)) => (Some(parts), rest),
            None => (None, start),
        })
    });
    match read {
        Ok(Some(Parts { code, ident, message, texts })) => {
            Ok(EntryDecl { attrs, code, ident, message, texts, partial: false })
        }
        _ => Err(attrs),
    }
}

/// What an entry of the common form is made of.
struct Parts {
    code: CodeLiteral,
    ident: Ident,
    message: Option<TextLiteral>,
    texts: Vec<(Ident, TextLiteral)>,
}

fn common_entry(cursor: Cursor) -> Option<(Parts, Cursor)> {
    let (code, cursor) = code(cursor)?;
    let (ident, mut cursor) = name(cursor)?;
    let mut parts = Parts { code, ident, message: None, texts: Vec::new() };
    if let Some((message, rest)) = plain_string(cursor) {
        parts.message = Some(message);
        cursor = rest;
        while let Some((language, rest)) = cursor.ident() {
            if !accepted_as_name(&language) || starts_item(&language) {
                return None;
            }
            let (text, rest) = plain_string(rest)?;
            parts.texts.push((language, text));
            cursor = rest;
        }
    }
    if cursor.eof() {
        return Some((parts, cursor));
    }
    match cursor.punct() {
        Some((comma, rest)) if comma.as_char() == ',' => Some((parts, rest)),
        _ => None,
    }
}

/// Whether a word may start the next item (`section`, `reserved`, `open`,
/// `retired`): where the general parser tells.
fn starts_item(word: &Ident) -> bool {
    matches!(word.to_string().as_str(), "section" | "reserved" | "open" | "retired")
}

/// `"-"? INTEGER`, the integer in plain decimal digits that fit in `i128`,
/// as `CodeLiteral`'s parser reads it.
fn code(cursor: Cursor) -> Option<(CodeLiteral, Cursor)> {
    let (minus, cursor) = match cursor.punct() {
        Some((punct, rest)) if punct.as_char() == '-' && punct.spacing() == Spacing::Alone => (Some(punct.span()), rest),
        Some(_) => return None,
        None => (None, cursor),
    };
    let (literal, rest) = cursor.literal()?;
    let text = literal.to_string();
    if text.is_empty() || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let magnitude: i128 = text.parse().ok()?;
    let value = if minus.is_some() { -magnitude } else { magnitude };
    let location = Location { start: minus.unwrap_or_else(|| literal.span()), end: literal.span() };
    Some((CodeLiteral { value, location }, rest))
}

/// The entry's name: an identifier syn's `Ident` parser takes (not a
/// keyword).
fn name(cursor: Cursor) -> Option<(Ident, Cursor)> {
    let (ident, rest) = cursor.ident()?;
    accepted_as_name(&ident).then_some((ident, rest))
}

/// A `"…"` literal without escapes, carriage returns or suffix.
fn plain_string(cursor: Cursor) -> Option<(TextLiteral, Cursor)> {
    let (literal, rest): (Literal, Cursor) = cursor.literal()?;
    let written = literal.to_string();
    Some((TextLiteral::plain(literal, written)?, rest))
}

/// Whether syn's `Ident` parser accepts `ident`: it refuses the keywords
/// and `_` (its `accept_as_ident`; a raw identifier, `r#type`, is none of
/// them).
fn accepted_as_name(ident: &Ident) -> bool {
    !matches!(
        ident.to_string().as_str(),
        "_" | "abstract"
            | "as"
            | "async"
            | "await"
            | "become"
            | "box"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "do"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "final"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "macro"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "override"
            | "priv"
            | "pub"
            | "ref"
            | "return"
            | "Self"
            | "self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "try"
            | "type"
            | "typeof"
            | "unsafe"
            | "unsized"
            | "use"
            | "virtual"
            | "where"
            | "while"
            | "yield"
    )
}

#[cfg(test)]
mod tests;
