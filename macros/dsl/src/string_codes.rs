//! The rules of string codes (`pub system SqlState: str { "22P02" … }`):
//! `#[code_chars = "0-9A-Z"]`, the characters a system's codes may use,
//! read here; and the checks that only string codes have (every character
//! allowed, no `#[code_format]`; an empty code is reported as the model
//! reads it). The rules both
//! kinds of code share (duplicates, sections, reservations) live with the
//! other checks, which compare string codes by prefix.

use syn::{Attribute, LitStr};

use crate::ast::{CodeLiteral, CodeRange};
use crate::diagnostic::{Diagnostics, Location};
use crate::model::{Catalog, CodeType};

/// `#[code_chars = "0-9A-Z_"]`: single characters and ranges `a-z`; a `-`
/// first or last stands for itself.
#[derive(Clone, Debug)]
pub struct CodeChars {
    /// As written, for messages.
    pub written: String,
    /// Inclusive ranges; a single character is a range of one.
    ranges: Vec<(char, char)>,
    pub location: Location,
}

impl CodeChars {
    /// Reads the set; the error says what is wrong.
    pub fn parse(written: &str, location: Location) -> Result<CodeChars, String> {
        let characters: Vec<char> = written.chars().collect();
        if characters.is_empty() {
            return Err("`#[code_chars = \"\"]` allows no character: list the characters codes use, e.g. \
                        `#[code_chars = \"0-9A-Z\"]`"
                .to_owned());
        }
        let mut ranges = Vec::new();
        let mut at = 0;
        while at < characters.len() {
            let first = characters[at];
            if at + 2 < characters.len() && characters[at + 1] == '-' {
                let last = characters[at + 2];
                if last < first {
                    return Err(format!(
                        "the range `{first}-{last}` in `#[code_chars = {written:?}]` is empty: its start comes after \
                         its end; write `{last}-{first}`"
                    ));
                }
                ranges.push((first, last));
                at += 3;
            } else {
                ranges.push((first, first));
                at += 1;
            }
        }
        Ok(CodeChars { written: written.to_owned(), ranges, location })
    }

    pub fn allows(&self, character: char) -> bool {
        self.ranges.iter().any(|&(first, last)| first <= character && character <= last)
    }
}

/// `#[code_chars = "…"]`.
pub fn read_attr(attr: &Attribute, code_chars: &mut Option<CodeChars>, order: usize, diagnostics: &mut Diagnostics) {
    let value = match &attr.meta {
        syn::Meta::NameValue(syn::MetaNameValue {
            value: syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(value), .. }),
            ..
        }) if value.suffix().is_empty() => value,
        _ => {
            diagnostics.error(
                order,
                Location::of(attr),
                "expected `#[code_chars = \"0-9A-Z\"]`, the characters a string code may use: single characters \
                 and ranges such as `A-Z`",
            );
            return;
        }
    };
    if code_chars.is_some() {
        diagnostics.error(order, Location::of(attr), "duplicate `#[code_chars = \"…\"]`: list every character in one");
        return;
    }
    match CodeChars::parse(&value.value(), Location::from(LitStr::span(value))) {
        Ok(parsed) => *code_chars = Some(parsed),
        Err(message) => {
            diagnostics.error(order, value.span(), message);
        }
    }
}

/// The checks of string codes: each code, prefix and retired code is not
/// empty and uses only the allowed characters; the attributes that apply
/// to integer codes only are not written on a `str` system.
pub fn check(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    if catalog.code_type != CodeType::Str {
        if let Some(chars) = &catalog.code_chars {
            diagnostics.error(
                catalog.order,
                chars.location,
                format!(
                    "`#[code_chars]` applies to string codes, and system `{}` has integer codes; remove it, or \
                     declare `pub system {}: str {{ … }}`",
                    catalog.ident, catalog.ident
                ),
            );
        }
        return;
    }
    if let Some(location) = catalog.code_format_location {
        diagnostics.error(
            catalog.order,
            location,
            format!(
                "`#[code_format]` writes integer codes, and system `{}` has string codes, written as they are; \
                 remove the attribute",
                catalog.ident
            ),
        );
    }
    let codes =
        catalog.entries.iter().map(|entry| (entry.order, &entry.code, format!("the code of `{}`", entry.ident))).chain(
            catalog
                .retired
                .iter()
                .map(|retired| (retired.order, &retired.code, format!("the retired code of `{}`", retired.ident))),
        );
    for (order, code, what) in codes {
        check_text(code, &what, catalog, order, diagnostics);
    }
    let prefixes = catalog
        .sections
        .iter()
        .filter_map(|section| {
            let range = section.range.as_ref()?;
            Some((section.order, range, format!("the prefix of section `{}`", section.ident)))
        })
        .chain(catalog.reserved.iter().map(|reserved| {
            let what = if reserved.open { "an `open` prefix" } else { "a `reserved` prefix" };
            (reserved.order, &reserved.range, what.to_owned())
        }));
    for (order, range, what) in prefixes {
        check_prefix(range, &what, catalog, order, diagnostics);
    }
}

fn check_prefix(range: &CodeRange, what: &str, catalog: &Catalog, order: usize, diagnostics: &mut Diagnostics) {
    if range.prefix().is_some() {
        check_text(&range.start, what, catalog, order, diagnostics);
    }
}

fn check_text(code: &CodeLiteral, what: &str, catalog: &Catalog, order: usize, diagnostics: &mut Diagnostics) {
    let Some(text) = code.text.as_deref().filter(|_| !code.unusable) else { return };
    let Some(chars) = &catalog.code_chars else { return };
    if let Some(character) = text.chars().find(|&character| !chars.allows(character)) {
        diagnostics
            .error(
                order,
                code.location,
                format!(
                    "{what}, {code}, has the character {character:?}, which `#[code_chars = {:?}]` of system `{}` \
                     does not allow; fix the code, or allow the character",
                    chars.written, catalog.ident
                ),
            )
            .note(chars.location, "the characters codes may use are declared here");
    }
}
