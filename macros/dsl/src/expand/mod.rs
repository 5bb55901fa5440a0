//! Code generation, from the plan: a catalogue becomes an enum, flat
//! tables indexed by the variant (`code()`, `name()`, `message()` are one
//! load each), perfect hash tables computed here for `from_code` and
//! `from_name`, the inherent methods and the trait impls. One module per
//! kind of item; none decides what to emit, the plan has.
//!
//! What the compiler reads is kept small: each text field is one string
//! literal and each numeric table one byte string, so that a catalogue
//! costs a few tokens per entry beyond its enum.

mod docs;
mod enum_item;
mod literal;
mod lookups;
mod methods;
mod tables;
mod traits;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::diagnostic::Diagnostics;
use crate::model::Catalog;
use crate::plan::Plan;

/// What every part of the expansion reads: the model, the plan, and the
/// variants' identifiers in the order of `ALL`.
pub struct Expansion<'a> {
    pub catalog: &'a Catalog,
    pub plan: &'a Plan,
    pub variants: Vec<Ident>,
    /// `::core::primitive::i32` and the like; `&'static str` for string
    /// codes.
    pub code_type: TokenStream,
    /// The system has string codes (`: str`).
    pub string_codes: bool,
    /// The path the generated code names errcat by: `::errcat`, or the
    /// system's `#[errcat(crate = path)]`.
    pub krate: TokenStream,
}

impl<'a> Expansion<'a> {
    fn new(catalog: &'a Catalog, plan: &'a Plan) -> Self {
        let variants = plan
            .variants
            .iter()
            .map(|&entry| {
                let entry = &catalog.entries[entry];
                Ident::new(entry.variant.as_deref().unwrap_or("_"), entry.ident.span())
            })
            .collect();
        let name = format_ident!("{}", catalog.code_type.name());
        let string_codes = catalog.code_type == crate::model::CodeType::Str;
        let code_type =
            if string_codes { quote!(&'static ::core::primitive::str) } else { quote!(::core::primitive::#name) };
        let krate = catalog.crate_path.as_ref().map_or_else(|| quote!(::errcat), |path| quote!(#path));
        Expansion { catalog, plan, variants, code_type, string_codes, krate }
    }

    /// The code of an entry as a literal of the code type: the integer the
    /// plan gives it, or the text of a string code.
    fn code_literal(&self, code: &crate::ast::CodeLiteral, planned: i128) -> proc_macro2::Literal {
        match (&code.text, self.string_codes) {
            (Some(text), true) => literal::string(text),
            _ => literal::code(planned),
        }
    }

    /// The code as the system writes it: the text of a string code, or
    /// the integer in the system's code format.
    fn written_code(&self, code: &crate::ast::CodeLiteral, planned: i128) -> String {
        match (&code.text, self.string_codes) {
            (Some(text), true) => text.to_string(),
            _ => self.catalog.code_format.write(planned, self.catalog.code_type),
        }
    }

    /// `[A, B, …]` for variants at these positions of `ALL`, named through
    /// a glob import of the enum: two tokens per variant instead of five.
    fn variant_array(&self, positions: impl Iterator<Item = usize>) -> TokenStream {
        let variants: Vec<&Ident> = positions.map(|position| &self.variants[position]).collect();
        if variants.is_empty() {
            return quote!([]);
        }
        quote! {{
            #[allow(clippy::enum_glob_use)]
            use __Catalog::*;
            [#(#variants),*]
        }}
    }
}

/// The generated code for one planned catalogue.
pub fn expand_catalog(catalog: &Catalog, plan: &Plan, diagnostics: &mut Diagnostics) -> TokenStream {
    let expansion = Expansion::new(catalog, plan);
    let hash_tables = lookups::HashTables::new(&expansion, diagnostics);
    let enum_item = enum_item::expand_enum(&expansion);
    let tables = tables::expand_tables(&expansion);
    let hash_table_statics = hash_tables.to_statics(&expansion);
    let methods = methods::expand_methods(&expansion, &hash_tables);
    let traits = traits::expand_traits(&expansion);
    let cross_catalogue = traits::expand_cross_catalogue(&expansion);
    let ident = &catalog.ident;
    let alias = (!expansion.variants.is_empty()).then(|| quote!(use #ident as __Catalog;));
    quote! {
        #enum_item
        #[allow(deprecated)]
        const _: () = {
            #alias
            #tables
            #hash_table_statics
            #methods
            #traits
            #cross_catalogue
        };
    }
}
