use core::fmt;

use crate::Catalog;

/// A code as received: a known entry of catalogue `C`, or a code `C` does
/// not know (from a newer server, say). Nothing is lost: an unknown code
/// keeps its value and serializes back unchanged.
///
/// ```
/// use errcat::{ReceivedCode, error_catalog};
///
/// error_catalog! { pub system Disk { 1 FULL "disk full" } }
///
/// assert_eq!(ReceivedCode::<Disk>::new(1), ReceivedCode::Known(Disk::Full));
/// let newer = ReceivedCode::<Disk>::new(7);
/// assert_eq!(newer, ReceivedCode::Unknown(7));
/// assert_eq!(newer.value(), 7);
/// assert_eq!(newer.known(), None);
/// assert_eq!(newer.to_string(), "code 7, unknown to Disk");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReceivedCode<C: Catalog> {
    /// An entry of the catalogue.
    Known(C),
    /// A code the catalogue has no entry for.
    Unknown(C::Code),
}

impl<C: Catalog> ReceivedCode<C> {
    /// The entry with this code, or the code itself when there is none.
    ///
    /// ```
    /// use errcat::{ReceivedCode, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert!(ReceivedCode::<Disk>::new(1).is_known());
    /// assert!(!ReceivedCode::<Disk>::new(2).is_known());
    /// ```
    pub fn new(code: C::Code) -> Self {
        C::from_code(code).map_or(ReceivedCode::Unknown(code), ReceivedCode::Known)
    }

    /// The numeric code, known or not.
    ///
    /// ```
    /// use errcat::{ReceivedCode, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert_eq!(ReceivedCode::Known(Disk::Full).value(), 1);
    /// assert_eq!(ReceivedCode::<Disk>::Unknown(9).value(), 9);
    /// ```
    pub fn value(self) -> C::Code {
        match self {
            ReceivedCode::Known(entry) => entry.code(),
            ReceivedCode::Unknown(value) => value,
        }
    }

    /// The entry, when the code is known.
    ///
    /// ```
    /// use errcat::{ReceivedCode, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert_eq!(ReceivedCode::<Disk>::new(1).known(), Some(Disk::Full));
    /// ```
    pub fn known(self) -> Option<C> {
        match self {
            ReceivedCode::Known(entry) => Some(entry),
            ReceivedCode::Unknown(_) => None,
        }
    }

    /// Whether the catalogue has an entry for the code.
    ///
    /// ```
    /// use errcat::{ReceivedCode, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert!(ReceivedCode::Known(Disk::Full).is_known());
    /// ```
    pub fn is_known(self) -> bool {
        matches!(self, ReceivedCode::Known(_))
    }
}

impl<C: Catalog> From<C> for ReceivedCode<C> {
    fn from(entry: C) -> Self {
        ReceivedCode::Known(entry)
    }
}

/// A known code shows as its entry does; an unknown one names the catalogue
/// that does not know it.
impl<C: Catalog> fmt::Display for ReceivedCode<C> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReceivedCode::Known(entry) => fmt::Display::fmt(entry, formatter),
            ReceivedCode::Unknown(value) => write!(formatter, "code {value}, unknown to {}", C::SYSTEM.name()),
        }
    }
}
