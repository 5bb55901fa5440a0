//! The enum itself: one variant per planned entry, each documented.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::{Expansion, docs};

pub fn expand_enum(expansion: &Expansion) -> TokenStream {
    let catalog = expansion.catalog;
    let ident = &catalog.ident;
    let vis = &catalog.vis;
    let passthrough = &catalog.passthrough;
    let doc = docs::enum_doc(expansion);
    let variants = expansion.plan.variants.iter().zip(&expansion.variants).map(|(&entry, variant)| {
        let doc = docs::variant_doc(expansion, entry);
        let deprecated = catalog.entries[entry].deprecated.as_ref().map(|deprecated| &deprecated.attr);
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
    let repr = match expansion.variants.len() {
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
