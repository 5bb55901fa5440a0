//! The third stage: from the settled outline to the draft catalogue, over
//! all rows in document order: the languages of the messages, an
//! identifier for every row (made up, or with a suffix, when the row's own
//! name cannot serve), `#[shares_code]` for every repeated code and
//! `#[outside_range]` for every code outside its heading's range. Each
//! such decision gets a report.

use std::collections::{HashMap, HashSet};

use errcat_dsl::naming::{identifier_for, is_identifier, variant_name};

use crate::import::Report;
use crate::import::code::Code;
use crate::import::columns;
use crate::import::outline::{Item, Row};
use crate::import::ranges::{Bound, Fit, Ranged};

/// A row with the nearest range or prefix stated above it and that
/// heading's line.
type RangedRow = (Row, Option<(Bound, usize)>);

pub struct Draft {
    /// The heading that titles the whole document, if one does.
    pub title: Option<String>,
    /// Paragraphs under that heading.
    pub doc: Vec<String>,
    /// Languages of the messages, the primary one first.
    pub languages: Vec<String>,
    /// `None` for the default `i32`; `str` for a string system.
    pub code_type: Option<&'static str>,
    /// `Item::Entry` holds an index into `entries`.
    pub items: Vec<Item>,
    /// In document order.
    pub entries: Vec<EntryDraft>,
    pub reports: Vec<Report>,
    pub rows_read: usize,
    /// Rows read that are not among `entries`, each with a report.
    pub rows_not_converted: usize,
    /// Languages whose messages carry no placeholders while another
    /// language's do: `#[placeholders(none_in(…))]`.
    pub none_in: Vec<String>,
    /// How the messages write placeholders: `{path}`, or printf's `%s`
    /// (`#[placeholders(printf)]`).
    pub placeholders: errcat::PlaceholderSyntax,
}

pub struct EntryDraft {
    pub line: usize,
    pub code: Code,
    pub ident: String,
    /// The documented name, when it is not `ident`.
    pub name: Option<String>,
    pub message: String,
    /// Messages in the other languages, in the order of `Draft::languages`.
    pub texts: Vec<(String, String)>,
    pub doc: Vec<String>,
    pub shares_code: Option<String>,
    pub outside_range: bool,
    pub http: Option<u16>,
    pub deprecated: Option<String>,
    /// The section path, for reports and JSON.
    pub section: String,
}

pub fn settle(ranged: Ranged) -> Draft {
    let Ranged { outline, code_type, fits } = ranged;
    let mut reports = outline.reports;
    let mut positions = vec![usize::MAX; outline.rows.len()];
    let kept: Vec<RangedRow> = outline
        .rows
        .into_iter()
        .zip(fits)
        .enumerate()
        .filter_map(|(index, (row, fit))| match fit {
            Fit::Dropped => None,
            Fit::Inside(range) => Some((index, row, range)),
        })
        .enumerate()
        .map(|(position, (index, row, range))| {
            positions[index] = position;
            (row, range)
        })
        .collect();
    let mut items = outline.items;
    renumber(&mut items, &positions);
    let (languages, entries) = entries(kept, outline.languages, &mut reports);
    reports.sort_by_key(|report| report.line);
    Draft {
        title: outline.title,
        doc: outline.doc,
        languages,
        code_type,
        items,
        entries,
        reports,
        rows_read: outline.rows_read,
        rows_not_converted: outline.rows_not_converted,
        none_in: Vec::new(),
        placeholders: errcat::PlaceholderSyntax::Named,
    }
}

fn renumber(items: &mut [Item], positions: &[usize]) {
    for item in items {
        match item {
            Item::Entry(index) => *index = positions[*index],
            Item::Section(section) => renumber(&mut section.items, positions),
            Item::Reserved(_) => {}
        }
    }
}

/// `languages`: those the tables' columns declare, in their order; the
/// languages of the rows' texts follow.
fn entries(
    rows: Vec<RangedRow>,
    mut languages: Vec<String>,
    reports: &mut Vec<Report>,
) -> (Vec<String>, Vec<EntryDraft>) {
    let line_texts = rows.iter().flat_map(|(row, _)| row.texts.iter().filter(|(language, _)| language.is_none()));
    let line_language = columns::language_of(line_texts.map(|(_, text)| text.as_str()));
    for (row, _) in &rows {
        for (language, _) in &row.texts {
            let language = language.as_deref().unwrap_or(line_language);
            if !languages.iter().any(|known| known == language) {
                languages.push(language.to_owned());
            }
        }
    }
    let mut taken = Taken::default();
    let mut first_with_code: HashMap<Code, (String, usize)> = HashMap::new();
    let mut entries = Vec::with_capacity(rows.len());
    for (row, range) in rows {
        let mut report = |message: String| reports.push(Report { line: row.line, message });
        let (ident, name) = taken.assign(&row, &mut report);
        let shares_code = if let Some((first, line)) = first_with_code.get(&row.code) {
            report(format!(
                "code {} is already used by `{first}` (line {line}): written with #[shares_code({first})]",
                row.code.literal()
            ));
            Some(first.clone())
        } else {
            first_with_code.insert(row.code.clone(), (ident.clone(), row.line));
            None
        };
        let mut doc = row.doc;
        if let Some(written) = &row.written {
            report(format!("code `{written}` written as {}", row.code));
            doc.push(format!("Written as `{written}` in the source table."));
        }
        let outside_range = match (&range, &row.code) {
            (Some((Bound::Range((start, end)), line)), Code::Integer(code)) if code < start || code > end => {
                report(format!(
                    "code {code} is outside {start}..={end}, the range stated by the heading at line {line}: written with #[outside_range]"
                ));
                true
            }
            (Some((Bound::Prefix(prefix), line)), Code::Text(code)) if !code.starts_with(prefix.as_str()) => {
                report(format!(
                    "code {code:?} does not start with {prefix:?}, the prefix stated by the heading at line {line}: written with #[outside_range]"
                ));
                true
            }
            _ => false,
        };
        let mut message = String::new();
        let mut texts = Vec::new();
        let mut row_texts = row.texts;
        for (position, language) in languages.iter().enumerate() {
            let found = row_texts.iter().position(|(tag, _)| tag.as_deref().unwrap_or(line_language) == language);
            if let Some(found) = found {
                let (_, text) = row_texts.swap_remove(found);
                if position == 0 { message = text } else { texts.push((language.clone(), text)) }
            }
        }
        entries.push(EntryDraft {
            line: row.line,
            code: row.code,
            ident,
            name,
            message,
            texts,
            doc,
            shares_code,
            outside_range,
            http: row.http,
            deprecated: row.deprecated,
            section: row.section,
        });
    }
    (languages, entries)
}

/// The identifiers, variants and documented names taken so far, with the
/// lines that took them, and the next suffix to try for each base, so
/// that a name repeated n times costs n steps, not n².
#[derive(Default)]
struct Taken {
    idents: HashSet<String>,
    variants: HashMap<String, usize>,
    documented: HashMap<String, usize>,
    next_suffix: HashMap<String, usize>,
}

impl Taken {
    /// The identifier and, when it differs, the documented name of a row.
    fn assign(&mut self, row: &Row, report: &mut impl FnMut(String)) -> (String, Option<String>) {
        let placeholder = || match &row.code {
            Code::Integer(code) if *code < 0 => format!("E_MINUS_{}", code.unsigned_abs()),
            Code::Integer(code) => format!("E{code}"),
            // `NoSuchKey` → `NO_SUCH_KEY`, `22P02` → `E_22P02`.
            Code::Text(code) => {
                identifier_for(code).unwrap_or_else(|| format!("E_{}", code.replace(['-', '.', ':'], "_")))
            }
        };
        let (base, mut name) = match &row.name {
            // Rust takes `令牌过期` as an identifier; an ASCII one reads better in source.
            Some(name) if name.is_ascii() && is_identifier(name) && variant_name(name).is_some() => {
                (name.clone(), None)
            }
            Some(name) => {
                if let Some(ident) = identifier_for(name) {
                    (ident, Some(name.clone()))
                } else {
                    let ident = placeholder();
                    report(format!(
                        "name `{name}` has no ASCII letters or digits: identifier {ident}, #[name = {name:?}]"
                    ));
                    (ident, Some(name.clone()))
                }
            }
            None => {
                let ident = placeholder();
                report(format!("no name: written as {ident}"));
                (ident, None)
            }
        };
        let (ident, variant) = self.unique(&base);
        let wanted = name.clone().unwrap_or_else(|| base.clone());
        if let Some(&line) = self.documented.get(&wanted) {
            report(format!("name `{wanted}` is already used (line {line}): written as {ident}"));
            name = None;
        } else if ident != base {
            let line = self.variants.get(&variant_name(&base).unwrap_or_default()).copied().unwrap_or_default();
            report(format!(
                "identifier `{base}` makes the same enum variant as an entry at line {line}: written as {ident}"
            ));
        }
        self.documented.insert(name.clone().unwrap_or_else(|| ident.clone()), row.line);
        self.variants.insert(variant.unwrap_or_default(), row.line);
        (ident, name)
    }

    /// The variant `ident` makes, when neither it nor its variant is taken.
    fn free_variant(&self, ident: &str) -> Option<String> {
        if self.idents.contains(ident) {
            return None;
        }
        variant_name(ident).filter(|variant| !self.variants.contains_key(variant))
    }

    /// A free identifier from `base` (itself, or with the next free suffix),
    /// and its variant.
    fn unique(&mut self, base: &str) -> (String, Option<String>) {
        let mut ident = base.to_owned();
        let mut variant = self.free_variant(&ident);
        if variant.is_none() {
            let mut suffix = self.next_suffix.get(base).copied().unwrap_or(2);
            loop {
                ident = format!("{base}_{suffix}");
                suffix += 1;
                variant = self.free_variant(&ident);
                if variant.is_some() {
                    break;
                }
            }
            self.next_suffix.insert(base.to_owned(), suffix);
        }
        self.idents.insert(ident.clone());
        (ident, variant)
    }
}
