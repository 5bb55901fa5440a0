//! The client side of [`Reply`](crate::Reply): a body read back.

use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;

use ::serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use ::serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::{Catalog, ReceivedCode};

/// An API error response as a client reads it: the body a server wrote with
/// [`Reply`](crate::Reply) (or an axum handler returning an
/// [`Error`](crate::Error)), `{"code": …, "name": …, "message": …}` plus
/// `"detail"` when there is one. Features `serde` and `alloc`.
///
/// Nothing is lost: a code the client's catalogue does not know (from a
/// newer server) is kept as [`ReceivedCode::Unknown`], the name and message are the
/// server's, and fields a newer server adds are ignored. Serializing it
/// writes the same body back.
///
/// ```
/// use errcat::{ReceivedCode, ReceivedReply, Reply, error_catalog};
///
/// error_catalog! { pub system Storage { -46628 FILE_NOT_EXIST "文件不存在" } }
///
/// let body = serde_json::to_string(&Reply::new(Storage::FileNotExist).with_detail("/a.txt")).unwrap();
/// let reply: ReceivedReply<Storage> = serde_json::from_str(&body).unwrap();
/// assert_eq!(reply.code(), ReceivedCode::Known(Storage::FileNotExist));
/// assert_eq!(reply.entry(), Some(Storage::FileNotExist));
/// assert_eq!((reply.name(), reply.message(), reply.detail()), ("FILE_NOT_EXIST", "文件不存在", Some("/a.txt")));
/// assert_eq!(serde_json::to_string(&reply).unwrap(), body);
///
/// let newer = r#"{"code":-1,"name":"QUOTA","message":"over quota","retry":false}"#;
/// let reply: ReceivedReply<Storage> = serde_json::from_str(newer).unwrap();
/// assert_eq!(reply.code(), ReceivedCode::Unknown(-1));
/// assert_eq!(reply.entry(), None);
/// assert_eq!(reply.name(), "QUOTA");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ReceivedReply<C: Catalog> {
    code: ReceivedCode<C>,
    name: String,
    message: String,
    detail: Option<String>,
}

impl<C: Catalog> ReceivedReply<C> {
    /// The code, known to `C` or not.
    pub fn code(&self) -> ReceivedCode<C> {
        self.code.clone()
    }

    /// The entry the server replied with: among the entries with the code,
    /// the one with the reply's name (so that entries sharing a code stay
    /// apart), else the first with the code; `None` for an unknown code.
    ///
    /// ```
    /// use errcat::{ReceivedReply, error_catalog};
    ///
    /// error_catalog! { pub system Disk { 1 FULL, #[shares_code(FULL)] 1 FULL_LEGACY } }
    ///
    /// let reply: ReceivedReply<Disk> = serde_json::from_str(r#"{"code":1,"name":"FULL_LEGACY","message":""}"#).unwrap();
    /// assert_eq!(reply.entry(), Some(Disk::FullLegacy));
    /// let reply: ReceivedReply<Disk> = serde_json::from_str(r#"{"code":1,"name":"RENAMED","message":""}"#).unwrap();
    /// assert_eq!(reply.entry(), Some(Disk::Full));
    /// ```
    pub fn entry(&self) -> Option<C> {
        let first = self.code.known()?;
        let same_code = C::all_with_code(first.code());
        same_code.iter().copied().find(|entry| entry.name() == self.name).or_else(|| same_code.first().copied())
    }

    /// The documented name, as the server wrote it.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The message, as the server wrote it (`""` for an entry without one).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The runtime detail, when the server sent one.
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }
}

/// A reply shows as the entry it names would, then `: detail`.
impl<C: Catalog> fmt::Display for ReceivedReply<C> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::__private::display(&self.message, &self.name, self.code.clone().value(), formatter)?;
        match &self.detail {
            Some(detail) => write!(formatter, ": {detail}"),
            None => Ok(()),
        }
    }
}

impl<C: Catalog> Serialize for ReceivedReply<C> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut reply = serializer.serialize_struct("Reply", if self.detail.is_some() { 4 } else { 3 })?;
        reply.serialize_field("code", &self.code)?;
        reply.serialize_field("name", &self.name)?;
        reply.serialize_field("message", &self.message)?;
        if let Some(detail) = &self.detail {
            reply.serialize_field("detail", detail)?;
        }
        reply.end()
    }
}

const FIELDS: &[&str] = &["code", "name", "message", "detail"];

impl<'de, C: Catalog> Deserialize<'de> for ReceivedReply<C> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ReplyVisitor<C>(PhantomData<C>);

        impl<'de, C: Catalog> Visitor<'de> for ReplyVisitor<C> {
            type Value = ReceivedReply<C>;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(formatter, "a {} error reply with code, name and message", C::SYSTEM.name())
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let (mut code, mut name, mut message, mut detail) = (None, None, None, None);
                while let Some(key) = map.next_key::<Field>()? {
                    match key {
                        Field::Code => set(&mut code, "code", map.next_value()?)?,
                        Field::Name => set(&mut name, "name", map.next_value()?)?,
                        Field::Message => set(&mut message, "message", map.next_value()?)?,
                        Field::Detail => set(&mut detail, "detail", map.next_value::<Option<String>>()?)?,
                        Field::Other => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(ReceivedReply {
                    code: code.ok_or_else(|| de::Error::missing_field("code"))?,
                    name: name.ok_or_else(|| de::Error::missing_field("name"))?,
                    message: message.ok_or_else(|| de::Error::missing_field("message"))?,
                    detail: detail.flatten(),
                })
            }
        }

        deserializer.deserialize_struct("Reply", FIELDS, ReplyVisitor(PhantomData))
    }
}

fn set<T, E: de::Error>(slot: &mut Option<T>, field: &'static str, value: T) -> Result<(), E> {
    if slot.is_some() {
        return Err(E::duplicate_field(field));
    }
    *slot = Some(value);
    Ok(())
}

/// A key of a reply body; keys errcat does not write are skipped.
enum Field {
    Code,
    Name,
    Message,
    Detail,
    Other,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldVisitor;

        impl Visitor<'_> for FieldVisitor {
            type Value = Field;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a field of an error reply")
            }

            fn visit_str<E: de::Error>(self, key: &str) -> Result<Field, E> {
                Ok(match key {
                    "code" => Field::Code,
                    "name" => Field::Name,
                    "message" => Field::Message,
                    "detail" => Field::Detail,
                    _ => Field::Other,
                })
            }
        }

        deserializer.deserialize_identifier(FieldVisitor)
    }
}
