//! The statics behind the generated methods: one table per field, indexed
//! by the variant, and the catalogue's metadata (`SYSTEM`). Names and
//! messages are typed arrays (`name()` and `message()` are one indexed
//! load, as fast as a hand-written `[&str]`); every other text field is one
//! string literal and every numeric field, integer codes included, one
//! byte string. String codes are a typed array too, read by the look-ups.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::Expansion;
use super::literal::{self, ByteTable, StringsTable};

pub fn expand_tables(expansion: &Expansion) -> TokenStream {
    let catalog = expansion.catalog;
    let plan = expansion.plan;
    let ident = &catalog.ident;
    let code_type = &expansion.code_type;
    let krate = &expansion.krate;
    let entries = || plan.variants.iter().map(|&entry| (&catalog.entries[entry], &plan.entries[entry]));
    let count = literal::index(plan.variants.len());
    let all = expansion.variant_array(0..plan.variants.len());
    let codes = expand_codes(expansion);

    let mut variants = StringsTable::with_capacity(plan.variants.len());
    let mut code_strs = StringsTable::with_capacity(plan.variants.len());
    let mut names = Vec::with_capacity(plan.variants.len());
    let mut messages = Vec::with_capacity(plan.variants.len());
    for ((entry, planned), variant) in entries().zip(&expansion.variants) {
        code_strs.push(&expansion.written_code(&entry.code, planned.code));
        variants.push(&variant.to_string());
        names.push(literal::string(&entry.name));
        messages.push(literal::string(entry.message.as_ref().map_or("", |message| message.value.as_str())));
    }
    let (variants, code_strs) = (variants.into_tokens(krate), code_strs.into_tokens(krate));

    let docs = entries().enumerate().filter(|(_, (entry, _))| !entry.doc.is_empty()).map(|(index, (entry, _))| {
        let index = literal::u32(index);
        let doc = literal::string(&entry.doc);
        quote!((#index, #doc))
    });
    let deprecated = entries().enumerate().filter_map(|(index, (entry, _))| {
        let note = literal::string(&entry.deprecated.as_ref()?.note);
        let index = literal::u32(index);
        Some(quote!((#index, #note)))
    });

    let mut text_starts = ByteTable::default();
    let mut texts = Vec::new();
    if entries().any(|(entry, _)| !entry.texts.is_empty()) {
        for (entry, _) in entries() {
            text_starts.push_u32(u32::try_from(texts.len()).unwrap_or(u32::MAX));
            for (language, text) in &entry.texts {
                let language = language.to_string();
                let text = literal::string(&text.value);
                texts.push(quote!(#krate::Text::__new(#language, #text)));
            }
        }
        text_starts.push_u32(u32::try_from(texts.len()).unwrap_or(u32::MAX));
    }
    let text_count = literal::index(texts.len());
    let text_start_bytes = literal::index(text_starts.len());
    let text_starts = text_starts.into_tokens();

    let mut http = ByteTable::default();
    if entries().any(|(_, planned)| planned.http.is_some()) {
        for (_, planned) in entries() {
            http.push_u16(planned.http.map_or(0, |http| http.status));
        }
    }
    let http_bytes = literal::index(http.len());
    let http = http.into_tokens();

    let sections = expand_sections(expansion);
    let section_count = literal::index(catalog.sections.len());
    let reserved = expand_reserved(expansion);
    let builders = expand_system_builders(expansion);
    let system_name = ident.to_string();
    let system_doc = literal::string(&catalog.doc);
    let languages = catalog.languages.iter().map(ToString::to_string);
    let strings = quote!(#krate::__private::Strings);
    let code_bytes = if expansion.string_codes { quote!(&[]) } else { quote!(&__CODES) };
    quote! {
        static __ALL: [#ident; #count] = #all;
        #codes
        static __CODE_STRS: #strings = #code_strs;
        static __NAMES: [&::core::primitive::str; #count] = [#(#names),*];
        static __VARIANTS: #strings = #variants;
        static __MESSAGES: [&::core::primitive::str; #count] = [#(#messages),*];
        static __TEXT_STARTS: [::core::primitive::u8; #text_start_bytes] = #text_starts;
        static __TEXTS: [#krate::Text; #text_count] = [#(#texts),*];
        static __HTTP: [::core::primitive::u8; #http_bytes] = #http;
        static __SECTIONS: [#krate::Section<#code_type>; #section_count] = [#(#sections),*];
        static __SYSTEM: #krate::System<#code_type> = #krate::System::__new(
            #system_name,
            #system_doc,
            &[#(#languages),*],
            &__SECTIONS,
            &[#(#reserved),*],
            #krate::__private::Tables {
                codes: #code_bytes,
                names: &__NAMES,
                variants: &__VARIANTS,
                messages: &__MESSAGES,
                docs: &[#(#docs),*],
                text_starts: &__TEXT_STARTS,
                texts: &__TEXTS,
                deprecated: &[#(#deprecated),*],
                http: &__HTTP,
            },
        )
        .__with_code_strs(&__CODE_STRS)#builders;
    }
}

/// `__CODES`, and `__code(index)`, the one way the generated code reads
/// it: integer codes as a byte string of their little-endian bytes (one
/// token for the whole table), string codes as a typed array.
fn expand_codes(expansion: &Expansion) -> TokenStream {
    let catalog = expansion.catalog;
    let plan = expansion.plan;
    let code_type = &expansion.code_type;
    let count = literal::index(plan.variants.len());
    let entries = || plan.variants.iter().map(|&entry| (&catalog.entries[entry], &plan.entries[entry]));
    if expansion.string_codes {
        let codes = entries().map(|(entry, planned)| expansion.code_literal(&entry.code, planned.code));
        return quote! {
            static __CODES: [#code_type; #count] = [#(#codes),*];
            #[inline(always)]
            const fn __code(index: ::core::primitive::usize) -> #code_type {
                __CODES[index]
            }
        };
    }
    let bits = catalog.code_type.bits();
    let mut codes = ByteTable::default();
    for (_, planned) in entries() {
        codes.push_code(planned.code, bits);
    }
    let bytes = literal::index(codes.len());
    let codes = codes.into_tokens();
    let krate = &expansion.krate;
    let reader = quote::format_ident!("code_{}", catalog.code_type.name());
    quote! {
        static __CODES: [::core::primitive::u8; #bytes] = #codes;
        #[inline(always)]
        const fn __code(index: ::core::primitive::usize) -> #code_type {
            #krate::__private::#reader(&__CODES, index)
        }
    }
}

/// Each section: `Section::__new(index, name, entries)`, then only what it
/// declares (`__with_doc`, `__with_range`, `__with_parent`, `__with_http`).
fn expand_sections(expansion: &Expansion) -> Vec<TokenStream> {
    let catalog = expansion.catalog;
    let krate = &expansion.krate;
    catalog
        .sections
        .iter()
        .zip(&expansion.plan.sections)
        .enumerate()
        .map(|(index, (section, planned))| {
            let name = section.ident.to_string();
            let (start, end) = (literal::u32(section.entries.start), literal::u32(section.entries.end));
            let index = literal::u32(index);
            let mut tokens = quote!(#krate::Section::__new(#index, #name, (#start, #end)));
            if !section.title.is_empty() || !section.doc.is_empty() {
                let (title, doc) = (literal::string(&section.title), literal::string(&section.doc));
                tokens.extend(quote!(.__with_doc(#title, #doc)));
            }
            match (&section.range, planned.range_fits) {
                (Some(range), true) if expansion.string_codes => {
                    let prefix = expansion.code_literal(&range.start, range.start.value);
                    tokens.extend(quote!(.__with_prefix(#prefix)));
                }
                (Some(range), true) => {
                    let (start, end) = (literal::code(range.start.value), literal::code(range.end.value));
                    tokens.extend(quote!(.__with_range(#start, #end)));
                }
                _ => {}
            }
            if let Some(parent) = section.parent {
                let parent = literal::u32(parent);
                tokens.extend(quote!(.__with_parent(#parent)));
            }
            if let Some(http) = planned.http {
                let status = Literal::u16_unsuffixed(http.status);
                tokens.extend(quote!(.__with_http(#status)));
            }
            if let Some(grpc) = planned.grpc {
                let grpc = Literal::u8_unsuffixed(grpc);
                tokens.extend(quote!(.__with_grpc(#grpc)));
            }
            tokens
        })
        .collect()
}

/// `Reserved::__new(…)` for every `reserved` declaration that fits the type.
fn expand_reserved(expansion: &Expansion) -> Vec<TokenStream> {
    let catalog = expansion.catalog;
    let krate = &expansion.krate;
    catalog
        .reserved
        .iter()
        .zip(&expansion.plan.reserved_fits)
        .filter(|(_, fits)| **fits)
        .map(|(reserved, _)| {
            let range = &reserved.range;
            let start = expansion.code_literal(&range.start, range.start.value);
            let end = expansion.code_literal(&range.end, range.end.value);
            let doc = literal::string(&reserved.doc);
            let open = reserved.open;
            quote!(#krate::Reserved::__new((#start, #end), #doc, #open))
        })
        .collect()
}

/// What only some systems declare, as builder calls on `SYSTEM`: the code
/// format, retired codes, gRPC statuses, the URL template.
fn expand_system_builders(expansion: &Expansion) -> TokenStream {
    let catalog = expansion.catalog;
    let plan = expansion.plan;
    let krate = &expansion.krate;
    let entries = || plan.variants.iter().map(|&entry| &plan.entries[entry]);
    let format = &catalog.code_format;
    let code_format = (!format.is_default()).then(|| {
        let (prefix, suffix) = (literal::string(&format.prefix), literal::string(&format.suffix));
        let (radix, uppercase) = (Literal::u32_unsuffixed(format.radix), format.uppercase);
        let width = Literal::u8_unsuffixed(u8::try_from(format.width).unwrap_or(u8::MAX));
        quote!(.__with_code_format(#krate::CodeFormat::__new(#prefix, #suffix, #radix, #uppercase, #width)))
    });
    // `#[grpc(…)]`: one byte per entry, when any entry has a status.
    let grpc = entries().any(|planned| planned.grpc.is_some()).then(|| {
        let statuses: Vec<u8> = entries().map(|planned| planned.grpc.unwrap_or(0)).collect();
        let statuses = Literal::byte_string(&statuses);
        quote!(.__with_grpc(#statuses))
    });
    let url = catalog.url.as_ref().map(|template| {
        let template = literal::string(&template.value());
        quote!(.__with_url(#template))
    });

    let retired = expand_retired(expansion);
    let placeholders = crate::placeholders::expand_syntax(catalog);
    quote!(#code_format #retired #placeholders #grpc #url)
}

/// `.__with_retired(…)` on the system, when it retires codes that fit the
/// type.
fn expand_retired(expansion: &Expansion) -> Option<TokenStream> {
    let catalog = expansion.catalog;
    let krate = &expansion.krate;
    let retired: Vec<TokenStream> = catalog
        .retired
        .iter()
        .zip(&expansion.plan.retired_fits)
        .filter(|(_, fits)| **fits)
        .map(|(retired, _)| {
            let code = expansion.code_literal(&retired.code, retired.code.value);
            let (name, doc) = (literal::string(&retired.name), literal::string(&retired.doc));
            quote!(#krate::Retired::__new(#code, #name, #doc))
        })
        .collect();
    (!retired.is_empty()).then(|| quote!(.__with_retired(&[#(#retired),*])))
}
