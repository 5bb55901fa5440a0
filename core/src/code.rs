use core::fmt;

use crate::Catalog;

/// A code as received: a known entry of catalogue `C`, or a code `C` does
/// not know (from a newer server, say). Nothing is lost: an unknown code
/// keeps its value and serializes back unchanged.
///
/// ```
/// use errcat::{Code, error_catalog};
///
/// error_catalog! { pub system Disk { 1 FULL "disk full" } }
///
/// assert_eq!(Code::<Disk>::new(1), Code::Known(Disk::Full));
/// let newer = Code::<Disk>::new(7);
/// assert_eq!(newer, Code::Unknown(7));
/// assert_eq!(newer.raw(), 7);
/// assert_eq!(newer.known(), None);
/// assert_eq!(newer.to_string(), "code 7, unknown to Disk");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code<C: Catalog> {
    /// An entry of the catalogue.
    Known(C),
    /// A code the catalogue has no entry for.
    Unknown(C::Code),
}

impl<C: Catalog> Code<C> {
    /// The entry with this code, or the code itself when there is none.
    ///
    /// ```
    /// use errcat::{Code, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert!(Code::<Disk>::new(1).is_known());
    /// assert!(!Code::<Disk>::new(2).is_known());
    /// ```
    pub fn new(raw: C::Code) -> Self {
        C::from_code(raw).map_or(Code::Unknown(raw), Code::Known)
    }

    /// The numeric code, known or not.
    ///
    /// ```
    /// use errcat::{Code, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert_eq!(Code::Known(Disk::Full).raw(), 1);
    /// assert_eq!(Code::<Disk>::Unknown(9).raw(), 9);
    /// ```
    pub fn raw(self) -> C::Code {
        match self {
            Code::Known(entry) => entry.code(),
            Code::Unknown(raw) => raw,
        }
    }

    /// The entry, when the code is known.
    ///
    /// ```
    /// use errcat::{Code, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert_eq!(Code::<Disk>::new(1).known(), Some(Disk::Full));
    /// ```
    pub fn known(self) -> Option<C> {
        match self {
            Code::Known(entry) => Some(entry),
            Code::Unknown(_) => None,
        }
    }

    /// Whether the catalogue has an entry for the code.
    ///
    /// ```
    /// use errcat::{Code, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert!(Code::Known(Disk::Full).is_known());
    /// ```
    pub fn is_known(self) -> bool {
        matches!(self, Code::Known(_))
    }
}

impl<C: Catalog> From<C> for Code<C> {
    fn from(entry: C) -> Self {
        Code::Known(entry)
    }
}

/// A known code shows as its entry does; an unknown one names the catalogue
/// that does not know it.
impl<C: Catalog> fmt::Display for Code<C> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Known(entry) => fmt::Display::fmt(entry, formatter),
            Code::Unknown(raw) => write!(formatter, "code {raw}, unknown to {}", C::SYSTEM.name()),
        }
    }
}
