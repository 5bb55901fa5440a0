//! Problems found in an invocation. Checks never stop at the first problem:
//! they push into [`Diagnostics`], and everything comes out together.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;

/// Where a diagnostic points: the first and last token of the offending
/// construct (a code like `-61` is two tokens).
#[derive(Clone, Copy, Debug)]
pub struct Location {
    pub start: Span,
    pub end: Span,
}

impl Location {
    pub fn of(tokens: &impl ToTokens) -> Self {
        let mut iter = tokens.to_token_stream().into_iter();
        let start = iter.next().map_or_else(Span::call_site, |token| token.span());
        let end = iter.last().map_or(start, |token| token.span());
        Location { start, end }
    }
}

impl From<Span> for Location {
    fn from(span: Span) -> Self {
        Location { start: span, end: span }
    }
}

/// One problem: a message at a location, with notes at related locations
/// ("first declared here").
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub location: Location,
    pub message: String,
    pub notes: Vec<(Location, String)>,
    /// Declaration order of the construct it is about, for reporting in
    /// source order.
    order: usize,
}

impl Diagnostic {
    pub fn to_syn_error(&self) -> syn::Error {
        let mut error = spanned_error(self.location, &self.message);
        for (location, note) in &self.notes {
            error.combine(spanned_error(*location, note));
        }
        error
    }
}

fn spanned_error(location: Location, message: &str) -> syn::Error {
    let mut start = TokenTree::from(proc_macro2::Punct::new('!', proc_macro2::Spacing::Alone));
    start.set_span(location.start);
    let mut end = start.clone();
    end.set_span(location.end);
    syn::Error::new_spanned(TokenStream::from_iter([start, end]), message)
}

/// The problems of one invocation.
#[derive(Default, Debug)]
#[must_use]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records a problem about the construct declared at `order`.
    pub fn error(
        &mut self,
        order: usize,
        location: impl Into<Location>,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        self.list.push(Diagnostic { location: location.into(), message: message.into(), notes: Vec::new(), order });
        let last = self.list.len() - 1;
        &mut self.list[last]
    }

    /// Records a syntax error from the parser (one message per span).
    pub fn syntax(&mut self, order: usize, error: syn::Error) {
        for single in error {
            let span = single.span();
            self.error(order, span, single.to_string());
        }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The problems in source order.
    pub fn into_vec(mut self) -> Vec<Diagnostic> {
        self.list.sort_by_key(|diagnostic| diagnostic.order);
        self.list
    }

    /// `compile_error!`s for every problem, in source order.
    pub fn into_compile_errors(self) -> TokenStream {
        self.into_vec().iter().map(|diagnostic| diagnostic.to_syn_error().into_compile_error()).collect()
    }
}

impl Diagnostic {
    /// Adds a note at a related location.
    pub fn note(&mut self, location: impl Into<Location>, message: impl Into<String>) -> &mut Self {
        self.notes.push((location.into(), message.into()));
        self
    }
}
