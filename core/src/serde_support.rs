//! Serde support (feature `serde`): generated enums serialize as their
//! codes, the wire format of error codes; [`ByName`] and [`by_name`] select
//! the documented name instead; [`ReceivedCode`] keeps codes a catalogue does not
//! know; [`Reply`] is the body of an API error response.

use core::fmt;
use core::marker::PhantomData;

use ::serde::de::{self, Deserialize, Deserializer, Visitor};
use ::serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::{Catalog, CodeType, ReceivedCode};

#[doc(hidden)]
pub fn serialize_entry<C: Catalog, S: Serializer>(entry: C, serializer: S) -> Result<S::Ok, S::Error> {
    entry.code().__serialize(serializer)
}

#[doc(hidden)]
pub fn deserialize_entry<'de, C: Catalog, D: Deserializer<'de>>(deserializer: D) -> Result<C, D::Error> {
    C::Code::__deserialize_entry(deserializer)
}

#[doc(hidden)]
pub fn serialize_name<C: Catalog, S: Serializer>(entry: C, serializer: S) -> Result<S::Ok, S::Error> {
    by_name::serialize(&entry, serializer)
}

#[doc(hidden)]
pub fn deserialize_name<'de, C: Catalog, D: Deserializer<'de>>(deserializer: D) -> Result<C, D::Error> {
    by_name::deserialize(deserializer)
}

/// Serializes as the raw code, known or not.
///
/// ```
/// use errcat::{ReceivedCode, error_catalog};
///
/// error_catalog! { pub system Disk { 1 FULL } }
///
/// assert_eq!(serde_json::to_string(&ReceivedCode::Known(Disk::Full)).unwrap(), "1");
/// assert_eq!(serde_json::to_string(&ReceivedCode::<Disk>::Unknown(9)).unwrap(), "9");
/// ```
impl<C: Catalog> Serialize for ReceivedCode<C> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ReceivedCode::Known(entry) => entry.code().__serialize(serializer),
            ReceivedCode::Unknown(code) => C::Code::__serialize_received(code, serializer),
        }
    }
}

/// Reads any code: an unknown one is kept, not rejected.
///
/// ```
/// use errcat::{ReceivedCode, error_catalog};
///
/// error_catalog! { pub system Disk { 1 FULL } }
///
/// assert_eq!(serde_json::from_str::<ReceivedCode<Disk>>("1").unwrap(), ReceivedCode::Known(Disk::Full));
/// assert_eq!(serde_json::from_str::<ReceivedCode<Disk>>("9").unwrap(), ReceivedCode::Unknown(9));
/// ```
///
/// In a system with string codes, an unknown code is kept as a
/// [`ReceivedText`](crate::ReceivedText) with the `alloc` feature; without
/// it, an unknown string code is an error naming it.
impl<'de, C: Catalog> Deserialize<'de> for ReceivedCode<C> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        C::Code::__deserialize_received(deserializer)
    }
}

/// An entry that serializes as its documented name instead of its code.
///
/// ```
/// use errcat::{ByName, error_catalog};
///
/// error_catalog! { pub system Disk { 1 DISK_FULL } }
///
/// assert_eq!(serde_json::to_string(&ByName(Disk::DiskFull)).unwrap(), r#""DISK_FULL""#);
/// assert_eq!(serde_json::from_str::<ByName<Disk>>(r#""DISK_FULL""#).unwrap(), ByName(Disk::DiskFull));
/// let error = serde_json::from_str::<ByName<Disk>>(r#""DISK_FUL""#).unwrap_err();
/// assert!(error.to_string().contains("did you mean DISK_FULL?"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ByName<C>(pub C);

impl<C: Catalog> Serialize for ByName<C> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        by_name::serialize(&self.0, serializer)
    }
}

impl<'de, C: Catalog> Deserialize<'de> for ByName<C> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        by_name::deserialize(deserializer).map(ByName)
    }
}

/// For `#[serde(with = "errcat::by_name")]` on a field of a catalogue type:
/// the field is written as the entry's documented name.
///
/// ```
/// use errcat::error_catalog;
/// use serde::{Deserialize, Serialize};
///
/// error_catalog! { pub system Disk { 1 DISK_FULL } }
///
/// #[derive(Serialize, Deserialize, PartialEq, Debug)]
/// struct Event {
///     #[serde(with = "errcat::by_name")]
///     error: Disk,
/// }
///
/// let json = r#"{"error":"DISK_FULL"}"#;
/// assert_eq!(serde_json::to_string(&Event { error: Disk::DiskFull }).unwrap(), json);
/// assert_eq!(serde_json::from_str::<Event>(json).unwrap(), Event { error: Disk::DiskFull });
/// ```
pub mod by_name {
    use super::{Catalog, Deserializer, PhantomData, Serializer, Visitor, de, fmt};

    /// Writes the entry's documented name.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Disk { 1 DISK_FULL } }
    ///
    /// let mut json = Vec::new();
    /// errcat::by_name::serialize(&Disk::DiskFull, &mut serde_json::Serializer::new(&mut json)).unwrap();
    /// assert_eq!(json, br#""DISK_FULL""#);
    /// ```
    pub fn serialize<C: Catalog, S: Serializer>(entry: &C, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(entry.name())
    }

    /// Reads a documented name; an unknown one is an error that names the
    /// catalogue and suggests the closest name.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Disk { 1 DISK_FULL } }
    ///
    /// let entry: Disk = errcat::by_name::deserialize(&mut serde_json::Deserializer::from_str(r#""DISK_FULL""#)).unwrap();
    /// assert_eq!(entry, Disk::DiskFull);
    /// ```
    pub fn deserialize<'de, C: Catalog, D: Deserializer<'de>>(deserializer: D) -> Result<C, D::Error> {
        struct NameVisitor<C>(PhantomData<C>);

        impl<C: Catalog> Visitor<'_> for NameVisitor<C> {
            type Value = C;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(formatter, "the name of a {} entry", C::SYSTEM.name())
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<C, E> {
                name.parse::<C>().map_err(E::custom)
            }
        }

        deserializer.deserialize_str(NameVisitor(PhantomData))
    }
}

/// The body of an API error response: `{"code": …, "name": …, "message": …}`,
/// plus `"detail"` when there is one.
///
/// ```
/// use errcat::{Reply, error_catalog};
///
/// error_catalog! { pub system Storage { -46628 FILE_NOT_EXIST "文件不存在" } }
///
/// let body = serde_json::to_string(&Reply::new(Storage::FileNotExist)).unwrap();
/// assert_eq!(body, r#"{"code":-46628,"name":"FILE_NOT_EXIST","message":"文件不存在"}"#);
/// let body = serde_json::to_string(&Reply::new(Storage::FileNotExist).with_detail("/a.txt")).unwrap();
/// assert_eq!(body, r#"{"code":-46628,"name":"FILE_NOT_EXIST","message":"文件不存在","detail":"/a.txt"}"#);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reply<'a, C> {
    entry: C,
    detail: Option<&'a str>,
}

impl<'a, C: Catalog> Reply<'a, C> {
    /// The reply for an entry.
    ///
    /// ```
    /// use errcat::{Reply, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL "disk full" } }
    ///
    /// assert_eq!(Reply::new(Disk::Full).entry(), Disk::Full);
    /// ```
    pub fn new(entry: C) -> Self {
        Reply { entry, detail: None }
    }

    /// The same reply with a detail.
    ///
    /// ```
    /// use errcat::{Reply, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL "disk full" } }
    ///
    /// assert_eq!(Reply::new(Disk::Full).with_detail("sda1").detail(), Some("sda1"));
    /// ```
    #[must_use]
    pub fn with_detail(self, detail: &'a str) -> Self {
        Reply { detail: Some(detail), ..self }
    }

    /// The entry replied with.
    ///
    /// ```
    /// use errcat::{Reply, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert_eq!(Reply::new(Disk::Full).entry().code(), 1);
    /// ```
    pub fn entry(&self) -> C {
        self.entry
    }

    /// The detail, if any.
    ///
    /// ```
    /// use errcat::{Reply, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert_eq!(Reply::new(Disk::Full).detail(), None);
    /// ```
    pub fn detail(&self) -> Option<&'a str> {
        self.detail
    }
}

#[cfg(feature = "alloc")]
impl<'a, C: Catalog> From<&'a crate::Error<C>> for Reply<'a, C> {
    fn from(error: &'a crate::Error<C>) -> Self {
        Reply { entry: error.entry(), detail: error.detail() }
    }
}

impl<C: Catalog> Serialize for Reply<'_, C> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut reply = serializer.serialize_struct("Reply", if self.detail.is_some() { 4 } else { 3 })?;
        reply.serialize_field("code", &SerializeCode(self.entry.code()))?;
        reply.serialize_field("name", self.entry.name())?;
        reply.serialize_field("message", self.entry.message())?;
        if let Some(detail) = self.detail {
            reply.serialize_field("detail", detail)?;
        }
        reply.end()
    }
}

/// A code as a `Serialize` value.
struct SerializeCode<T>(T);

impl<T: CodeType> Serialize for SerializeCode<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.__serialize(serializer)
    }
}
