//! The placeholders stage: a draft's messages written as `error_catalog!`
//! reads them (`{path}` a placeholder, `{{` a brace), so that each renders
//! as the text read and the macro's placeholder check passes.
//!
//! - A brace that does not start or end a placeholder (`{extended result
//!   code definitions}`, a lone `}`) is doubled: a literal brace.
//! - The languages in which no message has a placeholder, when another
//!   language's messages do (a table's primary texts, with translations
//!   that name the arguments), are declared `none_in(…)`.
//! - An entry whose other languages still disagree has every brace of its
//!   messages doubled, its placeholders kept as literal text, and is
//!   reported: the source's texts disagree, and only a person can say which
//!   is right.

use std::collections::BTreeSet;

use errcat::PlaceholderSyntax;
use errcat_placeholders::Piece;

use crate::import::Report;
use crate::import::names::{Draft, EntryDraft};

pub fn settle(mut draft: Draft) -> Draft {
    for entry in &mut draft.entries {
        entry.message = template(&entry.message);
        for (_, text) in &mut entry.texts {
            *text = template(text);
        }
    }
    let carries_any = |language: usize| {
        draft.entries.iter().any(|entry| {
            texts(entry, &draft.languages).any(|(position, text)| position == language && !names(text).is_empty())
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
        let sets: Vec<(usize, BTreeSet<&str>)> = texts(entry, &draft.languages)
            .filter(|(language, text)| !text.is_empty() && !none_in.contains(language))
            .map(|(language, text)| (language, names(text)))
            .collect();
        if sets.windows(2).all(|pair| pair[0].1 == pair[1].1) {
            continue;
        }
        let listed: Vec<String> = sets
            .iter()
            .map(|(language, set)| {
                let language = draft.languages.get(*language).map_or("the message", String::as_str);
                let set: Vec<String> = set.iter().map(|name| format!("{{{name}}}")).collect();
                format!("{language}: {}", if set.is_empty() { "none".to_owned() } else { set.join(" ") })
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
        entry.message = literal(&entry.message);
        for (_, text) in &mut entry.texts {
            *text = literal(text);
        }
    }
    draft.reports.sort_by_key(|report| report.line);
    draft
}

/// An entry's messages with the position of their language among the
/// draft's (the primary message is 0).
fn texts<'a>(entry: &'a EntryDraft, languages: &'a [String]) -> impl Iterator<Item = (usize, &'a str)> {
    std::iter::once((0, entry.message.as_str())).chain(entry.texts.iter().map(move |(language, text)| {
        (languages.iter().position(|declared| declared == language).unwrap_or(usize::MAX), text.as_str())
    }))
}

fn names(template: &str) -> BTreeSet<&str> {
    errcat_placeholders::pieces(template, PlaceholderSyntax::Named)
        .filter_map(|piece| piece.placeholder().and_then(errcat_placeholders::Placeholder::name))
        .collect()
}

/// The text as a template: placeholders kept, every other brace doubled.
fn template(text: &str) -> String {
    let mut written = String::with_capacity(text.len());
    for piece in errcat_placeholders::pieces(text, PlaceholderSyntax::Named) {
        match piece {
            Piece::Placeholder(placeholder) => written.push_str(placeholder.written),
            // A brace read as text came from `{{` or `}}`: written back so.
            Piece::Text(brace @ ("{" | "}")) => written.push_str(&brace.repeat(2)),
            other => written.push_str(&other.written().replace('{', "{{").replace('}', "}}")),
        }
    }
    written
}

/// A template whose placeholders become literal text: every brace it
/// renders, doubled, so that it renders the same.
fn literal(template: &str) -> String {
    let mut written = String::with_capacity(template.len());
    for piece in errcat_placeholders::pieces(template, PlaceholderSyntax::Named) {
        written.push_str(&piece.written().replace('{', "{{").replace('}', "}}"));
    }
    written
}

#[cfg(test)]
mod tests {
    use super::{literal, template};

    #[test]
    fn braces_that_are_not_placeholders_are_doubled() {
        assert_eq!(template("File {path} not found"), "File {path} not found");
        assert_eq!(template("see {extended result code definitions}"), "see {{extended result code definitions}}");
        assert_eq!(template("a } b { c"), "a }} b {{ c");
        assert_eq!(template("{{already}} {0}"), "{{already}} {0}");
        assert_eq!(template("{}"), "{{}}");
    }

    #[test]
    fn literal_text_doubles_every_brace() {
        assert_eq!(literal("File {path} {{x}}"), "File {{path}} {{x}}");
    }
}
