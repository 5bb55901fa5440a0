use core::ops::{Range, RangeInclusive};

use crate::RawCode;

/// What a catalogue declares about itself: its name, documentation,
/// languages, sections, reserved codes and entries.
///
/// Every generated enum has one, as [`Catalog::SYSTEM`](crate::Catalog::SYSTEM).
///
/// ```
/// use errcat::{Catalog, error_catalog};
///
/// error_catalog! {
///     /// Storage errors.
///     #[languages(zh, en)]
///     pub system Store: u16 {
///         1 DISK_FULL "磁盘已满" en "Disk full",
///     }
/// }
///
/// let system = Store::SYSTEM;
/// assert_eq!(system.name(), "Store");
/// assert_eq!(system.code_type(), "u16");
/// assert_eq!(system.languages(), ["zh", "en"]);
/// assert_eq!(system.len(), 1);
/// let entry = system.entries().next().unwrap();
/// assert_eq!((entry.code(), entry.name(), entry.message_in("en")), (1, "DISK_FULL", Some("Disk full")));
/// ```
pub struct System<C: 'static> {
    name: &'static str,
    doc: &'static str,
    languages: &'static [&'static str],
    sections: &'static [Section<C>],
    reserved: &'static [Reserved<C>],
    tables: crate::__private::Tables<C>,
}

impl<C: RawCode> System<C> {
    #[doc(hidden)]
    pub const fn __new(
        name: &'static str,
        doc: &'static str,
        languages: &'static [&'static str],
        sections: &'static [Section<C>],
        reserved: &'static [Reserved<C>],
        tables: crate::__private::Tables<C>,
    ) -> Self {
        System { name, doc, languages, sections, reserved, tables }
    }

    /// The system's name as declared: `Cos` for `pub system Cos`.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The system's doc comment, without the generated parts.
    pub const fn doc(&self) -> &'static str {
        self.doc
    }

    /// The name of the code type, e.g. `"i32"`.
    pub const fn code_type(&self) -> &'static str {
        C::TYPE_NAME
    }

    /// The languages declared with `#[languages(…)]`, the primary one first;
    /// empty when the system declares none.
    pub const fn languages(&self) -> &'static [&'static str] {
        self.languages
    }

    /// Every section, in declaration order (a parent before its children).
    pub const fn sections(&self) -> &'static [Section<C>] {
        self.sections
    }

    /// Every `reserved` declaration, in declaration order.
    pub const fn reserved(&self) -> &'static [Reserved<C>] {
        self.reserved
    }

    /// The number of entries.
    pub const fn len(&self) -> usize {
        self.tables.codes.len()
    }

    /// Whether the system has no entries.
    pub const fn is_empty(&self) -> bool {
        self.tables.codes.is_empty()
    }

    /// The entry at `index` in declaration order (`ALL[index]`), if any.
    pub fn entry(&'static self, index: usize) -> Option<Entry<C>> {
        (index < self.len()).then_some(Entry { system: self, index })
    }

    /// Every entry, in declaration order.
    pub fn entries(&'static self) -> impl DoubleEndedIterator<Item = Entry<C>> + ExactSizeIterator {
        (0..self.len()).map(move |index| Entry { system: self, index })
    }

    /// The sections that contain `section`, from the outermost down to
    /// `section` itself.
    pub fn section_path(&self, section: &Section<C>) -> impl Iterator<Item = &'static Section<C>> {
        let mut chain = [usize::MAX; 32];
        let mut depth = 0;
        let mut current = Some(section.index());
        while let Some(index) = current {
            if depth == chain.len() {
                break;
            }
            chain[depth] = index;
            depth += 1;
            current = self.sections[index].parent();
        }
        let sections = self.sections;
        (0..depth).rev().map(move |level| &sections[chain[level]])
    }
}

impl<C: RawCode> core::fmt::Debug for System<C> {
    fn fmt(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        formatter
            .debug_struct("System")
            .field("name", &self.name)
            .field("code_type", &C::TYPE_NAME)
            .field("languages", &self.languages)
            .field("sections", &self.sections.len())
            .field("entries", &self.len())
            .finish_non_exhaustive()
    }
}

/// A `section` of a catalogue: a named group of entries, with a title, an
/// optional code range, and possibly a parent section.
///
/// A section's entries, its nested sections' entries included, are
/// contiguous in declaration order: [`Section::entries`] is a range of
/// indices into the enum's `ALL`.
#[derive(Debug, PartialEq, Eq)]
pub struct Section<C: 'static> {
    name: &'static str,
    title: &'static str,
    doc: &'static str,
    range: Option<(C, C)>,
    index: u32,
    parent: Option<u32>,
    entries: (u32, u32),
    http: u16,
}

impl<C: RawCode> Section<C> {
    #[doc(hidden)]
    #[allow(clippy::too_many_arguments)]
    pub const fn __new(
        name: &'static str,
        title: &'static str,
        doc: &'static str,
        range: Option<(C, C)>,
        index: u32,
        parent: Option<u32>,
        entries: (u32, u32),
        http: u16,
    ) -> Self {
        Section { name, title, doc, range, index, parent, entries, http }
    }

    /// The HTTP status declared with `#[http(…)]` on the section or
    /// inherited from an enclosing one.
    pub const fn http_status(&self) -> Option<u16> {
        match self.http {
            0 => None,
            status => Some(status),
        }
    }

    /// The section's identifier: `Http` for `section Http`.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The first line of the section's doc comment ("" without one).
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The rest of the section's doc comment, after the title.
    pub const fn doc(&self) -> &'static str {
        self.doc
    }

    /// The declared range (`section Http in 400..=699`), if any.
    pub fn range(&self) -> Option<RangeInclusive<C>> {
        self.range.map(|(start, end)| start..=end)
    }

    /// The section's position in [`System::sections`].
    pub const fn index(&self) -> usize {
        self.index as usize
    }

    /// The enclosing section's position in [`System::sections`].
    pub const fn parent(&self) -> Option<usize> {
        match self.parent {
            Some(parent) => Some(parent as usize),
            None => None,
        }
    }

    /// The positions in `ALL` of the section's entries, nested sections
    /// included.
    pub const fn entries(&self) -> Range<usize> {
        self.entries.0 as usize..self.entries.1 as usize
    }
}

/// A `reserved` or `open` declaration: codes no entry of the system may
/// use; an `open` range is left to the systems that extend it.
#[derive(Debug, PartialEq, Eq)]
pub struct Reserved<C: 'static> {
    range: (C, C),
    doc: &'static str,
    open: bool,
}

impl<C: RawCode> Reserved<C> {
    #[doc(hidden)]
    pub const fn __new(range: (C, C), doc: &'static str, open: bool) -> Self {
        Reserved { range, doc, open }
    }

    /// Whether the range is `open`: left to the systems that extend this
    /// one (`#[extends(…)]`), rather than closed to every entry.
    pub const fn is_open(&self) -> bool {
        self.open
    }

    /// The reserved codes; a single reserved code is a one-code range.
    pub fn range(&self) -> RangeInclusive<C> {
        self.range.0..=self.range.1
    }

    /// The declaration's doc comment, usually why the codes are reserved.
    pub const fn doc(&self) -> &'static str {
        self.doc
    }
}

/// A message in a language other than the system's primary one
/// (`"文件不存在" en "File not found"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    language: &'static str,
    text: &'static str,
}

impl Text {
    #[doc(hidden)]
    pub const fn __new(language: &'static str, text: &'static str) -> Self {
        Text { language, text }
    }

    /// The language tag as declared, e.g. `"en"`.
    pub const fn language(&self) -> &'static str {
        self.language
    }

    /// The message in that language.
    pub const fn text(&self) -> &'static str {
        self.text
    }
}

/// Everything a catalogue declares about one entry: a cheap handle on the
/// catalogue's tables.
///
/// Get one from a generated enum (`Cos::FileNotExist.entry()`), through
/// [`Catalog::entry`](crate::Catalog::entry), or from [`System::entries`]
/// without knowing the enum.
///
/// ```
/// use errcat::error_catalog;
///
/// error_catalog! {
///     #[languages(zh, en)]
///     pub system Store {
///         /// 文件错误
///         section File in 100..=199 {
///             /// The path names no file.
///             101 FILE_NOT_FOUND "文件不存在" en "File not found",
///         }
///     }
/// }
///
/// let entry = Store::FileNotFound.entry();
/// assert_eq!(entry.code(), 101);
/// assert_eq!(entry.variant(), "FileNotFound");
/// assert_eq!(entry.message_in("en"), Some("File not found"));
/// assert_eq!(entry.doc(), "The path names no file.");
/// assert_eq!(entry.section().map(|section| section.title()), Some("文件错误"));
/// ```
#[derive(Clone, Copy)]
pub struct Entry<C: 'static> {
    system: &'static System<C>,
    index: usize,
}

impl<C: RawCode> Entry<C> {
    #[doc(hidden)]
    pub const fn __new(system: &'static System<C>, index: usize) -> Self {
        Entry { system, index }
    }

    /// The catalogue the entry belongs to.
    pub const fn system(&self) -> &'static System<C> {
        self.system
    }

    /// The entry's position in declaration order (in the enum's `ALL`).
    pub const fn index(&self) -> usize {
        self.index
    }

    /// The numeric code.
    pub const fn code(&self) -> C {
        self.system.tables.codes[self.index]
    }

    /// The documented name: the identifier as written in the catalogue, or
    /// the text of `#[name = "…"]`.
    pub const fn name(&self) -> &'static str {
        self.system.tables.names[self.index]
    }

    /// The enum variant's identifier, e.g. `FileNotExist`.
    pub const fn variant(&self) -> &'static str {
        self.system.tables.variants[self.index]
    }

    /// The message in the primary language; `""` when the entry has none.
    pub const fn message(&self) -> &'static str {
        self.system.tables.messages[self.index]
    }

    /// The messages in the other declared languages, in declaration order.
    pub fn texts(&self) -> &'static [Text] {
        let tables = &self.system.tables;
        match (tables.text_starts.get(self.index), tables.text_starts.get(self.index + 1)) {
            (Some(&start), Some(&end)) => &tables.texts[start as usize..end as usize],
            _ => &[],
        }
    }

    /// The message in `language`: the primary message for the primary
    /// language, or a text declared for it. `None` when there is none.
    pub fn message_in(&self, language: &str) -> Option<&'static str> {
        if self.system.languages().first() == Some(&language) {
            return Some(self.message()).filter(|message| !message.is_empty());
        }
        self.texts().iter().find(|text| text.language == language).map(Text::text)
    }

    /// The entry's doc comment: a longer explanation ("" without one).
    pub fn doc(&self) -> &'static str {
        crate::__private::sparse(self.system.tables.docs, self.index).unwrap_or_default()
    }

    /// The innermost section that holds the entry; `None` for an entry
    /// declared directly in the system.
    pub fn section(&self) -> Option<&'static Section<C>> {
        self.section_index().map(|index| &self.system.sections[index])
    }

    /// The position in [`System::sections`] of [`Entry::section`].
    pub fn section_index(&self) -> Option<usize> {
        self.system.sections.iter().rposition(|section| section.entries().contains(&self.index))
    }

    /// The HTTP status declared with `#[http(…)]` on the entry or inherited
    /// from its sections.
    pub const fn http_status(&self) -> Option<u16> {
        let http = self.system.tables.http;
        if self.index < http.len() && http[self.index] != 0 { Some(http[self.index]) } else { None }
    }

    /// The note of `#[deprecated(note = "…")]` (`Some("")` without a note).
    pub fn deprecated(&self) -> Option<&'static str> {
        crate::__private::sparse(self.system.tables.deprecated, self.index)
    }
}

impl<C: RawCode> core::fmt::Debug for Entry<C> {
    fn fmt(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        formatter
            .debug_struct("Entry")
            .field("system", &self.system.name())
            .field("code", &self.code())
            .field("name", &self.name())
            .field("message", &self.message())
            .finish_non_exhaustive()
    }
}

impl<C: RawCode> PartialEq for Entry<C> {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.system, other.system) && self.index == other.index
    }
}

impl<C: RawCode> Eq for Entry<C> {}
