//! Attributes: what each construct accepts, read into plain values. An
//! unknown or malformed attribute is reported and skipped.

use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitStr, Meta, Token};

use crate::diagnostic::{Diagnostics, Location};
use crate::spelling;

/// Doc comments, joined into one text with the one leading space that
/// `///` leaves removed.
fn doc_line(attr: &Attribute) -> Option<String> {
    let line = string_value(attr).filter(|text| text.suffix().is_empty())?.value();
    Some(line.strip_prefix(' ').map(str::to_owned).unwrap_or(line))
}

fn join_doc(lines: &[String]) -> String {
    lines.join("\n").trim().to_owned()
}

/// Reads one attribute as a doc comment, reporting a malformed one.
fn read_doc(attr: &Attribute, docs: &mut Vec<String>, order: usize, diagnostics: &mut Diagnostics) {
    match doc_line(attr) {
        Some(line) => docs.push(line),
        None => {
            diagnostics.error(order, Location::of(attr), "expected a doc comment, `#[doc = \"…\"]`");
        }
    }
}

pub struct SystemAttrs {
    pub doc: String,
    pub languages: Vec<Ident>,
    /// `#[languages(…)]` is written but could not be read (reported): the
    /// languages are unknown, so no text is reported against them.
    pub languages_unreadable: bool,
    /// `#[require_all_languages]`, and where it is written.
    pub require_all_languages: Option<Location>,
    /// `#[extends(Base)]`: the system whose open ranges this one fills.
    pub extends: Option<(syn::Path, Location)>,
    /// Attributes passed to the enum: `derive`, `non_exhaustive`, lints.
    pub passthrough: Vec<Attribute>,
    /// `#[baseline = "…"]`, with `#[baseline(strict_texts)]`.
    pub baseline: Option<crate::baseline::BaselineAttr>,
    /// `#[placeholders(…)]`: how the messages write their arguments.
    pub placeholders: crate::placeholders::PlaceholdersAttr,
}

const ENUM_ATTRIBUTES: &[&str] = &["derive", "non_exhaustive", "allow", "expect", "warn", "deny", "forbid"];

const SYSTEM_ATTRIBUTES: &[&str] = &[
    "doc",
    "languages",
    "extends",
    "require_all_languages",
    "baseline",
    "placeholders",
    "derive",
    "non_exhaustive",
    "allow",
    "expect",
    "warn",
    "deny",
    "forbid",
];

/// The known attribute an attribute names. One that is not known is
/// reported; when it is close to a known one ("did you mean …?"), that one
/// is returned with `true` for "misspelt", and the caller reads it only so
/// far as it spares the errors its absence would cause: the misspelling
/// is the one error, nothing depending on the attribute is reported.
fn resolve<'a>(
    attr: &Attribute,
    known: &[&'a str],
    construct: &str,
    expected: &str,
    order: usize,
    diagnostics: &mut Diagnostics,
) -> Option<(&'a str, bool)> {
    if let Some(name) = known.iter().find(|name| attr.path().is_ident(name)) {
        return Some((name, false));
    }
    let written = path_text(attr);
    let suggestion = spelling::closest(&written, known);
    let message = match suggestion {
        Some(suggestion) => format!("unknown attribute `{written}` on {construct}; did you mean `{suggestion}`?"),
        None => format!("unknown attribute `{written}` on {construct}; expected {expected}"),
    };
    diagnostics.error(order, attr.path().span(), message);
    suggestion.map(|name| (name, true))
}

pub fn system_attrs(attrs: &[Attribute], order: usize, diagnostics: &mut Diagnostics) -> SystemAttrs {
    let mut docs = Vec::new();
    let mut languages: Option<Vec<Ident>> = None;
    let mut languages_unreadable = false;
    let mut require_all_languages = None;
    let mut extends = None;
    let mut passthrough = Vec::new();
    let mut baseline = None;
    let mut placeholders = crate::placeholders::PlaceholdersAttr::default();
    for attr in attrs {
        let Some((name, misspelt)) = resolve(
            attr,
            SYSTEM_ATTRIBUTES,
            "a system",
            "`#[languages(…)]`, `#[require_all_languages]`, `#[extends(…)]`, `#[baseline = \"…\"]`, a doc comment, \
             or an attribute for the enum: `#[derive(…)]`, `#[non_exhaustive]`, `#[allow(…)]`",
            order,
            diagnostics,
        ) else {
            continue;
        };
        let mut unreported = Diagnostics::default();
        let diagnostics = if misspelt { &mut unreported } else { &mut *diagnostics };
        match name {
            "doc" => read_doc(attr, &mut docs, order, diagnostics),
            "baseline" => crate::baseline::read_attr(attr, &mut baseline, order, diagnostics),
            "placeholders" => crate::placeholders::read_attr(attr, &mut placeholders, order, diagnostics),
            "languages" => {
                // Misspelt, the list is not trusted: no text is checked
                // against it.
                languages_unreadable |= misspelt;
                if languages.is_some() {
                    diagnostics.error(
                        order,
                        Location::of(attr),
                        "duplicate `#[languages(…)]`: list every language in one",
                    );
                    continue;
                }
                match attr.parse_args_with(Punctuated::<Ident, Token![,]>::parse_terminated) {
                    Ok(list) if !list.is_empty() => languages = Some(list.into_iter().collect()),
                    _ => {
                        languages_unreadable = true;
                        diagnostics.error(
                            order,
                            Location::of(attr),
                            "expected `#[languages(zh, en)]`: the language tags of the messages, primary first",
                        );
                    }
                }
            }
            // Misspelt, it would only add errors.
            "require_all_languages" if misspelt => {}
            "require_all_languages" => {
                if !matches!(attr.meta, Meta::Path(_)) {
                    diagnostics.error(order, Location::of(attr), "`#[require_all_languages]` takes no arguments");
                } else if require_all_languages.is_some() {
                    diagnostics.error(order, Location::of(attr), "duplicate `#[require_all_languages]`");
                } else {
                    require_all_languages = Some(Location::of(attr));
                }
            }
            "extends" => match attr.parse_args::<syn::Path>() {
                Ok(_) if extends.is_some() => {
                    diagnostics.error(
                        order,
                        Location::of(attr),
                        "duplicate `#[extends(…)]`: a system extends one other",
                    );
                }
                Ok(base) => extends = Some((base, Location::of(attr))),
                Err(_) => {
                    diagnostics.error(
                        order,
                        Location::of(attr),
                        "expected `#[extends(Base)]`, naming the system whose open ranges this one uses",
                    );
                }
            },
            // An attribute for the enum goes to rustc as written, never as
            // the one it resembles.
            _ if !misspelt && ENUM_ATTRIBUTES.contains(&name) => passthrough.push(attr.clone()),
            _ => {}
        }
    }
    crate::baseline::check_attr_pair(&mut baseline, order, diagnostics);
    SystemAttrs {
        doc: join_doc(&docs),
        languages: languages.unwrap_or_default(),
        languages_unreadable,
        require_all_languages,
        extends,
        passthrough,
        baseline,
        placeholders,
    }
}

pub struct SectionAttrs {
    pub doc: String,
    pub http: Option<(u16, Location)>,
}

pub fn section_attrs(attrs: &[Attribute], order: usize, diagnostics: &mut Diagnostics) -> SectionAttrs {
    let mut docs = Vec::new();
    let mut http = None;
    for attr in attrs {
        let Some((name, misspelt)) =
            resolve(attr, &["doc", "http"], "a section", "a doc comment or `#[http(…)]`", order, diagnostics)
        else {
            continue;
        };
        let mut unreported = Diagnostics::default();
        let diagnostics = if misspelt { &mut unreported } else { &mut *diagnostics };
        if name == "doc" {
            read_doc(attr, &mut docs, order, diagnostics);
        } else {
            read_http(attr, &mut http, order, diagnostics);
        }
    }
    SectionAttrs { doc: join_doc(&docs), http }
}

/// `#[http(404)]`: the HTTP status of an entry, or of a section's entries.
fn read_http(attr: &Attribute, http: &mut Option<(u16, Location)>, order: usize, diagnostics: &mut Diagnostics) {
    if http.is_some() {
        diagnostics.error(order, Location::of(attr), "duplicate `#[http(…)]`");
        return;
    }
    match attr.parse_args::<syn::LitInt>().map(|status| (status.base10_parse::<u16>(), status)) {
        Ok((Ok(value), _)) if (100..=999).contains(&value) => *http = Some((value, Location::of(attr))),
        Ok((_, status)) => {
            diagnostics.error(
                order,
                Location::of(&status),
                format!("`{status}` is not an HTTP status: expected a code from 100 to 999, e.g. `#[http(404)]`"),
            );
        }
        Err(_) => {
            diagnostics.error(order, Location::of(attr), "expected `#[http(404)]`, with an HTTP status code");
        }
    }
}

/// The doc comment of a `reserved` or `open` declaration, which accepts
/// nothing else.
pub fn doc_only(attrs: &[Attribute], construct: &str, order: usize, diagnostics: &mut Diagnostics) -> String {
    let mut docs = Vec::new();
    for attr in attrs {
        let Some((_, misspelt)) =
            resolve(attr, &["doc"], construct, "only doc comments are accepted here", order, diagnostics)
        else {
            continue;
        };
        let mut unreported = Diagnostics::default();
        read_doc(attr, &mut docs, order, if misspelt { &mut unreported } else { &mut *diagnostics });
    }
    join_doc(&docs)
}

pub struct RetiredAttrs {
    pub doc: String,
    pub name: Option<LitStr>,
}

/// A `retired` declaration takes its doc comment (why, since when) and the
/// documented name it had.
pub fn retired_attrs(attrs: &[Attribute], order: usize, diagnostics: &mut Diagnostics) -> RetiredAttrs {
    let mut docs = Vec::new();
    let mut name: Option<LitStr> = None;
    for attr in attrs {
        if attr.path().is_ident("doc") {
            read_doc(attr, &mut docs, order, diagnostics);
        } else if attr.path().is_ident("name") {
            match string_value(attr) {
                _ if name.is_some() => {
                    diagnostics.error(order, Location::of(attr), "duplicate `#[name]` on one `retired` declaration");
                }
                Some(value) if !value.value().trim().is_empty() && value.suffix().is_empty() => {
                    name = Some(value.clone());
                }
                _ => {
                    diagnostics.error(order, Location::of(attr), "expected `#[name = \"…\"]` with the documented name");
                }
            }
        } else {
            diagnostics.error(
                order,
                attr.path().span(),
                format!(
                    "unknown attribute `{}` on `retired`; expected a doc comment saying why and since when, or \
                     `#[name = \"…\"]`",
                    path_text(attr)
                ),
            );
        }
    }
    RetiredAttrs { doc: join_doc(&docs), name }
}

pub struct EntryAttrs {
    pub doc: String,
    pub name: Option<LitStr>,
    pub shares_code: Option<Ident>,
    /// `#[shares_code(…)]` is written but could not be read (reported): the
    /// entry may acknowledge a shared code, so none is reported.
    pub shares_code_unreadable: bool,
    pub outside_range: Option<Location>,
    /// `#[outside_range]` is written misspelt (reported): it excuses the
    /// code, and is never reported as stale.
    pub outside_range_misspelt: bool,
    pub deprecated: Option<Deprecated>,
    pub http: Option<(u16, Location)>,
}

pub struct Deprecated {
    pub attr: Attribute,
    pub note: String,
}

const ENTRY_ATTRIBUTES: &[&str] = &["doc", "name", "shares_code", "outside_range", "http", "deprecated"];

pub fn entry_attrs(attrs: &[Attribute], order: usize, diagnostics: &mut Diagnostics) -> EntryAttrs {
    let mut docs = Vec::new();
    let mut result = EntryAttrs {
        doc: String::new(),
        name: None,
        shares_code: None,
        shares_code_unreadable: false,
        outside_range: None,
        outside_range_misspelt: false,
        deprecated: None,
        http: None,
    };
    for attr in attrs {
        let Some((name, misspelt)) = resolve(
            attr,
            ENTRY_ATTRIBUTES,
            "an entry",
            "a doc comment, `#[name = \"…\"]`, `#[shares_code(…)]`, `#[outside_range]`, `#[http(…)]` or \
             `#[deprecated]`",
            order,
            diagnostics,
        ) else {
            continue;
        };
        let mut unreported = Diagnostics::default();
        let diagnostics = if misspelt { &mut unreported } else { &mut *diagnostics };
        let duplicate = |diagnostics: &mut Diagnostics| {
            diagnostics.error(order, Location::of(attr), format!("duplicate `#[{name}]` on one entry"));
        };
        match name {
            "doc" => read_doc(attr, &mut docs, order, diagnostics),
            "name" => match string_value(attr) {
                _ if result.name.is_some() => duplicate(diagnostics),
                Some(name) if name.value().trim().is_empty() => {
                    diagnostics.error(order, name.span(), "the documented name must not be empty");
                }
                Some(name) if !name.suffix().is_empty() => {
                    diagnostics.error(
                        order,
                        name.span(),
                        format!("remove the suffix `{}`: the documented name is a plain string", name.suffix()),
                    );
                }
                Some(name) => result.name = Some(name.clone()),
                None => {
                    diagnostics.error(order, Location::of(attr), "expected `#[name = \"…\"]` with the documented name");
                }
            },
            // Misspelt, it acknowledges a shared code, but which is unknown.
            "shares_code" if misspelt => result.shares_code_unreadable = true,
            "shares_code" => match attr.parse_args::<Ident>() {
                Ok(_) if result.shares_code.is_some() => duplicate(diagnostics),
                Ok(first) => result.shares_code = Some(first),
                Err(_) => {
                    result.shares_code_unreadable = true;
                    diagnostics.error(
                        order,
                        Location::of(attr),
                        "expected `#[shares_code(FIRST)]`, naming the earlier entry whose code this entry reuses",
                    );
                }
            },
            "outside_range" => {
                if !matches!(attr.meta, Meta::Path(_)) {
                    diagnostics.error(order, Location::of(attr), "`#[outside_range]` takes no arguments");
                } else if result.outside_range.is_some() {
                    duplicate(diagnostics);
                } else {
                    result.outside_range = Some(Location::of(attr));
                    result.outside_range_misspelt = misspelt;
                }
            }
            "http" => read_http(attr, &mut result.http, order, diagnostics),
            // A misspelt `deprecated` is not passed to rustc as written.
            _ if misspelt => {}
            _ => {
                if result.deprecated.is_some() {
                    duplicate(diagnostics);
                } else {
                    result.deprecated = Some(Deprecated { attr: attr.clone(), note: deprecation_note(attr) });
                }
            }
        }
    }
    result.doc = join_doc(&docs);
    result
}

/// The string of `#[path = "…"]`.
fn string_value(attr: &Attribute) -> Option<&LitStr> {
    let Meta::NameValue(pair) = &attr.meta else { return None };
    let Expr::Lit(ExprLit { lit: Lit::Str(text), .. }) = &pair.value else { return None };
    Some(text)
}

/// The note of `#[deprecated = "…"]` or `#[deprecated(note = "…")]`.
fn deprecation_note(attr: &Attribute) -> String {
    match &attr.meta {
        Meta::NameValue(_) => string_value(attr).map(LitStr::value).unwrap_or_default(),
        Meta::List(_) => {
            let mut note = String::new();
            let _ = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("note") {
                    note = meta.value()?.parse::<LitStr>()?.value();
                } else {
                    let _ = meta.value().and_then(syn::parse::ParseBuffer::parse::<Lit>);
                }
                Ok(())
            });
            note
        }
        Meta::Path(_) => String::new(),
    }
}

fn path_text(attr: &Attribute) -> String {
    let path = attr.path();
    path.segments.iter().map(|segment| segment.ident.to_string()).collect::<Vec<_>>().join("::")
}
