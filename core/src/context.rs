use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
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
    /// The arguments of the message's placeholders, in the order given.
    arguments: Vec<(&'static str, String)>,
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
        Error { entry, detail: None, source: None, arguments: Vec::new() }
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

    /// Records the argument of the message's placeholder `name`, shown in
    /// the message by `Display`: for `{path}`, the argument named `path`;
    /// for printf-style messages (`%s`), the arguments in the order they are
    /// recorded, whatever their names. The value is formatted now.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     #[languages(zh, en)]
    ///     pub system Storage { -46628 FILE_NOT_EXIST "文件 {path} 不存在" en "File {path} not found" }
    /// }
    ///
    /// let error = errcat::Error::new(Storage::FileNotExist).with_arg("path", "/data/a.txt");
    /// assert_eq!(error.to_string(), "文件 /data/a.txt 不存在 (FILE_NOT_EXIST, code -46628)");
    /// assert_eq!(error.argument("path"), Some("/data/a.txt"));
    /// assert_eq!(error.message_in("en").map(|message| message.to_string()).as_deref(), Some("File /data/a.txt not found"));
    /// assert_eq!(errcat::Error::new(Storage::FileNotExist).to_string(), "文件 {path} 不存在 (FILE_NOT_EXIST, code -46628)");
    /// ```
    #[must_use]
    pub fn with_arg(mut self, name: &'static str, value: impl fmt::Display) -> Self {
        self.arguments.push((name, value.to_string()));
        self
    }

    /// The recorded argument named `name` (the first, if recorded twice).
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Disk { 1 FULL "disk {disk} full" } }
    ///
    /// let error = errcat::Error::new(Disk::Full).with_arg("disk", 1);
    /// assert_eq!((error.argument("disk"), error.argument("size")), (Some("1"), None));
    /// ```
    pub fn argument(&self, name: &str) -> Option<&str> {
        self.arguments.iter().find(|(given, _)| *given == name).map(|(_, value)| value.as_str())
    }

    /// The recorded arguments, `(name, value)`, in the order recorded.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     #[placeholders(printf)]
    ///     pub system Server { 1062 DUP_ENTRY "Duplicate entry '%-.192s' for key %d" }
    /// }
    ///
    /// let error = errcat::Error::new(Server::DupEntry).with_arg("entry", "alice").with_arg("key", 1);
    /// assert_eq!(error.arguments().collect::<Vec<_>>(), [("entry", "alice"), ("key", "1")]);
    /// assert_eq!(error.to_string(), "Duplicate entry 'alice' for key 1 (DUP_ENTRY, code 1062)");
    /// ```
    pub fn arguments(&self) -> impl ExactSizeIterator<Item = (&'static str, &str)> + '_ {
        self.arguments.iter().map(|(name, value)| (*name, value.as_str()))
    }

    /// The entry's message in the primary language, filled in with the
    /// recorded arguments.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Disk { 1 FULL "disk {disk} full" } }
    ///
    /// let error = errcat::Error::new(Disk::Full).with_arg("disk", "sda1");
    /// assert_eq!(error.message().to_string(), "disk sda1 full");
    /// ```
    pub fn message(&self) -> crate::Rendered<'_> {
        self.entry.entry().render_recorded(&self.arguments)
    }

    /// The entry's message in `language`, filled in with the recorded
    /// arguments; `None` without a message in that language.
    pub fn message_in(&self, language: &str) -> Option<crate::Rendered<'_>> {
        self.entry.entry().render_recorded_in(language, &self.arguments)
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
            .field("arguments", &self.arguments)
            .field("source", &self.source)
            .finish()
    }
}

/// The entry as it shows alone, then `: detail` when there is one.
impl<C: Catalog> fmt::Display for Error<C> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::__private::display_rendered(self.message(), self.entry.name(), self.entry.code(), formatter)?;
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
