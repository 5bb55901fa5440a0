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

use proc_macro2::{Delimiter, Literal, Spacing};
use syn::buffer::Cursor;
use syn::parse::ParseStream;
use syn::{AttrStyle, Attribute, Expr, ExprLit, Ident, Lit, Meta, MetaNameValue, Path};

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

/// `attribute*`, as `Attribute::parse_outer` reads them: the doc comments
/// in front (`#[doc = r" …"]` to the parser) built directly, into the
/// attribute syn would build, the rest read by syn.
pub(super) fn outer_attributes(input: ParseStream) -> syn::Result<Vec<Attribute>> {
    let mut attrs = Vec::new();
    #[cfg(test)]
    if tests::GENERAL_ONLY.with(std::cell::Cell::get) {
        return input.call(Attribute::parse_outer);
    }
    while let Some(attr) = input.step(|cursor| {
        let start = *cursor;
        Ok(match doc_attribute(start) {
            Some((attr, rest)) => (Some(attr), rest),
            None => (None, start),
        })
    })? {
        attrs.push(attr);
    }
    attrs.extend(input.call(Attribute::parse_outer)?);
    Ok(attrs)
}

/// `# [doc = LITERAL]`, as syn reads it: the path `doc`, and the literal
/// as the value (syn takes a value that is one literal as `Expr::Lit`).
fn doc_attribute(cursor: Cursor) -> Option<(Attribute, Cursor)> {
    let (pound, cursor) = cursor.punct()?;
    if pound.as_char() != '#' {
        return None;
    }
    let (content, brackets, rest) = cursor.group(Delimiter::Bracket)?;
    let (path, content) = content.ident()?;
    if path != "doc" {
        return None;
    }
    let (equals, content) = content.punct()?;
    if equals.as_char() != '=' || equals.spacing() != Spacing::Alone {
        return None;
    }
    let (literal, content) = content.literal()?;
    if !content.eof() {
        return None;
    }
    let attr = Attribute {
        pound_token: syn::Token![#](pound.span()),
        style: AttrStyle::Outer,
        bracket_token: syn::token::Bracket { span: brackets },
        meta: Meta::NameValue(MetaNameValue {
            path: Path::from(path),
            eq_token: syn::Token![=](equals.span()),
            value: Expr::Lit(ExprLit { attrs: Vec::new(), lit: Lit::new(literal) }),
        }),
    };
    Some((attr, rest))
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
            // Written once for both questions.
            let word = language.to_string();
            if !accepted_word(&word) || starts_item(&word) {
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
fn starts_item(word: &str) -> bool {
    matches!(word, "section" | "reserved" | "open" | "retired")
}

/// `"-"? INTEGER`, the integer in plain decimal digits that fit in `i128`,
/// as `CodeLiteral`'s parser reads it.
fn code(cursor: Cursor) -> Option<(CodeLiteral, Cursor)> {
    let (minus, cursor) = match cursor.punct() {
        Some((punct, rest)) if punct.as_char() == '-' && punct.spacing() == Spacing::Alone => {
            (Some(punct.span()), rest)
        }
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
    Some((CodeLiteral::integer(value, location), rest))
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
    accepted_word(&ident.to_string())
}

/// [`accepted_as_name`] for the identifier written `word`.
fn accepted_word(word: &str) -> bool {
    !matches!(
        word,
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
