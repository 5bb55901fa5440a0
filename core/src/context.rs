use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;

use crate::Catalog;

type Source = Box<dyn core::error::Error + Send + Sync + 'static>;

/// A catalogue entry raised at runtime, with what the catalogue cannot know:
/// a detail (the path, the user, the limit) and the error that caused it.
/// The code stays the entry's, so replies and logs keep it.
///
/// Convert an entry with `?` or `.into()`, or start from the entry with
/// [`Raise`](crate::Raise)'s `with_detail` / `with_source`. It works with
/// `anyhow`, `Box<dyn Error>` and thiserror's `#[from]`. Requires the `alloc`
/// feature.
///
/// ```
/// use errcat::{Raise, error_catalog};
///
/// error_catalog! { pub system Storage { -46628 FILE_NOT_EXIST "文件不存在" } }
///
/// fn open(path: &str) -> Result<(), errcat::Error<Storage>> {
///     let cause = std::io::Error::from(std::io::ErrorKind::NotFound);
///     Err(Storage::FileNotExist.with_detail(format!("{path}")).with_source(cause))
/// }
///
/// let error = open("/data/a.txt").unwrap_err();
/// assert_eq!(error.entry(), Storage::FileNotExist);
/// assert_eq!(error.code(), -46628);
/// assert_eq!(error.detail(), Some("/data/a.txt"));
/// assert_eq!(error.to_string(), "文件不存在 (FILE_NOT_EXIST, code -46628): /data/a.txt");
/// assert!(std::error::Error::source(&error).is_some());
/// ```
pub struct Error<C: Catalog> {
    entry: C,
    detail: Option<String>,
    source: Option<Source>,
}

impl<C: Catalog> Error<C> {
    /// The entry, with no detail and no source yet.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Disk { 1 FULL "disk full" } }
    ///
    /// let error = errcat::Error::new(Disk::Full);
    /// assert_eq!(error.detail(), None);
    /// assert_eq!(error.to_string(), "disk full (FULL, code 1)");
    /// ```
    pub fn new(entry: C) -> Self {
        Error { entry, detail: None, source: None }
    }

    /// Attaches a runtime detail, shown after the entry.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Disk { 1 FULL "disk full" } }
    ///
    /// let error = errcat::Error::new(Disk::Full).with_detail("/dev/sda1");
    /// assert_eq!(error.to_string(), "disk full (FULL, code 1): /dev/sda1");
    /// ```
    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// Attaches the error that caused this one, returned by `source()`.
    ///
    /// ```
    /// use std::error::Error as _;
    ///
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Disk { 1 FULL "disk full" } }
    ///
    /// let cause = std::io::Error::other("no space left on device");
    /// let error = errcat::Error::new(Disk::Full).with_source(cause);
    /// assert_eq!(error.source().unwrap().to_string(), "no space left on device");
    /// ```
    #[must_use]
    pub fn with_source(mut self, source: impl Into<Source>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// The catalogue entry.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert_eq!(errcat::Error::new(Disk::Full).entry(), Disk::Full);
    /// ```
    pub fn entry(&self) -> C {
        self.entry
    }

    /// The entry's code.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Disk { 7 FULL } }
    ///
    /// assert_eq!(errcat::Error::new(Disk::Full).code(), 7);
    /// ```
    pub fn code(&self) -> C::Code {
        self.entry.code()
    }

    /// The runtime detail, if one was attached.
    ///
    /// ```
    /// use errcat::{Raise, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert_eq!(Disk::Full.with_detail("sda1").detail(), Some("sda1"));
    /// ```
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// The source, moved out (for conversions that keep it elsewhere).
    #[cfg_attr(not(feature = "tonic"), allow(dead_code))]
    pub(crate) fn take_source(&mut self) -> Option<Source> {
        self.source.take()
    }
}

impl<C: Catalog> From<C> for Error<C> {
    fn from(entry: C) -> Self {
        Error::new(entry)
    }
}

impl<C: Catalog> fmt::Debug for Error<C> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("Error")
            .field("entry", &self.entry)
            .field("code", &self.entry.code())
            .field("detail", &self.detail)
            .field("source", &self.source)
            .finish()
    }
}

/// The entry as it shows alone, then `: detail` when there is one.
impl<C: Catalog> fmt::Display for Error<C> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.entry, formatter)?;
        match &self.detail {
            Some(detail) => write!(formatter, ": {detail}"),
            None => Ok(()),
        }
    }
}

impl<C: Catalog> core::error::Error for Error<C> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.source.as_deref().map(|source| source as &(dyn core::error::Error + 'static))
    }
}
