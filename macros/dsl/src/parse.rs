//! Syntax: the parser of every node of the tree in `ast`, and how it
//! recovers from slips.
//!
//! ```text
//! invocation := system*
//! system     := attribute* visibility "system" IDENT (":" TYPE)? "{" item* "}"
//! item       := entry ("," | end of block) | section ","? | reserved | retired
//! entry      := attribute* code IDENT (STRING (LANGUAGE STRING)*)?
//! section    := attribute* "section" IDENT ("in" range)? "{" item* "}"
//! reserved   := attribute* ("reserved" | "open") (range | code) ";"
//! retired    := attribute* "retired" code IDENT ";"
//! range      := code "..=" code
//! code       := "-"? INTEGER
//! ```
//!
//! Recovery. A syntax error costs only the item it is in: the parser records
//! it in the block, skips to the next `,` of the same block, to the next
//! token that starts an item (`#[`, `section`, `reserved`, `open`, `retired`, or a code
//! followed by a name) or to the end of the block, and goes on. So every
//! syntax error of an invocation is reported in one pass, and every other
//! item is still checked and generated. An entry cut short after its name
//! is kept with what was read (its use sites still compile); a missing
//! comma between two entries keeps both. A section whose header is
//! malformed (`400..699` for `400..=699`) keeps its entries, without a
//! range; one without a name gives its entries to the enclosing block.
//!
//! Depth. Sections nest at most [`MAX_SECTION_DEPTH`] deep; a deeper section
//! is one error, on its keyword and name, and is skipped without being
//! read. Before syn reads the tokens (it walks groups recursively), groups
//! nested deeper than [`MAX_GROUP_DEPTH`] are emptied, so no input, however
//! deep, exhausts the stack.

use proc_macro2::{Group, Literal, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::buffer::Cursor;
use syn::parse::{ParseStream, Parser as _};
use syn::{Attribute, Ident, LitInt, LitStr, Token, Visibility, braced};

use crate::ast::{
    Block, CodeLiteral, CodeRange, EntryDecl, Invocation, Item, ReservedDecl, RetiredDecl, SectionDecl, SystemDecl,
};
use crate::diagnostic::Location;

mod fast;

mod kw {
    syn::custom_keyword!(system);
    syn::custom_keyword!(section);
    syn::custom_keyword!(reserved);
    syn::custom_keyword!(open);
    syn::custom_keyword!(retired);
}

/// How deep sections may nest: deeper than any real catalogue needs (the
/// deepest of the five bundled ones nests 4 deep, a Markdown outline at most
/// 6) and far below what rustc's parser and the stack of a proc macro
/// allow.
pub const MAX_SECTION_DEPTH: usize = 64;

/// How deep groups (`{…}`, `(…)`, `[…]`) may nest before the parser sees
/// them: room for the deepest sections' bodies, their entries' attributes
/// and anything in those, with a margin.
pub const MAX_GROUP_DEPTH: usize = 2 * MAX_SECTION_DEPTH;

/// Parses the body of an `error_catalog!` invocation. Never fails: syntax
/// errors are part of the tree.
pub fn parse_invocation(input: TokenStream) -> Invocation {
    let (input, emptied) = empty_deep_groups(input);
    let mut parser = CatalogParser::default();
    let parsed = (|stream: ParseStream| Ok(parser.invocation(stream))).parse2(input);
    let mut invocation = parsed.unwrap_or_else(|error| Invocation { systems: Vec::new(), errors: vec![(0, error)] });
    if let Some(span) = emptied.filter(|_| !parser.section_too_deep) {
        invocation.errors.push((
            invocation.systems.len(),
            syn::Error::new(
                span,
                format!(
                    "brackets nest more than {MAX_GROUP_DEPTH} deep here; nothing in `error_catalog!` needs that \
                     many: remove the extra brackets"
                ),
            ),
        ));
    }
    invocation
}

/// What the parser remembers across blocks.
#[derive(Default)]
struct CatalogParser {
    /// A section nested deeper than [`MAX_SECTION_DEPTH`] was reported (and
    /// its body skipped): groups emptied below it need no error of their
    /// own.
    section_too_deep: bool,
    /// The system being read has string codes (`: str`): after a slip, a
    /// string followed by a name starts the next entry.
    string_codes: bool,
    /// The languages the system being read declares, as far as its
    /// `#[languages(…)]` can be read here: in a `str` system, a string and
    /// a name after an entry are a language's text when the name is one of
    /// these, and otherwise the next entry, its comma missing.
    languages: Vec<String>,
}

impl CatalogParser {
    /// `invocation := system*`
    fn invocation(&mut self, input: ParseStream) -> Invocation {
        let mut systems = Vec::new();
        let mut errors = Vec::new();
        while !input.is_empty() {
            let start = input.cursor();
            match self.system(input) {
                Ok(system) => systems.push(system),
                Err(error) => {
                    errors.push((systems.len(), error));
                    skip_to_next_system(input, start);
                }
            }
        }
        Invocation { systems, errors }
    }

    /// `system := attribute* visibility "system" IDENT (":" TYPE)? "{" item* "}"`
    ///
    /// A malformed header after the name keeps the system and its entries.
    fn system(&mut self, input: ParseStream) -> syn::Result<SystemDecl> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        if !input.peek(kw::system) {
            return Err(input.error(
                "expected `system`: a catalogue is declared as `pub system Name { … }` \
                 or `pub system Name: i32 { … }`",
            ));
        }
        let system_token = input.parse::<kw::system>()?.span;
        let ident: Ident = input.parse()?;
        self.string_codes = false;
        self.languages = declared_languages(&attrs);
        let mut header_error = None;
        let mut code_type = None;
        if input.peek(Token![:]) {
            input.parse::<Token![:]>()?;
            match input.parse::<Ident>() {
                Ok(type_name) => {
                    self.string_codes = type_name == "str";
                    code_type = Some(type_name);
                }
                Err(_) => {
                    header_error = Some(input.error(format!(
                        "expected the code type of system `{ident}` after `:`: one of i8, i16, i32, i64, u8, u16, \
                         u32, u64, or str"
                    )));
                }
            }
        }
        if header_error.is_none() && !input.peek(syn::token::Brace) {
            header_error = Some(input.error(format!(
                "expected `{{` to open the entries of system `{ident}`, or `: TYPE` to give the code type"
            )));
        }
        if let Some(error) = header_error {
            while !input.is_empty() && !input.peek(syn::token::Brace) && !starts_system(input) {
                input.parse::<TokenTree>()?;
            }
            if !input.peek(syn::token::Brace) {
                return Err(error);
            }
            let mut body = self.block(input, 0)?;
            body.items.insert(0, Item::Error(error));
            return Ok(SystemDecl { attrs, vis, system_token, ident, code_type, body });
        }
        let body = self.block(input, 0)?;
        Ok(SystemDecl { attrs, vis, system_token, ident, code_type, body })
    }

    /// `"{" item* "}"`, the body of a system (`depth` 0) or of a section
    /// nested `depth` deep.
    fn block(&mut self, input: ParseStream, depth: usize) -> syn::Result<Block> {
        let content;
        braced!(content in input);
        Ok(self.items(&content, depth))
    }

    /// `item*`: every item of a block, each syntax error in its place.
    fn items(&mut self, input: ParseStream, depth: usize) -> Block {
        let mut items = Vec::new();
        while !input.is_empty() {
            let start = input.cursor();
            if let Err(error) = self.item(input, depth, &mut items) {
                items.push(Item::Error(error));
                skip_to_next_item(input, start, self.string_codes);
            }
        }
        Block { items }
    }

    /// `item := entry ("," | end of block) | section ","? | reserved`
    ///
    /// Pushes what could be read, even when it then fails: a partial entry,
    /// a section with a malformed header.
    fn item(&mut self, input: ParseStream, depth: usize, items: &mut Vec<Item>) -> syn::Result<()> {
        let attrs = fast::outer_attributes(input)?;
        let attrs = match fast::entry(input, attrs) {
            Ok(entry) => {
                items.push(Item::Entry(entry));
                return Ok(());
            }
            Err(attrs) => attrs,
        };
        let lookahead = input.lookahead1();
        if lookahead.peek(kw::section) {
            self.section(attrs, input, depth + 1, items)?;
            if input.peek(Token![,]) {
                input.parse::<Token![,]>()?;
            }
            Ok(())
        } else if lookahead.peek(kw::reserved) || lookahead.peek(kw::open) {
            reserved(attrs, input, items)
        } else if lookahead.peek(kw::retired) {
            retired(attrs, input, items)
        } else if lookahead.peek(Token![-])
            || peek_integer(input, 1)
            || lookahead.peek(LitInt)
            || (peek_string(input) && input.peek2(Ident))
        {
            let next_entry = |input: ParseStream| {
                if !self.string_codes || !starts_string_entry(input) {
                    return false;
                }
                let ahead = input.fork();
                ahead.parse::<LitStr>().is_ok()
                    && ahead.parse::<Ident>().is_ok_and(|name| !self.languages.iter().any(|language| name == language))
            };
            entry(attrs, input, items, &next_entry)
        } else if (input.peek(Ident) || input.peek(LitStr)) && self.string_codes {
            Err(input.error(
                "expected an entry starting with its code, as in `\"22P02\" INVALID_TEXT_REPRESENTATION \"…\"`, a \
                 `section` or a `reserved` prefix",
            ))
        } else if input.peek(Ident) || input.peek(LitStr) {
            Err(input.error(
                "expected an entry starting with its code, as in `-46628 FILE_NOT_EXIST \"文件不存在\"`, \
                 a `section` or a `reserved` range",
            ))
        } else {
            Err(lookahead.error())
        }
    }

    /// `section := attribute* "section" IDENT ("in" range)? "{" item* "}"`,
    /// `depth` deep.
    fn section(
        &mut self,
        attrs: Vec<Attribute>,
        input: ParseStream,
        depth: usize,
        items: &mut Vec<Item>,
    ) -> syn::Result<()> {
        let section_token = input.parse::<kw::section>()?.span;
        let ident = if input.peek(Ident) { Some(input.parse::<Ident>()?) } else { None };
        if depth > MAX_SECTION_DEPTH {
            self.section_too_deep = true;
            let name = ident.as_ref().map(|ident| format!(" `{ident}`")).unwrap_or_default();
            let span = ident.as_ref().map_or(section_token, Ident::span);
            return Err(syn::Error::new(
                span,
                format!(
                    "section{name} is nested {depth} deep, and sections nest at most {MAX_SECTION_DEPTH} deep; move \
                     it, or its entries, into an enclosing section"
                ),
            ));
        }
        let mut header_error = match &ident {
            None => Some(
                input
                    .error("expected the name of the section after `section`, as in `section Http in 400..=599 { … }`"),
            ),
            Some(_) => None,
        };
        let mut range = None;
        if header_error.is_none() && input.peek(Token![in]) {
            input.parse::<Token![in]>()?;
            match input.parse::<CodeRange>() {
                Ok(parsed) => range = Some(parsed),
                Err(error) => header_error = Some(error),
            }
        }
        if let (None, Some(ident), false) = (&header_error, &ident, input.peek(syn::token::Brace)) {
            header_error =
                Some(input.error(format!("expected `{{` to open section `{ident}`, or `in A..=B` to give its range")));
        }
        let mut body = match header_error {
            None => self.block(input, depth)?,
            Some(error) => {
                while !input.is_empty()
                    && !input.peek(syn::token::Brace)
                    && !input.peek(Token![,])
                    && !resumes_here(input, self.string_codes)
                {
                    input.parse::<TokenTree>()?;
                }
                if !input.peek(syn::token::Brace) {
                    return Err(error);
                }
                let mut body = self.block(input, depth)?;
                body.items.insert(0, Item::Error(error));
                body
            }
        };
        match ident {
            Some(ident) => items.push(Item::Section(SectionDecl { attrs, section_token, ident, range, body })),
            None => items.append(&mut body.items),
        }
        Ok(())
    }
}

/// `reserved := attribute* ("reserved" | "open") (range | code) ";"`; a
/// missing `;` keeps the declaration.
fn reserved(attrs: Vec<Attribute>, input: ParseStream, items: &mut Vec<Item>) -> syn::Result<()> {
    let open = input.peek(kw::open);
    let reserved_token = if open { input.parse::<kw::open>()?.span } else { input.parse::<kw::reserved>()?.span };
    let start: CodeLiteral = input.parse()?;
    let range = if start.text.is_none() && (input.peek(Token![..=]) || input.peek(Token![..])) {
        parse_range_rest(start, input)?
    } else {
        prefix(start)
    };
    let missing_semicolon = !input.peek(Token![;]);
    let keyword = if open { "open" } else { "reserved" };
    let error = missing_semicolon.then(|| input.error(format!("expected `;` after `{keyword} {range}`")));
    items.push(Item::Reserved(ReservedDecl { attrs, reserved_token, range, open }));
    if let Some(error) = error {
        return Err(error);
    }
    input.parse::<Token![;]>()?;
    Ok(())
}

/// `retired := attribute* "retired" code IDENT ";"`; a missing `;` keeps
/// the declaration.
fn retired(attrs: Vec<Attribute>, input: ParseStream, items: &mut Vec<Item>) -> syn::Result<()> {
    let retired_token = input.parse::<kw::retired>()?.span;
    let code: CodeLiteral = input.parse()?;
    let ident = parse_entry_name(input, &code)?;
    let error = (!input.peek(Token![;]))
        .then(|| input.error(format!("expected `;` after `retired {code} {ident}`: a retired code has no message")));
    items.push(Item::Retired(RetiredDecl { attrs, retired_token, code, ident }));
    if let Some(error) = error {
        return Err(error);
    }
    input.parse::<Token![;]>()?;
    Ok(())
}

/// `entry := attribute* code IDENT (STRING (LANGUAGE STRING)*)?`, then the
/// comma that ends it. Once its code and name are read the entry is kept,
/// whatever follows; a slip in its texts marks it partial.
/// `next_entry`: whether the tokens ahead start the next entry (in a `str`
/// system, a string code and a name), which ends this one.
fn entry(
    attrs: Vec<Attribute>,
    input: ParseStream,
    items: &mut Vec<Item>,
    next_entry: &dyn Fn(ParseStream) -> bool,
) -> syn::Result<()> {
    let code: CodeLiteral = input.parse()?;
    let ident = parse_entry_name(input, &code)?;
    let mut entry = EntryDecl { attrs, code, ident, message: None, texts: Vec::new(), partial: false };
    let texts = entry_texts(input, &mut entry, next_entry);
    entry.partial = texts.is_err();
    let ident = entry.ident.clone();
    items.push(Item::Entry(entry));
    texts?;
    if input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
        return Ok(());
    }
    if input.is_empty() {
        return Ok(());
    }
    Err(input.error(format!("expected `,` after the entry `{ident}`: entries are separated by commas")))
}

/// The message and the texts in other languages of an entry, up to the
/// comma or whatever is not part of the entry.
fn entry_texts(input: ParseStream, entry: &mut EntryDecl, next_entry: &dyn Fn(ParseStream) -> bool) -> syn::Result<()> {
    let ident = &entry.ident;
    if peek_string(input) && !next_entry(input) {
        entry.message = Some(input.parse::<LitStr>()?.into());
        while input.peek(Ident) && !starts_item(input) {
            let language: Ident = input.parse()?;
            if !peek_string(input) {
                return Err(input.error(format!(
                    "expected the `{language}` message of `{ident}` as a string after the language tag"
                )));
            }
            entry.texts.push((language, input.parse::<LitStr>()?.into()));
        }
        return Ok(());
    }
    if input.is_empty() || input.peek(Token![,]) || starts_item(input) {
        return Ok(());
    }
    if input.peek(Ident) && input.peek2(LitStr) {
        return Err(input.error(format!(
            "a message in another language needs the primary message first: `{} {ident} \"…\" {} \"…\"`",
            entry.code,
            input.fork().parse::<Ident>()?,
        )));
    }
    if input.peek(syn::Lit) {
        let found = input.fork().parse::<TokenTree>()?;
        return Err(input.error(format!(
            "expected a message string after `{ident}`, found `{found}`: a message is written in quotes, as in \
             `{} {ident} \"…\"`",
            entry.code
        )));
    }
    Err(input.error(format!("expected a message string or `,` after the entry `{ident}`")))
}

fn parse_entry_name(input: ParseStream, code: &CodeLiteral) -> syn::Result<Ident> {
    if input.peek(Ident) {
        return input.parse();
    }
    if peek_integer(input, 1) && !starts_item(input) {
        let literal: LitInt = input.parse()?;
        return Err(syn::Error::new(
            literal.span(),
            format!(
                "`{literal}` is not an identifier: a name must start with a letter or `_`; \
                 keep the documented name with `#[name = \"{literal}\"]` before the entry \
                 and give it an identifier, e.g. `#[name = \"{literal}\"] {code} E_{literal} …`"
            ),
        ));
    }
    if input.peek(LitStr) {
        let literal: LitStr = input.parse()?;
        return Err(syn::Error::new(
            literal.span(),
            format!(
                "expected the entry's name, an identifier, after code {code}; \
                 a name that is not an identifier goes in `#[name = {}]` before the entry",
                literal.to_token_stream()
            ),
        ));
    }
    Err(input.error(format!("expected the name of the entry with code {code}")))
}

/// Whether the next tokens start an item: where the parser resumes after
/// a slip. A code is taken for the start of an entry only when a name
/// follows it, so that a stray number does not start one.
fn starts_item(input: ParseStream) -> bool {
    (input.peek(Token![#]) && input.peek2(syn::token::Bracket))
        || input.peek(kw::section)
        || ((input.peek(kw::reserved) || input.peek(kw::open) || input.peek(kw::retired))
            && (peek_integer(input, 2) || input.peek2(Token![-]) || input.peek2(LitStr)))
        || (peek_integer(input, 1) && input.peek2(Ident))
        || (input.peek(Token![-]) && peek_integer(input, 2) && input.peek3(Ident))
}

/// Whether parsing resumes here after a slip: at the start of an item, or
/// in a `str` system at a string code and a name.
fn resumes_here(input: ParseStream, string_codes: bool) -> bool {
    starts_item(input) || (string_codes && starts_string_entry(input))
}

/// The languages of `#[languages(zh, en)]` among a system's attributes;
/// none when it is absent or cannot be read (the model reports it).
fn declared_languages(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("languages"))
        .filter_map(|attr| attr.parse_args_with(syn::punctuated::Punctuated::<Ident, Token![,]>::parse_terminated).ok())
        .flatten()
        .map(|language| language.to_string())
        .collect()
}

/// Whether the next tokens are a string code and a name: the start of an
/// entry in a `str` system (elsewhere a message and a language tag).
fn starts_string_entry(input: ParseStream) -> bool {
    peek_string(input) && input.peek2(Ident)
}

/// What the `n`th token (from 1) is, when that is plain to see: a literal
/// of decimal digits is an integer, one that starts with `"` a string.
/// `None` for any other literal (`0x10`, `1u8`, `r"…"`, `1.5`), which syn
/// must read to tell.
fn plain_literal(input: ParseStream, n: usize) -> Option<PlainLiteral> {
    let mut cursor = input.cursor();
    for _ in 1..n {
        let Some((_, next)) = cursor.token_tree() else { return Some(PlainLiteral::NotLiteral) };
        cursor = next;
    }
    let Some((literal, _)) = cursor.literal() else { return Some(PlainLiteral::NotLiteral) };
    let text = literal.to_string();
    if text.starts_with('"') {
        Some(PlainLiteral::String)
    } else if !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit()) {
        Some(PlainLiteral::Integer)
    } else {
        None
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum PlainLiteral {
    Integer,
    String,
    NotLiteral,
}

/// `input.peek(LitInt)`, `peek2` or `peek3` (`n` = 1, 2, 3), answered at
/// once for the usual tokens: syn's peek parses the literal in full, and
/// builds an error when the token is not one, on every call.
fn peek_integer(input: ParseStream, n: usize) -> bool {
    match plain_literal(input, n) {
        Some(plain) => plain == PlainLiteral::Integer,
        None if n == 1 => input.peek(LitInt),
        None if n == 2 => input.peek2(LitInt),
        None => input.peek3(LitInt),
    }
}

/// `input.peek(LitStr)`, answered at once for the usual tokens.
fn peek_string(input: ParseStream) -> bool {
    match plain_literal(input, 1) {
        Some(plain) => plain == PlainLiteral::String,
        None => input.peek(LitStr),
    }
}

/// Whether the next tokens can start a system declaration.
fn starts_system(input: ParseStream) -> bool {
    input.peek(Token![#]) || input.peek(Token![pub]) || input.peek(kw::system)
}

/// Skips what is left of a broken item: up to and including the next `,`
/// of the block, or up to the next item, or to the end of the block.
/// Always moves past at least one token, so that parsing goes on.
fn skip_to_next_item(input: ParseStream, start: Cursor, string_codes: bool) {
    if input.cursor() == start {
        let _ = input.parse::<TokenTree>();
    }
    while !input.is_empty() {
        if input.peek(Token![,]) {
            let _ = input.parse::<Token![,]>();
            return;
        }
        if resumes_here(input, string_codes) {
            return;
        }
        let _ = input.parse::<TokenTree>();
    }
}

/// Skips what is left of a broken system: up to and including its braces,
/// or up to the start of the next system.
fn skip_to_next_system(input: ParseStream, start: Cursor) {
    if input.cursor() == start {
        let _ = input.parse::<TokenTree>();
    }
    while !input.is_empty() && !starts_system(input) {
        if input.peek(syn::token::Brace) {
            let _ = input.parse::<TokenTree>();
            return;
        }
        let _ = input.parse::<TokenTree>();
    }
}

/// ```text
/// code := "-"? INTEGER | STRING
/// ```
///
/// A string is a code of a `str` system; the model says so when the system
/// has integer codes, and gives the string its number.
impl syn::parse::Parse for CodeLiteral {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if peek_string(input) {
            let literal: LitStr = input.parse()?;
            let span = literal.span();
            return Ok(CodeLiteral {
                value: 0,
                text: Some(literal.value().into()),
                location: Location { start: span, end: span },
                unusable: false,
            });
        }
        let minus = if input.peek(Token![-]) { Some(input.parse::<Token![-]>()?.span) } else { None };
        let literal = input.step(|cursor| {
            cursor.literal().ok_or_else(|| cursor.error("expected a code: an integer, or a string in a `str` system"))
        })?;
        let magnitude = integer_value(&literal)?;
        let value = if minus.is_some() { -magnitude } else { magnitude };
        Ok(CodeLiteral::integer(
            value,
            Location { start: minus.unwrap_or_else(|| literal.span()), end: literal.span() },
        ))
    }
}

/// The value of an integer literal. Plain decimal digits, nearly every code,
/// are read directly; anything else goes through syn.
fn integer_value(literal: &Literal) -> syn::Result<i128> {
    let too_large = || syn::Error::new(literal.span(), "the code is too large: codes must fit in i64 or u64");
    let text = literal.to_string();
    if !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit()) {
        return text.parse().map_err(|_| too_large());
    }
    let syn::Lit::Int(integer) = syn::Lit::new(literal.clone()) else {
        return Err(syn::Error::new(literal.span(), "expected an integer code"));
    };
    if !integer.suffix().is_empty() {
        return Err(syn::Error::new(
            literal.span(),
            format!(
                "remove the suffix `{}` from the code: the system's type, given as `system Name: TYPE`, \
                 applies to every code",
                integer.suffix()
            ),
        ));
    }
    integer.base10_parse().map_err(|_| too_large())
}

/// ```text
/// range := code "..=" code
/// ```
impl syn::parse::Parse for CodeRange {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let start: CodeLiteral = input.parse()?;
        if start.text.is_some() {
            return Ok(prefix(start));
        }
        if !(input.peek(Token![..=]) || input.peek(Token![..])) {
            return Err(input.error(format!("expected `..=` after {start}: ranges are written `A..=B`")));
        }
        parse_range_rest(start, input)
    }
}

fn parse_range_rest(start: CodeLiteral, input: ParseStream) -> syn::Result<CodeRange> {
    if input.peek(Token![..=]) {
        input.parse::<Token![..=]>()?;
    } else {
        let dots = input.parse::<Token![..]>()?;
        return Err(syn::Error::new_spanned(
            dots,
            "ranges are inclusive: write `A..=B`, with both ends part of the range",
        ));
    }
    let end: CodeLiteral = input.parse()?;
    let location = Location { start: start.location.start, end: end.location.end };
    Ok(CodeRange { start, end, single: false, location })
}

/// A string where a range belongs: the prefix of a `str` system's section
/// or reservation.
fn prefix(code: CodeLiteral) -> CodeRange {
    CodeRange { location: code.location, end: code.clone(), start: code, single: true }
}

/// The input with every group nested deeper than [`MAX_GROUP_DEPTH`]
/// replaced by an empty one, and the span of the first group emptied.
/// Walks with a stack of its own, and copies the input only when it is
/// that deep.
fn empty_deep_groups(input: TokenStream) -> (TokenStream, Option<Span>) {
    /// A group being copied: what is left of it, what is copied so far.
    struct Frame {
        trees: proc_macro2::token_stream::IntoIter,
        kept: Vec<TokenTree>,
        group: Option<Group>,
    }
    if !nests_deeper_than(&input, MAX_GROUP_DEPTH) {
        return (input, None);
    }
    let mut first_emptied = None;
    let mut stack = vec![Frame { trees: input.into_iter(), kept: Vec::new(), group: None }];
    loop {
        let depth = stack.len();
        let Some(frame) = stack.last_mut() else { return (TokenStream::new(), first_emptied) };
        match frame.trees.next() {
            Some(TokenTree::Group(group)) if depth > MAX_GROUP_DEPTH => {
                first_emptied.get_or_insert(group.span());
                let mut empty = Group::new(group.delimiter(), TokenStream::new());
                empty.set_span(group.span());
                frame.kept.push(TokenTree::Group(empty));
            }
            Some(TokenTree::Group(group)) => {
                stack.push(Frame { trees: group.stream().into_iter(), kept: Vec::new(), group: Some(group) });
            }
            Some(tree) => frame.kept.push(tree),
            None => {
                let Some(done) = stack.pop() else { return (TokenStream::new(), first_emptied) };
                let stream: TokenStream = done.kept.into_iter().collect();
                match (done.group, stack.last_mut()) {
                    (Some(group), Some(parent)) => {
                        let mut rebuilt = Group::new(group.delimiter(), stream);
                        rebuilt.set_span(group.span());
                        parent.kept.push(TokenTree::Group(rebuilt));
                    }
                    _ => return (stream, first_emptied),
                }
            }
        }
    }
}

/// Whether some group of `input` is nested deeper than `limit`.
fn nests_deeper_than(input: &TokenStream, limit: usize) -> bool {
    let mut stack = vec![input.clone().into_iter()];
    while let Some(trees) = stack.last_mut() {
        match trees.next() {
            Some(TokenTree::Group(group)) => {
                if stack.len() > limit {
                    return true;
                }
                stack.push(group.stream().into_iter());
            }
            Some(_) => {}
            None => {
                stack.pop();
            }
        }
    }
    false
}
