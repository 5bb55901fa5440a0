//! The trait impls of the enum (`Debug`, `Display`, `Error`, the
//! conversions, `FromStr`, `errcat::Catalog`) and what other catalogues'
//! compile-time checks read.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::Expansion;
use crate::diagnostic::Location;
use crate::model::WireForm;

pub fn expand_traits(expansion: &Expansion) -> TokenStream {
    let ident = &expansion.catalog.ident;
    let system_name = ident.to_string();
    let code_type = &expansion.code_type;
    let krate = &expansion.krate;
    let opt_in = expand_opt_in(expansion);
    // For string codes, `From<Self> for &str` gives the name, and
    // `from_code` is the conversion from a code.
    let code_conversions = (!expansion.string_codes).then(|| {
        quote! {
            #[automatically_derived]
            impl ::core::convert::From<#ident> for #code_type {
                #[inline]
                fn from(entry: #ident) -> Self {
                    entry.code()
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<#code_type> for #ident {
                type Error = #krate::UnknownCode;

                #[inline]
                fn try_from(code: #code_type) -> ::core::result::Result<Self, #krate::UnknownCode> {
                    match Self::from_code(code) {
                        ::core::option::Option::Some(entry) => ::core::result::Result::Ok(entry),
                        ::core::option::Option::None => ::core::result::Result::Err(
                            #krate::UnknownCode::new(#system_name, ::core::convert::From::from(code)),
                        ),
                    }
                }
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                formatter.write_str(__VARIANTS.get(self.index()))
            }
        }

        /// Shows the message, the name and the code:
        /// `文件不存在 (FILE_NOT_EXIST, code -46628)`.
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #krate::__private::display_rendered(self.entry().render(&[]), self.name(), self.code_str(), formatter)
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #ident {}

        #code_conversions

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #krate::UnknownName;

            #[inline]
            fn from_str(name: &::core::primitive::str) -> ::core::result::Result<Self, #krate::UnknownName> {
                match Self::from_name(name) {
                    ::core::option::Option::Some(entry) => ::core::result::Result::Ok(entry),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(#krate::UnknownName::suggesting_among(#system_name, name, __NAMES.iter().copied()))
                    }
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#ident> for &'static ::core::primitive::str {
            #[inline]
            fn from(entry: #ident) -> Self {
                entry.name()
            }
        }

        #opt_in

        #[automatically_derived]
        impl #krate::Catalog for #ident {
            type Code = #code_type;
            const SYSTEM: &'static #krate::System<#code_type> = &__SYSTEM;
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
            fn from_code_str(text: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::from_code_str(text)
            }

            #[inline]
            fn entry(self) -> #krate::Entry<#code_type> {
                Self::entry(self)
            }
        }
    }
}

/// What the system opts into: `#[serde]`, `#[json_schema]`. Each is a macro
/// of errcat's that its features decide: with the feature off, a compile
/// error on the attribute naming the feature.
fn expand_opt_in(expansion: &Expansion) -> TokenStream {
    let catalog = expansion.catalog;
    let ident = &catalog.ident;
    let by_name = catalog.serde.as_ref().filter(|(form, _)| *form == WireForm::Names).map(|_| quote!(, by_name));
    // Every token of the call carries the attribute's span, so that the
    // error of a missing feature points at the attribute.
    let call = |location: &Location, items: &str, cfg: Option<&syn::Meta>| {
        let krate = respan(expansion.krate.clone(), location.start);
        let items = Ident::new(items, location.start);
        let cfg = cfg.map(|predicate| quote!(#[cfg(#predicate)]));
        quote_spanned!(location.start=> #cfg #krate::#items!(#ident #by_name);)
    };
    let serde = catalog.serde.as_ref().map(|(_, location)| call(location, "__serde_items", catalog.serde_cfg.as_ref()));
    let json_schema = catalog
        .json_schema
        .as_ref()
        .map(|location| call(location, "__json_schema_items", catalog.json_schema_cfg.as_ref()));
    quote!(#serde #json_schema)
}

fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            token.set_span(span);
            token
        })
        .collect()
}

/// What other catalogues' compile-time checks read (`assert_disjoint!`,
/// `#[extends(…)]`): codes as `i128`, whatever the code type, and the open
/// ranges; and this catalogue's own `#[extends(…)]` check.
pub fn expand_cross_catalogue(expansion: &Expansion) -> TokenStream {
    if expansion.string_codes {
        return expand_cross_catalogue_strings(expansion);
    }
    let catalog = expansion.catalog;
    let ident = &catalog.ident;
    let code_type = &expansion.code_type;
    let krate = &expansion.krate;
    let open = catalog.reserved.iter().filter(|reserved| reserved.open).map(|reserved| {
        let (start, end) =
            (Literal::i128_suffixed(reserved.range.start.value), Literal::i128_suffixed(reserved.range.end.value));
        quote!((#start, #end))
    });
    let extension_check = extension_check(expansion, |base| {
        quote! {
            #krate::__private::check_extension(
                __SYSTEM_NAME,
                __NAMES[__index],
                __code(__index) as ::core::primitive::i128,
                __BASE_NAME,
                <#base>::__OPEN_RANGES,
                <#base>::__has_code(__code(__index) as ::core::primitive::i128),
            )
        }
    });
    quote! {
        #[allow(clippy::cast_lossless, clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        impl #ident {
            #[doc(hidden)]
            pub const __OPEN_RANGES: &'static [(::core::primitive::i128, ::core::primitive::i128)] = &[#(#open),*];

            #[doc(hidden)]
            pub const fn __code_at(index: ::core::primitive::usize) -> ::core::primitive::i128 {
                __code(index) as ::core::primitive::i128
            }

            #[doc(hidden)]
            pub const fn __has_code(code: ::core::primitive::i128) -> ::core::primitive::bool {
                code >= #code_type::MIN as ::core::primitive::i128
                    && code <= #code_type::MAX as ::core::primitive::i128
                    && Self::from_code(code as #code_type).is_some()
            }

            #[doc(hidden)]
            pub const fn __shared_code(
                first: &'static ::core::primitive::str,
                second: &'static ::core::primitive::str,
                code: ::core::primitive::i128,
            ) -> #krate::__private::Message {
                #krate::__private::shared_code(first, second, code)
            }
        }

        #extension_check
    }
}

/// [`expand_cross_catalogue`] for string codes: codes compared as text, the
/// open declarations prefixes.
fn expand_cross_catalogue_strings(expansion: &Expansion) -> TokenStream {
    let catalog = expansion.catalog;
    let ident = &catalog.ident;
    let krate = &expansion.krate;
    let open = catalog
        .reserved
        .iter()
        .filter(|reserved| reserved.open)
        .filter_map(|reserved| reserved.range.prefix().map(super::literal::string));
    let extension_check = extension_check(expansion, |base| {
        quote! {
            #krate::__private::check_extension_prefixes(
                __SYSTEM_NAME,
                __NAMES[__index],
                __code(__index),
                __BASE_NAME,
                <#base>::__OPEN_PREFIXES,
                <#base>::__has_code(__code(__index)),
            )
        }
    });
    quote! {
        impl #ident {
            #[doc(hidden)]
            pub const __OPEN_PREFIXES: &'static [&'static ::core::primitive::str] = &[#(#open),*];

            #[doc(hidden)]
            pub const fn __code_at(index: ::core::primitive::usize) -> &'static ::core::primitive::str {
                __code(index)
            }

            #[doc(hidden)]
            pub const fn __has_code(code: &::core::primitive::str) -> ::core::primitive::bool {
                Self::from_code(code).is_some()
            }

            #[doc(hidden)]
            pub const fn __shared_code(
                first: &'static ::core::primitive::str,
                second: &'static ::core::primitive::str,
                code: &'static ::core::primitive::str,
            ) -> #krate::__private::Message {
                #krate::__private::shared_code_str(first, second, code)
            }
        }

        #extension_check
    }
}

/// This catalogue's own `#[extends(Base)]` check, evaluated at compile
/// time: `problem` is the expression that checks entry `__index`.
fn extension_check(expansion: &Expansion, problem: impl Fn(&syn::Path) -> TokenStream) -> Option<TokenStream> {
    let catalog = expansion.catalog;
    let (base, location) = catalog.extends.as_ref()?;
    let system = catalog.ident.to_string();
    let base_name = base.segments.iter().map(|segment| segment.ident.to_string()).collect::<Vec<_>>().join("::");
    let problem = problem(base);
    Some(quote_spanned! {location.start=>
        const _: () = {
            const __SYSTEM_NAME: &::core::primitive::str = #system;
            const __BASE_NAME: &::core::primitive::str = #base_name;
            let mut __index = 0;
            while __index < __ALL.len() {
                let __problem = #problem;
                if !__problem.is_empty() {
                    ::core::panic!("{}", __problem.as_str());
                }
                __index += 1;
            }
        };
    })
}
