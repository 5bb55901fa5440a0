//! Placeholders in messages: `#[placeholders(…)]` on a system, and the
//! check that every language of an entry takes the same arguments. How a
//! message is read is `errcat_placeholders`' rule, the one the runtime
//! renders with.

use std::collections::BTreeSet;

use errcat_placeholders::{Conversion, Piece, Placeholder, Problem, Syntax};
use syn::{Attribute, Ident};

use crate::diagnostic::{Diagnostics, Location};
use crate::model::{Catalog, Entry, Message};

/// `#[placeholders(printf)]`, `#[placeholders(named, none_in(zh))]`.
#[derive(Default)]
pub struct PlaceholdersAttr {
    pub syntax: Syntax,
    /// Languages whose messages carry no placeholders (a table's primary
    /// texts, say, where only the translations name the arguments): not
    /// compared with the others, and a placeholder in one is an error.
    pub none_in: Vec<Ident>,
    /// Where the attribute is written.
    pub location: Option<Location>,
    /// Written but not readable (reported): the syntax is unknown, so no
    /// message is checked.
    pub unreadable: bool,
}

const LANGUAGE_EXPECTED: &str = "expected a language tag, as in `none_in(zh)`";
const ONE_SYNTAX: &str = "a system's messages have one placeholder syntax: `named` or `printf`";
const EXPECTED: &str = "expected `#[placeholders(printf)]` (C's `%s`, `%d`), `#[placeholders(named)]` (`{path}`, \
                        the default), optionally with `none_in(zh)`, the languages whose messages carry none";

/// Reads `#[placeholders(…)]`, reporting a malformed or repeated one.
pub fn read_attr(attr: &Attribute, slot: &mut PlaceholdersAttr, order: usize, diagnostics: &mut Diagnostics) {
    if slot.location.is_some() {
        diagnostics.error(
            order,
            Location::of(attr),
            "duplicate `#[placeholders(…)]`: write one, e.g. `#[placeholders(printf)]`",
        );
        return;
    }
    slot.location = Some(Location::of(attr));
    let mut syntax: Option<Syntax> = None;
    let parsed = attr.parse_nested_meta(|meta| {
        let keyword = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
        if keyword == "none_in" {
            return meta.parse_nested_meta(|language| {
                match language.path.get_ident() {
                    Some(tag) => slot.none_in.push(tag.clone()),
                    None => return Err(language.error(LANGUAGE_EXPECTED)),
                }
                Ok(())
            });
        }
        match Syntax::from_keyword(&keyword) {
            Some(_) if syntax.is_some() => Err(meta.error(ONE_SYNTAX)),
            Some(chosen) => {
                syntax = Some(chosen);
                Ok(())
            }
            None => Err(meta.error(EXPECTED)),
        }
    });
    match parsed {
        Ok(()) => slot.syntax = syntax.unwrap_or_default(),
        Err(error) => {
            slot.unreadable = true;
            let message = error.to_string();
            let message = if [EXPECTED, LANGUAGE_EXPECTED, ONE_SYNTAX].contains(&message.as_str()) {
                message
            } else {
                EXPECTED.to_owned()
            };
            diagnostics.error(order, error.span(), message);
        }
    }
}

/// Every language of an entry takes the same arguments: the same set of
/// named placeholders, or the same printf conversions in the same order,
/// so that the arguments given at run time fill every translation. A
/// placeholder that cannot be read is an error on its message; a language
/// of `none_in(…)` carries none.
pub fn check_placeholders(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    let rules = &catalog.placeholders;
    if rules.unreadable {
        return;
    }
    check_none_in_languages(catalog, diagnostics);
    for entry in &catalog.entries {
        let messages = entry
            .message
            .iter()
            .map(|message| (catalog.primary_language(), message))
            .chain(entry.texts.iter().map(|(language, message)| (Some(language), message)));
        let mut compared: Vec<Read> = Vec::new();
        for (language, message) in messages {
            let label = Label(language);
            let Some(placeholders) = read(entry, label, message, rules.syntax, diagnostics) else { continue };
            let silent = language.is_some_and(|language| rules.none_in.iter().any(|tag| tag == language));
            if silent {
                if let Some(first) = placeholders.first() {
                    diagnostics.error(
                        entry.order,
                        message.literal.span(),
                        format!(
                            "the {label} of `{}` has the placeholder `{}`, but system `{}` says its {label}s carry \
                             none (`#[placeholders(none_in(…))]`): remove it, or the language from `none_in`",
                            entry.ident, first.written, catalog.ident
                        ),
                    );
                }
                continue;
            }
            compared.push(Read { label, message, placeholders });
        }
        if entry.partial {
            continue;
        }
        let Some((reference, others)) = compared.split_first() else { continue };
        for other in others {
            match rules.syntax {
                Syntax::Named => compare_named(catalog, entry, reference, other, diagnostics),
                Syntax::Printf => compare_conversions(entry, reference, other, diagnostics),
            }
        }
    }
}

/// One message of an entry, read.
struct Read<'a> {
    /// `` `en` message ``, or `message` for a system without languages.
    label: Label<'a>,
    message: &'a Message,
    placeholders: Vec<Placeholder<'a>>,
}

/// `` `en` message ``, or `message` for a system without languages: shown
/// only in a diagnostic, so written only then.
#[derive(Clone, Copy)]
struct Label<'a>(Option<&'a Ident>);

impl std::fmt::Display for Label<'_> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            None => formatter.write_str("message"),
            Some(language) => write!(formatter, "`{language}` message"),
        }
    }
}

/// The placeholders of a non-empty message, or `None` (reported) when one
/// of them is malformed: a message that cannot be read is not compared.
fn read<'a>(
    entry: &Entry,
    label: Label,
    message: &'a Message,
    syntax: Syntax,
    diagnostics: &mut Diagnostics,
) -> Option<Vec<Placeholder<'a>>> {
    if message.value.is_empty() {
        return None;
    }
    let mut placeholders = Vec::new();
    let mut readable = true;
    // Each malformed piece once per message, however often it is written.
    let mut reported: Vec<(Problem, &str)> = Vec::new();
    for piece in errcat_placeholders::pieces(&message.value, syntax) {
        match piece {
            Piece::Text(_) => {}
            Piece::Placeholder(placeholder) => placeholders.push(placeholder),
            Piece::Malformed(malformed) if reported.contains(&(malformed.problem, malformed.written)) => {}
            Piece::Malformed(malformed) => {
                readable = false;
                reported.push((malformed.problem, malformed.written));
                let written = malformed.written;
                let problem = match malformed.problem {
                    Problem::Unclosed => {
                        format!(
                            "an unclosed placeholder `{written}`: close it with `}}`, or write `{{{{` for a literal `{{`"
                        )
                    }
                    Problem::Empty => {
                        "an empty placeholder `{}`: name it, as in `{path}`, or write `{{}}` for literal braces"
                            .to_owned()
                    }
                    Problem::NotAName => format!(
                        "the placeholder `{written}`, whose name is not an identifier: a placeholder is an ASCII \
                         identifier or an argument index in braces (`{{path}}`, `{{0}}`); write `{{{{` and `}}}}` for \
                         literal braces"
                    ),
                    Problem::UnmatchedClose => {
                        "a `}` that closes no placeholder: write `}}` for a literal `}`".to_owned()
                    }
                    Problem::Incomplete => format!(
                        "an incomplete conversion `{written}`: finish it, as in `%s` or `%d`, or write `%%` for a \
                         literal `%`"
                    ),
                    Problem::UnknownConversion => format!(
                        "`{written}`, which is not a printf conversion: end it with one of `d i u o x X f F e E g G a \
                         A c s p n` or MariaDB's `M`, or write `%%` for a literal `%`"
                    ),
                    Problem::ArgumentWidth => format!(
                        "`{written}`, a width or precision taken from an argument, which errcat cannot fill: write \
                         the number, as in `%-.192s`"
                    ),
                    Problem::SpaceFlag => format!(
                        "`{written}`, which reads as a conversion with the space flag: write `%%` for a literal \
                         `%`, or drop the space"
                    ),
                    Problem::Positional => format!(
                        "the positional conversion `{written}`, which errcat cannot fill: write the conversions in \
                         the order of their arguments"
                    ),
                };
                diagnostics.error(
                    entry.order,
                    message.literal.span(),
                    format!("the {label} of `{}` has {problem}", entry.ident),
                );
            }
        }
    }
    readable.then_some(placeholders)
}

fn names<'a>(read: &Read<'a>) -> BTreeSet<&'a str> {
    read.placeholders.iter().filter_map(Placeholder::name).collect()
}

fn listed(names: &[&str]) -> String {
    names.iter().map(|name| format!("`{{{name}}}`")).collect::<Vec<_>>().join(", ")
}

fn compare_named(catalog: &Catalog, entry: &Entry, reference: &Read, other: &Read, diagnostics: &mut Diagnostics) {
    let (expected, given) = (names(reference), names(other));
    let missing: Vec<&str> = expected.difference(&given).copied().collect();
    let extra: Vec<&str> = given.difference(&expected).copied().collect();
    let span = other.message.literal.span();
    let (this, that) = (&other.label, &reference.label);
    let plural = |names: &[&str]| if names.len() == 1 { "placeholder" } else { "placeholders" };
    if !missing.is_empty() {
        diagnostics.error(
            entry.order,
            span,
            format!(
                "the {this} of `{}` lacks the {} {} that its {that} has: every language of an entry takes the same \
                 placeholders; add {} to the {this}, or remove {} from the {that}",
                entry.ident,
                plural(&missing),
                listed(&missing),
                if missing.len() == 1 { "it" } else { "them" },
                if missing.len() == 1 { "it" } else { "them" },
            ),
        );
    }
    if !extra.is_empty() {
        let hint = match catalog.primary_language() {
            Some(primary) if expected.is_empty() && reference.label.to_string() == format!("`{primary}` message") => {
                format!(
                    "; if the `{primary}` messages of system `{}` carry no placeholders, say so with \
                 `#[placeholders(none_in({primary}))]`",
                    catalog.ident
                )
            }
            _ => String::new(),
        };
        diagnostics.error(
            entry.order,
            span,
            format!(
                "the {this} of `{}` has the {} {} that its {that} lacks: every language of an entry takes the same \
                 placeholders; remove {} from the {this}, or add {} to the {that}{hint}",
                entry.ident,
                plural(&extra),
                listed(&extra),
                if extra.len() == 1 { "it" } else { "them" },
                if extra.len() == 1 { "it" } else { "them" },
            ),
        );
    }
}

fn ordinal(position: usize) -> String {
    let number = position + 1;
    let suffix = match (number % 10, number % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{number}{suffix}")
}

fn describe(conversion: &Conversion) -> String {
    let argument = conversion.argument();
    match argument.length {
        "" => argument.class.describe().to_owned(),
        length => format!("{} of length `{length}`", argument.class.describe()),
    }
}

fn conversions<'a>(read: &'a Read) -> impl Iterator<Item = (&'a str, &'a Conversion)> {
    read.placeholders.iter().filter_map(|placeholder| Some((placeholder.written, placeholder.conversion()?)))
}

/// The first difference only: after it, the arguments are shifted and every
/// later one would differ too.
fn compare_conversions(entry: &Entry, reference: &Read, other: &Read, diagnostics: &mut Diagnostics) {
    let expected: Vec<(&str, &Conversion)> = conversions(reference).collect();
    let given: Vec<(&str, &Conversion)> = conversions(other).collect();
    let (this, that) = (&other.label, &reference.label);
    let rule = "every language of an entry takes the same arguments, in the same order";
    let all = |list: &[(&str, &Conversion)]| match list.len() {
        0 => "none".to_owned(),
        count => format!(
            "{count} ({})",
            list.iter().map(|(written, _)| format!("`{written}`")).collect::<Vec<_>>().join(", ")
        ),
    };
    let first_difference =
        (0..expected.len().max(given.len())).find(|&position| match (expected.get(position), given.get(position)) {
            (Some((_, left)), Some((_, right))) => left.argument() != right.argument(),
            _ => true,
        });
    let Some(position) = first_difference else { return };
    let problem = match (expected.get(position), given.get(position)) {
        (Some((wanted, wanted_conversion)), Some((written, conversion))) => format!(
            "the {this} of `{}` has `{written}` ({}) as its {} conversion, where its {that} has `{wanted}` ({}): \
             {rule}; make them match",
            entry.ident,
            describe(conversion),
            ordinal(position),
            describe(wanted_conversion),
        ),
        (None, Some((written, conversion))) => format!(
            "the {this} of `{}` has an extra conversion, `{written}` ({}, its {}): its {that} has {}; {rule}: \
             remove it, or add it to the {that}",
            entry.ident,
            describe(conversion),
            ordinal(position),
            all(&expected),
        ),
        (Some((wanted, wanted_conversion)), None) => format!(
            "the {this} of `{}` lacks the {} conversion, `{wanted}` ({}), that its {that} has: {rule}; add it to \
             the {this}, or remove it from the {that}",
            entry.ident,
            ordinal(position),
            describe(wanted_conversion),
        ),
        (None, None) => return,
    };
    diagnostics.error(entry.order, other.message.literal.span(), problem);
}

/// A language of `none_in(…)` is one the system declares.
fn check_none_in_languages(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    if catalog.languages_unreadable {
        return;
    }
    for language in &catalog.placeholders.none_in {
        if !catalog.languages.iter().any(|declared| declared == language) {
            diagnostics.error(
                catalog.order,
                language.span(),
                format!(
                    "language `{language}` in `none_in(…)` is not declared for system `{}`: list it in \
                     `#[languages(…)]`, or remove it",
                    catalog.ident
                ),
            );
        }
    }
}

/// `.__with_placeholders(…)` on the system, for printf-style messages.
pub fn expand_syntax(catalog: &Catalog) -> Option<proc_macro2::TokenStream> {
    (catalog.placeholders.syntax == Syntax::Printf)
        .then(|| quote::quote!(.__with_placeholders(::errcat::PlaceholderSyntax::Printf)))
}
