//! Code generation. A catalogue becomes an enum plus flat static tables
//! indexed by the variant (`code()`, `name()`, `message()` are one array
//! load) and perfect hash tables computed here, at expansion time, for
//! `from_code` and `from_name`.
//!
//! The expansion also runs on catalogues with errors, so that code naming
//! the enum does not fail a second time: entries that would break the
//! generated code (a duplicate variant, a code outside the type) are left
//! out or neutralised; the `compile_error!`s say what is wrong.

use rustc_hash::FxHashSet as HashSet;
use std::fmt::Write as _;

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};

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
    let cross_catalogue = expand_cross_catalogue(catalog);
    quote! {
        #enum_definition
        #[allow(deprecated)]
        const _: () = {
            #tables
            #methods
            #traits
            #cross_catalogue
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
        let mut seen = HashSet::default();
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
    code_seed: u64,
    code_pilots: Vec<u16>,
    /// Per slot: the first variant with the code that hashes there.
    code_slots: Vec<usize>,
    /// Codes that several variants share: (code, start in `shared`, count),
    /// sorted by code.
    shared_runs: Vec<(i128, usize, usize)>,
    /// The variants of shared codes, grouped by code in declaration order.
    shared: Vec<usize>,
    name_seed: u64,
    name_pilots: Vec<u16>,
    /// Per slot: the variant whose name hashes there, in the low 32 bits,
    /// and the low 32 bits of the name's hash above them, so that most
    /// unknown names are rejected without reading a name.
    name_slots: Vec<u64>,
}

impl Lookups {
    fn new(catalog: &Catalog, layout: &Layout, diagnostics: &mut Diagnostics) -> Self {
        let mut by_code: Vec<usize> = (0..layout.variants.len()).collect();
        by_code.sort_by_key(|&variant| layout.codes[variant]);
        let mut firsts = Vec::new();
        let mut shared_runs = Vec::new();
        let mut shared = Vec::new();
        for run in by_code.chunk_by(|&left, &right| layout.codes[left] == layout.codes[right]) {
            firsts.push(run[0]);
            if run.len() > 1 {
                shared_runs.push((layout.codes[run[0]], shared.len(), run.len()));
                shared.extend_from_slice(run);
            }
        }
        #[allow(clippy::cast_sign_loss, clippy::cast_possible_truncation)]
        let code_table = errcat_phf::build(firsts.len(), |first, seed| {
            errcat_phf::hash_code(layout.codes[firsts[first]] as u64, seed)
        });

        let mut seen = HashSet::default();
        let names: Vec<usize> = (0..layout.variants.len())
            .filter(|&variant| seen.insert(layout.variants[variant].0.name.as_str()))
            .collect();
        let name_table = errcat_phf::build(names.len(), |name, seed| {
            errcat_phf::hash_name(layout.variants[names[name]].0.name.as_bytes(), seed)
        });

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
                code_seed: 0,
                code_pilots: Vec::new(),
                code_slots: Vec::new(),
                shared_runs: Vec::new(),
                shared: Vec::new(),
                name_seed: 0,
                name_pilots: Vec::new(),
                name_slots: Vec::new(),
            };
        };
        // A free slot repeats the first key: a look-up of that key never
        // reaches the free slot, and any other key fails the comparison.
        Lookups {
            code_seed: code_table.seed,
            code_pilots: code_table.pilots,
            code_slots: code_table.slots.iter().map(|slot| firsts[slot.unwrap_or(0)]).collect(),
            shared_runs,
            shared,
            name_seed: name_table.seed,
            name_pilots: name_table.pilots,
            name_slots: name_table
                .slots
                .iter()
                .map(|slot| {
                    let variant = names[slot.unwrap_or(0)];
                    let hash = errcat_phf::hash_name(layout.variants[variant].0.name.as_bytes(), name_table.seed);
                    ((hash & 0xFFFF_FFFF) << 32) | variant as u64
                })
                .collect(),
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

fn u32_literal(value: usize) -> Literal {
    Literal::u32_unsuffixed(u32::try_from(value).unwrap_or(u32::MAX))
}

fn expand_enum(catalog: &Catalog, layout: &Layout) -> TokenStream {
    let ident = &catalog.ident;
    let vis = &catalog.vis;
    let passthrough = &catalog.passthrough;
    let doc = enum_doc(catalog, layout);
    let variants = layout.variants.iter().map(|(entry, variant)| {
        let doc = variant_doc(entry);
        let deprecated = entry.deprecated.as_ref().map(|deprecated| &deprecated.attr);
        quote! {
            #[doc = #doc]
            #deprecated
            #variant,
        }
    });
    let enum_token = quote_spanned!(catalog.system_token=> enum);
    // The discriminant is the index in `ALL`. Naming its type makes rustc's
    // check of the `ALL` static about a third faster than the default
    // `isize` on large catalogues (bench/README.md), and changes no layout:
    // rustc picks the smallest type anyway.
    let repr = match layout.variants.len() {
        0 => None,
        1..=256 => Some(quote!(u8)),
        257..=65_536 => Some(quote!(u16)),
        _ => Some(quote!(u32)),
    }
    .map(|repr| quote!(#[repr(#repr)]));
    quote! {
        #[doc = #doc]
        #(#passthrough)*
        #repr
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

/// The statics behind the generated methods: one flat array per field
/// (arrays of literals compile fastest; per-entry references and paths are
/// what makes large catalogues slow to build) and the look-up tables.
fn expand_tables(catalog: &Catalog, layout: &Layout, lookups: &Lookups) -> TokenStream {
    let ident = &catalog.ident;
    let code_type = code_type_tokens(catalog);
    let entries = || layout.variants.iter().map(|(entry, _)| *entry);
    let count = index_literal(layout.variants.len());
    let codes = layout.codes.iter().map(|&code| code_literal(code));
    let names = entries().map(|entry| Literal::string(&entry.name));
    let variants = layout.variants.iter().map(|(_, variant)| Literal::string(&variant.to_string()));
    let messages = entries()
        .map(|entry| entry.message.as_ref().map_or_else(|| quote!(""), |message| message.literal.to_token_stream()));
    let docs = entries().enumerate().filter(|(_, entry)| !entry.doc.is_empty()).map(|(index, entry)| {
        let index = u32_literal(index);
        let doc = &entry.doc;
        quote!((#index, #doc))
    });
    let mut text_starts = Vec::new();
    let mut texts = Vec::new();
    if entries().any(|entry| !entry.texts.is_empty()) {
        for entry in entries() {
            text_starts.push(u32_literal(texts.len()));
            for (language, text) in &entry.texts {
                let language = language.to_string();
                let text = &text.literal;
                texts.push(quote!(::errcat::Text::__new(#language, #text)));
            }
        }
        text_starts.push(u32_literal(texts.len()));
    }
    let text_start_count = index_literal(text_starts.len());
    let text_count = index_literal(texts.len());
    let mut http: Vec<u16> = entries().map(|entry| catalog.entry_http(entry).unwrap_or(0)).collect();
    if http.iter().all(|&status| status == 0) {
        http.clear();
    }
    let http_count = index_literal(http.len());
    let http = http.into_iter().map(Literal::u16_unsuffixed);
    let deprecated = entries().enumerate().filter_map(|(index, entry)| {
        let note = &entry.deprecated.as_ref()?.note;
        let index = u32_literal(index);
        Some(quote!((#index, #note)))
    });
    let section_list = expand_sections(catalog);
    let section_count = index_literal(catalog.sections.len());
    let section_entries = catalog.sections.iter().map(|section| {
        let (start, end) = (u32_literal(section.entries.start), u32_literal(section.entries.end));
        quote!((#start, #end))
    });
    let reserved = expand_reserved(catalog);
    let system_name = ident.to_string();
    let system_doc = &catalog.doc;
    let languages = catalog.languages.iter().map(ToString::to_string);
    let all = layout.variants.iter().map(|(_, variant)| variant);
    let u32_type = quote!(::core::primitive::u32);
    let str_type = quote!(&::core::primitive::str);
    let lookup_tables = expand_lookup_tables(catalog, layout, lookups);
    let retired = expand_retired(catalog);
    quote! {
        static __ALL: [#ident; #count] = [#(#ident::#all),*];
        static __CODES: [#code_type; #count] = [#(#codes),*];
        static __NAMES: [#str_type; #count] = [#(#names),*];
        static __VARIANTS: [#str_type; #count] = [#(#variants),*];
        static __MESSAGES: [#str_type; #count] = [#(#messages),*];
        static __TEXT_STARTS: [#u32_type; #text_start_count] = [#(#text_starts),*];
        static __TEXTS: [::errcat::Text; #text_count] = [#(#texts),*];
        static __HTTP: [::core::primitive::u16; #http_count] = [#(#http),*];
        static __SECTIONS: [::errcat::Section<#code_type>; #section_count] = [#(#section_list),*];
        static __SECTION_ENTRIES: [(#u32_type, #u32_type); #section_count] = [#(#section_entries),*];
        static __SYSTEM: ::errcat::System<#code_type> = ::errcat::System::__new(
            #system_name,
            #system_doc,
            &[#(#languages),*],
            &__SECTIONS,
            &[#(#reserved),*],
            ::errcat::__private::Tables {
                codes: &__CODES,
                names: &__NAMES,
                variants: &__VARIANTS,
                messages: &__MESSAGES,
                docs: &[#(#docs),*],
                text_starts: &__TEXT_STARTS,
                texts: &__TEXTS,
                deprecated: &[#(#deprecated),*],
                http: &__HTTP,
            },
        )#retired;
        #lookup_tables
    }
}

/// The perfect hash tables and the runs of shared codes.
fn expand_lookup_tables(catalog: &Catalog, layout: &Layout, lookups: &Lookups) -> TokenStream {
    let ident = &catalog.ident;
    let code_type = code_type_tokens(catalog);
    let u32_type = quote!(::core::primitive::u32);
    let shared = lookups.shared.iter().map(|&position| &layout.variants[position].1);
    let shared_count = index_literal(lookups.shared.len());
    let code_seed = Literal::u64_unsuffixed(lookups.code_seed);
    let code_pilots = &lookups.code_pilots;
    let code_pilot_count = index_literal(code_pilots.len());
    let code_slots = lookups.code_slots.iter().map(|&variant| u32_literal(variant));
    let shared_runs = lookups.shared_runs.iter().map(|&(code, start, count)| {
        let code = code_literal(code);
        let (start, count) = (u32_literal(start), u32_literal(count));
        quote!((#code, #start, #count))
    });
    let shared_run_count = index_literal(lookups.shared_runs.len());
    let code_slot_count = index_literal(lookups.code_slots.len());
    let name_seed = Literal::u64_unsuffixed(lookups.name_seed);
    let name_pilots = &lookups.name_pilots;
    let name_pilot_count = index_literal(name_pilots.len());
    let name_slots = lookups.name_slots.iter().map(|&slot| Literal::u64_unsuffixed(slot));
    let name_slot_count = index_literal(lookups.name_slots.len());
    quote! {
        static __SHARED: [#ident; #shared_count] = [#(#ident::#shared),*];
        static __SHARED_RUNS: [(#code_type, #u32_type, #u32_type); #shared_run_count] = [#(#shared_runs),*];
        const __CODE_SEED: ::core::primitive::u64 = #code_seed;
        static __CODE_PILOTS: [::core::primitive::u16; #code_pilot_count] = [#(#code_pilots),*];
        static __CODE_SLOTS: [#u32_type; #code_slot_count] = [#(#code_slots),*];
        const __NAME_SEED: ::core::primitive::u64 = #name_seed;
        static __NAME_PILOTS: [::core::primitive::u16; #name_pilot_count] = [#(#name_pilots),*];
        static __NAME_SLOTS: [::core::primitive::u64; #name_slot_count] = [#(#name_slots),*];
    }
}

/// `Section::__new(…)` for every section.
fn expand_sections(catalog: &Catalog) -> Vec<TokenStream> {
    catalog
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
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
            let parent = if let Some(parent) = section.parent {
                let parent = u32_literal(parent);
                quote!(::core::option::Option::Some(#parent))
            } else {
                quote!(::core::option::Option::None)
            };
            let (start, end) = (u32_literal(section.entries.start), u32_literal(section.entries.end));
            let http = Literal::u16_unsuffixed(catalog.section_http(Some(index)).unwrap_or(0));
            let index = u32_literal(index);
            quote!(::errcat::Section::__new(#name, #title, #doc, #range, #index, #parent, (#start, #end), #http))
        })
        .collect()
}

/// `.__with_retired(…)` on the system, when it retires codes that fit the type.
fn expand_retired(catalog: &Catalog) -> Option<TokenStream> {
    let retired: Vec<TokenStream> = catalog
        .retired
        .iter()
        .filter(|retired| catalog.code_type.contains(retired.code.value))
        .map(|retired| {
            let code = code_literal(retired.code.value);
            let (name, doc) = (&retired.name, &retired.doc);
            quote!(::errcat::Retired::__new(#code, #name, #doc))
        })
        .collect();
    (!retired.is_empty()).then(|| quote!(.__with_retired(&[#(#retired),*])))
}

/// `Reserved::__new(…)` for every `reserved` declaration that fits the type.
fn expand_reserved(catalog: &Catalog) -> Vec<TokenStream> {
    catalog
        .reserved
        .iter()
        .filter_map(|reserved| {
            let range = &reserved.range;
            let fits = catalog.code_type.contains(range.start.value) && catalog.code_type.contains(range.end.value);
            let (start, end) = (code_literal(range.start.value), code_literal(range.end.value));
            let doc = &reserved.doc;
            let open = reserved.open;
            fits.then(|| quote!(::errcat::Reserved::__new((#start, #end), #doc, #open)))
        })
        .collect()
}

fn expand_methods(catalog: &Catalog, layout: &Layout, lookups: &Lookups) -> TokenStream {
    let ident = &catalog.ident;
    let code_type = code_type_tokens(catalog);
    let index_body =
        if layout.variants.is_empty() { quote!(match self {}) } else { quote!(self as ::core::primitive::usize) };
    let (code_slot_fn, from_code_body, all_with_code_body, from_name_body) = expand_lookups(catalog, layout, lookups);
    quote! {
        #code_slot_fn

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
            pub const fn entry(self) -> ::errcat::Entry<#code_type> {
                ::errcat::Entry::__new(&__SYSTEM, self.index())
            }

            /// The entry's numeric code.
            #[inline]
            pub const fn code(self) -> #code_type {
                __CODES[self.index()]
            }

            /// The entry's documented name, e.g. `"FILE_NOT_EXIST"`.
            #[inline]
            pub const fn name(self) -> &'static ::core::primitive::str {
                __NAMES[self.index()]
            }

            /// The entry's message in the primary language; `""` when it has none.
            #[inline]
            pub const fn message(self) -> &'static ::core::primitive::str {
                __MESSAGES[self.index()]
            }

            /// The innermost section that holds the entry; `None` for an entry
            /// declared directly in the system.
            #[inline]
            pub const fn section(self) -> ::core::option::Option<&'static ::errcat::Section<#code_type>> {
                match ::errcat::__private::innermost_section(&__SECTION_ENTRIES, self.index()) {
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

            /// The entry's HTTP status, from `#[http(…)]` on the entry or its sections.
            #[inline]
            pub const fn http_status(self) -> ::core::option::Option<::core::primitive::u16> {
                let __index = self.index();
                if __index < __HTTP.len() && __HTTP[__index] != 0 {
                    ::core::option::Option::Some(__HTTP[__index])
                } else {
                    ::core::option::Option::None
                }
            }
        }
    }
}

/// What other catalogues' compile-time checks read (`assert_disjoint!`,
/// `#[extends(…)]`): codes as `i128`, whatever the code type, and the open
/// ranges; and this catalogue's own `#[extends(…)]` check.
fn expand_cross_catalogue(catalog: &Catalog) -> TokenStream {
    let ident = &catalog.ident;
    let code_type = code_type_tokens(catalog);
    let open = catalog.reserved.iter().filter(|reserved| reserved.open).map(|reserved| {
        let (start, end) =
            (Literal::i128_suffixed(reserved.range.start.value), Literal::i128_suffixed(reserved.range.end.value));
        quote!((#start, #end))
    });
    let extension_check = catalog.extends.as_ref().map(|(base, location)| {
        let system = ident.to_string();
        let base_name = base.segments.iter().map(|segment| segment.ident.to_string()).collect::<Vec<_>>().join("::");
        quote_spanned! {location.start=>
            const _: () = {
                let mut __index = 0;
                while __index < __CODES.len() {
                    let __problem = ::errcat::__private::check_extension(
                        #system,
                        __NAMES[__index],
                        __CODES[__index] as ::core::primitive::i128,
                        #base_name,
                        <#base>::__OPEN_RANGES,
                        <#base>::__has_code(__CODES[__index] as ::core::primitive::i128),
                    );
                    if !__problem.is_empty() {
                        ::core::panic!("{}", __problem.as_str());
                    }
                    __index += 1;
                }
            };
        }
    });
    quote! {
        #[allow(clippy::cast_lossless, clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        impl #ident {
            #[doc(hidden)]
            pub const __OPEN_RANGES: &'static [(::core::primitive::i128, ::core::primitive::i128)] = &[#(#open),*];

            #[doc(hidden)]
            pub const fn __code_at(index: ::core::primitive::usize) -> ::core::primitive::i128 {
                __CODES[index] as ::core::primitive::i128
            }

            #[doc(hidden)]
            pub const fn __has_code(code: ::core::primitive::i128) -> ::core::primitive::bool {
                code >= #code_type::MIN as ::core::primitive::i128
                    && code <= #code_type::MAX as ::core::primitive::i128
                    && Self::from_code(code as #code_type).is_some()
            }
        }

        #extension_check
    }
}

/// The bodies of `from_code`, `all_with_code` and `from_name`, and the
/// slot look-up they share.
fn expand_lookups(
    catalog: &Catalog,
    layout: &Layout,
    lookups: &Lookups,
) -> (Option<TokenStream>, TokenStream, TokenStream, TokenStream) {
    let code_type = code_type_tokens(catalog);
    let empty = layout.variants.is_empty() || lookups.code_slots.is_empty();
    let (from_code_body, all_with_code_body, from_name_body) = if empty {
        (
            quote!(let _ = code; ::core::option::Option::None),
            quote!(let _ = code; &[]),
            quote!(let _ = name; ::core::option::Option::None),
        )
    } else {
        (
            quote! {
                let __index = __code_slot(code);
                if __CODES[__index] == code {
                    ::core::option::Option::Some(__ALL[__index])
                } else {
                    ::core::option::Option::None
                }
            },
            quote! {
                let __index = __code_slot(code);
                if __CODES[__index] != code {
                    return &[];
                }
                let mut __low = 0;
                let mut __high = __SHARED_RUNS.len();
                while __low < __high {
                    let __middle = (__low + __high) / 2;
                    let (__code, __start, __count) = __SHARED_RUNS[__middle];
                    if __code == code {
                        return __SHARED
                            .split_at(__start as ::core::primitive::usize)
                            .1
                            .split_at(__count as ::core::primitive::usize)
                            .0;
                    } else if __code < code {
                        __low = __middle + 1;
                    } else {
                        __high = __middle;
                    }
                }
                ::core::slice::from_ref(&__ALL[__index])
            },
            quote! {
                let __hash = ::errcat::__private::hash_name(name.as_bytes(), __NAME_SEED);
                let __slot = __NAME_SLOTS[::errcat::__private::position(__hash, &__NAME_PILOTS, __NAME_SLOTS.len())];
                if __slot >> 32 != __hash & 0xFFFF_FFFF {
                    return ::core::option::Option::None;
                }
                let __index = (__slot & 0xFFFF_FFFF) as ::core::primitive::usize;
                if __NAMES[__index] == name {
                    ::core::option::Option::Some(__ALL[__index])
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
            const fn __code_slot(code: #code_type) -> ::core::primitive::usize {
                __CODE_SLOTS[::errcat::__private::position(
                    ::errcat::__private::hash_code(code as ::core::primitive::u64, __CODE_SEED),
                    &__CODE_PILOTS,
                    __CODE_SLOTS.len(),
                )] as ::core::primitive::usize
            }
        }
    });
    (code_slot_fn, from_code_body, all_with_code_body, from_name_body)
}

fn expand_traits(catalog: &Catalog) -> TokenStream {
    let ident = &catalog.ident;
    let system_name = ident.to_string();
    let code_type = code_type_tokens(catalog);
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                formatter.write_str(__VARIANTS[self.index()])
            }
        }

        /// Shows the message, the name and the code:
        /// `文件不存在 (FILE_NOT_EXIST, code -46628)`.
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::errcat::__private::display(self.message(), self.name(), self.code(), formatter)
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
            fn try_from(code: #code_type) -> ::core::result::Result<Self, ::errcat::UnknownCode> {
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
            fn from_str(name: &::core::primitive::str) -> ::core::result::Result<Self, ::errcat::UnknownName> {
                match Self::from_name(name) {
                    ::core::option::Option::Some(entry) => ::core::result::Result::Ok(entry),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(::errcat::UnknownName::suggesting(#system_name, name, &__NAMES))
                    }
                }
            }
        }

        ::errcat::__serde_items!(#ident);
        ::errcat::__alloc_items!(#ident);

        #[automatically_derived]
        impl ::errcat::Catalog for #ident {
            type Code = #code_type;
            const SYSTEM: &'static ::errcat::System<#code_type> = &__SYSTEM;
            const ALL: &'static [Self] = &__ALL;

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

            #[inline]
            fn entry(self) -> ::errcat::Entry<#code_type> {
                Self::entry(self)
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

/// Whether rustdoc's Markdown would read something into the text.
fn has_markdown(text: &str) -> bool {
    text.bytes().any(|byte| b"\\`*_[]<>|#~&".contains(&byte))
}

/// The source text of a string literal, built piece by piece: escaping
/// here only what a literal needs escaped is much cheaper than
/// `Literal::string`, which escapes every non-ASCII character it is unsure
/// of, and messages are mostly Chinese.
#[derive(Default)]
struct LiteralSource {
    inner: String,
}

impl LiteralSource {
    fn push(&mut self, text: &str) {
        for character in text.chars() {
            match character {
                '"' => self.inner.push_str("\\\""),
                '\\' => self.inner.push_str("\\\\"),
                '\n' => self.inner.push_str("\\n"),
                '\r' => self.inner.push_str("\\r"),
                '\t' => self.inner.push_str("\\t"),
                '\0' => self.inner.push_str("\\0"),
                other => self.inner.push(other),
            }
        }
    }

    /// Text for rustdoc, escaped so that Markdown shows it as written.
    fn push_markdown(&mut self, text: &str) {
        if has_markdown(text) {
            self.push(&escape_markdown(text));
        } else {
            self.push(text);
        }
    }

    fn into_literal(self) -> Literal {
        format!("\"{}\"", self.inner).parse().unwrap_or_else(|_| Literal::string(&self.inner))
    }
}

/// A variant's documentation, one literal: its code, name and message on
/// the first line, then its other texts, its shared code and its
/// explanation.
fn variant_doc(entry: &Entry) -> Literal {
    let mut doc = LiteralSource::default();
    doc.push(&format!("`{}` **", entry.code.value));
    doc.push_markdown(&entry.name);
    doc.push("**");
    if let Some(message) = &entry.message {
        doc.push(": ");
        doc.push_markdown(&message.value);
    }
    for (language, text) in &entry.texts {
        doc.push(&format!("\n\n*{language}*: "));
        doc.push_markdown(&text.value);
    }
    if let Some(first) = &entry.shares_code {
        doc.push(&format!("\n\nShares code `{}` with `{first}`.", entry.code.value));
    }
    if !entry.doc.is_empty() {
        doc.push("\n\n");
        doc.push(&entry.doc);
    }
    doc.into_literal()
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
