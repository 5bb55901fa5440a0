//! Code generation. A catalogue becomes an enum plus flat static tables
//! indexed by the variant (`code()`, `name()`, `message()` are one array
//! load) and perfect hash tables computed here, at expansion time, for
//! `from_code` and `from_name`.
//!
//! The expansion also runs on catalogues with errors, so that code naming
//! the enum does not fail a second time: entries that would break the
//! generated code (a duplicate variant, a code outside the type) are left
//! out or neutralised; the `compile_error!`s say what is wrong.

use std::collections::HashSet;
use std::fmt::Write as _;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use crate::diagnostic::Diagnostics;
use crate::model::{Catalog, Entry};

/// The generated code for one catalogue.
pub fn expand_catalog(catalog: &Catalog, diagnostics: &mut Diagnostics) -> TokenStream {
    let layout = Layout::new(catalog);
    let lookups = Lookups::new(catalog, &layout, diagnostics);
    let enum_definition = expand_enum(catalog, &layout);
    let tables = expand_tables(catalog, &layout, &lookups);
    let methods = expand_methods(catalog, &layout, &lookups);
    let traits = expand_traits(catalog);
    quote! {
        #enum_definition
        #[allow(deprecated)]
        const _: () = {
            #tables
            #methods
            #traits
        };
    }
}

/// Which entries become variants, and the code each one gets in the
/// tables. For a valid catalogue: every entry, with its own code.
struct Layout<'a> {
    /// The entries that become variants, in declaration order.
    variants: Vec<(&'a Entry, proc_macro2::Ident)>,
    /// Each variant's code, or 0 when it does not fit the code type.
    codes: Vec<i128>,
}

impl<'a> Layout<'a> {
    fn new(catalog: &'a Catalog) -> Self {
        let mut seen = HashSet::new();
        let mut variants = Vec::with_capacity(catalog.entries.len());
        let mut codes = Vec::with_capacity(catalog.entries.len());
        for entry in &catalog.entries {
            let Some(variant) = entry.variant.as_deref() else { continue };
            if !seen.insert(variant) {
                continue;
            }
            variants.push((entry, proc_macro2::Ident::new(variant, entry.ident.span())));
            codes.push(if catalog.code_type.contains(entry.code.value) { entry.code.value } else { 0 });
        }
        Layout { variants, codes }
    }
}

/// The perfect hash tables of `from_code` and `from_name`.
struct Lookups {
    /// Variant positions sorted by code (stable): entries sharing a code are
    /// neighbours, so `all_with_code` is a slice of this.
    by_code: Vec<usize>,
    code_seed: u64,
    code_pilots: Vec<u16>,
    /// Per slot: the code, the first variant with it, and the run of
    /// `by_code` that has it (start, length).
    code_slots: Vec<(i128, usize, usize, usize)>,
    name_seed: u64,
    name_pilots: Vec<u16>,
    /// Per slot: the name and its variant.
    name_slots: Vec<(String, usize)>,
}

impl Lookups {
    fn new(catalog: &Catalog, layout: &Layout, diagnostics: &mut Diagnostics) -> Self {
        let mut by_code: Vec<usize> = (0..layout.variants.len()).collect();
        by_code.sort_by_key(|&variant| layout.codes[variant]);
        // Runs of equal codes: (code, start in by_code, length).
        let mut runs: Vec<(i128, usize, usize)> = Vec::new();
        for (position, &variant) in by_code.iter().enumerate() {
            let code = layout.codes[variant];
            match runs.last_mut() {
                Some((last, _, length)) if *last == code => *length += 1,
                _ => runs.push((code, position, 1)),
            }
        }
        #[allow(clippy::cast_sign_loss, clippy::cast_possible_truncation)]
        let code_table = errcat_phf::build(runs.len(), |run, seed| errcat_phf::hash_code(runs[run].0 as u64, seed));

        let mut seen = HashSet::new();
        let names: Vec<(&str, usize)> = layout
            .variants
            .iter()
            .enumerate()
            .filter(|(_, (entry, _))| seen.insert(entry.name.as_str()))
            .map(|(variant, (entry, _))| (entry.name.as_str(), variant))
            .collect();
        let name_table =
            errcat_phf::build(names.len(), |name, seed| errcat_phf::hash_name(names[name].0.as_bytes(), seed));

        let (Some(code_table), Some(name_table)) = (code_table, name_table) else {
            diagnostics.error(
                catalog.order,
                catalog.ident.span(),
                format!(
                    "could not build the look-up tables of system `{}`; please report this as a bug",
                    catalog.ident
                ),
            );
            return Lookups {
                by_code,
                code_seed: 0,
                code_pilots: Vec::new(),
                code_slots: Vec::new(),
                name_seed: 0,
                name_pilots: Vec::new(),
                name_slots: Vec::new(),
            };
        };
        // A free slot repeats the first key: a look-up of that key never
        // reaches the free slot, and any other key fails the comparison.
        let code_slots = code_table
            .slots
            .iter()
            .map(|slot| {
                let (code, start, length) = runs[slot.unwrap_or(0)];
                (code, by_code[start], start, length)
            })
            .collect();
        let name_slots = name_table
            .slots
            .iter()
            .map(|slot| {
                let (name, variant) = names[slot.unwrap_or(0)];
                (name.to_owned(), variant)
            })
            .collect();
        Lookups {
            by_code,
            code_seed: code_table.seed,
            code_pilots: code_table.pilots,
            code_slots,
            name_seed: name_table.seed,
            name_pilots: name_table.pilots,
            name_slots,
        }
    }
}

fn code_type_tokens(catalog: &Catalog) -> TokenStream {
    let name = format_ident!("{}", catalog.code_type.name());
    quote!(::core::primitive::#name)
}

fn code_literal(value: i128) -> Literal {
    Literal::i128_unsuffixed(value)
}

fn index_literal(index: usize) -> Literal {
    Literal::usize_unsuffixed(index)
}

fn expand_enum(catalog: &Catalog, layout: &Layout) -> TokenStream {
    let ident = &catalog.ident;
    let vis = &catalog.vis;
    let passthrough = &catalog.passthrough;
    let doc = enum_doc(catalog, layout);
    let variants = layout.variants.iter().map(|(entry, variant)| {
        let doc = variant_doc(catalog, entry);
        let deprecated = entry.deprecated.as_ref().map(|deprecated| &deprecated.attr);
        quote! {
            #[doc = #doc]
            #deprecated
            #variant,
        }
    });
    let enum_token = quote_spanned!(catalog.system_token=> enum);
    quote! {
        #[doc = #doc]
        #(#passthrough)*
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
        )]
        #vis #enum_token #ident {
            #(#variants)*
        }
    }
}

fn expand_tables(catalog: &Catalog, layout: &Layout, lookups: &Lookups) -> TokenStream {
    let ident = &catalog.ident;
    let code_type = code_type_tokens(catalog);
    let entries = layout.variants.iter().zip(&layout.codes).map(|((entry, variant), &code)| {
        let code = code_literal(code);
        let name = &entry.name;
        let variant = variant.to_string();
        let message = entry.message.as_ref().map(syn::LitStr::value).unwrap_or_default();
        let texts = entry.texts.iter().map(|(language, text)| {
            let language = language.to_string();
            quote!(::errcat::Text::__new(#language, #text))
        });
        let doc = &entry.doc;
        let section = u32::try_from(entry.section.unwrap_or(u32::MAX as usize)).unwrap_or(u32::MAX);
        let deprecated = entry.deprecated.as_ref().map(|deprecated| {
            let note = &deprecated.note;
            quote!(.__deprecated(#note))
        });
        quote! {
            ::errcat::Entry::__new(#code, #name, #variant, #message, &[#(#texts),*], #doc, #section) #deprecated,
        }
    });
    let sections = catalog.sections.iter().enumerate().map(|(index, section)| {
        let name = section.ident.to_string();
        let title = &section.title;
        let doc = &section.doc;
        let range = match &section.range {
            Some(range)
                if catalog.code_type.contains(range.start.value) && catalog.code_type.contains(range.end.value) =>
            {
                let (start, end) = (code_literal(range.start.value), code_literal(range.end.value));
                quote!(::core::option::Option::Some((#start, #end)))
            }
            _ => quote!(::core::option::Option::None),
        };
        let index = index_literal(index);
        let parent = if let Some(parent) = section.parent {
            let parent = index_literal(parent);
            quote!(::core::option::Option::Some(#parent))
        } else {
            quote!(::core::option::Option::None)
        };
        let (start, end) = (index_literal(section.entries.start), index_literal(section.entries.end));
        quote!(::errcat::Section::__new(#name, #title, #doc, #range, #index, #parent, (#start, #end)),)
    });
    let reserved = catalog.reserved.iter().filter_map(|reserved| {
        let range = &reserved.range;
        let fits = catalog.code_type.contains(range.start.value) && catalog.code_type.contains(range.end.value);
        let (start, end) = (code_literal(range.start.value), code_literal(range.end.value));
        let doc = &reserved.doc;
        fits.then(|| quote!(::errcat::Reserved::__new((#start, #end), #doc),))
    });
    let system_name = ident.to_string();
    let system_doc = &catalog.doc;
    let languages = catalog.languages.iter().map(ToString::to_string);
    let variant = |position: usize| &layout.variants[position].1;
    let by_code = lookups.by_code.iter().map(|&position| variant(position));
    let code_seed = Literal::u64_unsuffixed(lookups.code_seed);
    let code_pilots = &lookups.code_pilots;
    let code_slots = lookups.code_slots.iter().map(|&(code, first, start, length)| {
        let code = code_literal(code);
        let first = variant(first);
        let (start, length) = (index_literal(start), index_literal(length));
        quote!((#code, #ident::#first, #start, #length),)
    });
    let name_seed = Literal::u64_unsuffixed(lookups.name_seed);
    let name_pilots = &lookups.name_pilots;
    let name_slots = lookups.name_slots.iter().map(|(name, position)| {
        let found = variant(*position);
        quote!((#name, #ident::#found),)
    });
    let entry_count = index_literal(layout.variants.len());
    let all = layout.variants.iter().map(|(_, variant)| variant);
    let section_count = index_literal(catalog.sections.len());
    let code_pilot_count = index_literal(lookups.code_pilots.len());
    let code_slot_count = index_literal(lookups.code_slots.len());
    let name_pilot_count = index_literal(lookups.name_pilots.len());
    let name_slot_count = index_literal(lookups.name_slots.len());
    quote! {
        static __ENTRIES: [::errcat::Entry<#code_type>; #entry_count] = [#(#entries)*];
        static __SECTIONS: [::errcat::Section<#code_type>; #section_count] = [#(#sections)*];
        static __SYSTEM: ::errcat::System<#code_type> = ::errcat::System::__new(
            #system_name,
            #system_doc,
            &[#(#languages),*],
            &__SECTIONS,
            &[#(#reserved)*],
            &__ENTRIES,
        );
        static __ALL: [#ident; #entry_count] = [#(#ident::#all),*];
        static __BY_CODE: [#ident; #entry_count] = [#(#ident::#by_code),*];
        const __CODE_SEED: ::core::primitive::u64 = #code_seed;
        static __CODE_PILOTS: [::core::primitive::u16; #code_pilot_count] = [#(#code_pilots),*];
        static __CODE_SLOTS: [(#code_type, #ident, ::core::primitive::usize, ::core::primitive::usize); #code_slot_count] = [#(#code_slots)*];
        const __NAME_SEED: ::core::primitive::u64 = #name_seed;
        static __NAME_PILOTS: [::core::primitive::u16; #name_pilot_count] = [#(#name_pilots),*];
        static __NAME_SLOTS: [(&::core::primitive::str, #ident); #name_slot_count] = [#(#name_slots)*];
    }
}

fn expand_methods(catalog: &Catalog, layout: &Layout, lookups: &Lookups) -> TokenStream {
    let ident = &catalog.ident;
    let code_type = code_type_tokens(catalog);
    let empty = layout.variants.is_empty() || lookups.code_slots.is_empty();
    let index_body =
        if layout.variants.is_empty() { quote!(match self {}) } else { quote!(self as ::core::primitive::usize) };
    let (from_code_body, all_with_code_body, from_name_body) = if empty {
        (
            quote!(let _ = code; ::core::option::Option::None),
            quote!(let _ = code; &[]),
            quote!(let _ = name; ::core::option::Option::None),
        )
    } else {
        (
            quote! {
                let __slot = __code_slot(code);
                if __slot.0 == code { ::core::option::Option::Some(__slot.1) } else { ::core::option::Option::None }
            },
            quote! {
                let __slot = __code_slot(code);
                if __slot.0 == code { __BY_CODE.split_at(__slot.2).1.split_at(__slot.3).0 } else { &[] }
            },
            quote! {
                let __slot = &__NAME_SLOTS[::errcat::__private::position(
                    ::errcat::__private::hash_name(name.as_bytes(), __NAME_SEED),
                    &__NAME_PILOTS,
                    __NAME_SLOTS.len(),
                )];
                if __slot.0.len() == name.len() && __slot.0 == name {
                    ::core::option::Option::Some(__slot.1)
                } else {
                    ::core::option::Option::None
                }
            },
        )
    };
    let code_slot_fn = (!empty).then(|| {
        quote! {
            #[inline(always)]
            #[allow(clippy::cast_sign_loss)]
            const fn __code_slot(code: #code_type) -> &'static (#code_type, #ident, ::core::primitive::usize, ::core::primitive::usize) {
                &__CODE_SLOTS[::errcat::__private::position(
                    ::errcat::__private::hash_code(code as ::core::primitive::u64, __CODE_SEED),
                    &__CODE_PILOTS,
                    __CODE_SLOTS.len(),
                )]
            }
        }
    });
    quote! {
        #code_slot_fn

        #[automatically_derived]
        impl #ident {
            /// Every entry, in declaration order.
            pub const ALL: &'static [Self] = &__ALL;

            /// The catalogue's metadata: name, languages, sections, reserved codes, entries.
            pub const SYSTEM: &'static ::errcat::System<#code_type> = &__SYSTEM;

            /// Every section, in declaration order, a parent before its children.
            pub const SECTIONS: &'static [::errcat::Section<#code_type>] = &__SECTIONS;

            /// The entry's position in [`Self::ALL`].
            #[inline]
            pub const fn index(self) -> ::core::primitive::usize {
                #index_body
            }

            /// Everything the catalogue declares about the entry.
            #[inline]
            pub const fn entry(self) -> &'static ::errcat::Entry<#code_type> {
                &__ENTRIES[self.index()]
            }

            /// The entry's numeric code.
            #[inline]
            pub const fn code(self) -> #code_type {
                self.entry().code()
            }

            /// The entry's documented name, e.g. `"FILE_NOT_EXIST"`.
            #[inline]
            pub const fn name(self) -> &'static ::core::primitive::str {
                self.entry().name()
            }

            /// The entry's message in the primary language; `""` when it has none.
            #[inline]
            pub const fn message(self) -> &'static ::core::primitive::str {
                self.entry().message()
            }

            /// The innermost section that holds the entry; `None` for an entry
            /// declared directly in the system.
            #[inline]
            pub const fn section(self) -> ::core::option::Option<&'static ::errcat::Section<#code_type>> {
                match self.entry().section() {
                    ::core::option::Option::Some(index) => ::core::option::Option::Some(&__SECTIONS[index]),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            /// The entry with this code; where entries share a code, the first
            /// declared. Constant time, no allocation.
            #[inline]
            pub const fn from_code(code: #code_type) -> ::core::option::Option<Self> {
                #from_code_body
            }

            /// Every entry with this code, in declaration order; empty when no
            /// entry has it.
            #[inline]
            pub const fn all_with_code(code: #code_type) -> &'static [Self] {
                #all_with_code_body
            }

            /// The entry with this documented name (exact match). Constant time,
            /// no allocation.
            #[inline]
            pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                #from_name_body
            }
        }
    }
}

fn expand_traits(catalog: &Catalog) -> TokenStream {
    let ident = &catalog.ident;
    let system_name = ident.to_string();
    let code_type = code_type_tokens(catalog);
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                formatter.write_str(self.entry().variant())
            }
        }

        /// Shows the message, the name and the code:
        /// `文件不存在 (FILE_NOT_EXIST, code -46628)`.
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::errcat::__private::display(self.entry(), formatter)
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #ident {}

        #[automatically_derived]
        impl ::core::convert::From<#ident> for #code_type {
            #[inline]
            fn from(entry: #ident) -> Self {
                entry.code()
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<#code_type> for #ident {
            type Error = ::errcat::UnknownCode;

            #[inline]
            fn try_from(code: #code_type) -> ::core::result::Result<Self, Self::Error> {
                match Self::from_code(code) {
                    ::core::option::Option::Some(entry) => ::core::result::Result::Ok(entry),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        ::errcat::UnknownCode::new(#system_name, ::core::convert::From::from(code)),
                    ),
                }
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = ::errcat::UnknownName;

            #[inline]
            fn from_str(name: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                match Self::from_name(name) {
                    ::core::option::Option::Some(entry) => ::core::result::Result::Ok(entry),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(::errcat::UnknownName::new(#system_name, name))
                    }
                }
            }
        }

        #[automatically_derived]
        impl ::errcat::Catalog for #ident {
            type Code = #code_type;
            const SYSTEM: &'static ::errcat::System<#code_type> = &__SYSTEM;
            const ALL: &'static [Self] = Self::ALL;

            #[inline]
            fn index(self) -> ::core::primitive::usize {
                Self::index(self)
            }

            #[inline]
            fn from_code(code: #code_type) -> ::core::option::Option<Self> {
                Self::from_code(code)
            }

            #[inline]
            fn all_with_code(code: #code_type) -> &'static [Self] {
                Self::all_with_code(code)
            }

            #[inline]
            fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::from_name(name)
            }
        }
    }
}

/// Escapes text for rustdoc's Markdown, so that messages show as written.
fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        if matches!(character, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&') {
            escaped.push('\\');
        }
        escaped.push(if character == '\n' { ' ' } else { character });
    }
    escaped
}

fn variant_doc(catalog: &Catalog, entry: &Entry) -> String {
    let mut doc = format!("`{}` **{}**", entry.code.value, escape_markdown(&entry.name));
    if let Some(message) = &entry.message {
        let _ = write!(doc, ": {}", escape_markdown(&message.value()));
    }
    for (language, text) in &entry.texts {
        let _ = write!(doc, "\n\n*{language}*: {}", escape_markdown(&text.value()));
    }
    if let Some(section) = entry.section {
        let title = &catalog.sections[section].title;
        let _ = write!(doc, "\n\nSection `{}`", catalog.section_path(section));
        if !title.is_empty() {
            let _ = write!(doc, " ({})", escape_markdown(title));
        }
        doc.push('.');
    }
    if let Some(first) = &entry.shares_code {
        let _ = write!(doc, "\n\nShares code `{}` with `{first}`.", entry.code.value);
    }
    if !entry.doc.is_empty() {
        doc.push_str("\n\n");
        doc.push_str(&entry.doc);
    }
    doc
}

fn enum_doc(catalog: &Catalog, layout: &Layout) -> String {
    let mut doc = catalog.doc.clone();
    if !doc.is_empty() {
        doc.push_str("\n\n");
    }
    let languages = catalog.languages.iter().map(|language| format!("`{language}`")).collect::<Vec<_>>().join(", ");
    let _ = write!(
        doc,
        "Error catalogue `{}`: {} entries with `{}` codes",
        catalog.ident,
        layout.variants.len(),
        catalog.code_type.name()
    );
    if !languages.is_empty() {
        let _ = write!(doc, ", messages in {languages}");
    }
    doc.push('.');
    if !catalog.sections.is_empty() {
        doc.push_str("\n\n# Sections\n\n| Section | Title | Codes | Entries |\n| --- | --- | --- | --- |\n");
        for (index, section) in catalog.sections.iter().enumerate() {
            let range = section.range.as_ref().map(|range| format!("`{range}`")).unwrap_or_default();
            let _ = writeln!(
                doc,
                "| `{}` | {} | {range} | {} |",
                catalog.section_path(index),
                escape_markdown(&section.title),
                section.entries.len()
            );
        }
    }
    if !catalog.reserved.is_empty() {
        doc.push_str("\n\n# Reserved codes\n\n| Codes | Why |\n| --- | --- |\n");
        for reserved in &catalog.reserved {
            let why = reserved.doc.lines().next().unwrap_or_default();
            let _ = writeln!(doc, "| `{}` | {} |", reserved.range, escape_markdown(why));
        }
    }
    doc
}
