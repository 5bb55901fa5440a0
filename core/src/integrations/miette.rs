//! miette (feature `miette`): an error is a diagnostic whose code is the
//! entry's qualified name, whose help is the entry's doc and whose URL comes
//! from the system's template.

use alloc::boxed::Box;
use core::fmt;

use ::miette::Diagnostic;

use crate::{Catalog, Error};

/// `code`: `System::NAME` (`Storage::FILE_NOT_EXIST`); `help`: the entry's
/// doc comment, when it has one; `url`: [`Entry::url`](crate::Entry::url),
/// the system's `#[url = "…{code}"]` filled in, when it declares one.
///
/// ```
/// use errcat::{Raise, error_catalog};
/// use miette::Diagnostic;
///
/// error_catalog! {
///     pub system Storage {
///         /// Check the path, then retry.
///         -46628 FILE_NOT_EXIST "文件不存在",
///         1 PLAIN,
///     }
/// }
///
/// let error = Storage::FileNotExist.with_detail("/a.txt");
/// assert_eq!(Diagnostic::code(&error).unwrap().to_string(), "Storage::FILE_NOT_EXIST");
/// assert_eq!(error.help().unwrap().to_string(), "Check the path, then retry.");
/// assert!(errcat::Error::new(Storage::Plain).help().is_none());
/// assert!(error.url().is_none());
/// ```
impl<C: Catalog> Diagnostic for Error<C> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(QualifiedName(self.entry())))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let doc = self.entry().entry().doc();
        if doc.is_empty() { None } else { Some(Box::new(doc)) }
    }

    fn url<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.entry().entry().url().map(|url| Box::new(url) as Box<dyn fmt::Display>)
    }
}

/// `Storage::FILE_NOT_EXIST`.
struct QualifiedName<C>(C);

impl<C: Catalog> fmt::Display for QualifiedName<C> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}::{}", C::SYSTEM.name(), self.0.name())
    }
}
