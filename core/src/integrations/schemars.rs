//! schemars (feature `schemars`): JSON schemas of the reply bodies, and the
//! schemas that enumerate a catalogue's codes and names.

use alloc::borrow::Cow;
use alloc::format;
use alloc::vec::Vec;

use ::schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use ::serde_json::{Number, Value};

use crate::{ByName, Catalog, CodeType, ReceivedCode, ReceivedReply, Reply};

/// The schema of a catalogue's codes as they go on the wire: an integer,
/// one of the codes the catalogue declares (each shared code once), in
/// declaration order. What a generated enum's `JsonSchema` is made of.
///
/// ```
/// use errcat::error_catalog;
///
/// error_catalog! { pub system Disk { 1 FULL, #[shares_code(FULL)] 1 FULL_LEGACY, -2 GONE } }
///
/// let schema = errcat::schema::codes::<Disk>();
/// assert_eq!(schema.get("type").unwrap(), "integer");
/// assert_eq!(schema.get("enum").unwrap(), &serde_json::json!([1, -2]));
/// assert_eq!(schema.get("title").unwrap(), "Disk");
/// ```
pub fn codes<C: Catalog>() -> Schema {
    let mut seen = Vec::with_capacity(C::ALL.len());
    for entry in C::ALL {
        if C::from_code(entry.code()) == Some(*entry) {
            seen.push(code_value(entry.code()));
        }
    }
    json_schema!({
        "title": C::SYSTEM.name(),
        "description": format!("A code of the {} catalogue.", C::SYSTEM.name()),
        "type": if C::Code::__bounds().is_some() { "integer" } else { "string" },
        "enum": seen,
    })
}

/// The schema of a catalogue's documented names: a string, one of the names
/// the catalogue declares, in declaration order (the wire form of
/// [`ByName`] and `errcat::by_name`).
///
/// ```
/// use errcat::error_catalog;
///
/// error_catalog! { pub system Disk { 1 FULL, #[name = "2RSP"] 2 TWO_RSP } }
///
/// let schema = errcat::schema::names::<Disk>();
/// assert_eq!(schema.get("enum").unwrap(), &serde_json::json!(["FULL", "2RSP"]));
/// ```
pub fn names<C: Catalog>() -> Schema {
    let names: Vec<&str> = C::ALL.iter().map(|entry| entry.name()).collect();
    json_schema!({
        "title": C::SYSTEM.name(),
        "description": format!("The name of a {} entry.", C::SYSTEM.name()),
        "type": "string",
        "enum": names,
    })
}

/// Any code of the catalogue's code type: [`ReceivedCode`] keeps the codes the
/// catalogue does not know.
fn any_code<C: Catalog>() -> Schema {
    let description = format!("A code of the {} catalogue, known or not.", C::SYSTEM.name());
    match C::Code::__bounds() {
        Some((min, max)) => json_schema!({
            "description": description,
            "type": "integer",
            "minimum": integer_value(min),
            "maximum": integer_value(max),
        }),
        None => json_schema!({ "description": description, "type": "string" }),
    }
}

/// A code as JSON: a number, or a string for string codes.
fn code_value(code: impl CodeType) -> Value {
    code.__serialize(serde_json::value::Serializer).unwrap_or(Value::Null)
}

fn integer_value(wide: i128) -> Value {
    i64::try_from(wide)
        .map(Number::from)
        .or_else(|_| u64::try_from(wide).map(Number::from))
        .map_or(Value::Null, Value::Number)
}

/// The body schema, with the code and name schemas given.
fn reply_schema(title: &str, code: &Schema, name: &Schema) -> Schema {
    json_schema!({
        "title": title,
        "description": "An API error response: the entry's code, name and message, and the runtime detail when there is one.",
        "type": "object",
        "properties": {
            "code": code,
            "name": name,
            "message": { "type": "string", "description": "The entry's message in the catalogue's primary language." },
            "detail": { "type": "string", "description": "What the server knew at the time: a path, a user, a limit." },
        },
        "required": ["code", "name", "message"],
    })
}

fn qualified<C: Catalog>(what: &str) -> Cow<'static, str> {
    Cow::Owned(format!("{what}<{}>", core::any::type_name::<C>()))
}

/// The body [`Reply`] writes: `code` and `name` enumerate the catalogue's.
///
/// ```
/// use errcat::{Reply, error_catalog};
///
/// error_catalog! { pub system Disk { 1 FULL "disk full" } }
///
/// let schema = schemars::schema_for!(Reply<'static, Disk>);
/// assert_eq!(schema.get("title").unwrap(), "DiskReply");
/// assert_eq!(schema.pointer("/properties/code/enum").unwrap(), &serde_json::json!([1]));
/// assert_eq!(schema.get("required").unwrap(), &serde_json::json!(["code", "name", "message"]));
/// ```
impl<C: Catalog> JsonSchema for Reply<'_, C> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("{}Reply", C::SYSTEM.name()))
    }

    fn schema_id() -> Cow<'static, str> {
        qualified::<C>("errcat::Reply")
    }

    fn json_schema(_generator: &mut SchemaGenerator) -> Schema {
        reply_schema(&Self::schema_name(), &codes::<C>(), &names::<C>())
    }
}

/// What a client accepts: any code of the code type and any name, since a
/// newer server may send entries this catalogue does not know.
impl<C: Catalog> JsonSchema for ReceivedReply<C> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("{}ReceivedReply", C::SYSTEM.name()))
    }

    fn schema_id() -> Cow<'static, str> {
        qualified::<C>("errcat::ReceivedReply")
    }

    fn json_schema(_generator: &mut SchemaGenerator) -> Schema {
        reply_schema(&Self::schema_name(), &any_code::<C>(), &json_schema!({ "type": "string" }))
    }
}

/// Any code of the catalogue's code type.
impl<C: Catalog> JsonSchema for ReceivedCode<C> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("{}Code", C::SYSTEM.name()))
    }

    fn schema_id() -> Cow<'static, str> {
        qualified::<C>("errcat::ReceivedCode")
    }

    fn json_schema(_generator: &mut SchemaGenerator) -> Schema {
        any_code::<C>()
    }
}

/// One of the catalogue's documented names.
impl<C: Catalog> JsonSchema for ByName<C> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("{}Name", C::SYSTEM.name()))
    }

    fn schema_id() -> Cow<'static, str> {
        qualified::<C>("errcat::ByName")
    }

    fn json_schema(_generator: &mut SchemaGenerator) -> Schema {
        names::<C>()
    }
}
