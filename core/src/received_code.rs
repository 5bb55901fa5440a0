use core::fmt;

use crate::{Catalog, CodeType};

/// What an unknown code of catalogue `C` is held as: the integer, or a
/// [`ReceivedText`](crate::ReceivedText) for string codes.
type Received<C> = <<C as Catalog>::Code as CodeType>::Received;

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
///
/// For a system with string codes, an unknown code is a
/// [`ReceivedText`](crate::ReceivedText); with the `alloc` feature it owns
/// whatever text was received, and the value is `Clone` but not `Copy`.
pub enum ReceivedCode<C: Catalog> {
    /// An entry of the catalogue.
    Known(C),
    /// A code the catalogue has no entry for.
    Unknown(Received<C>),
}

// Written out: `Copy` holds only for integer codes, so `Clone` cannot come
// from it.
#[allow(clippy::expl_impl_clone_on_copy)]
impl<C: Catalog> Clone for ReceivedCode<C> {
    fn clone(&self) -> Self {
        match self {
            ReceivedCode::Known(entry) => ReceivedCode::Known(*entry),
            ReceivedCode::Unknown(code) => ReceivedCode::Unknown(code.clone()),
        }
    }
}

/// Integer codes are `Copy`, and so is a received one of them.
impl<C: Catalog> Copy for ReceivedCode<C> where Received<C>: Copy {}

impl<C: Catalog> fmt::Debug for ReceivedCode<C> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReceivedCode::Known(entry) => formatter.debug_tuple("Known").field(entry).finish(),
            ReceivedCode::Unknown(code) => formatter.debug_tuple("Unknown").field(code).finish(),
        }
    }
}

impl<C: Catalog> PartialEq for ReceivedCode<C> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (ReceivedCode::Known(one), ReceivedCode::Known(two)) => one == two,
            (ReceivedCode::Unknown(one), ReceivedCode::Unknown(two)) => one == two,
            _ => false,
        }
    }
}

impl<C: Catalog> Eq for ReceivedCode<C> {}

impl<C: Catalog> core::hash::Hash for ReceivedCode<C> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        core::mem::discriminant(self).hash(state);
        match self {
            ReceivedCode::Known(entry) => entry.hash(state),
            ReceivedCode::Unknown(code) => code.hash(state),
        }
    }
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
        C::from_code(code).map_or_else(|| ReceivedCode::Unknown(code.__received()), ReceivedCode::Known)
    }

    /// The code, known or not.
    ///
    /// ```
    /// use errcat::{ReceivedCode, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert_eq!(ReceivedCode::Known(Disk::Full).value(), 1);
    /// assert_eq!(ReceivedCode::<Disk>::Unknown(9).value(), 9);
    /// ```
    pub fn value(self) -> Received<C> {
        match self {
            ReceivedCode::Known(entry) => entry.code().__received(),
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
    pub fn known(&self) -> Option<C> {
        match self {
            ReceivedCode::Known(entry) => Some(*entry),
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
    pub fn is_known(&self) -> bool {
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
