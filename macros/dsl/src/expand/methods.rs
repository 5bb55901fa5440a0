//! The enum's inherent methods: the metadata constants, the per-entry
//! accessors and the look-ups.

use proc_macro2::TokenStream;
use quote::quote;

use super::Expansion;
use super::literal;
use super::lookups::{HashTables, LookupBodies};

pub fn expand_methods(expansion: &Expansion, hash_tables: &HashTables) -> TokenStream {
    let ident = &expansion.catalog.ident;
    let code_type = &expansion.code_type;
    let krate = &expansion.krate;
    let index_body =
        if expansion.variants.is_empty() { quote!(match self {}) } else { quote!(self as ::core::primitive::usize) };
    let CodeAccessors { code_param, code_doc, code_str_body, code_str_doc, from_code_str } = code_accessors(expansion);
    let LookupBodies { code_slot_fn, from_code, all_with_code, from_name } = hash_tables.lookup_bodies(expansion);
    let count = literal::index(expansion.variants.len());
    quote! {
        #code_slot_fn

        impl #ident {
            /// Every entry, in declaration order.
            pub const ALL: &'static [Self] = &__ALL;

            /// The number of entries: `Self::ALL.len()`.
            pub const COUNT: ::core::primitive::usize = #count;

            /// The catalogue's metadata: name, languages, sections, reserved codes, entries.
            pub const SYSTEM: &'static #krate::System<#code_type> = &__SYSTEM;

            /// The entry's position in [`Self::ALL`]: the enum's discriminant,
            /// what `entry as usize` gives, and the order `#[derive(PartialOrd, Ord)]`
            /// follows. It is not the code: [`Self::code`] is.
            #[inline]
            pub const fn index(self) -> ::core::primitive::usize {
                #index_body
            }

            /// Everything the catalogue declares about the entry.
            #[inline]
            pub const fn entry(self) -> #krate::Entry<#code_type> {
                #krate::Entry::__new(&__SYSTEM, self.index(), self.code())
            }

            #[doc = #code_doc]
            #[inline]
            pub const fn code(self) -> #code_type {
                __code(self.index())
            }

            #[doc = #code_str_doc]
            #[inline]
            pub const fn code_str(self) -> &'static ::core::primitive::str {
                #code_str_body
            }

            #from_code_str

            /// The entry's documented name, e.g. `"FILE_NOT_EXIST"`.
            #[inline]
            pub const fn name(self) -> &'static ::core::primitive::str {
                __NAMES[self.index()]
            }

            /// The entry's documented name, as [`Self::name`]; also what
            /// `<&str>::from(entry)` gives.
            #[inline]
            pub const fn as_str(self) -> &'static ::core::primitive::str {
                self.name()
            }

            /// Every entry, in declaration order: `Self::ALL.iter().copied()`.
            #[inline]
            pub fn iter() -> ::core::iter::Copied<::core::slice::Iter<'static, Self>> {
                __ALL.iter().copied()
            }

            /// The entry's message in the primary language; `""` when it has none.
            #[inline]
            pub const fn message(self) -> &'static ::core::primitive::str {
                __MESSAGES[self.index()]
            }

            /// The innermost section that holds the entry; `None` for an entry
            /// declared directly in the system.
            #[inline]
            pub const fn section(self) -> ::core::option::Option<&'static #krate::Section<#code_type>> {
                match #krate::__private::innermost_section(&__SECTIONS, self.index()) {
                    ::core::option::Option::Some(index) => ::core::option::Option::Some(&__SECTIONS[index]),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            /// The entry with this code; where entries share a code, the first
            /// declared. Constant time, no allocation.
            #[inline]
            pub const fn from_code(code: #code_param) -> ::core::option::Option<Self> {
                #from_code
            }

            /// Every entry with this code, in declaration order; empty when no
            /// entry has it.
            #[inline]
            pub const fn all_with_code(code: #code_param) -> &'static [Self] {
                #all_with_code
            }

            /// The entry with this documented name (exact match). Constant time,
            /// no allocation.
            #[inline]
            pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                #from_name
            }

            /// The entry with this documented name compared without regard to
            /// letter case; an exact match wins. Linear in the catalogue's size,
            /// where [`Self::from_name`] is a hash look-up.
            #[inline]
            pub fn from_name_ignore_case(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                <Self as #krate::Catalog>::from_name_ignore_case(name)
            }

            /// The entry's HTTP status, from `#[http(…)]` on the entry or its sections.
            #[inline]
            pub const fn http_status(self) -> ::core::option::Option<::core::primitive::u16> {
                match #krate::__private::u16_at(&__HTTP, self.index()) {
                    0 => ::core::option::Option::None,
                    __status => ::core::option::Option::Some(__status),
                }
            }
        }
    }
}

/// What differs between integer and string codes in the accessors: the
/// type look-ups take, and how `code_str` and `from_code_str` read.
struct CodeAccessors {
    code_param: TokenStream,
    code_doc: &'static str,
    code_str_body: TokenStream,
    code_str_doc: &'static str,
    from_code_str: TokenStream,
}

fn code_accessors(expansion: &Expansion) -> CodeAccessors {
    let code_type = &expansion.code_type;
    let from_code_str = if expansion.string_codes {
        quote! {
            /// The entry with the code `text`, as [`Self::from_code`]: a string
            /// code is written as it is.
            #[inline]
            pub fn from_code_str(text: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::from_code(text)
            }
        }
    } else {
        quote! {
            /// The entry whose code is written `text` (prefix and hexadecimal
            /// digits in any case, any leading zeros); where entries share the
            /// code, the first declared.
            #[inline]
            pub fn from_code_str(text: &::core::primitive::str) -> ::core::option::Option<Self> {
                __SYSTEM.parse_code(text).and_then(Self::from_code)
            }
        }
    };
    // A string code is its own written form: one load from the codes.
    let (code_str_body, code_str_doc) = if expansion.string_codes {
        (quote!(__code(self.index())), " The entry's code, as [`Self::code`]: a string code is written as it is.")
    } else {
        (
            quote!(__CODE_STRS.get(self.index())),
            " The entry's code as the system writes it: `\"E0308\"` with `#[code_format = \"E{:04}\"]`, the decimal \
             text without one.",
        )
    };
    // String codes are looked up by any `&str`, integer codes by value.
    let (code_param, code_doc) = if expansion.string_codes {
        (quote!(&::core::primitive::str), " The entry's code, e.g. `\"22P02\"`.")
    } else {
        (code_type.clone(), " The entry's numeric code.")
    };
    CodeAccessors { code_param, code_doc, code_str_body, code_str_doc, from_code_str }
}
