//! The command line's own view of a catalogue: every code widened to `i128`
//! and every string owned, so that catalogues of different code types, and
//! catalogues read from source files, are handled alike. Shared codes,
//! section paths and depths are indexed once, when the view is made, so
//! that every command is linear in the number of entries.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::PathBuf;

use errcat::{Catalog, IntegerCode};

#[derive(Debug, Clone)]
pub struct SystemView {
    pub name: String,
    pub doc: String,
    pub code_type: String,
    /// Declared languages, the primary one first; empty when none are.
    pub languages: Vec<String>,
    pub sections: Vec<SectionView>,
    pub reserved: Vec<ReservedView>,
    pub entries: Vec<EntryView>,
    /// The `retired` declarations, in declaration order.
    pub retired: Vec<RetiredView>,
    /// Where the catalogue is declared; `None` for a built-in one.
    pub origin: Option<Origin>,
    /// Whether the system writes its codes with `#[code_format = "…"]`, or
    /// has string codes (then `EntryView::code_str` is not the decimal
    /// code).
    pub formatted: bool,
    /// The system has string codes (`: str`): `EntryView::code_str` is the
    /// code, and `EntryView::code` only a number standing for it (equal for
    /// equal codes), never shown.
    pub string_codes: bool,
    /// How the messages write their placeholders.
    pub placeholders: errcat::PlaceholderSyntax,
    index: Index,
}

/// `retired CODE NAME;`: a code and name out of use for good, and why.
#[derive(Debug, Clone)]
pub struct RetiredView {
    pub code: i128,
    /// The code as the system writes it.
    pub code_str: String,
    pub name: String,
    pub doc: String,
}

/// The file and line of a catalogue's `system` keyword.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub path: PathBuf,
    pub line: usize,
}

/// What is computed once per system and read by every command.
#[derive(Debug, Clone, Default)]
struct Index {
    /// The entries with each code, in declaration order.
    by_code: HashMap<i128, Vec<usize>>,
    /// For a formatted system: the entries with each written code, ASCII
    /// lower case.
    by_code_str: HashMap<String, Vec<usize>>,
    /// For a `str` system: the entries with each code, exactly as written.
    by_code_text: HashMap<String, Vec<usize>>,
    /// Per section: its path (`Outer::Inner`), its depth, and whether it is
    /// the last child of its parent.
    paths: Vec<String>,
    depths: Vec<usize>,
    last_child: Vec<bool>,
    code_span: Option<(i128, i128)>,
}

#[derive(Debug, Clone)]
pub struct SectionView {
    pub name: String,
    pub title: String,
    pub doc: String,
    pub range: Option<(i128, i128)>,
    /// In a `str` system, the prefix of every code of the section (and no
    /// range).
    pub prefix: Option<String>,
    pub parent: Option<usize>,
    /// Indices into `SystemView::entries`, nested sections included.
    pub entries: Range<usize>,
    /// The section's HTTP status: its own, or inherited from a parent.
    pub http: Option<Http>,
}

#[derive(Debug, Clone)]
pub struct ReservedView {
    /// The range; in a `str` system, unused (see `prefix`).
    pub range: (i128, i128),
    /// In a `str` system, the prefix reserved or left open.
    pub prefix: Option<String>,
    pub doc: String,
    /// `open`: left to the systems that extend this one; otherwise closed
    /// to every entry.
    pub open: bool,
}

impl ReservedView {
    /// The codes, as the catalogue declares them: `40000..=59999`, `-46000`,
    /// or a prefix `"XX"`.
    pub fn bounds(&self) -> String {
        match &self.prefix {
            Some(prefix) => format!("{prefix:?}"),
            None => format_range(self.range),
        }
    }

    /// `"open"` or `"reserved"`, as the catalogue declares it.
    pub fn kind(&self) -> &'static str {
        if self.open { "open" } else { "reserved" }
    }
}

impl SectionView {
    /// The codes the section declares, as it declares them: `400..=499`, a
    /// prefix `"22"`, or nothing.
    pub fn bounds(&self) -> Option<String> {
        match (&self.prefix, self.range) {
            (Some(prefix), _) => Some(format!("{prefix:?}")),
            (None, Some(range)) => Some(format_range(range)),
            (None, None) => None,
        }
    }
}

/// An HTTP status and where it is declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Http {
    pub status: u16,
    /// `None`: declared on the entry (or the section) itself; otherwise the
    /// section it is inherited from.
    pub inherited_from: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct EntryView {
    pub code: i128,
    /// The code as the system writes it: `E0308`, or the decimal code.
    pub code_str: String,
    pub name: String,
    pub variant: String,
    /// The primary message; empty when the entry has none.
    pub message: String,
    /// Messages in the other languages: (language, text).
    pub texts: Vec<(String, String)>,
    pub doc: String,
    /// Innermost section, as an index into `SystemView::sections`.
    pub section: Option<usize>,
    pub deprecated: Option<String>,
    pub http: Option<Http>,
    /// The gRPC status's name (`NOT_FOUND`), declared or inherited.
    pub grpc: Option<&'static str>,
    /// The entry's documentation page, from the system's `#[url = "…"]`.
    pub url: Option<String>,
}

/// One message of an entry, with its language when the system declares one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text<'a> {
    pub language: Option<&'a str>,
    pub text: &'a str,
}

impl SystemView {
    /// The view of a compiled catalogue.
    pub fn of<C: Catalog>() -> Self
    where
        C::Code: IntegerCode,
    {
        let system = C::SYSTEM;
        let code = |value: C::Code| value.to_i128();
        let mut sections: Vec<SectionView> = Vec::with_capacity(system.sections().len());
        for section in system.sections() {
            let http = section.http_status().map(|status| {
                let parent = section.parent().and_then(|parent| sections[parent].http.map(|http| (parent, http)));
                match parent {
                    Some((parent, http)) if http.status == status => {
                        Http { status, inherited_from: Some(http.inherited_from.unwrap_or(parent)) }
                    }
                    _ => Http { status, inherited_from: None },
                }
            });
            sections.push(SectionView {
                name: section.name().to_owned(),
                title: section.title().to_owned(),
                doc: section.doc().to_owned(),
                range: section.range().map(|range| (code(*range.start()), code(*range.end()))),
                prefix: None,
                parent: section.parent(),
                entries: section.entries(),
                http,
            });
        }
        let entries = C::ALL
            .iter()
            .map(|&variant| {
                let entry = Catalog::entry(variant);
                let section = Catalog::section(variant).map(errcat::Section::index);
                // Compiled tables keep the effective status only: one equal to
                // its section's is taken as inherited.
                let http = entry.http_status().map(|status| {
                    match section.and_then(|section| sections[section].http.map(|http| (section, http))) {
                        Some((section, http)) if http.status == status => {
                            Http { status, inherited_from: Some(http.inherited_from.unwrap_or(section)) }
                        }
                        _ => Http { status, inherited_from: None },
                    }
                });
                EntryView {
                    code: code(entry.code()),
                    code_str: entry.code_str().to_owned(),
                    name: entry.name().to_owned(),
                    variant: entry.variant().to_owned(),
                    message: entry.message().to_owned(),
                    texts: entry
                        .texts()
                        .iter()
                        .map(|text| (text.language().to_owned(), text.text().to_owned()))
                        .collect(),
                    doc: entry.doc().to_owned(),
                    section,
                    deprecated: entry.deprecated().map(str::to_owned),
                    http,
                    grpc: entry.grpc_status().map(errcat::GrpcCode::name),
                    url: entry.url(),
                }
            })
            .collect();
        SystemView {
            name: system.name().to_owned(),
            doc: system.doc().to_owned(),
            code_type: system.code_type().to_owned(),
            languages: system.languages().iter().map(|language| (*language).to_owned()).collect(),
            sections,
            reserved: system
                .reserved()
                .iter()
                .map(|reserved| {
                    let range = reserved.range();
                    ReservedView {
                        range: (code(*range.start()), code(*range.end())),
                        prefix: None,
                        doc: reserved.doc().to_owned(),
                        open: reserved.is_open(),
                    }
                })
                .collect(),
            entries,
            retired: system
                .retired()
                .iter()
                .map(|retired| RetiredView {
                    code: code(retired.code()),
                    code_str: code(retired.code()).to_string(),
                    name: retired.name().to_owned(),
                    doc: retired.doc().to_owned(),
                })
                .collect(),
            origin: None,
            formatted: system.code_format().is_some(),
            string_codes: false,
            placeholders: system.placeholder_syntax(),
            index: Index::default(),
        }
        .indexed()
    }

    /// The view of a catalogue read by the macro's front end from source,
    /// with the plan the front end made of it (inherited statuses).
    /// The view of a catalogue read from source; its texts are moved, not
    /// copied.
    pub fn from_model(
        mut catalog: errcat_dsl::model::Catalog,
        plan: &errcat_dsl::plan::Plan,
        origin: Option<Origin>,
    ) -> Self {
        use errcat_dsl::plan::HttpSource;
        let http = |planned: Option<errcat_dsl::plan::Http>, own_section: Option<usize>| {
            planned.map(|http| Http {
                status: http.status,
                inherited_from: match http.declared_on {
                    HttpSource::Section(section) if Some(section) != own_section => Some(section),
                    _ => None,
                },
            })
        };
        let grpc = |status: Option<u8>| {
            status.and_then(|status| errcat::GrpcCode::from_value(i32::from(status))).map(errcat::GrpcCode::name)
        };
        let sections = model_sections(&catalog, plan, http);
        let url_template = catalog.url.as_ref().map(syn::LitStr::value);
        let string_codes = catalog.code_type == errcat_dsl::model::CodeType::Str;
        // The code as the system writes it: a string code as it is, an
        // integer in the system's format.
        let (code_format, code_type) = (catalog.code_format.clone(), catalog.code_type);
        let written = move |code: &errcat_dsl::ast::CodeLiteral| match &code.text {
            Some(text) if string_codes => text.to_string(),
            _ => code_format.write(code.value, code_type),
        };
        let entries = std::mem::take(&mut catalog.entries)
            .into_iter()
            .zip(&plan.entries)
            .map(|(entry, planned)| {
                let code_str = written(&entry.code);
                EntryView {
                    code: entry.code.value,
                    url: url_template
                        .as_deref()
                        .map(|template| errcat::__private::fill_url(template, &code_str, &entry.name)),
                    code_str,
                    name: entry.name,
                    variant: entry.variant.unwrap_or_default(),
                    message: entry.message.map(|message| message.value).unwrap_or_default(),
                    texts: entry.texts.into_iter().map(|(language, text)| (language.to_string(), text.value)).collect(),
                    doc: entry.doc,
                    section: entry.section,
                    deprecated: entry.deprecated.map(|deprecated| deprecated.note),
                    http: http(planned.http, None),
                    grpc: grpc(planned.grpc),
                }
            })
            .collect();
        SystemView {
            name: catalog.ident.to_string(),
            doc: catalog.doc.clone(),
            code_type: catalog.code_type.name().to_owned(),
            languages: catalog.languages.iter().map(ToString::to_string).collect(),
            sections,
            reserved: catalog
                .reserved
                .iter()
                .map(|reserved| ReservedView {
                    range: (reserved.range.start.value, reserved.range.end.value),
                    prefix: reserved.range.prefix().map(str::to_owned),
                    doc: reserved.doc.clone(),
                    open: reserved.open,
                })
                .collect(),
            entries,
            retired: catalog
                .retired
                .iter()
                .map(|retired| RetiredView {
                    code: retired.code.value,
                    code_str: written(&retired.code),
                    name: retired.name.clone(),
                    doc: retired.doc.clone(),
                })
                .collect(),
            origin,
            formatted: !catalog.code_format.is_default() || string_codes,
            string_codes,
            placeholders: catalog.placeholders.syntax,
            index: Index::default(),
        }
        .indexed()
    }

    /// Builds the index: one pass over the entries, one over the sections
    /// (a parent comes before its children).
    fn indexed(mut self) -> Self {
        let mut by_code: HashMap<i128, Vec<usize>> = HashMap::with_capacity(self.entries.len());
        let mut by_code_str: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_code_text: HashMap<String, Vec<usize>> = HashMap::new();
        let mut span: Option<(i128, i128)> = None;
        for (index, entry) in self.entries.iter().enumerate() {
            by_code.entry(entry.code).or_default().push(index);
            if self.formatted {
                by_code_str.entry(entry.code_str.to_ascii_lowercase()).or_default().push(index);
            }
            if self.string_codes {
                by_code_text.entry(entry.code_str.clone()).or_default().push(index);
            }
            if !self.string_codes {
                span = Some(
                    span.map_or((entry.code, entry.code), |(low, high)| (low.min(entry.code), high.max(entry.code))),
                );
            }
        }
        let count = self.sections.len();
        let mut paths: Vec<String> = Vec::with_capacity(count);
        let mut depths: Vec<usize> = Vec::with_capacity(count);
        for section in &self.sections {
            if let Some(parent) = section.parent {
                paths.push(format!("{}::{}", paths[parent], section.name));
                depths.push(depths[parent] + 1);
            } else {
                paths.push(section.name.clone());
                depths.push(0);
            }
        }
        // The last child of a parent is the one no later sibling follows.
        let mut last_child = vec![false; count];
        let mut seen_parent: HashSet<Option<usize>> = HashSet::new();
        for index in (0..count).rev() {
            if seen_parent.insert(self.sections[index].parent) {
                last_child[index] = true;
            }
        }
        self.index = Index { by_code, by_code_str, by_code_text, paths, depths, last_child, code_span: span };
        self
    }

    /// The sections that hold `section`, outermost first, `section` last.
    pub fn section_path(&self, section: usize) -> Vec<usize> {
        let mut path = Vec::with_capacity(self.depth(section) + 1);
        path.push(section);
        let mut current = self.sections[section].parent;
        while let Some(parent) = current {
            path.push(parent);
            current = self.sections[parent].parent;
        }
        path.reverse();
        path
    }

    /// The section's name with its parents', `Outer::Inner`.
    pub fn section_path_name(&self, section: usize) -> &str {
        &self.index.paths[section]
    }

    /// The section path of an entry as `Outer::Inner`; empty for an entry
    /// declared directly in the system.
    pub fn section_name(&self, entry: &EntryView) -> &str {
        entry.section.map_or("", |section| self.section_path_name(section))
    }

    /// The nearest section holding the entry that declares a range or a
    /// prefix.
    pub fn ranged_section(&self, entry: &EntryView) -> Option<usize> {
        let mut current = entry.section;
        while let Some(index) = current {
            if self.sections[index].bounds().is_some() {
                return Some(index);
            }
            current = self.sections[index].parent;
        }
        None
    }

    /// The depth of a section: 0 for a section declared in the system.
    pub fn depth(&self, section: usize) -> usize {
        self.index.depths[section]
    }

    /// Whether no later section has the same parent.
    pub fn is_last_child(&self, section: usize) -> bool {
        self.index.last_child[section]
    }

    /// The indices of the entries with this code, in declaration order.
    /// The entries whose code a formatted system writes as `text` (ASCII
    /// case ignored); empty for a system without a format.
    pub fn with_code_str(&self, text: &str) -> &[usize] {
        self.index.by_code_str.get(&text.to_ascii_lowercase()).map_or(&[], Vec::as_slice)
    }

    pub fn with_code(&self, code: i128) -> &[usize] {
        self.index.by_code.get(&code).map_or(&[], Vec::as_slice)
    }

    /// The entries of this system with the code of `entry`, an entry of
    /// `system` (this one or another): string codes compared as text,
    /// integers as numbers, and never one kind with the other.
    pub fn with_code_of(&self, system: &SystemView, entry: &EntryView) -> &[usize] {
        match (self.string_codes, system.string_codes) {
            (false, false) => self.with_code(entry.code),
            (true, true) => self.with_code_text(&entry.code_str),
            _ => &[],
        }
    }

    /// The entries of a `str` system whose code is exactly `text`.
    pub fn with_code_text(&self, text: &str) -> &[usize] {
        self.index.by_code_text.get(text).map_or(&[], Vec::as_slice)
    }

    /// The other entries of the system with the entry's code.
    pub fn twins(&self, index: usize) -> impl Iterator<Item = usize> + '_ {
        self.with_code(self.entries[index].code).iter().copied().filter(move |&other| other != index)
    }

    /// The entry's messages, the primary one first, skipping empty ones.
    pub fn texts<'a>(&'a self, entry: &'a EntryView) -> Vec<Text<'a>> {
        self.each_text(entry).collect()
    }

    /// [`Self::texts`], one after the other, collecting nothing.
    pub fn each_text<'a>(&'a self, entry: &'a EntryView) -> impl Iterator<Item = Text<'a>> + 'a {
        let primary = Text { language: self.languages.first().map(String::as_str), text: entry.message.as_str() };
        std::iter::once(primary)
            .chain(entry.texts.iter().map(|(language, text)| Text { language: Some(language), text }))
            .filter(|text| !text.text.is_empty())
    }

    /// The placeholders of an entry's messages as written (`{path}`,
    /// `%-.192s`): for named ones, each once, in the order they first
    /// appear in any language; for printf conversions, those of the first
    /// message that has any, in order (the macro checks that every language
    /// has the same).
    pub fn placeholders<'a>(&self, entry: &'a EntryView) -> Vec<&'a str> {
        let texts = std::iter::once(entry.message.as_str()).chain(entry.texts.iter().map(|(_, text)| text.as_str()));
        let mut written: Vec<&str> = Vec::new();
        for text in texts {
            let found = errcat_placeholders::pieces(text, self.placeholders)
                .filter_map(|piece| piece.placeholder().map(|placeholder| placeholder.written));
            match self.placeholders {
                errcat::PlaceholderSyntax::Named => {
                    for placeholder in found {
                        if !written.contains(&placeholder) {
                            written.push(placeholder);
                        }
                    }
                }
                errcat::PlaceholderSyntax::Printf => {
                    written = found.collect();
                    if !written.is_empty() {
                        break;
                    }
                }
            }
        }
        written
    }

    /// The lowest and highest code of the catalogue; `None` for string
    /// codes.
    pub fn code_span(&self) -> Option<(i128, i128)> {
        self.index.code_span
    }

    /// `declared on the entry` or `inherited from section Outer::Inner`.
    pub fn http_source(&self, http: Http) -> String {
        match http.inherited_from {
            None => "declared".to_owned(),
            Some(section) => format!("inherited from section {}", self.section_path_name(section)),
        }
    }
}

/// `A..=B`, or `A` for a one-code range.
/// The sections of a catalogue read from source.
fn model_sections(
    catalog: &errcat_dsl::model::Catalog,
    plan: &errcat_dsl::plan::Plan,
    http: impl Fn(Option<errcat_dsl::plan::Http>, Option<usize>) -> Option<Http>,
) -> Vec<SectionView> {
    catalog
        .sections
        .iter()
        .zip(&plan.sections)
        .enumerate()
        .map(|(index, (section, planned))| SectionView {
            name: section.ident.to_string(),
            title: section.title.clone(),
            doc: section.doc.clone(),
            range: section
                .range
                .as_ref()
                .filter(|range| range.prefix().is_none())
                .map(|range| (range.start.value, range.end.value)),
            prefix: section.range.as_ref().and_then(|range| range.prefix()).map(str::to_owned),
            parent: section.parent,
            entries: section.entries.clone(),
            http: http(planned.http, Some(index)),
        })
        .collect()
}

pub fn format_range((start, end): (i128, i128)) -> String {
    if start == end { start.to_string() } else { format!("{start}..={end}") }
}
