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
    /// `#[serde]` or `#[serde(by_name)]`: the enum (de)serializes, as its
    /// codes or its names.
    pub serde: Option<(WireForm, Location)>,
    /// `#[json_schema]`: the enum implements `schemars::JsonSchema`, the
    /// schema of the form `#[serde]` chose (codes without it).
    pub json_schema: Option<Location>,
    /// `#[cfg_attr(PREDICATE, serde)]`, `#[cfg_attr(PREDICATE, json_schema)]`:
    /// the impls are generated under `#[cfg(PREDICATE)]`, for a library
    /// whose own feature turns them on.
    pub serde_cfg: Option<syn::Meta>,
    pub json_schema_cfg: Option<syn::Meta>,
    /// `#[errcat(crate = path)]`: the path the generated code names errcat
    /// by, for a renamed dependency or a crate that re-exports errcat.
    pub crate_path: Option<syn::Path>,
    /// `#[url = "https://docs.example.com/errors/{code}"]`: each entry's
    /// documentation page.
    pub url: Option<LitStr>,
    /// `#[code_format = "E{:04}"]`: how the system writes its codes, and
    /// where the attribute is written.
    pub code_format: Option<(crate::code_format::CodeFormat, Location)>,
    /// `#[code_chars = "0-9A-Z"]`: the characters string codes may use.
    pub code_chars: Option<crate::string_codes::CodeChars>,
    /// `#[placeholders(…)]`: how the messages write their arguments.
    pub placeholders: crate::placeholders::PlaceholdersAttr,
}

/// What a generated enum writes on the wire when it opts into serde.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WireForm {
    /// `#[serde]`: the entry's code.
    Codes,
    /// `#[serde(by_name)]`: the entry's documented name.
    Names,
}

const ENUM_ATTRIBUTES: &[&str] = &["derive", "non_exhaustive", "allow", "expect", "warn", "deny", "forbid"];

const SYSTEM_ATTRIBUTES: &[&str] = &[
    "doc",
    "languages",
    "extends",
    "require_all_languages",
    "baseline",
    "serde",
    "json_schema",
    "errcat",
    "url",
    "code_format",
    "code_chars",
    "cfg_attr",
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
    let mut serde = None;
    let mut json_schema = None;
    let mut serde_cfg = None;
    let mut json_schema_cfg = None;
    let mut crate_path = None;
    let mut url = None;
    let mut code_format = None;
    let mut code_chars = None;
    let mut placeholders = crate::placeholders::PlaceholdersAttr::default();
    for attr in attrs {
        let Some((name, misspelt)) = resolve(
            attr,
            SYSTEM_ATTRIBUTES,
            "a system",
            "`#[languages(…)]`, `#[require_all_languages]`, `#[extends(…)]`, `#[baseline = \"…\"]`, `#[serde]`, \
             `#[json_schema]`, `#[url = \"…\"]`, `#[code_format = \"…\"]`, `#[code_chars = \"…\"]`, `#[placeholders(…)]`, `#[errcat(crate = …)]`, a doc comment, \
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
                languages_unreadable |= !read_languages(attr, &mut languages, order, diagnostics);
            }
            // Misspelt, it would only add errors.
            "require_all_languages" if misspelt => {}
            "require_all_languages" => read_flag(attr, &mut require_all_languages, order, diagnostics),
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
            "serde" if !misspelt => read_serde(attr, &mut serde, order, diagnostics),
            "json_schema" if !misspelt => read_json_schema(attr, &mut json_schema, order, diagnostics),
            "cfg_attr" => match read_cfg_attr(attr, order, diagnostics) {
                Some((predicate, inner)) if inner.path().is_ident("serde") => {
                    read_serde(&inner, &mut serde, order, diagnostics);
                    serde_cfg = Some(predicate);
                }
                Some((predicate, inner)) => {
                    read_json_schema(&inner, &mut json_schema, order, diagnostics);
                    json_schema_cfg = Some(predicate);
                }
                None => {}
            },
            "errcat" => read_crate_path(attr, &mut crate_path, order, diagnostics),
            "url" => read_url(attr, &mut url, order, diagnostics),
            "code_format" => read_code_format(attr, &mut code_format, order, diagnostics),
            "code_chars" => crate::string_codes::read_attr(attr, &mut code_chars, order, diagnostics),
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
        serde,
        json_schema,
        serde_cfg,
        json_schema_cfg,
        crate_path,
        url,
        code_format,
        code_chars,
        placeholders,
    }
}

/// `#[code_format = "E{:04}"]`.
fn read_code_format(
    attr: &Attribute,
    code_format: &mut Option<(crate::code_format::CodeFormat, Location)>,
    order: usize,
    diagnostics: &mut Diagnostics,
) {
    let Some(format) = string_value(attr).filter(|format| format.suffix().is_empty()) else {
        diagnostics.error(
            order,
            Location::of(attr),
            "expected `#[code_format = \"E{:04}\"]`, how the codes are written: a prefix, a placeholder as \
             Rust's `{}` or `{:08X}`, a suffix",
        );
        return;
    };
    if code_format.is_some() {
        diagnostics.error(order, Location::of(attr), "duplicate `#[code_format = \"…\"]`");
        return;
    }
    match crate::code_format::CodeFormat::parse(&format.value()) {
        Ok(parsed) => *code_format = Some((parsed, Location::of(attr))),
        Err(message) => {
            diagnostics.error(order, format.span(), message);
        }
    }
}

/// `#[languages(zh, en)]`; `false` when the list could not be read (the
/// texts are then not checked against it).
fn read_languages(
    attr: &Attribute,
    languages: &mut Option<Vec<Ident>>,
    order: usize,
    diagnostics: &mut Diagnostics,
) -> bool {
    if languages.is_some() {
        diagnostics.error(order, Location::of(attr), "duplicate `#[languages(…)]`: list every language in one");
        return true;
    }
    match attr.parse_args_with(Punctuated::<Ident, Token![,]>::parse_terminated) {
        Ok(list) if !list.is_empty() => {
            *languages = Some(list.into_iter().collect());
            true
        }
        _ => {
            diagnostics.error(
                order,
                Location::of(attr),
                "expected `#[languages(zh, en)]`: the language tags of the messages, primary first",
            );
            false
        }
    }
}

/// `#[cfg_attr(PREDICATE, serde)]` (or `json_schema`): the predicate and
/// the attribute it guards. Any other attribute under `cfg_attr` is
/// reported: the macro reads its input before any `cfg` is evaluated.
fn read_cfg_attr(attr: &Attribute, order: usize, diagnostics: &mut Diagnostics) -> Option<(syn::Meta, Attribute)> {
    let parsed = attr.parse_args_with(|input: syn::parse::ParseStream| {
        let predicate = input.parse::<syn::Meta>()?;
        input.parse::<Token![,]>()?;
        let inner = input.parse::<syn::Meta>()?;
        let _ = input.parse::<Option<Token![,]>>()?;
        Ok((predicate, inner))
    });
    match parsed {
        Ok((predicate, inner)) if inner.path().is_ident("serde") || inner.path().is_ident("json_schema") => {
            let inner = Attribute { meta: inner, ..attr.clone() };
            Some((predicate, inner))
        }
        _ => {
            diagnostics.error(
                order,
                Location::of(attr),
                "on a system, `cfg_attr` takes `serde` or `json_schema`, as in \
                 `#[cfg_attr(feature = \"serde\", serde)]`: the generated impls are then compiled under that `cfg`",
            );
            None
        }
    }
}

/// An attribute that takes no arguments and is written once, as
/// `#[require_all_languages]`.
fn read_flag(attr: &Attribute, flag: &mut Option<Location>, order: usize, diagnostics: &mut Diagnostics) {
    let name = path_text(attr);
    if !matches!(attr.meta, Meta::Path(_)) {
        diagnostics.error(order, Location::of(attr), format!("`#[{name}]` takes no arguments"));
    } else if flag.is_some() {
        diagnostics.error(order, Location::of(attr), format!("duplicate `#[{name}]`"));
    } else {
        *flag = Some(Location::of(attr));
    }
}

/// `#[json_schema]`, which takes no arguments: the schema is of the wire
/// form `#[serde]` chose.
fn read_json_schema(attr: &Attribute, json_schema: &mut Option<Location>, order: usize, diagnostics: &mut Diagnostics) {
    if !matches!(attr.meta, Meta::Path(_)) {
        diagnostics.error(
            order,
            Location::of(attr),
            "`#[json_schema]` takes no arguments: the schema follows `#[serde]` (codes, or names with \
             `#[serde(by_name)]`)",
        );
    } else if json_schema.is_some() {
        diagnostics.error(order, Location::of(attr), "duplicate `#[json_schema]`");
    } else {
        // Where a missing feature is reported: the attribute's name.
        *json_schema = Some(Location::of(attr.path()));
    }
}

/// `#[serde]` (codes) or `#[serde(by_name)]` (names).
fn read_serde(attr: &Attribute, serde: &mut Option<(WireForm, Location)>, order: usize, diagnostics: &mut Diagnostics) {
    let form = match &attr.meta {
        Meta::Path(_) => Some(WireForm::Codes),
        Meta::List(_) => match attr.parse_args::<Ident>() {
            Ok(form) if form == "by_name" => Some(WireForm::Names),
            _ => None,
        },
        Meta::NameValue(_) => None,
    };
    match form {
        None => {
            diagnostics.error(
                order,
                Location::of(attr),
                "expected `#[serde]` (the enum is written as its codes) or `#[serde(by_name)]` (as its names)",
            );
        }
        Some(_) if serde.is_some() => {
            diagnostics.error(
                order,
                Location::of(attr),
                "duplicate `#[serde]`: a system has one wire form, its codes (`#[serde]`) or its names \
                 (`#[serde(by_name)]`)",
            );
        }
        // Where a missing feature is reported: the attribute's name.
        Some(form) => *serde = Some((form, Location::of(attr.path()))),
    }
}

/// `#[errcat(crate = path)]`, the path written bare or as a string (as
/// serde's `#[serde(crate = "…")]`).
fn read_crate_path(attr: &Attribute, crate_path: &mut Option<syn::Path>, order: usize, diagnostics: &mut Diagnostics) {
    let mut read = None;
    let parsed = attr.parse_nested_meta(|meta| {
        if !meta.path.is_ident("crate") {
            return Err(meta.error("expected `crate = path`"));
        }
        let value = meta.value()?;
        read = Some(if value.peek(LitStr) {
            value.parse::<LitStr>()?.parse::<syn::Path>()?
        } else {
            value.parse::<syn::Path>()?
        });
        Ok(())
    });
    match (parsed, read) {
        (Ok(()), Some(_)) if crate_path.is_some() => {
            diagnostics.error(order, Location::of(attr), "duplicate `#[errcat(crate = …)]`");
        }
        (Ok(()), Some(path)) => *crate_path = Some(path),
        _ => {
            diagnostics.error(
                order,
                Location::of(attr),
                "expected `#[errcat(crate = path)]`, the path that names errcat here, e.g. `#[errcat(crate = \
                 my_facade::errcat)]`",
            );
        }
    }
}

/// `#[url = "…"]`: a template in which `{code}` and `{name}` stand for an
/// entry's; any other `{…}` is a mistake.
fn read_url(attr: &Attribute, url: &mut Option<LitStr>, order: usize, diagnostics: &mut Diagnostics) {
    let Some(template) = string_value(attr).filter(|template| template.suffix().is_empty()) else {
        diagnostics.error(
            order,
            Location::of(attr),
            "expected `#[url = \"https://docs.example.com/errors/{code}\"]`, a template with `{code}` or `{name}`",
        );
        return;
    };
    if url.is_some() {
        diagnostics.error(order, Location::of(attr), "duplicate `#[url = \"…\"]`");
        return;
    }
    let value = template.value();
    let mut rest = value.as_str();
    while let Some(start) = rest.find('{') {
        let after = &rest[start..];
        let Some(tail) = after.strip_prefix("{code}").or_else(|| after.strip_prefix("{name}")) else {
            let written: String = after.chars().take_while(|&character| character != '}').chain(['}']).collect();
            diagnostics.error(
                order,
                template.span(),
                format!("`{written}` in the URL template: only `{{code}}` and `{{name}}` are filled in"),
            );
            return;
        };
        rest = tail;
    }
    if !value.contains("{code}") && !value.contains("{name}") {
        diagnostics.error(
            order,
            template.span(),
            "the URL template names no entry: write `{code}` or `{name}` where the entry's goes",
        );
        return;
    }
    *url = Some(template.clone());
}

/// gRPC's canonical status codes, but `OK`, as `#[grpc(…)]` names them.
const GRPC_CODES: [&str; 16] = [
    "CANCELLED",
    "UNKNOWN",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION",
    "ABORTED",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "INTERNAL",
    "UNAVAILABLE",
    "DATA_LOSS",
    "UNAUTHENTICATED",
];

/// `#[grpc(NOT_FOUND)]`: the gRPC status of an entry, or of a section's
/// entries, as its number (1 to 16).
fn read_grpc(attr: &Attribute, grpc: &mut Option<(u8, Location)>, order: usize, diagnostics: &mut Diagnostics) {
    if grpc.is_some() {
        diagnostics.error(order, Location::of(attr), "duplicate `#[grpc(…)]`");
        return;
    }
    let Ok(name) = attr.parse_args::<Ident>() else {
        diagnostics.error(order, Location::of(attr), "expected `#[grpc(NOT_FOUND)]`, with a gRPC status code's name");
        return;
    };
    let written = name.to_string();
    if let Some(position) = GRPC_CODES.iter().position(|code| *code == written) {
        *grpc = Some((u8::try_from(position + 1).unwrap_or(0), Location::of(attr)));
        return;
    }
    let message = if written == "OK" {
        "`OK` is not an error's gRPC status: choose the code a client should see, e.g. `#[grpc(INTERNAL)]`".to_owned()
    } else {
        match spelling::closest(&written, &GRPC_CODES) {
            Some(code) => format!("`{written}` is not a gRPC status code; did you mean `{code}`?"),
            None => format!("`{written}` is not a gRPC status code: expected one of {}", GRPC_CODES.join(", ")),
        }
    };
    diagnostics.error(order, name.span(), message);
}

pub struct SectionAttrs {
    pub doc: String,
    pub http: Option<(u16, Location)>,
    pub grpc: Option<(u8, Location)>,
}

pub fn section_attrs(attrs: &[Attribute], order: usize, diagnostics: &mut Diagnostics) -> SectionAttrs {
    let mut docs = Vec::new();
    let mut http = None;
    let mut grpc = None;
    for attr in attrs {
        let Some((name, misspelt)) = resolve(
            attr,
            &["doc", "http", "grpc"],
            "a section",
            "a doc comment, `#[http(…)]` or `#[grpc(…)]`",
            order,
            diagnostics,
        ) else {
            continue;
        };
        let mut unreported = Diagnostics::default();
        let diagnostics = if misspelt { &mut unreported } else { &mut *diagnostics };
        match name {
            "doc" => read_doc(attr, &mut docs, order, diagnostics),
            "http" => read_http(attr, &mut http, order, diagnostics),
            _ => read_grpc(attr, &mut grpc, order, diagnostics),
        }
    }
    SectionAttrs { doc: join_doc(&docs), http, grpc }
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
    pub grpc: Option<(u8, Location)>,
}

pub struct Deprecated {
    pub attr: Attribute,
    pub note: String,
}

const ENTRY_ATTRIBUTES: &[&str] = &["doc", "name", "shares_code", "outside_range", "http", "grpc", "deprecated"];

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
        grpc: None,
    };
    for attr in attrs {
        let Some((name, misspelt)) = resolve(
            attr,
            ENTRY_ATTRIBUTES,
            "an entry",
            "a doc comment, `#[name = \"…\"]`, `#[shares_code(…)]`, `#[outside_range]`, `#[http(…)]`, \
             `#[grpc(…)]` or `#[deprecated]`",
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
            "grpc" => read_grpc(attr, &mut result.grpc, order, diagnostics),
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
