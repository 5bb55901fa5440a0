//! The command line's own view of a catalogue: every code widened to `i128`
//! and every string owned, so that catalogues of different code types, and
//! catalogues read from source files, are handled alike.

use std::ops::Range;

use errcat::{Catalog, CodeType};

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
}

/// `retired CODE NAME;`: a code and name out of use for good, and why.
#[derive(Debug, Clone)]
pub struct RetiredView {
    pub code: i128,
    pub name: String,
    pub doc: String,
}

#[derive(Debug, Clone)]
pub struct SectionView {
    pub name: String,
    pub title: String,
    pub doc: String,
    pub range: Option<(i128, i128)>,
    pub parent: Option<usize>,
    /// Indices into `SystemView::entries`, nested sections included.
    pub entries: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct ReservedView {
    pub range: (i128, i128),
    pub doc: String,
    /// Declared `open`: free for new codes, not withheld.
    pub open: bool,
}

#[derive(Debug, Clone)]
pub struct EntryView {
    pub code: i128,
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
    /// The HTTP status, from `#[http(…)]` on the entry or its sections.
    pub http: Option<u16>,
}

/// One message of an entry, with its language when the system declares one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text<'a> {
    pub language: Option<&'a str>,
    pub text: &'a str,
}

impl SystemView {
    /// The view of a compiled catalogue.
    pub fn of<C: Catalog>() -> Self {
        let system = C::SYSTEM;
        let code = |value: C::Code| value.to_i128();
        SystemView {
            name: system.name().to_owned(),
            doc: system.doc().to_owned(),
            code_type: system.code_type().to_owned(),
            languages: system.languages().iter().map(|language| (*language).to_owned()).collect(),
            sections: system
                .sections()
                .iter()
                .map(|section| SectionView {
                    name: section.name().to_owned(),
                    title: section.title().to_owned(),
                    doc: section.doc().to_owned(),
                    range: section.range().map(|range| (code(*range.start()), code(*range.end()))),
                    parent: section.parent(),
                    entries: section.entries(),
                })
                .collect(),
            reserved: system
                .reserved()
                .iter()
                .map(|reserved| {
                    let range = reserved.range();
                    ReservedView {
                        range: (code(*range.start()), code(*range.end())),
                        doc: reserved.doc().to_owned(),
                        open: reserved.is_open(),
                    }
                })
                .collect(),
            entries: C::ALL
                .iter()
                .map(|&variant| {
                    let entry = Catalog::entry(variant);
                    EntryView {
                        code: code(entry.code()),
                        name: entry.name().to_owned(),
                        variant: entry.variant().to_owned(),
                        message: entry.message().to_owned(),
                        texts: entry
                            .texts()
                            .iter()
                            .map(|text| (text.language().to_owned(), text.text().to_owned()))
                            .collect(),
                        doc: entry.doc().to_owned(),
                        section: Catalog::section(variant).map(errcat::Section::index),
                        deprecated: entry.deprecated().map(str::to_owned),
                        http: entry.http_status(),
                    }
                })
                .collect(),
            retired: system
                .retired()
                .iter()
                .map(|retired| RetiredView {
                    code: code(retired.code()),
                    name: retired.name().to_owned(),
                    doc: retired.doc().to_owned(),
                })
                .collect(),
        }
    }

    /// The view of a catalogue read by the macro's front end from source.
    pub fn from_model(catalog: &errcat_dsl::model::Catalog) -> Self {
        SystemView {
            name: catalog.ident.to_string(),
            doc: catalog.doc.clone(),
            code_type: catalog.code_type.name().to_owned(),
            languages: catalog.languages.iter().map(ToString::to_string).collect(),
            sections: catalog
                .sections
                .iter()
                .map(|section| SectionView {
                    name: section.ident.to_string(),
                    title: section.title.clone(),
                    doc: section.doc.clone(),
                    range: section.range.as_ref().map(|range| (range.start.value, range.end.value)),
                    parent: section.parent,
                    entries: section.entries.clone(),
                })
                .collect(),
            reserved: catalog
                .reserved
                .iter()
                .map(|reserved| ReservedView {
                    range: (reserved.range.start.value, reserved.range.end.value),
                    doc: reserved.doc.clone(),
                    open: reserved.open,
                })
                .collect(),
            entries: catalog
                .entries
                .iter()
                .map(|entry| EntryView {
                    code: entry.code.value,
                    name: entry.name.clone(),
                    variant: entry.variant.clone().unwrap_or_default(),
                    message: entry.message.as_ref().map(|message| message.value.clone()).unwrap_or_default(),
                    texts: entry
                        .texts
                        .iter()
                        .map(|(language, text)| (language.to_string(), text.value.clone()))
                        .collect(),
                    doc: entry.doc.clone(),
                    section: entry.section,
                    deprecated: entry.deprecated.as_ref().map(|deprecated| deprecated.note.clone()),
                    http: entry.http.map(|(status, _)| status).or_else(|| section_http(catalog, entry.section)),
                })
                .collect(),
            retired: catalog
                .retired
                .iter()
                .map(|retired| RetiredView {
                    code: retired.code.value,
                    name: retired.name.clone(),
                    doc: retired.doc.clone(),
                })
                .collect(),
        }
    }

    /// The sections that hold `section`, outermost first, `section` last.
    pub fn section_path(&self, section: usize) -> Vec<usize> {
        let mut path = vec![section];
        let mut current = self.sections[section].parent;
        while let Some(parent) = current {
            path.push(parent);
            current = self.sections[parent].parent;
        }
        path.reverse();
        path
    }

    /// The section path of an entry as `Outer::Inner`; empty for an entry
    /// declared directly in the system.
    pub fn section_name(&self, entry: &EntryView) -> String {
        entry
            .section
            .map(|section| {
                self.section_path(section)
                    .into_iter()
                    .map(|index| self.sections[index].name.as_str())
                    .collect::<Vec<_>>()
                    .join("::")
            })
            .unwrap_or_default()
    }

    /// The nearest section holding the entry that declares a range.
    pub fn ranged_section(&self, entry: &EntryView) -> Option<usize> {
        let mut current = entry.section;
        while let Some(index) = current {
            if self.sections[index].range.is_some() {
                return Some(index);
            }
            current = self.sections[index].parent;
        }
        None
    }

    /// The depth of a section: 0 for a section declared in the system.
    pub fn depth(&self, section: usize) -> usize {
        self.section_path(section).len() - 1
    }

    /// The indices of the entries with this code, in declaration order.
    pub fn with_code(&self, code: i128) -> Vec<usize> {
        (0..self.entries.len()).filter(|&index| self.entries[index].code == code).collect()
    }

    /// The entry's messages, the primary one first, skipping empty ones.
    pub fn texts<'a>(&'a self, entry: &'a EntryView) -> Vec<Text<'a>> {
        let primary = Text { language: self.languages.first().map(String::as_str), text: entry.message.as_str() };
        std::iter::once(primary)
            .chain(entry.texts.iter().map(|(language, text)| Text { language: Some(language), text }))
            .filter(|text| !text.text.is_empty())
            .collect()
    }

    /// The lowest and highest code of the catalogue.
    pub fn code_span(&self) -> Option<(i128, i128)> {
        let low = self.entries.iter().map(|entry| entry.code).min()?;
        let high = self.entries.iter().map(|entry| entry.code).max()?;
        Some((low, high))
    }
}

/// The HTTP status the innermost section holding `section` with one gives.
fn section_http(catalog: &errcat_dsl::model::Catalog, mut section: Option<usize>) -> Option<u16> {
    while let Some(index) = section {
        if let Some((status, _)) = catalog.sections[index].http {
            return Some(status);
        }
        section = catalog.sections[index].parent;
    }
    None
}

/// `A..=B`, or `A` for a one-code range.
pub fn format_range((start, end): (i128, i128)) -> String {
    if start == end { start.to_string() } else { format!("{start}..={end}") }
}
