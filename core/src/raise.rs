use alloc::string::String;

use crate::{Catalog, Error};

/// Raising a catalogue entry with what only the moment knows: a detail, a
/// cause. Implemented for every [`Catalog`]; bring it into scope with
/// `use errcat::Raise;` (feature `alloc`).
///
/// These are trait methods, not methods of the generated enums, so they never
/// collide with a method of the same name that a catalogue's crate defines
/// itself: an inherent method wins, and this trait's stays reachable as
/// `Raise::with_detail(entry, …)`.
///
/// ```
/// use errcat::{Raise, error_catalog};
///
/// error_catalog! { pub system Disk { 1 FULL "disk full" } }
///
/// fn write(path: &str) -> Result<(), errcat::Error<Disk>> {
///     Err(Raise::with_detail(Disk::Full, path))
/// }
///
/// let error = write("/dev/sda1").unwrap_err();
/// assert_eq!(error.to_string(), "disk full (FULL, code 1): /dev/sda1");
///
/// let cause = std::io::Error::other("no space left on device");
/// let error = Raise::with_source(Disk::Full, cause);
/// assert_eq!(std::error::Error::source(&error).unwrap().to_string(), "no space left on device");
/// ```
pub trait Raise: Catalog {
    /// This entry as an [`Error`] with a runtime detail.
    ///
    /// ```
    /// use errcat::{Catalog, Raise, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL "disk full" } }
    ///
    /// fn fail<C: Catalog>(entry: C) -> errcat::Error<C> {
    ///     entry.with_detail("sda1")
    /// }
    /// assert_eq!(fail(Disk::Full).to_string(), "disk full (FULL, code 1): sda1");
    /// ```
    fn with_detail(self, detail: impl Into<String>) -> Error<Self> {
        Error::new(self).with_detail(detail)
    }

    /// This entry as an [`Error`] with the argument of its message's
    /// placeholder `name`; see [`Error::with_arg`].
    ///
    /// ```
    /// use errcat::{Catalog, Raise, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL "disk {disk} full" } }
    ///
    /// fn fail<C: Catalog>(entry: C) -> errcat::Error<C> {
    ///     Raise::with_arg(entry, "disk", "sda1")
    /// }
    /// assert_eq!(fail(Disk::Full).to_string(), "disk sda1 full (FULL, code 1)");
    /// ```
    fn with_arg(self, name: &'static str, value: impl core::fmt::Display) -> Error<Self> {
        Error::new(self).with_arg(name, value)
    }

    /// This entry as an [`Error`] caused by `source`.
    ///
    /// ```
    /// use errcat::{Catalog, Raise, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL "disk full" } }
    ///
    /// fn fail<C: Catalog>(entry: C, cause: std::io::Error) -> errcat::Error<C> {
    ///     entry.with_source(cause)
    /// }
    /// let error = fail(Disk::Full, std::io::Error::other("EIO"));
    /// assert_eq!(std::error::Error::source(&error).unwrap().to_string(), "EIO");
    /// ```
    fn with_source(self, source: impl core::error::Error + Send + Sync + 'static) -> Error<Self> {
        Error::new(self).with_source(source)
    }
}

impl<C: Catalog> Raise for C {}
