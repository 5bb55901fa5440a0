//! The `error_catalog!` macro. The work happens in `errcat-dsl`, an ordinary
//! library; use the macro through the `errcat` crate, which documents it.

/// Declares error-code catalogues; see the `errcat` crate.
#[proc_macro]
pub fn error_catalog(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    errcat_dsl::expand(input.into()).into()
}
