//! Syntax: `impl Parse` for every node of the tree in `ast`. A syntax error
//! ends the parsing of the block it is in (the rest of that block is skipped)
//! but not of the enclosing blocks, so every block reports its first error.

use proc_macro2::{Literal, TokenStream};
use quote::ToTokens;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitInt, LitStr, Token, Visibility, braced};

use crate::ast::{
    Block, Code, CodeRange, EntryDecl, Invocation, Item, ReservedDecl, RetiredDecl, SectionDecl, SystemDecl,
};
use crate::diagnostic::Location;

mod kw {
    syn::custom_keyword!(system);
    syn::custom_keyword!(section);
    syn::custom_keyword!(reserved);
    syn::custom_keyword!(open);
    syn::custom_keyword!(retired);
}

/// ```text
/// invocation := system*
/// ```
impl Parse for Invocation {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut systems = Vec::new();
        let error = loop {
            if input.is_empty() {
                break None;
            }
            match input.parse() {
                Ok(system) => systems.push(system),
                Err(error) => break Some(error),
            }
        };
        if error.is_some() {
            input.parse::<TokenStream>()?;
        }
        Ok(Invocation { systems, error })
    }
}

/// ```text
/// system := attribute* visibility "system" IDENT (":" TYPE)? "{" item* "}"
/// ```
impl Parse for SystemDecl {
    fn parse(input: ParseStream) -> syn::Result<Self> {
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
        let code_type = if input.peek(Token![:]) {
            input.parse::<Token![:]>()?;
            Some(input.parse()?)
        } else {
            None
        };
        if !input.peek(syn::token::Brace) {
            return Err(input.error(format!(
                "expected `{{` to open the entries of system `{ident}`, or `: TYPE` to give the code type"
            )));
        }
        let body = parse_block(input)?;
        Ok(SystemDecl { attrs, vis, system_token, ident, code_type, body })
    }
}

fn parse_block(input: ParseStream) -> syn::Result<Block> {
    let content;
    braced!(content in input);
    content.parse()
}

/// ```text
/// block := item*
/// item  := entry ","? | section ","? | reserved | retired
/// ```
/// Entries are separated by commas; the comma after the last item of a
/// block and after a section is optional.
impl Parse for Block {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut items = Vec::new();
        let error = loop {
            if input.is_empty() {
                break None;
            }
            match parse_item(input) {
                Ok(item) => items.push(item),
                Err(error) => break Some(error),
            }
        };
        if error.is_some() {
            input.parse::<TokenStream>()?;
        }
        Ok(Block { items, error })
    }
}

fn parse_item(input: ParseStream) -> syn::Result<Item> {
    let attrs = input.call(Attribute::parse_outer)?;
    let lookahead = input.lookahead1();
    if lookahead.peek(kw::section) {
        let section = SectionDecl::parse_after_attrs(attrs, input)?;
        if input.peek(Token![,]) {
            input.parse::<Token![,]>()?;
        }
        Ok(Item::Section(section))
    } else if lookahead.peek(kw::reserved) || lookahead.peek(kw::open) {
        ReservedDecl::parse_after_attrs(attrs, input).map(Item::Reserved)
    } else if lookahead.peek(kw::retired) {
        RetiredDecl::parse_after_attrs(attrs, input).map(Item::Retired)
    } else if lookahead.peek(Token![-]) || lookahead.peek(LitInt) {
        let entry = EntryDecl::parse_after_attrs(attrs, input)?;
        if input.peek(Token![,]) {
            input.parse::<Token![,]>()?;
        } else if !input.is_empty() {
            return Err(
                input.error(format!("expected `,` after the entry `{}`: entries are separated by commas", entry.ident))
            );
        }
        Ok(Item::Entry(entry))
    } else if input.peek(Ident) || input.peek(LitStr) {
        Err(input.error(
            "expected an entry starting with its code, as in `-46628 FILE_NOT_EXIST \"文件不存在\"`, \
             a `section` or a `reserved` range",
        ))
    } else {
        Err(lookahead.error())
    }
}

/// ```text
/// section := attribute* "section" IDENT ("in" range)? "{" item* "}"
/// ```
impl SectionDecl {
    fn parse_after_attrs(attrs: Vec<Attribute>, input: ParseStream) -> syn::Result<Self> {
        let section_token = input.parse::<kw::section>()?.span;
        let ident: Ident = input.parse()?;
        let range = if input.peek(Token![in]) {
            input.parse::<Token![in]>()?;
            Some(input.parse::<CodeRange>()?)
        } else {
            None
        };
        if !input.peek(syn::token::Brace) {
            return Err(
                input.error(format!("expected `{{` to open section `{ident}`, or `in A..=B` to give its range"))
            );
        }
        let body = parse_block(input)?;
        Ok(SectionDecl { attrs, section_token, ident, range, body })
    }
}

/// ```text
/// reserved := attribute* ("reserved" | "open") (range | code) ";"
/// ```
impl ReservedDecl {
    fn parse_after_attrs(attrs: Vec<Attribute>, input: ParseStream) -> syn::Result<Self> {
        let open = input.peek(kw::open);
        let reserved_token = if open { input.parse::<kw::open>()?.span } else { input.parse::<kw::reserved>()?.span };
        let start: Code = input.parse()?;
        let range = if input.peek(Token![..=]) || input.peek(Token![..]) {
            parse_range_rest(start, input)?
        } else {
            CodeRange { location: start.location, end: start, start, single: true }
        };
        if !input.peek(Token![;]) {
            let keyword = if open { "open" } else { "reserved" };
            return Err(input.error(format!("expected `;` after `{keyword} {range}`")));
        }
        input.parse::<Token![;]>()?;
        Ok(ReservedDecl { attrs, reserved_token, range, open })
    }
}

/// ```text
/// retired := attribute* "retired" code IDENT ";"
/// ```
impl RetiredDecl {
    fn parse_after_attrs(attrs: Vec<Attribute>, input: ParseStream) -> syn::Result<Self> {
        let retired_token = input.parse::<kw::retired>()?.span;
        let code: Code = input.parse()?;
        let ident = parse_entry_name(input, &code)?;
        if !input.peek(Token![;]) {
            return Err(input
                .error(format!("expected `;` after `retired {} {ident}`: a retired code has no message", code.value)));
        }
        input.parse::<Token![;]>()?;
        Ok(RetiredDecl { attrs, retired_token, code, ident })
    }
}

/// ```text
/// entry := attribute* code IDENT (STRING (LANGUAGE STRING)*)?
/// ```
impl EntryDecl {
    fn parse_after_attrs(attrs: Vec<Attribute>, input: ParseStream) -> syn::Result<Self> {
        let code: Code = input.parse()?;
        let ident = parse_entry_name(input, &code)?;
        let mut message = None;
        let mut texts = Vec::new();
        let ends_here = |input: ParseStream| input.is_empty() || input.peek(Token![,]);
        if ends_here(input) {
            return Ok(EntryDecl { attrs, code, ident, message, texts });
        }
        if input.peek(LitStr) {
            message = Some(input.parse()?);
            while input.peek(Ident) {
                let language: Ident = input.parse()?;
                if !input.peek(LitStr) {
                    return Err(input.error(format!(
                        "expected the `{language}` message of `{ident}` as a string after the language tag"
                    )));
                }
                texts.push((language, input.parse()?));
            }
        } else if input.peek(Ident) && input.peek2(LitStr) {
            return Err(input.error(format!(
                "a message in another language needs the primary message first: \
                 `{} {ident} \"…\" {} \"…\"`",
                code.value,
                input.fork().parse::<Ident>()?,
            )));
        }
        if ends_here(input) {
            return Ok(EntryDecl { attrs, code, ident, message, texts });
        }
        if input.peek(Token![-]) || input.peek(Token![#]) || input.peek(LitInt) {
            return Err(input.error(format!("expected `,` after the entry `{ident}`: entries are separated by commas")));
        }
        Err(input.error(format!("expected a message string or `,` after the entry `{ident}`")))
    }
}

fn parse_entry_name(input: ParseStream, code: &Code) -> syn::Result<Ident> {
    if input.peek(Ident) {
        return input.parse();
    }
    if input.peek(LitInt) {
        let literal: LitInt = input.parse()?;
        return Err(syn::Error::new(
            literal.span(),
            format!(
                "`{literal}` is not an identifier: a name must start with a letter or `_`; \
                 keep the documented name with `#[name = \"{literal}\"]` before the entry \
                 and give it an identifier, e.g. `#[name = \"{literal}\"] {} E_{literal} …`",
                code.value
            ),
        ));
    }
    if input.peek(LitStr) {
        let literal: LitStr = input.parse()?;
        return Err(syn::Error::new(
            literal.span(),
            format!(
                "expected the entry's name, an identifier, after code {}; \
                 a name that is not an identifier goes in `#[name = {}]` before the entry",
                code.value,
                literal.to_token_stream()
            ),
        ));
    }
    Err(input.error(format!("expected the name of the entry with code {}", code.value)))
}

/// ```text
/// code := "-"? INTEGER
/// ```
impl Parse for Code {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let minus = if input.peek(Token![-]) { Some(input.parse::<Token![-]>()?.span) } else { None };
        let literal = input.step(|cursor| cursor.literal().ok_or_else(|| cursor.error("expected an integer code")))?;
        let magnitude = integer_value(&literal)?;
        let value = if minus.is_some() { -magnitude } else { magnitude };
        Ok(Code { value, location: Location { start: minus.unwrap_or_else(|| literal.span()), end: literal.span() } })
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
impl Parse for CodeRange {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let start: Code = input.parse()?;
        if !(input.peek(Token![..=]) || input.peek(Token![..])) {
            return Err(input.error(format!("expected `..=` after {}: ranges are written `A..=B`", start.value)));
        }
        parse_range_rest(start, input)
    }
}

fn parse_range_rest(start: Code, input: ParseStream) -> syn::Result<CodeRange> {
    if input.peek(Token![..=]) {
        input.parse::<Token![..=]>()?;
    } else {
        let dots = input.parse::<Token![..]>()?;
        return Err(syn::Error::new_spanned(
            dots,
            "ranges are inclusive: write `A..=B`, with both ends part of the range",
        ));
    }
    let end: Code = input.parse()?;
    Ok(CodeRange {
        start,
        end,
        single: false,
        location: Location { start: start.location.start, end: end.location.end },
    })
}
