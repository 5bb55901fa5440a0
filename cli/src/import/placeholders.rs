//! The placeholders stage: a draft's messages written as `error_catalog!`
//! reads them, so that each renders as the text read and the macro's
//! placeholder check passes.
//!
//! - The syntax: printf's (`%s`, `%d`, `%-.192s`, `%%`), written as
//!   `#[placeholders(printf)]`, when more messages carry printf conversions
//!   than named placeholders (a database server's messages); else the
//!   default, `{path}`.
//! - A brace that does not start or end a named placeholder (`{extended
//!   result code definitions}`, a lone `}`) is doubled: a literal brace. In
//!   printf syntax braces are text, and a `%` that starts no conversion
//!   (`50% done`) is doubled instead.
//! - The languages in which no message has a placeholder, when another
//!   language's messages do (a table's primary texts, with translations
//!   that name the arguments), are declared `none_in(…)`.
//! - An entry whose other languages still disagree has every brace (every
//!   `%`) of its messages doubled, its placeholders kept as literal text,
//!   and is reported: the source's texts disagree, and only a person can
//!   say which is right.

use std::collections::BTreeSet;

use errcat::PlaceholderSyntax;
use errcat_placeholders::{Argument, Piece};

use crate::import::Report;
use crate::import::names::{Draft, EntryDraft};

pub fn settle(mut draft: Draft) -> Draft {
    let syntax = choose_syntax(&mut draft);
    draft.placeholders = syntax;
    if syntax == PlaceholderSyntax::Printf {
        report_malformed_conversions(&mut draft);
    }
    for entry in &mut draft.entries {
        entry.message = template(&entry.message, syntax);
        for (_, text) in &mut entry.texts {
            *text = template(text, syntax);
        }
    }
    let carries_any = |language: usize| {
        draft.entries.iter().any(|entry| {
            texts(entry, &draft.languages)
                .any(|(position, text)| position == language && !signature(text, syntax).is_empty())
        })
    };
    let carrying: Vec<bool> = (0..draft.languages.len()).map(carries_any).collect();
    if carrying.len() > 1 && carrying.contains(&true) {
        draft.none_in = draft
            .languages
            .iter()
            .zip(&carrying)
            .filter(|(_, carries)| !**carries)
            .map(|(language, _)| language.clone())
            .collect();
    }
    let none_in: Vec<usize> =
        (0..carrying.len()).filter(|&language| !carrying[language] && carrying.len() > 1).collect();
    for entry in &mut draft.entries {
        let sets: Vec<(usize, Signature)> = texts(entry, &draft.languages)
            .filter(|(language, text)| !text.is_empty() && !none_in.contains(language))
            .map(|(language, text)| (language, signature(text, syntax)))
            .collect();
        if sets.windows(2).all(|pair| pair[0].1 == pair[1].1) {
            continue;
        }
        let listed: Vec<String> = sets
            .iter()
            .map(|(language, set)| {
                let language = draft.languages.get(*language).map_or("the message", String::as_str);
                format!("{language}: {}", if set.is_empty() { "none".to_owned() } else { set.shown.join(" ") })
            })
            .collect();
        draft.reports.push(Report {
            line: entry.line,
            message: format!(
                "the languages of `{}` name different placeholders ({}); written as literal text: make the \
                 source's texts agree, then write them as placeholders again",
                entry.ident,
                listed.join("; ")
            ),
        });
        entry.message = literal(&entry.message, syntax);
        for (_, text) in &mut entry.texts {
            *text = literal(text, syntax);
        }
    }
    draft.reports.sort_by_key(|report| report.line);
    draft
}

/// Printf's syntax, with a report at the first entry that shows it, when
/// the messages read as a printf-style column: at least two entries carry
/// printf conversions, more than carry named placeholders and at least a
/// fifth of those with a message, and no `%` starts no conversion at all
/// (`50% done`: printf's messages write `50%% done`; an unknown conversion
/// letter, `MariaDB`'s `%-.192T`, still reads as one). Else the default.
fn choose_syntax(draft: &mut Draft) -> PlaceholderSyntax {
    let carries = |entry: &EntryDraft, syntax: PlaceholderSyntax| {
        texts(entry, &draft.languages)
            .any(|(_, text)| errcat_placeholders::pieces(text, syntax).any(|piece| piece.placeholder().is_some()))
    };
    let printf: Vec<&EntryDraft> =
        draft.entries.iter().filter(|entry| carries(entry, PlaceholderSyntax::Printf)).collect();
    let named = draft.entries.iter().filter(|entry| carries(entry, PlaceholderSyntax::Named)).count();
    let with_message =
        draft.entries.iter().filter(|entry| texts(entry, &draft.languages).any(|(_, text)| !text.is_empty())).count();
    let stray = draft.entries.iter().any(|entry| {
        texts(entry, &draft.languages).any(|(_, text)| {
            errcat_placeholders::pieces(text, PlaceholderSyntax::Printf)
                .any(|piece| matches!(piece, Piece::Malformed(malformed) if !conversion_like(malformed.written)))
        })
    });
    let printf_column = printf.len() >= 2 && printf.len() > named && printf.len() * 5 >= with_message && !stray;
    let Some(first) = printf.first().filter(|_| printf_column) else {
        return PlaceholderSyntax::Named;
    };
    let conversion = texts(first, &draft.languages)
        .flat_map(|(_, text)| errcat_placeholders::pieces(text, PlaceholderSyntax::Printf))
        .find_map(|piece| piece.placeholder().map(|placeholder| placeholder.written))
        .unwrap_or("%s");
    let report = Report {
        line: first.line,
        message: format!(
            "printf conversions, such as `{conversion}` here, in {} of {} entries: written with \
             #[placeholders(printf)]",
            printf.len(),
            draft.entries.len()
        ),
    };
    draft.reports.push(report);
    PlaceholderSyntax::Printf
}

/// A `%` that starts no conversion errcat reads, such as `MariaDB`'s `%T`:
/// written as literal text (`%%`), and reported, since the source may mean
/// an argument there.
fn report_malformed_conversions(draft: &mut Draft) {
    for entry in &draft.entries {
        let malformed: Vec<&str> = texts(entry, &draft.languages)
            .flat_map(|(_, text)| errcat_placeholders::pieces(text, PlaceholderSyntax::Printf))
            .filter_map(|piece| match piece {
                Piece::Malformed(malformed) => Some(malformed.written),
                _ => None,
            })
            .collect();
        if let Some(first) = malformed.first() {
            draft.reports.push(Report {
                line: entry.line,
                message: format!(
                    "`{first}` in `{}` is not a printf conversion that errcat reads (`%s`, `%d`, `%-.192s`, `%M`, \
                     `%%`): written as literal text, `{}`",
                    entry.ident,
                    escape(first, PlaceholderSyntax::Printf)
                ),
            });
        }
    }
}

/// `%`, flags, a width, a precision and a letter: a conversion, if one
/// errcat does not know (`%-.192T`).
fn conversion_like(written: &str) -> bool {
    let Some(rest) = written.strip_prefix('%') else { return false };
    let rest = rest.trim_start_matches(['-', '+', '#', '0', '\'', '`']);
    let rest = rest.trim_start_matches(|character: char| character.is_ascii_digit() || character == '.');
    rest.chars().next().is_some_and(|character| character.is_ascii_alphabetic())
}

/// An entry's messages with the position of their language among the
/// draft's (the primary message is 0).
fn texts<'a>(entry: &'a EntryDraft, languages: &'a [String]) -> impl Iterator<Item = (usize, &'a str)> {
    std::iter::once((0, entry.message.as_str())).chain(entry.texts.iter().map(move |(language, text)| {
        (languages.iter().position(|declared| declared == language).unwrap_or(usize::MAX), text.as_str())
    }))
}

/// What the macro compares between languages: the set of names, or the
/// arguments of the conversions in order; and how to show them.
#[derive(Debug)]
struct Signature {
    names: BTreeSet<String>,
    arguments: Vec<Argument>,
    shown: Vec<String>,
}

impl Signature {
    fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }
}

impl PartialEq for Signature {
    fn eq(&self, other: &Self) -> bool {
        self.names == other.names && self.arguments == other.arguments
    }
}

fn signature(template: &str, syntax: PlaceholderSyntax) -> Signature {
    let mut signature = Signature { names: BTreeSet::new(), arguments: Vec::new(), shown: Vec::new() };
    for piece in errcat_placeholders::pieces(template, syntax) {
        let Some(placeholder) = piece.placeholder() else { continue };
        match (placeholder.name(), placeholder.conversion()) {
            (Some(name), _) => {
                if signature.names.insert(name.to_owned()) {
                    signature.shown.push(format!("{{{name}}}"));
                }
            }
            (None, Some(conversion)) => {
                signature.arguments.push(conversion.argument());
                signature.shown.push(placeholder.written.to_owned());
            }
            (None, None) => {}
        }
    }
    if syntax == PlaceholderSyntax::Named {
        signature.shown.sort_unstable();
    }
    signature
}

/// The escape of a syntax's literal character: `{`, `}` (named) or `%`.
fn escape(text: &str, syntax: PlaceholderSyntax) -> String {
    match syntax {
        PlaceholderSyntax::Printf => text.replace('%', "%%"),
        PlaceholderSyntax::Named => text.replace('{', "{{").replace('}', "}}"),
    }
}

/// The text as a template: placeholders and escapes kept, every other
/// brace (or `%`) doubled.
fn template(text: &str, syntax: PlaceholderSyntax) -> String {
    let mut written = String::with_capacity(text.len());
    for piece in errcat_placeholders::pieces(text, syntax) {
        match piece {
            Piece::Placeholder(placeholder) => written.push_str(placeholder.written),
            // A brace or `%` read as text came from `{{`, `}}` or `%%`: written back so.
            Piece::Text(escaped @ ("{" | "}")) if syntax == PlaceholderSyntax::Named => {
                written.push_str(&escaped.repeat(2));
            }
            Piece::Text("%") if syntax == PlaceholderSyntax::Printf => written.push_str("%%"),
            other => written.push_str(&escape(other.written(), syntax)),
        }
    }
    written
}

/// A template whose placeholders become literal text: every brace (or
/// `%`) it renders, doubled, so that it renders the same.
fn literal(template: &str, syntax: PlaceholderSyntax) -> String {
    let mut written = String::with_capacity(template.len());
    for piece in errcat_placeholders::pieces(template, syntax) {
        written.push_str(&escape(piece.written(), syntax));
    }
    written
}

#[cfg(test)]
mod tests {
    use errcat::PlaceholderSyntax::{Named, Printf};

    use super::{literal, template};

    #[test]
    fn braces_that_are_not_placeholders_are_doubled() {
        assert_eq!(template("File {path} not found", Named), "File {path} not found");
        assert_eq!(
            template("see {extended result code definitions}", Named),
            "see {{extended result code definitions}}"
        );
        assert_eq!(template("a } b { c", Named), "a }} b {{ c");
        assert_eq!(template("{{already}} {0}", Named), "{{already}} {0}");
        assert_eq!(template("{}", Named), "{{}}");
    }

    #[test]
    fn printf_messages_are_kept_exactly() {
        let kept = "Duplicate entry '%-.192s' for key %d: 100%% {not a placeholder}";
        assert_eq!(template(kept, Printf), kept);
        assert_eq!(
            template("Can't create table %`s.%`s (errno: %M)", Printf),
            "Can't create table %`s.%`s (errno: %M)"
        );
        assert_eq!(template("50% done, %s left", Printf), "50%% done, %s left");
    }

    #[test]
    fn literal_text_doubles_every_brace() {
        assert_eq!(literal("File {path} {{x}}", Named), "File {{path}} {{x}}");
        assert_eq!(literal("%s at 100%%", Printf), "%%s at 100%%");
    }
}
