//! The catalogue model: a system's tree of sections flattened into lists,
//! attributes read, names converted. The checks and the expansion work on
//! this, never on the syntax.

use proc_macro2::Span;
use rustc_hash::FxHashMap as HashMap;
use syn::{Attribute, Ident, LitStr, Visibility};

use crate::ast::{Block, CodeLiteral, CodeRange, EntryDecl, Item, SystemDecl, TextLiteral};
use crate::attr::{self, Deprecated};
use crate::diagnostic::{Diagnostics, Location};
use crate::naming;

pub use crate::attr::WireForm;

/// One `system`: the future enum.
pub struct Catalog {
    pub ident: Ident,
    pub vis: Visibility,
    pub system_token: Span,
    pub code_type: CodeType,
    pub doc: String,
    pub languages: Vec<Ident>,
    /// `#[languages(…)]` is written but could not be read (reported): no
    /// text is reported against the languages.
    pub languages_unreadable: bool,
    /// `#[require_all_languages]`, and where it is written.
    pub require_all_languages: Option<Location>,
    /// `#[extends(Base)]`, and where it is written.
    pub extends: Option<(syn::Path, Location)>,
    pub passthrough: Vec<Attribute>,
    /// In declaration order: the order of `ALL`.
    pub entries: Vec<Entry>,
    /// In declaration order, a parent before its children.
    pub sections: Vec<Section>,
    pub reserved: Vec<Reserved>,
    /// The `retired` declarations, in declaration order.
    pub retired: Vec<Retired>,
    /// `#[baseline = "…"]`: the committed lock file the system is held to.
    pub baseline: Option<crate::baseline::BaselineAttr>,
    /// `#[serde]` / `#[serde(by_name)]`: the enum's wire form, when it has one.
    pub serde: Option<(WireForm, Location)>,
    /// `#[json_schema]`, and where it is written.
    pub json_schema: Option<Location>,
    /// The `cfg` predicates of `#[cfg_attr(…, serde)]` and
    /// `#[cfg_attr(…, json_schema)]`.
    pub serde_cfg: Option<syn::Meta>,
    pub json_schema_cfg: Option<syn::Meta>,
    /// `#[errcat(crate = path)]`: how the generated code names errcat.
    pub crate_path: Option<syn::Path>,
    /// `#[url = "…"]`: the documentation URL template.
    pub url: Option<LitStr>,
    /// `#[code_format = "E{:04}"]`: how codes are written; the default
    /// (decimal) without one.
    pub code_format: crate::code_format::CodeFormat,
    /// Where `#[code_format]` is written, if it is.
    pub code_format_location: Option<Location>,
    /// `#[code_chars = "…"]`: the characters string codes may use.
    pub code_chars: Option<crate::string_codes::CodeChars>,
    /// `#[placeholders(…)]`: how the messages write their arguments.
    pub placeholders: crate::placeholders::PlaceholdersAttr,
    /// Declaration order of the system itself.
    pub order: usize,
}

pub struct Entry {
    /// Declaration order among all the constructs of the invocation.
    pub order: usize,
    pub code: CodeLiteral,
    /// The identifier as written.
    pub ident: Ident,
    /// The documented name: `#[name = "…"]`, or the identifier.
    pub name: String,
    /// Where the documented name is written.
    pub name_location: Location,
    /// The enum variant; `None` when the identifier has nothing to build one
    /// from (reported).
    pub variant: Option<String>,
    pub message: Option<Message>,
    /// Messages in other languages, with their language tags.
    pub texts: Vec<(Ident, Message)>,
    pub doc: String,
    /// Innermost section, as an index into `Catalog::sections`.
    pub section: Option<usize>,
    pub shares_code: Option<Ident>,
    /// `#[shares_code(…)]` is written but could not be read (reported): no
    /// reuse of its code is reported.
    pub shares_code_unreadable: bool,
    /// Cut short by a syntax error (reported): its texts are not checked.
    pub partial: bool,
    pub outside_range: Option<Location>,
    /// `#[outside_range]` is written misspelt (reported): never stale.
    pub outside_range_misspelt: bool,
    pub deprecated: Option<Deprecated>,
    /// `#[http(…)]` on the entry itself.
    pub http: Option<(u16, Location)>,
    /// `#[grpc(…)]` as its number (1 to 16), and where it is written.
    pub grpc: Option<(u8, Location)>,
}

/// A message as written (the literal, where it is) and its text.
pub struct Message {
    pub literal: proc_macro2::Literal,
    pub value: String,
}

impl Message {
    fn new(text: TextLiteral) -> Self {
        Message { literal: text.literal, value: text.value }
    }
}

pub struct Section {
    pub order: usize,
    pub ident: Ident,
    pub section_token: Span,
    /// The first line of the doc comment.
    pub title: String,
    /// The rest of the doc comment.
    pub doc: String,
    pub range: Option<CodeRange>,
    pub parent: Option<usize>,
    /// Indices into `Catalog::entries`: the section's entries, nested ones
    /// included, are contiguous.
    pub entries: std::ops::Range<usize>,
    /// `#[http(…)]` on the section itself.
    pub http: Option<(u16, Location)>,
    /// `#[grpc(…)]` as its number (1 to 16), and where it is written.
    pub grpc: Option<(u8, Location)>,
}

pub struct Reserved {
    pub order: usize,
    pub reserved_token: Span,
    pub range: CodeRange,
    pub doc: String,
    pub section: Option<usize>,
    /// Declared with `open`: left to the systems that extend this one.
    pub open: bool,
}

/// `retired -46001 OLD_FILE_MISSING;`: a code and a name given up for good.
pub struct Retired {
    pub order: usize,
    pub retired_token: Span,
    pub code: CodeLiteral,
    pub ident: Ident,
    /// The documented name: `#[name = "…"]`, or the identifier.
    pub name: String,
    pub name_location: Location,
    /// Why, and since when.
    pub doc: String,
    pub section: Option<usize>,
}

/// The type of a system's codes: an integer type, or `str`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CodeType {
    /// String codes (`pub system SqlState: str { "22P02" … }`).
    Str,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl CodeType {
    const ALL: [CodeType; 9] = [
        CodeType::Str,
        CodeType::I8,
        CodeType::I16,
        CodeType::I32,
        CodeType::I64,
        CodeType::U8,
        CodeType::U16,
        CodeType::U32,
        CodeType::U64,
    ];

    pub fn name(self) -> &'static str {
        match self {
            CodeType::Str => "str",
            CodeType::I8 => "i8",
            CodeType::I16 => "i16",
            CodeType::I32 => "i32",
            CodeType::I64 => "i64",
            CodeType::U8 => "u8",
            CodeType::U16 => "u16",
            CodeType::U32 => "u32",
            CodeType::U64 => "u64",
        }
    }

    /// The values a code can have; for `str`, the numbers that stand for
    /// string codes (see `CodeLiteral::value`).
    pub fn range(self) -> (i128, i128) {
        match self {
            CodeType::Str => (0, i128::MAX),
            CodeType::I8 => (i8::MIN.into(), i8::MAX.into()),
            CodeType::I16 => (i16::MIN.into(), i16::MAX.into()),
            CodeType::I32 => (i32::MIN.into(), i32::MAX.into()),
            CodeType::I64 => (i64::MIN.into(), i64::MAX.into()),
            CodeType::U8 => (0, u8::MAX.into()),
            CodeType::U16 => (0, u16::MAX.into()),
            CodeType::U32 => (0, u32::MAX.into()),
            CodeType::U64 => (0, u64::MAX.into()),
        }
    }

    /// The width of the type in bits.
    pub fn bits(self) -> u32 {
        match self {
            CodeType::I8 | CodeType::U8 => 8,
            CodeType::I16 | CodeType::U16 => 16,
            CodeType::I32 | CodeType::U32 => 32,
            CodeType::I64 | CodeType::U64 | CodeType::Str => 64,
        }
    }

    pub fn contains(self, value: i128) -> bool {
        let (min, max) = self.range();
        min <= value && value <= max
    }

    /// The narrowest type that holds both values, preferring unsigned types
    /// for non-negative values.
    pub fn smallest_holding(lowest: i128, highest: i128) -> Option<Self> {
        let candidates: &[CodeType] = if lowest < 0 {
            &[CodeType::I8, CodeType::I16, CodeType::I32, CodeType::I64]
        } else {
            &[CodeType::U8, CodeType::U16, CodeType::U32, CodeType::U64]
        };
        candidates.iter().copied().find(|code_type| code_type.contains(lowest) && code_type.contains(highest))
    }

    fn from_ident(ident: &Ident) -> Option<Self> {
        CodeType::ALL.into_iter().find(|code_type| ident == code_type.name())
    }
}

impl Catalog {
    /// The nearest section, starting with `section` itself and going up,
    /// that declares a range.
    pub fn ranged_ancestor(&self, mut section: Option<usize>) -> Option<usize> {
        while let Some(index) = section {
            if self.sections[index].range.is_some() {
                return Some(index);
            }
            section = self.sections[index].parent;
        }
        None
    }

    /// The primary language, if the system declares languages.
    pub fn primary_language(&self) -> Option<&Ident> {
        self.languages.first()
    }
}

/// Builds the model of one system. `order` numbers the constructs of the
/// whole invocation in declaration order; syntax errors of the system's
/// blocks are reported here too.
pub fn lower(system: SystemDecl, order: &mut usize, diagnostics: &mut Diagnostics) -> Catalog {
    let own_order = next(order);
    let attrs = attr::system_attrs(&system.attrs, own_order, diagnostics);
    let code_type = match &system.code_type {
        None => CodeType::I32,
        Some(ident) => CodeType::from_ident(ident).unwrap_or_else(|| {
            diagnostics.error(
                own_order,
                ident.span(),
                format!(
                    "unsupported code type `{ident}`; expected one of i8, i16, i32, i64, u8, u16, u32, u64, or str \
                     for string codes"
                ),
            );
            CodeType::I32
        }),
    };
    let mut catalog = Catalog {
        ident: system.ident,
        vis: system.vis,
        system_token: system.system_token,
        code_type,
        doc: attrs.doc,
        languages: attrs.languages,
        languages_unreadable: attrs.languages_unreadable,
        require_all_languages: attrs.require_all_languages,
        extends: attrs.extends,
        passthrough: attrs.passthrough,
        entries: Vec::new(),
        sections: Vec::new(),
        reserved: Vec::new(),
        retired: Vec::new(),
        baseline: attrs.baseline,
        serde: attrs.serde,
        json_schema: attrs.json_schema,
        serde_cfg: attrs.serde_cfg,
        json_schema_cfg: attrs.json_schema_cfg,
        crate_path: attrs.crate_path,
        url: attrs.url,
        code_format: attrs.code_format.as_ref().map(|(format, _)| format.clone()).unwrap_or_default(),
        code_format_location: attrs.code_format.map(|(_, location)| location),
        code_chars: attrs.code_chars,
        placeholders: attrs.placeholders,
        order: own_order,
    };
    let mut codes = CodeReader::default();
    lower_block(system.body, None, &mut catalog, order, &mut codes, diagnostics);
    catalog
}

/// Gives each string code its number, and reports a code of the wrong kind
/// for its system: a string in an integer system, an integer in a `str`
/// one. Either is kept, so that the entry still becomes a variant.
#[derive(Default)]
struct CodeReader {
    numbers: HashMap<std::rc::Rc<str>, i128>,
}

impl CodeReader {
    /// `what`: the code's owner in messages, e.g. "the code of `NAME`";
    /// `prefix`: the code is a section's or a reservation's prefix.
    fn read(
        &mut self,
        code: &mut CodeLiteral,
        prefix: bool,
        what: &dyn Fn() -> String,
        catalog: &Catalog,
        order: usize,
        diagnostics: &mut Diagnostics,
    ) {
        let string_system = catalog.code_type == CodeType::Str;
        if string_system && code.text.is_none() {
            let written = code.value.to_string();
            diagnostics.error(
                order,
                code.location,
                format!("system `{}` has string codes: write the code in quotes, as in `\"{written}\"`", catalog.ident),
            );
            code.text = Some(written.into());
            code.unusable = true;
        } else if let (false, Some(text)) = (string_system, &code.text) {
            diagnostics.error(
                order,
                code.location,
                format!(
                    "the code {text:?} is a string, and system `{}` has integer codes (`{}`); write the code as an \
                     integer, or declare the system with string codes: `pub system {}: str {{ … }}`",
                    catalog.ident,
                    catalog.code_type.name(),
                    catalog.ident
                ),
            );
            code.unusable = true;
        } else if string_system && code.text.as_deref() == Some("") {
            diagnostics.error(
                order,
                code.location,
                if prefix {
                    format!("{} is empty: a prefix has at least one character; write it, or declare no prefix", what())
                } else {
                    format!("{} is empty: a string code has at least one character; write the code", what())
                },
            );
            code.unusable = true;
        }
        let Some(text) = &code.text else { return };
        let next = i128::try_from(self.numbers.len()).unwrap_or(i128::MAX);
        let number = *self.numbers.entry(text.clone()).or_insert(next);
        // In an integer system the number lies below every code type, so
        // the code fits none and is not emitted.
        code.value = if string_system { number } else { i128::MIN + number };
    }

    fn read_range(
        &mut self,
        range: &mut CodeRange,
        what: &dyn Fn() -> String,
        catalog: &Catalog,
        order: usize,
        diagnostics: &mut Diagnostics,
    ) {
        let prefix = range.prefix().is_some();
        self.read(&mut range.start, prefix, what, catalog, order, diagnostics);
        if range.single {
            range.end = range.start.clone();
        } else if !prefix {
            self.read(&mut range.end, false, what, catalog, order, diagnostics);
        }
    }
}

fn next(order: &mut usize) -> usize {
    *order += 1;
    *order
}

/// A message is a plain string: `"…"en` is a typo for `"…" en "…"`.
fn check_plain_string(
    text: &TextLiteral,
    ident: &Ident,
    language: Option<&Ident>,
    order: usize,
    diagnostics: &mut Diagnostics,
) {
    let suffix = &text.suffix;
    if suffix.is_empty() {
        return;
    }
    let which = language.map_or_else(|| "message".to_owned(), |language| format!("`{language}` message"));
    diagnostics.error(
        order,
        text.literal.span(),
        format!(
            "the {which} of `{ident}` has the suffix `{suffix}`: a message is a plain string; put a space between \
             the string and a language tag, as in `\"…\" {suffix} \"…\"`"
        ),
    );
}

/// Lowers a block and, depth first, the blocks of its sections: with a
/// stack of its own, so that deep nesting costs no call stack.
fn lower_block(
    block: Block,
    section: Option<usize>,
    catalog: &mut Catalog,
    order: &mut usize,
    codes: &mut CodeReader,
    diagnostics: &mut Diagnostics,
) {
    let mut open_blocks = vec![(block.items.into_iter(), section)];
    while let Some((items, section)) = open_blocks.last_mut() {
        let section = *section;
        let Some(item) = items.next() else {
            open_blocks.pop();
            if let Some(index) = section {
                catalog.sections[index].entries.end = catalog.entries.len();
            }
            continue;
        };
        match item {
            Item::Entry(mut entry) => {
                let entry_order = *order + 1;
                let what = || format!("the code of `{}`", entry.ident);
                codes.read(&mut entry.code, false, &what, catalog, entry_order, diagnostics);
                lower_entry(entry, section, catalog, order, diagnostics);
            }
            Item::Section(mut declared) => {
                let section_order = next(order);
                let ident = declared.ident.clone();
                if let Some(range) = &mut declared.range {
                    let what = || format!("the prefix of section `{ident}`");
                    codes.read_range(range, &what, catalog, section_order, diagnostics);
                }
                let attrs = attr::section_attrs(&declared.attrs, section_order, diagnostics);
                let doc = attrs.doc;
                let (title, rest) = doc.split_once('\n').unwrap_or((&doc, ""));
                let index = catalog.sections.len();
                let first_entry = catalog.entries.len();
                catalog.sections.push(Section {
                    order: section_order,
                    ident: declared.ident,
                    section_token: declared.section_token,
                    title: title.trim().to_owned(),
                    doc: rest.trim().to_owned(),
                    range: declared.range,
                    parent: section,
                    entries: first_entry..first_entry,
                    http: attrs.http,
                    grpc: attrs.grpc,
                });
                open_blocks.push((declared.body.items.into_iter(), Some(index)));
            }
            Item::Reserved(mut declared) => {
                let reserved_order = next(order);
                let what = || "the prefix".to_owned();
                codes.read_range(&mut declared.range, &what, catalog, reserved_order, diagnostics);
                let construct = if declared.open { "`open`" } else { "`reserved`" };
                let doc = attr::doc_only(&declared.attrs, construct, reserved_order, diagnostics);
                catalog.reserved.push(Reserved {
                    order: reserved_order,
                    reserved_token: declared.reserved_token,
                    range: declared.range,
                    doc,
                    section,
                    open: declared.open,
                });
            }
            Item::Error(error) => {
                let error_order = next(order);
                diagnostics.syntax(error_order, error);
            }
            Item::Retired(mut declared) => {
                let ident = declared.ident.clone();
                let what = || format!("the retired code of `{ident}`");
                codes.read(&mut declared.code, false, &what, catalog, *order + 1, diagnostics);
                lower_retired(declared, section, catalog, order, diagnostics);
            }
        }
    }
}

fn lower_entry(
    entry: EntryDecl,
    section: Option<usize>,
    catalog: &mut Catalog,
    order: &mut usize,
    diagnostics: &mut Diagnostics,
) {
    let entry_order = next(order);
    let attrs = attr::entry_attrs(&entry.attrs, entry_order, diagnostics);
    let variant = naming::variant_name(&entry.ident.to_string());
    if variant.is_none() {
        diagnostics.error(
            entry_order,
            entry.ident.span(),
            format!(
                "`{}` cannot become an enum variant: it has no letters or digits; choose another identifier",
                entry.ident
            ),
        );
    }
    if let Some(message) = &entry.message {
        check_plain_string(message, &entry.ident, None, entry_order, diagnostics);
    }
    for (language, text) in &entry.texts {
        check_plain_string(text, &entry.ident, Some(language), entry_order, diagnostics);
    }
    let (name, name_location) = match &attrs.name {
        Some(name) => (name.value(), Location::from(name.span())),
        None => (entry.ident.to_string(), Location::from(entry.ident.span())),
    };
    catalog.entries.push(Entry {
        order: entry_order,
        code: entry.code,
        ident: entry.ident,
        name,
        name_location,
        variant,
        message: entry.message.map(Message::new),
        texts: entry.texts.into_iter().map(|(language, text)| (language, Message::new(text))).collect(),
        doc: attrs.doc,
        section,
        shares_code: attrs.shares_code,
        shares_code_unreadable: attrs.shares_code_unreadable,
        partial: entry.partial,
        outside_range: attrs.outside_range,
        outside_range_misspelt: attrs.outside_range_misspelt,
        deprecated: attrs.deprecated,
        http: attrs.http,
        grpc: attrs.grpc,
    });
}

fn lower_retired(
    declared: crate::ast::RetiredDecl,
    section: Option<usize>,
    catalog: &mut Catalog,
    order: &mut usize,
    diagnostics: &mut Diagnostics,
) {
    let retired_order = next(order);
    let attrs = attr::retired_attrs(&declared.attrs, retired_order, diagnostics);
    let (name, name_location) = match &attrs.name {
        Some(name) => (name.value(), Location::from(name.span())),
        None => (declared.ident.to_string(), Location::from(declared.ident.span())),
    };
    catalog.retired.push(Retired {
        order: retired_order,
        retired_token: declared.retired_token,
        code: declared.code,
        ident: declared.ident,
        name,
        name_location,
        doc: attrs.doc,
        section,
    });
}
