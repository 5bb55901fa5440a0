use core::ops::{Range, RangeInclusive};

use crate::{CodeType, IntegerCode};

/// What a catalogue declares about itself: its name, documentation,
/// languages, sections, reserved codes and entries.
///
/// Every generated enum has one, as [`Catalog::SYSTEM`](crate::Catalog::SYSTEM).
///
/// ```
/// use errcat::error_catalog;
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
    tables: crate::__private::Tables,
    retired: &'static [crate::Retired<C>],
    url: &'static str,
    grpc: &'static [u8],
    code_format: Option<crate::CodeFormat>,
    code_strs: Option<&'static crate::__private::Strings>,
    placeholders: crate::PlaceholderSyntax,
}

impl<C: CodeType> System<C> {
    #[doc(hidden)]
    pub const fn __new(
        name: &'static str,
        doc: &'static str,
        languages: &'static [&'static str],
        sections: &'static [Section<C>],
        reserved: &'static [Reserved<C>],
        tables: crate::__private::Tables,
    ) -> Self {
        System {
            name,
            doc,
            languages,
            sections,
            reserved,
            tables,
            retired: &[],
            url: "",
            grpc: &[],
            code_format: None,
            code_strs: None,
            placeholders: crate::PlaceholderSyntax::Named,
        }
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn __with_retired(self, retired: &'static [crate::Retired<C>]) -> Self {
        System { retired, ..self }
    }

    /// The system's documentation URL template, `{code}` and `{name}` standing
    /// for an entry's (`#[url = "https://docs.example.com/errors/{code}"]`).
    #[doc(hidden)]
    #[must_use]
    pub const fn __with_url(self, url: &'static str) -> Self {
        System { url, ..self }
    }

    /// Each entry's gRPC status (`GrpcCode as u8`, 0 for none), indexed by the
    /// entry's position; empty when no entry has one.
    #[doc(hidden)]
    #[must_use]
    pub const fn __with_grpc(self, grpc: &'static [u8]) -> Self {
        System { grpc, ..self }
    }

    /// Each entry's code as the system writes it (`code_str`), in the order
    /// of the entries.
    #[doc(hidden)]
    #[must_use]
    pub const fn __with_code_strs(self, code_strs: &'static crate::__private::Strings) -> Self {
        System { code_strs: Some(code_strs), ..self }
    }

    /// `#[code_format = "…"]`.
    #[doc(hidden)]
    #[must_use]
    pub const fn __with_code_format(self, code_format: crate::CodeFormat) -> Self {
        System { code_format: Some(code_format), ..self }
    }

    /// How the system writes its codes, from `#[code_format = "E{:04}"]`;
    /// `None` for a system that writes them in decimal.
    pub const fn code_format(&self) -> Option<crate::CodeFormat> {
        self.code_format
    }

    /// `#[placeholders(printf)]`: the messages write C's conversions.
    #[doc(hidden)]
    #[must_use]
    pub const fn __with_placeholders(self, placeholders: crate::PlaceholderSyntax) -> Self {
        System { placeholders, ..self }
    }

    /// How the messages write their placeholders: `{path}` (the default),
    /// or C's `%s` with `#[placeholders(printf)]`.
    ///
    /// ```
    /// use errcat::{PlaceholderSyntax, error_catalog};
    ///
    /// error_catalog! {
    ///     pub system Store { 1 FULL "disk {disk} full" }
    ///     #[placeholders(printf)]
    ///     pub system Server { 1062 DUP_ENTRY "Duplicate entry '%-.192s' for key %d" }
    /// }
    ///
    /// assert_eq!(Store::SYSTEM.placeholder_syntax(), PlaceholderSyntax::Named);
    /// assert_eq!(Server::SYSTEM.placeholder_syntax(), PlaceholderSyntax::Printf);
    /// ```
    pub const fn placeholder_syntax(&self) -> crate::PlaceholderSyntax {
        self.placeholders
    }

    /// The `retired` declarations, in declaration order: codes and names
    /// given up for good, which no entry may take again.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Store {
    ///         1 FULL,
    ///         /// Folded into `FULL` in 2.0.
    ///         retired 2 QUOTA_EXCEEDED;
    ///     }
    /// }
    ///
    /// let retired: Vec<_> = Store::SYSTEM.retired().iter().map(|retired| (retired.code(), retired.name())).collect();
    /// assert_eq!(retired, [(2, "QUOTA_EXCEEDED")]);
    /// ```
    pub const fn retired(&self) -> &'static [crate::Retired<C>] {
        self.retired
    }

    /// The documentation URL template declared on the system, with `{code}`
    /// and `{name}` where an entry's code and name go; `None` without one.
    /// [`Entry::url`] fills it in.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Store { 1 FULL } }
    ///
    /// assert_eq!(Store::SYSTEM.url_template(), None);
    /// ```
    pub const fn url_template(&self) -> Option<&'static str> {
        if self.url.is_empty() { None } else { Some(self.url) }
    }

    /// The system's name as declared: `Cos` for `pub system Cos`.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Store { 1 FULL } }
    ///
    /// assert_eq!(Store::SYSTEM.name(), "Store");
    /// ```
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The system's doc comment, without the generated parts.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     /// Errors of the storage service.
    ///     ///
    ///     /// Raised by the disk layer.
    ///     pub system Store { 1 FULL }
    ///     pub system Bare { 1 FULL }
    /// }
    ///
    /// assert_eq!(Store::SYSTEM.doc(), "Errors of the storage service.\n\nRaised by the disk layer.");
    /// assert_eq!(Bare::SYSTEM.doc(), "");
    /// ```
    pub const fn doc(&self) -> &'static str {
        self.doc
    }

    /// The name of the code type, e.g. `"i32"`.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Store { 1 FULL }
    ///     pub system Net: u8 { 1 DOWN }
    /// }
    ///
    /// assert_eq!(Store::SYSTEM.code_type(), "i32");
    /// assert_eq!(Net::SYSTEM.code_type(), "u8");
    /// ```
    pub const fn code_type(&self) -> &'static str {
        C::TYPE_NAME
    }

    /// The languages declared with `#[languages(…)]`, the primary one first;
    /// empty when the system declares none.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     #[languages(zh, en)]
    ///     pub system Store { 1 FULL "磁盘已满" en "Disk full" }
    ///     pub system Bare { 1 FULL "disk full" }
    /// }
    ///
    /// assert_eq!(Store::SYSTEM.languages(), ["zh", "en"]);
    /// assert!(Bare::SYSTEM.languages().is_empty());
    /// ```
    pub const fn languages(&self) -> &'static [&'static str] {
        self.languages
    }

    /// Every section, in declaration order (a parent before its children).
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Store {
    ///         section Space in 1..=9 {
    ///             section Quota in 5..=9 { 5 OVER_QUOTA }
    ///         }
    ///         section Media in 10..=19 { 10 GONE }
    ///     }
    /// }
    ///
    /// let names: Vec<_> = Store::SYSTEM.sections().iter().map(|section| section.name()).collect();
    /// assert_eq!(names, ["Space", "Quota", "Media"]);
    /// ```
    pub const fn sections(&self) -> &'static [Section<C>] {
        self.sections
    }

    /// Every `reserved` declaration, in declaration order.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Store {
    ///         1 FULL,
    ///         reserved 600..=699;
    ///         reserved 7;
    ///     }
    /// }
    ///
    /// let ranges: Vec<_> = Store::SYSTEM.reserved().iter().map(|reserved| reserved.range()).collect();
    /// assert_eq!(ranges, [600..=699, 7..=7]);
    /// ```
    pub const fn reserved(&self) -> &'static [Reserved<C>] {
        self.reserved
    }

    /// The number of entries.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Store { 1 FULL, #[shares_code(FULL)] 1 FULL_LEGACY, 2 GONE } }
    ///
    /// assert_eq!(Store::SYSTEM.len(), 3);
    /// ```
    pub const fn len(&self) -> usize {
        self.tables.names.len()
    }

    /// Whether the system has no entries.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Store { 1 FULL }
    ///     pub system Nothing {}
    /// }
    ///
    /// assert!(!Store::SYSTEM.is_empty());
    /// assert!(Nothing::SYSTEM.is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.tables.names.is_empty()
    }

    /// The entry at `index` in declaration order (`ALL[index]`), if any.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Store { 1 FULL, 2 GONE } }
    ///
    /// assert_eq!(Store::SYSTEM.entry(1).map(|entry| entry.name()), Some("GONE"));
    /// assert_eq!(Store::SYSTEM.entry(1), Some(Store::Gone.entry()));
    /// assert!(Store::SYSTEM.entry(2).is_none());
    /// ```
    pub fn entry(&'static self, index: usize) -> Option<Entry<C>> {
        (index < self.len()).then(|| self.entry_at(index))
    }

    /// Every entry, in declaration order.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Store { 3 FULL, 1 GONE, 2 BUSY } }
    ///
    /// let entries = Store::SYSTEM.entries();
    /// assert_eq!(entries.len(), 3);
    /// let codes: Vec<_> = entries.map(|entry| entry.code()).collect();
    /// assert_eq!(codes, [3, 1, 2]);
    /// assert_eq!(Store::SYSTEM.entries().next_back().map(|entry| entry.name()), Some("BUSY"));
    /// ```
    pub fn entries(&'static self) -> impl DoubleEndedIterator<Item = Entry<C>> + ExactSizeIterator {
        (0..self.len()).map(move |index| self.entry_at(index))
    }

    /// The entry at `index`, which is below [`System::len`].
    pub(crate) fn entry_at(&'static self, index: usize) -> Entry<C> {
        Entry::__new(self, index, C::__code_at(self.tables.codes, self.code_strs, index))
    }

    /// The sections that contain `section`, from the outermost down to
    /// `section` itself.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Api {
    ///         section Http in 400..=599 {
    ///             section Client in 400..=499 {
    ///                 section Missing in 404..=404 { 404 NOT_FOUND }
    ///             }
    ///         }
    ///         section Rpc in 1000..=1999 { 1000 TIMEOUT }
    ///     }
    /// }
    ///
    /// let system = Api::SYSTEM;
    /// let missing = &system.sections()[2];
    /// let path: Vec<_> = system.section_path(missing).map(|section| section.name()).collect();
    /// assert_eq!(path, ["Http", "Client", "Missing"]);
    /// let rpc = &system.sections()[3];
    /// assert_eq!(system.section_path(rpc).map(|section| section.name()).collect::<Vec<_>>(), ["Rpc"]);
    /// ```
    ///
    /// The path has no limit of depth and needs no memory of its own: it
    /// walks the parents. As text it reads `Http::Client::Missing`:
    ///
    /// ```
    /// # use errcat::error_catalog;
    /// # error_catalog! {
    /// #     pub system Api {
    /// #         section Http in 400..=599 {
    /// #             section Client in 400..=499 {
    /// #                 section Missing in 404..=404 { 404 NOT_FOUND }
    /// #             }
    /// #         }
    /// #     }
    /// # }
    /// let missing = &Api::SYSTEM.sections()[2];
    /// assert_eq!(Api::SYSTEM.section_path(missing).to_string(), "Http::Client::Missing");
    /// assert_eq!(Api::SYSTEM.section_path(missing).next_back().map(|section| section.name()), Some("Missing"));
    /// ```
    pub fn section_path(&self, section: &Section<C>) -> SectionPath<C> {
        SectionPath::new(self.sections, Some(section.index()))
    }
}

/// The sections that contain a section, from the outermost down to the
/// section itself: [`System::section_path`] and [`Entry::section_path`].
///
/// It holds the innermost section not yet visited and walks up the parents
/// from there, so it works at any depth without memory of its own; going
/// forward costs one walk up per step, going backward ([`next_back`]) one
/// step. [`Display`](core::fmt::Display) shows the names joined by `::`.
///
/// [`next_back`]: DoubleEndedIterator::next_back
pub struct SectionPath<C: 'static> {
    sections: &'static [Section<C>],
    /// The innermost section left, as an index into `sections`.
    innermost: Option<usize>,
    /// How many sections are left.
    remaining: usize,
}

impl<C: CodeType> SectionPath<C> {
    fn new(sections: &'static [Section<C>], innermost: Option<usize>) -> Self {
        let mut remaining = 0;
        let mut current = innermost;
        while let Some(index) = current {
            remaining += 1;
            current = sections[index].parent();
        }
        SectionPath { sections, innermost, remaining }
    }

    /// The section `levels` above `index`.
    fn ancestor(&self, mut index: usize, levels: usize) -> usize {
        for _ in 0..levels {
            index = self.sections[index].parent().unwrap_or(index);
        }
        index
    }
}

impl<C: CodeType> Iterator for SectionPath<C> {
    type Item = &'static Section<C>;

    fn next(&mut self) -> Option<Self::Item> {
        let innermost = self.innermost.filter(|_| self.remaining > 0)?;
        self.remaining -= 1;
        let sections = self.sections;
        Some(&sections[self.ancestor(innermost, self.remaining)])
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<C: CodeType> DoubleEndedIterator for SectionPath<C> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let innermost = self.innermost.filter(|_| self.remaining > 0)?;
        self.remaining -= 1;
        self.innermost = self.sections[innermost].parent();
        let sections = self.sections;
        Some(&sections[innermost])
    }
}

impl<C: CodeType> ExactSizeIterator for SectionPath<C> {}

impl<C: CodeType> core::iter::FusedIterator for SectionPath<C> {}

impl<C> Clone for SectionPath<C> {
    fn clone(&self) -> Self {
        SectionPath { sections: self.sections, innermost: self.innermost, remaining: self.remaining }
    }
}

impl<C: CodeType> core::fmt::Display for SectionPath<C> {
    fn fmt(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        for (position, section) in self.clone().enumerate() {
            if position > 0 {
                formatter.write_str("::")?;
            }
            formatter.write_str(section.name())?;
        }
        Ok(())
    }
}

impl<C: CodeType> core::fmt::Debug for SectionPath<C> {
    fn fmt(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        formatter.debug_list().entries(self.clone().map(Section::name)).finish()
    }
}

impl<C: IntegerCode> System<C> {
    /// The code written as `text`, as the system writes codes
    /// ([`CodeFormat::parse`](crate::CodeFormat::parse); in decimal without
    /// a format), whether or not an entry has it.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     #[code_format = "E{:04}"]
    ///     pub system Rustc: u16 { 308 MISMATCHED_TYPES "mismatched types" }
    /// }
    ///
    /// assert_eq!(Rustc::SYSTEM.parse_code("E0308"), Some(308));
    /// assert_eq!(Rustc::SYSTEM.parse_code("E9999"), Some(9999));
    /// assert_eq!(Rustc::SYSTEM.parse_code("308"), None);
    /// ```
    pub fn parse_code(&self, text: &str) -> Option<C> {
        match &self.code_format {
            Some(format) => format.parse(text),
            None => crate::code_format::parse_decimal(text),
        }
    }
}

impl<C: CodeType> core::fmt::Debug for System<C> {
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
    /// In a `str` system, the prefix every code of the section starts with.
    prefix: Option<C>,
    index: u32,
    parent: Option<u32>,
    entries: (u32, u32),
    http: u16,
    grpc: u8,
}

impl<C: CodeType> Section<C> {
    /// A section with no title, range, parent or status: the generated
    /// code adds what the section declares with the `__with_…` methods.
    #[doc(hidden)]
    pub const fn __new(index: u32, name: &'static str, entries: (u32, u32)) -> Self {
        Section { name, title: "", doc: "", range: None, prefix: None, index, parent: None, entries, http: 0, grpc: 0 }
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn __with_doc(mut self, title: &'static str, doc: &'static str) -> Self {
        self.title = title;
        self.doc = doc;
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn __with_range(mut self, start: C, end: C) -> Self {
        self.range = Some((start, end));
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn __with_prefix(mut self, prefix: C) -> Self {
        self.prefix = Some(prefix);
        self
    }

    /// In a `str` system, the prefix the section declares
    /// (`section DataException in "22"`): every code of the section starts
    /// with it. `None` for a section without one, and in integer systems,
    /// whose sections have ranges.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system SqlState: str {
    ///         section DataException in "22" { "22012" DIVISION_BY_ZERO }
    ///     }
    /// }
    ///
    /// assert_eq!(SqlState::SYSTEM.sections()[0].prefix(), Some("22"));
    /// assert_eq!(SqlState::SYSTEM.sections()[0].range(), None);
    /// ```
    pub const fn prefix(&self) -> Option<C> {
        self.prefix
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn __with_parent(mut self, parent: u32) -> Self {
        self.parent = Some(parent);
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn __with_http(mut self, status: u16) -> Self {
        self.http = status;
        self
    }

    /// The section's gRPC status (`GrpcCode as u8`, 0 for none), declared on
    /// it or inherited from an enclosing section.
    #[doc(hidden)]
    #[must_use]
    pub const fn __with_grpc(self, grpc: u8) -> Self {
        Section { grpc, ..self }
    }

    /// The gRPC status declared with `#[grpc(…)]` on the section or
    /// inherited from an enclosing one.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Api { section Client in 400..=499 { 404 NOT_FOUND } } }
    ///
    /// assert_eq!(Api::SYSTEM.sections()[0].grpc_status(), None);
    /// ```
    pub const fn grpc_status(&self) -> Option<crate::GrpcCode> {
        crate::GrpcCode::from_value(self.grpc as i32)
    }

    /// The HTTP status declared with `#[http(…)]` on the section or
    /// inherited from an enclosing one.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Api {
    ///         #[http(400)]
    ///         section Client in 400000..=499999 {
    ///             section Auth in 401000..=401999 { 401001 TOKEN_EXPIRED }
    ///         }
    ///         section Other in 1..=9 { 1 PLAIN }
    ///     }
    /// }
    ///
    /// let [client, auth, other] = Api::SYSTEM.sections() else { panic!("three sections") };
    /// assert_eq!(client.http_status(), Some(400));
    /// assert_eq!(auth.http_status(), Some(400));
    /// assert_eq!(other.http_status(), None);
    /// ```
    pub const fn http_status(&self) -> Option<u16> {
        match self.http {
            0 => None,
            status => Some(status),
        }
    }

    /// The section's identifier: `Http` for `section Http`.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Api { section Http in 400..=599 { 404 NOT_FOUND } } }
    ///
    /// assert_eq!(Api::SYSTEM.sections()[0].name(), "Http");
    /// ```
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The first line of the section's doc comment ("" without one).
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Api {
    ///         /// Client errors
    ///         ///
    ///         /// The request was wrong.
    ///         section Client in 400..=499 { 404 NOT_FOUND }
    ///         section Server in 500..=599 { 500 INTERNAL }
    ///     }
    /// }
    ///
    /// assert_eq!(Api::SYSTEM.sections()[0].title(), "Client errors");
    /// assert_eq!(Api::SYSTEM.sections()[1].title(), "");
    /// ```
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The rest of the section's doc comment, after the title.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Api {
    ///         /// Client errors
    ///         ///
    ///         /// The request was wrong.
    ///         section Client in 400..=499 { 404 NOT_FOUND }
    ///         /// Server errors
    ///         section Server in 500..=599 { 500 INTERNAL }
    ///     }
    /// }
    ///
    /// assert_eq!(Api::SYSTEM.sections()[0].doc(), "The request was wrong.");
    /// assert_eq!(Api::SYSTEM.sections()[1].doc(), "");
    /// ```
    pub const fn doc(&self) -> &'static str {
        self.doc
    }

    /// The declared range (`section Http in 400..=699`), if any.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Api {
    ///         section Client in 400..=499 { 404 NOT_FOUND }
    ///         section Misc { 1 PLAIN }
    ///     }
    /// }
    ///
    /// assert_eq!(Api::SYSTEM.sections()[0].range(), Some(400..=499));
    /// assert_eq!(Api::SYSTEM.sections()[1].range(), None);
    /// ```
    pub fn range(&self) -> Option<RangeInclusive<C>> {
        self.range.map(|(start, end)| start..=end)
    }

    /// The section's position in [`System::sections`].
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Api {
    ///         section Client in 400..=499 { 404 NOT_FOUND }
    ///         section Server in 500..=599 { 500 INTERNAL }
    ///     }
    /// }
    ///
    /// let server = Api::Internal.section().unwrap();
    /// assert_eq!(server.index(), 1);
    /// assert_eq!(Api::SYSTEM.sections()[server.index()].name(), "Server");
    /// ```
    pub const fn index(&self) -> usize {
        self.index as usize
    }

    /// The enclosing section's position in [`System::sections`].
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Api {
    ///         section Http in 400..=599 {
    ///             section Client in 400..=499 { 404 NOT_FOUND }
    ///         }
    ///         section Rpc in 1000..=1999 { 1000 TIMEOUT }
    ///     }
    /// }
    ///
    /// let [http, client, rpc] = Api::SYSTEM.sections() else { panic!("three sections") };
    /// assert_eq!(client.parent(), Some(http.index()));
    /// assert_eq!(http.parent(), None);
    /// assert_eq!(rpc.parent(), None);
    /// ```
    pub const fn parent(&self) -> Option<usize> {
        match self.parent {
            Some(parent) => Some(parent as usize),
            None => None,
        }
    }

    /// The positions in `ALL` of the section's entries, nested sections
    /// included.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Api {
    ///         1 PLAIN,
    ///         section Http in 400..=599 {
    ///             400 BAD_REQUEST,
    ///             section Client in 401..=499 { 401 UNAUTHORIZED, 404 NOT_FOUND }
    ///         }
    ///         1000 TIMEOUT,
    ///     }
    /// }
    ///
    /// let [http, client] = Api::SYSTEM.sections() else { panic!("two sections") };
    /// assert_eq!(http.entries(), 1..4);
    /// assert_eq!(client.entries(), 2..4);
    /// assert_eq!(Api::ALL[client.entries()], [Api::Unauthorized, Api::NotFound]);
    /// ```
    pub const fn entries(&self) -> Range<usize> {
        self.entries.0 as usize..self.entries.1 as usize
    }
}

impl<C> Section<C> {
    /// The positions in `ALL` of the section's entries, as `(start, end)`.
    pub(crate) const fn entry_bounds(&self) -> (usize, usize) {
        (self.entries.0 as usize, self.entries.1 as usize)
    }
}

/// A `reserved` or `open` declaration: codes no entry of the system may
/// use; an `open` range is left to the systems that extend it.
#[derive(Debug, PartialEq, Eq)]
pub struct Reserved<C: 'static> {
    /// A range; in a `str` system, the prefix twice.
    range: (C, C),
    doc: &'static str,
    open: bool,
}

impl<C: CodeType> Reserved<C> {
    #[doc(hidden)]
    pub const fn __new(range: (C, C), doc: &'static str, open: bool) -> Self {
        Reserved { range, doc, open }
    }

    /// Whether the range is `open`: left to the systems that extend this
    /// one (`#[extends(…)]`), rather than closed to every entry.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Base {
    ///         1 FULL,
    ///         reserved 600..=699;
    ///         open 700..=799;
    ///     }
    /// }
    ///
    /// let [reserved, open] = Base::SYSTEM.reserved() else { panic!("two declarations") };
    /// assert!(!reserved.is_open());
    /// assert!(open.is_open());
    /// ```
    pub const fn is_open(&self) -> bool {
        self.open
    }

    /// The declaration's doc comment, usually why the codes are reserved.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Store {
    ///         1 FULL,
    ///         /// Used by the gateway.
    ///         reserved 600..=699;
    ///         reserved 700..=799;
    ///     }
    /// }
    ///
    /// assert_eq!(Store::SYSTEM.reserved()[0].doc(), "Used by the gateway.");
    /// assert_eq!(Store::SYSTEM.reserved()[1].doc(), "");
    /// ```
    pub const fn doc(&self) -> &'static str {
        self.doc
    }
}

impl<C: IntegerCode> Reserved<C> {
    /// The reserved codes; a single reserved code is a one-code range.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Store {
    ///         1 FULL,
    ///         reserved 600..=699;
    ///         reserved -7;
    ///     }
    /// }
    ///
    /// let [block, single] = Store::SYSTEM.reserved() else { panic!("two declarations") };
    /// assert_eq!(block.range(), 600..=699);
    /// assert_eq!(single.range(), -7..=-7);
    /// ```
    pub fn range(&self) -> RangeInclusive<C> {
        self.range.0..=self.range.1
    }
}

impl Reserved<&'static str> {
    /// The reserved prefix of a `str` system (`reserved "XX";`): no entry's
    /// code starts with it.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system SqlState: str {
    ///         "00000" SUCCESSFUL_COMPLETION,
    ///         reserved "XX";
    ///     }
    /// }
    ///
    /// assert_eq!(SqlState::SYSTEM.reserved()[0].prefix(), "XX");
    /// ```
    pub const fn prefix(&self) -> &'static str {
        self.range.0
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
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     #[languages(zh, en, fr)]
    ///     pub system Store { 1 FULL "磁盘已满" en "Disk full" fr "Disque plein" }
    /// }
    ///
    /// let languages: Vec<_> = Store::Full.entry().texts().iter().map(|text| text.language()).collect();
    /// assert_eq!(languages, ["en", "fr"]);
    /// ```
    pub const fn language(&self) -> &'static str {
        self.language
    }

    /// The message in that language.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     #[languages(zh, en, fr)]
    ///     pub system Store { 1 FULL "磁盘已满" en "Disk full" fr "Disque plein" }
    /// }
    ///
    /// let texts: Vec<_> = Store::Full.entry().texts().iter().map(|text| text.text()).collect();
    /// assert_eq!(texts, ["Disk full", "Disque plein"]);
    /// ```
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
    /// Read once, where the entry is made: the generated `entry()` has it
    /// at hand, and [`Entry::code`] stays a `const fn`.
    code: C,
}

impl<C: CodeType> Entry<C> {
    /// The entry at `index` of `system`, whose code is `code`.
    #[doc(hidden)]
    pub const fn __new(system: &'static System<C>, index: usize, code: C) -> Self {
        Entry { system, index, code }
    }

    /// The catalogue the entry belongs to.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Store { 1 FULL }
    ///     pub system Net { 1 DOWN }
    /// }
    ///
    /// assert!(std::ptr::eq(Store::Full.entry().system(), Store::SYSTEM));
    /// assert_eq!(Net::Down.entry().system().name(), "Net");
    /// ```
    pub const fn system(&self) -> &'static System<C> {
        self.system
    }

    /// The entry's position in declaration order (in the enum's `ALL`).
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Store { 7 FULL, 3 GONE } }
    ///
    /// assert_eq!(Store::Gone.entry().index(), 1);
    /// assert_eq!(Store::ALL[Store::Gone.entry().index()], Store::Gone);
    /// ```
    pub const fn index(&self) -> usize {
        self.index
    }

    /// The numeric code.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Store: i64 { -46628 FILE_NOT_EXIST, 5000000000 HUGE } }
    ///
    /// assert_eq!(Store::FileNotExist.entry().code(), -46628i64);
    /// assert_eq!(Store::Huge.entry().code(), 5_000_000_000i64);
    /// ```
    pub const fn code(&self) -> C {
        self.code
    }

    /// The code as the system writes it: `"E0308"` with
    /// `#[code_format = "E{:04}"]`, the decimal `"-46628"` without one.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Store { -46628 FILE_NOT_EXIST } }
    ///
    /// assert_eq!(Store::FileNotExist.entry().code_str(), "-46628");
    /// ```
    pub const fn code_str(&self) -> &'static str {
        match self.system.code_strs {
            Some(code_strs) => code_strs.get(self.index),
            None => "",
        }
    }

    /// The documented name: the identifier as written in the catalogue, or
    /// the text of `#[name = "…"]`.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Store {
    ///         1 FILE_NOT_EXIST,
    ///         #[name = "2RSP"]
    ///         2 TWO_RSP,
    ///     }
    /// }
    ///
    /// assert_eq!(Store::FileNotExist.entry().name(), "FILE_NOT_EXIST");
    /// assert_eq!(Store::TwoRsp.entry().name(), "2RSP");
    /// ```
    pub const fn name(&self) -> &'static str {
        self.system.tables.names[self.index]
    }

    /// The enum variant's identifier, e.g. `FileNotExist`.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Store {
    ///         1 FILE_NOT_EXIST,
    ///         #[name = "2RSP"]
    ///         2 TWO_RSP,
    ///     }
    /// }
    ///
    /// assert_eq!(Store::FileNotExist.entry().variant(), "FileNotExist");
    /// assert_eq!(Store::TwoRsp.entry().variant(), "TwoRsp");
    /// ```
    pub const fn variant(&self) -> &'static str {
        self.system.tables.variants.get(self.index)
    }

    /// The message in the primary language; `""` when the entry has none.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     #[languages(zh, en)]
    ///     pub system Store { 1 FULL "磁盘已满" en "Disk full", 2 GONE }
    /// }
    ///
    /// assert_eq!(Store::Full.entry().message(), "磁盘已满");
    /// assert_eq!(Store::Gone.entry().message(), "");
    /// ```
    pub const fn message(&self) -> &'static str {
        self.system.tables.messages[self.index]
    }

    /// The messages in the other declared languages, in declaration order.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     #[languages(zh, en, fr)]
    ///     pub system Store {
    ///         1 FULL "磁盘已满" en "Disk full" fr "Disque plein",
    ///         2 GONE "磁盘丢失",
    ///     }
    /// }
    ///
    /// let texts: Vec<_> = Store::Full.entry().texts().iter().map(|text| (text.language(), text.text())).collect();
    /// assert_eq!(texts, [("en", "Disk full"), ("fr", "Disque plein")]);
    /// assert!(Store::Gone.entry().texts().is_empty());
    /// ```
    pub fn texts(&self) -> &'static [Text] {
        let tables = &self.system.tables;
        if (self.index + 1) * 4 >= tables.text_starts.len() {
            return &[];
        }
        let start = crate::__private::u32_at(tables.text_starts, self.index) as usize;
        let end = crate::__private::u32_at(tables.text_starts, self.index + 1) as usize;
        &tables.texts[start..end]
    }

    /// The message in `language`: the primary message for the primary
    /// language, or a text declared for it. `None` when there is none.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     #[languages(zh, en)]
    ///     pub system Store {
    ///         1 FULL "磁盘已满" en "Disk full",
    ///         2 GONE "磁盘丢失",
    ///         3 BUSY,
    ///     }
    /// }
    ///
    /// assert_eq!(Store::Full.entry().message_in("zh"), Some("磁盘已满"));
    /// assert_eq!(Store::Full.entry().message_in("en"), Some("Disk full"));
    /// assert_eq!(Store::Full.entry().message_in("fr"), None);
    /// assert_eq!(Store::Gone.entry().message_in("en"), None);
    /// assert_eq!(Store::Busy.entry().message_in("zh"), None);
    /// ```
    pub fn message_in(&self, language: &str) -> Option<&'static str> {
        if self.system.languages().first() == Some(&language) {
            return Some(self.message()).filter(|message| !message.is_empty());
        }
        self.texts().iter().find(|text| text.language == language).map(Text::text)
    }

    /// The entry's doc comment: a longer explanation ("" without one).
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Store {
    ///         /// The disk has no free blocks left.
    ///         1 FULL,
    ///         2 GONE,
    ///     }
    /// }
    ///
    /// assert_eq!(Store::Full.entry().doc(), "The disk has no free blocks left.");
    /// assert_eq!(Store::Gone.entry().doc(), "");
    /// ```
    pub fn doc(&self) -> &'static str {
        crate::__private::sparse(self.system.tables.docs, self.index).unwrap_or_default()
    }

    /// The innermost section that holds the entry; `None` for an entry
    /// declared directly in the system.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Api {
    ///         section Http in 400..=599 {
    ///             500 INTERNAL,
    ///             section Client in 400..=499 { 404 NOT_FOUND }
    ///         }
    ///         1000 TIMEOUT,
    ///     }
    /// }
    ///
    /// assert_eq!(Api::NotFound.entry().section().map(|section| section.name()), Some("Client"));
    /// assert_eq!(Api::Internal.entry().section().map(|section| section.name()), Some("Http"));
    /// assert_eq!(Api::Timeout.entry().section(), None);
    /// ```
    pub fn section(&self) -> Option<&'static Section<C>> {
        self.section_index().map(|index| &self.system.sections[index])
    }

    /// The position in [`System::sections`] of [`Entry::section`].
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Api {
    ///         section Http in 400..=599 {
    ///             500 INTERNAL,
    ///             section Client in 400..=499 { 404 NOT_FOUND }
    ///         }
    ///         1000 TIMEOUT,
    ///     }
    /// }
    ///
    /// assert_eq!(Api::NotFound.entry().section_index(), Some(1));
    /// assert_eq!(Api::Internal.entry().section_index(), Some(0));
    /// assert_eq!(Api::Timeout.entry().section_index(), None);
    /// ```
    pub fn section_index(&self) -> Option<usize> {
        crate::__private::innermost_section(self.system.sections, self.index)
    }

    /// The sections that hold the entry, from the outermost down to
    /// [`Entry::section`]; empty for an entry declared directly in the
    /// system. No limit of depth, no allocation.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Api {
    ///         section Http in 400..=599 {
    ///             section Client in 400..=499 { 404 NOT_FOUND }
    ///         }
    ///         1000 TIMEOUT,
    ///     }
    /// }
    ///
    /// assert_eq!(Api::NotFound.entry().section_path().to_string(), "Http::Client");
    /// assert_eq!(Api::NotFound.entry().section_path().len(), 2);
    /// assert_eq!(Api::Timeout.entry().section_path().count(), 0);
    /// ```
    pub fn section_path(&self) -> SectionPath<C> {
        SectionPath::new(self.system.sections, self.section_index())
    }

    /// The HTTP status declared with `#[http(…)]` on the entry or inherited
    /// from its sections.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Api {
    ///         #[http(404)]
    ///         section Missing in 404000..=404999 {
    ///             404001 NO_SUCH_USER,
    ///             #[http(410)]
    ///             404002 USER_DELETED,
    ///         }
    ///         #[http(503)]
    ///         1 BUSY,
    ///         2 PLAIN,
    ///     }
    /// }
    ///
    /// assert_eq!(Api::NoSuchUser.entry().http_status(), Some(404));
    /// assert_eq!(Api::UserDeleted.entry().http_status(), Some(410));
    /// assert_eq!(Api::Busy.entry().http_status(), Some(503));
    /// assert_eq!(Api::Plain.entry().http_status(), None);
    /// ```
    pub const fn http_status(&self) -> Option<u16> {
        match crate::__private::u16_at(self.system.tables.http, self.index) {
            0 => None,
            status => Some(status),
        }
    }

    /// The gRPC status declared with `#[grpc(…)]` on the entry or inherited
    /// from its sections; `None` when there is none, which
    /// `From<errcat::Error<_>> for tonic::Status` (feature `tonic`) answers
    /// with `UNKNOWN`.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Api { 404 NOT_FOUND } }
    ///
    /// assert_eq!(Api::NotFound.entry().grpc_status(), None);
    /// ```
    pub const fn grpc_status(&self) -> Option<crate::GrpcCode> {
        let grpc = self.system.grpc;
        if self.index < grpc.len() { crate::GrpcCode::from_value(grpc[self.index] as i32) } else { None }
    }

    /// The entry's documentation URL: the system's
    /// [`url_template`](System::url_template) with `{code}` and `{name}`
    /// replaced by the entry's code and its name (percent-encoded where a
    /// URL needs it). `None` when the system declares no template. Requires
    /// the `alloc` feature.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Store { 1 FULL } }
    ///
    /// assert_eq!(Store::Full.entry().url(), None);
    /// ```
    #[cfg(feature = "alloc")]
    pub fn url(&self) -> Option<alloc::string::String> {
        self.system.url_template().map(|template| crate::url::fill(template, self.code_str(), self.name()))
    }

    /// The note of `#[deprecated(note = "…")]` (`Some("")` without a note).
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     pub system Store {
    ///         #[deprecated(note = "use GONE")]
    ///         1 LOST,
    ///         #[deprecated]
    ///         2 MISSING,
    ///         3 GONE,
    ///     }
    /// }
    ///
    /// let deprecated: Vec<_> = Store::SYSTEM.entries().map(|entry| entry.deprecated()).collect();
    /// assert_eq!(deprecated, [Some("use GONE"), Some(""), None]);
    /// ```
    pub fn deprecated(&self) -> Option<&'static str> {
        crate::__private::sparse(self.system.tables.deprecated, self.index)
    }
}

impl<C: CodeType> core::fmt::Debug for Entry<C> {
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

impl<C: CodeType> PartialEq for Entry<C> {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.system, other.system) && self.index == other.index
    }
}

impl<C: CodeType> Eq for Entry<C> {}

#[cfg(test)]
mod tests {
    use super::{Section, System};
    use crate::__private::{Strings, Tables};
    use crate::GrpcCode;

    /// Offsets as the generated tables write them: little-endian `u32`s.
    const fn offsets(ends: [u32; 4]) -> [u8; 16] {
        let mut bytes = [0; 16];
        let mut index = 0;
        while index < 4 {
            let le = ends[index].to_le_bytes();
            let mut byte = 0;
            while byte < 4 {
                bytes[index * 4 + byte] = le[byte];
                byte += 1;
            }
            index += 1;
        }
        bytes
    }

    /// A system as the macro builds it for `#[url = "…"]` and `#[grpc(…)]`.
    static SECTIONS: [Section<i32>; 1] = [Section::__new(0, "Missing", (0, 2))
        .__with_range(400, 499)
        .__with_http(404)
        .__with_grpc(GrpcCode::NotFound as u8)];
    static VARIANT_ENDS: [u8; 16] = offsets([0, 8, 15, 20]);
    static VARIANTS: Strings = Strings::new("NotFoundWenJianPlain", &VARIANT_ENDS);
    static CODE_ENDS: [u8; 16] = offsets([0, 3, 6, 7]);
    static CODE_STRS: Strings = Strings::new("4044101", &CODE_ENDS);
    static SYSTEM: System<i32> = System::__new(
        "Api",
        "",
        &[],
        &SECTIONS,
        &[],
        Tables {
            codes: &[0x94, 0x01, 0, 0, 0x9A, 0x01, 0, 0, 1, 0, 0, 0],
            names: &["NOT_FOUND", "文 件", "PLAIN"],
            variants: &VARIANTS,
            messages: &["", "", ""],
            docs: &[],
            text_starts: &[],
            texts: &[],
            deprecated: &[],
            http: &[0x94, 0x01, 0x94, 0x01, 0, 0],
        },
    )
    .__with_code_strs(&CODE_STRS)
    .__with_url("https://docs.example.com/errors/{code}/{name}")
    .__with_grpc(&[GrpcCode::NotFound as u8, GrpcCode::FailedPrecondition as u8, 0]);

    #[test]
    fn grpc_statuses_come_from_the_table() {
        let statuses: std::vec::Vec<_> = SYSTEM.entries().map(|entry| entry.grpc_status()).collect();
        assert_eq!(statuses, [Some(GrpcCode::NotFound), Some(GrpcCode::FailedPrecondition), None]);
        assert_eq!(SYSTEM.sections()[0].grpc_status(), Some(GrpcCode::NotFound));
    }

    #[cfg(feature = "alloc")]
    #[test]
    fn urls_fill_the_template() {
        assert_eq!(SYSTEM.url_template(), Some("https://docs.example.com/errors/{code}/{name}"));
        let urls: std::vec::Vec<_> = SYSTEM.entries().map(|entry| entry.url().unwrap()).collect();
        assert_eq!(
            urls,
            [
                "https://docs.example.com/errors/404/NOT_FOUND",
                "https://docs.example.com/errors/410/%E6%96%87%20%E4%BB%B6",
                "https://docs.example.com/errors/1/PLAIN",
            ]
        );
    }
}
