//! The syntax tree of an `error_catalog!` invocation, as written. Attributes
//! are kept raw here; `model` interprets them.

use proc_macro2::{Literal, Span};
use syn::{Attribute, Ident, LitStr, Visibility};

use crate::diagnostic::Location;

/// Everything between the braces of `error_catalog! { … }`.
pub struct Invocation {
    pub systems: Vec<SystemDecl>,
    /// Syntax errors outside the systems' braces, each with the number of
    /// systems declared before it (where it belongs in source order).
    pub errors: Vec<(usize, syn::Error)>,
}

/// `pub system Cos: i32 { … }`.
pub struct SystemDecl {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub system_token: Span,
    pub ident: Ident,
    pub code_type: Option<Ident>,
    pub body: Block,
}

/// The items between a pair of braces, syntax errors included where they
/// occur: a slip costs only the item it is in.
pub struct Block {
    pub items: Vec<Item>,
}

pub enum Item {
    Entry(EntryDecl),
    Section(SectionDecl),
    Reserved(ReservedDecl),
    /// A syntax error, in source order among the items; the tokens it
    /// covers were skipped.
    Error(syn::Error),
    Retired(RetiredDecl),
}

/// `retired -46001 OLD_FILE_MISSING;`: a code and a name out of use forever.
pub struct RetiredDecl {
    pub attrs: Vec<Attribute>,
    pub retired_token: Span,
    pub code: CodeLiteral,
    pub ident: Ident,
}

/// `section Http in 400..=699 { … }`.
pub struct SectionDecl {
    pub attrs: Vec<Attribute>,
    pub section_token: Span,
    pub ident: Ident,
    pub range: Option<CodeRange>,
    pub body: Block,
}

/// `reserved 40000..=59999;`, `reserved -46000;` or `open 60000..=99999;`.
pub struct ReservedDecl {
    pub attrs: Vec<Attribute>,
    pub reserved_token: Span,
    pub range: CodeRange,
    /// Declared with `open`: left to the systems that extend this one.
    pub open: bool,
}

/// `-46628 FILE_NOT_EXIST "文件不存在" en "File not found"`.
pub struct EntryDecl {
    pub attrs: Vec<Attribute>,
    pub code: CodeLiteral,
    pub ident: Ident,
    pub message: Option<TextLiteral>,
    pub texts: Vec<(Ident, TextLiteral)>,
    /// Cut short by a syntax error (reported after it): its code and name
    /// are known, its texts may not be.
    pub partial: bool,
}

/// A message string as written: the literal token (where it is), its
/// value, and its suffix (`"…"en`, a slip the model reports).
pub struct TextLiteral {
    pub literal: Literal,
    pub value: String,
    pub suffix: String,
}

impl TextLiteral {
    /// A `"…"` literal without escapes or carriage returns: its value is
    /// what is between its quotes. `written` is the literal's source text.
    pub fn plain(literal: Literal, mut written: String) -> Option<Self> {
        let plain = written.len() >= 2
            && written.starts_with('"')
            && written.ends_with('"')
            && !written.as_bytes().contains(&b'\\')
            && !written.as_bytes().contains(&b'\r');
        if !plain {
            return None;
        }
        written.pop();
        written.remove(0);
        Some(TextLiteral { literal, value: written, suffix: String::new() })
    }
}

impl From<LitStr> for TextLiteral {
    fn from(text: LitStr) -> Self {
        let literal = text.token();
        TextLiteral::plain(literal.clone(), literal.to_string()).unwrap_or_else(|| TextLiteral {
            value: text.value(),
            suffix: text.suffix().to_owned(),
            literal,
        })
    }
}

/// A code as written: an integer with an optional minus sign, or a string
/// literal in a `str` system. A literal of the syntax, as opposed to
/// `errcat::CodeType` (the types codes have) and `errcat::Catalog::Code`
/// (the code type of one catalogue).
#[derive(Clone)]
pub struct CodeLiteral {
    /// What codes compare by: the integer, or for a string code a number
    /// standing for its text, the same for the same text throughout the
    /// invocation (so every rule about equal codes holds for both kinds).
    pub value: i128,
    /// The text of a string code; `None` for an integer.
    pub text: Option<std::rc::Rc<str>>,
    pub location: Location,
    /// The code is of the wrong kind for its system, or an empty string
    /// (reported when read): no rule about codes reports it again.
    pub unusable: bool,
}

impl CodeLiteral {
    pub fn integer(value: i128, location: Location) -> Self {
        CodeLiteral { value, text: None, location, unusable: false }
    }
}

/// The code as a message shows it: `-46628`, or `"22P02"` for a string.
impl std::fmt::Display for CodeLiteral {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.text {
            Some(text) => write!(formatter, "{text:?}"),
            None => write!(formatter, "{}", self.value),
        }
    }
}

/// `A..=B`; a single code `A` is the range `A..=A`. In a `str` system, a
/// prefix `"22"` (written as a single string): the codes that start with
/// it.
#[derive(Clone)]
pub struct CodeRange {
    pub start: CodeLiteral,
    pub end: CodeLiteral,
    /// Written as a single code rather than as `A..=B`.
    pub single: bool,
    pub location: Location,
}

impl CodeRange {
    /// The prefix, when this is one.
    pub fn prefix(&self) -> Option<&str> {
        self.start.text.as_deref()
    }

    pub fn contains(&self, code: &CodeLiteral) -> bool {
        match (self.prefix(), &code.text) {
            (Some(prefix), Some(text)) => text.starts_with(prefix),
            (None, None) => self.start.value <= code.value && code.value <= self.end.value,
            _ => false,
        }
    }

    pub fn contains_range(&self, other: &CodeRange) -> bool {
        match (self.prefix(), other.prefix()) {
            (Some(prefix), Some(inner)) => inner.starts_with(prefix),
            (None, None) => self.start.value <= other.start.value && other.end.value <= self.end.value,
            _ => false,
        }
    }

    pub fn overlaps(&self, other: &CodeRange) -> bool {
        match (self.prefix(), other.prefix()) {
            (Some(one), Some(two)) => one.starts_with(two) || two.starts_with(one),
            (None, None) => self.start.value <= other.end.value && other.start.value <= self.end.value,
            _ => false,
        }
    }
}

impl std::fmt::Display for CodeRange {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.single {
            write!(formatter, "{}", self.start)
        } else {
            write!(formatter, "{}..={}", self.start, self.end)
        }
    }
}
