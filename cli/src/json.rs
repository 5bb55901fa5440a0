//! The `--json` schema shared by the commands. Every document is an object
//! with `"version": 1`; fields are only ever added, never renamed or
//! removed, within a version. cli/README.md describes every field.

use serde::Serialize;

use crate::view;
use crate::view::{EntryView, SystemView};

pub const VERSION: u32 = 1;

/// A code: a number, or a string for a system with string codes.
#[derive(Serialize, Clone, Copy)]
#[serde(untagged)]
pub enum Code<'a> {
    Integer(i128),
    Text(&'a str),
}

impl<'a> Code<'a> {
    pub fn of(system: &SystemView, entry: &'a EntryView) -> Self {
        if system.string_codes { Code::Text(&entry.code_str) } else { Code::Integer(entry.code) }
    }
}

/// One entry, with everything needed to show it without its catalogue.
#[derive(Serialize)]
pub struct Entry<'a> {
    pub system: &'a str,
    /// A number; a string in a system with string codes.
    pub code: Code<'a>,
    /// The code as the system writes it (`"E0308"`), for a system with
    /// `#[code_format = "…"]` or string codes; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_str: Option<&'a str>,
    pub name: &'a str,
    pub variant: &'a str,
    /// The primary message; `""` when there is none.
    pub message: &'a str,
    /// Every non-empty message, the primary one first.
    pub texts: Vec<Text<'a>>,
    /// The placeholders of the messages as written (`{path}`, `%-.192s`).
    pub placeholders: Vec<&'a str>,
    pub doc: &'a str,
    pub deprecated: Option<&'a str>,
    /// The sections holding the entry, outermost first.
    pub section: Vec<SectionRef<'a>>,
    /// The other entries of the system with the same code.
    pub shares_code_with: Vec<&'a str>,
    /// The HTTP status, declared on the entry or inherited from a section.
    pub http: Option<Http<'a>>,
    /// The gRPC status's name (`"NOT_FOUND"`), when one is declared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grpc: Option<&'a str>,
    /// The entry's documentation page, when the system has `#[url = "…"]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
}

#[derive(Serialize)]
pub struct Http<'a> {
    pub status: u16,
    /// The path of the section the status is inherited from; `null` when
    /// it is declared on the entry (or the section) itself.
    pub inherited_from: Option<&'a str>,
}

fn http(system: &SystemView, http: Option<view::Http>) -> Option<Http<'_>> {
    http.map(|http| Http {
        status: http.status,
        inherited_from: http.inherited_from.map(|section| system.section_path_name(section)),
    })
}

/// Where a catalogue read from source is declared.
#[derive(Serialize)]
pub struct Origin<'a> {
    pub path: std::borrow::Cow<'a, str>,
    pub line: usize,
}

#[derive(Serialize)]
pub struct Text<'a> {
    pub language: Option<&'a str>,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct SectionRef<'a> {
    pub name: &'a str,
    pub title: &'a str,
    pub range: Option<[i128; 2]>,
    /// The prefix of a section of a system with string codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<&'a str>,
}

#[derive(Serialize)]
pub struct System<'a> {
    pub name: &'a str,
    pub doc: &'a str,
    pub code_type: &'a str,
    pub languages: &'a [String],
    pub entry_count: usize,
    /// The lowest and the highest code.
    pub code_span: Option<[i128; 2]>,
    pub sections: Vec<Section<'a>>,
    pub reserved: Vec<Reserved<'a>>,
    /// `null` for a built-in catalogue.
    pub origin: Option<Origin<'a>>,
}

#[derive(Serialize)]
pub struct Section<'a> {
    pub name: &'a str,
    /// The names from the outermost section down, joined with `::`.
    pub path: String,
    pub title: &'a str,
    pub doc: &'a str,
    pub range: Option<[i128; 2]>,
    /// The prefix of a section of a system with string codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<&'a str>,
    /// The position of the enclosing section in `sections`.
    pub parent: Option<usize>,
    pub depth: usize,
    /// Entries, nested sections' included.
    pub entry_count: usize,
    pub http: Option<Http<'a>>,
}

#[derive(Serialize)]
pub struct Reserved<'a> {
    /// `null` in a system with string codes, which reserves prefixes.
    pub range: Option<[i128; 2]>,
    /// The prefix reserved or left open, in a system with string codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<&'a str>,
    pub doc: &'a str,
    /// `"reserved"`: closed to every entry; `"open"`: left to the systems
    /// that extend this one.
    pub kind: &'static str,
}

pub fn entry<'a>(system: &'a SystemView, entry: &'a EntryView) -> Entry<'a> {
    Entry {
        system: &system.name,
        code: Code::of(system, entry),
        code_str: system.formatted.then_some(entry.code_str.as_str()),
        name: &entry.name,
        variant: &entry.variant,
        message: &entry.message,
        texts: system.texts(entry).into_iter().map(|text| Text { language: text.language, text: text.text }).collect(),
        placeholders: system.placeholders(entry),
        doc: &entry.doc,
        deprecated: entry.deprecated.as_deref(),
        section: entry
            .section
            .map(|section| {
                system
                    .section_path(section)
                    .into_iter()
                    .map(|index| {
                        let section = &system.sections[index];
                        SectionRef {
                            name: &section.name,
                            title: &section.title,
                            range: section.range.map(pair),
                            prefix: section.prefix.as_deref(),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default(),
        shares_code_with: system
            .with_code(entry.code)
            .iter()
            .map(|&index| &system.entries[index])
            .filter(|other| !std::ptr::eq(*other, entry))
            .map(|other| other.name.as_str())
            .collect(),
        http: http(system, entry.http),
        grpc: entry.grpc,
        url: entry.url.as_deref(),
    }
}

pub fn system(system: &SystemView) -> System<'_> {
    System {
        name: &system.name,
        doc: &system.doc,
        code_type: &system.code_type,
        languages: &system.languages,
        entry_count: system.entries.len(),
        code_span: system.code_span().map(pair),
        sections: (0..system.sections.len())
            .map(|index| {
                let section = &system.sections[index];
                Section {
                    name: &section.name,
                    path: system.section_path_name(index).to_owned(),
                    title: &section.title,
                    doc: &section.doc,
                    range: section.range.map(pair),
                    prefix: section.prefix.as_deref(),
                    parent: section.parent,
                    depth: system.depth(index),
                    entry_count: section.entries.len(),
                    http: http(system, section.http),
                }
            })
            .collect(),
        reserved: system
            .reserved
            .iter()
            .map(|reserved| Reserved {
                range: reserved.prefix.is_none().then(|| pair(reserved.range)),
                prefix: reserved.prefix.as_deref(),
                doc: &reserved.doc,
                kind: reserved.kind(),
            })
            .collect(),
        origin: system.origin.as_ref().map(|origin| Origin { path: origin.path.to_string_lossy(), line: origin.line }),
    }
}

/// A whole catalogue: `list SYSTEM --json` and `export --format json`.
#[derive(Serialize)]
pub struct Catalogue<'a> {
    pub version: u32,
    pub system: System<'a>,
    pub entries: Vec<Entry<'a>>,
}

pub fn catalogue(view: &SystemView) -> Catalogue<'_> {
    Catalogue {
        version: VERSION,
        system: system(view),
        entries: view.entries.iter().map(|one| entry(view, one)).collect(),
    }
}

fn pair((start, end): (i128, i128)) -> [i128; 2] {
    [start, end]
}

/// Pretty JSON with a final newline.
pub fn to_string(value: &impl Serialize) -> String {
    // serde_json writes UTF-8 only.
    String::from_utf8(to_bytes_sized(value, 0)).unwrap_or_default()
}

/// [`to_string`] as bytes, into room for about `capacity` of them: a large
/// document is then written without being copied as it grows.
pub fn to_bytes_sized(value: &impl Serialize, capacity: usize) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(capacity);
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, Pretty::default());
    if let Err(error) = value.serialize(&mut serializer) {
        return format!("{{\"error\": \"{error}\"}}\n").into_bytes();
    }
    bytes.push(b'\n');
    bytes
}

/// `serde_json`'s pretty layout (two spaces a level, `": "` after a key),
/// with each line break and its indentation written at once rather than a
/// level at a time: the same bytes as `serde_json::to_string_pretty`.
#[derive(Default)]
struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    /// A line break and the indentation of the current depth, after a
    /// comma unless `first`.
    fn new_line<W: ?Sized + std::io::Write>(&self, writer: &mut W, first: bool) -> std::io::Result<()> {
        const BREAK: &[u8; 129] = b"\n                                                                                                                                ";
        if !first {
            writer.write_all(b",")?;
        }
        let mut width = 1 + 2 * self.depth;
        let mut line = &BREAK[..];
        while width > line.len() {
            writer.write_all(line)?;
            width -= line.len();
            line = &BREAK[1..];
        }
        writer.write_all(&line[..width])
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.new_line(writer, true)?;
        }
        writer.write_all(b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(&mut self, writer: &mut W, first: bool) -> std::io::Result<()> {
        self.new_line(writer, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _writer: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.new_line(writer, true)?;
        }
        writer.write_all(b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(&mut self, writer: &mut W, first: bool) -> std::io::Result<()> {
        self.new_line(writer, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _writer: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::Value;

    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_filter("finite", |number| number.is_finite()).prop_map(Value::from),
            ".{0,8}".prop_map(Value::String),
        ];
        leaf.prop_recursive(80, 400, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((".{0,6}", inner), 0..6)
                    .prop_map(|fields| Value::Object(fields.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn the_layout_is_serde_json_s_pretty_one(value in value()) {
            let expected = format!("{}\n", serde_json::to_string_pretty(&value).unwrap());
            prop_assert_eq!(super::to_string(&value), expected);
        }
    }

    #[test]
    fn deep_nesting_is_indented_as_serde_json_indents_it() {
        let mut value = Value::from(1);
        for depth in 0..100 {
            value = if depth % 2 == 0 { Value::Array(vec![value]) } else { serde_json::json!({ "k": value }) };
        }
        assert_eq!(super::to_string(&value), format!("{}\n", serde_json::to_string_pretty(&value).unwrap()));
    }
}
