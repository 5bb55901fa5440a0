//! JSON Schema (draft 2020-12, as `OpenAPI` 3.1 uses): the body of an error
//! reply, `{code, name, message, detail}`, with the codes and names
//! enumerated and one `oneOf` branch per entry tying its code to its name,
//! with its message as the description. Codes are integers, or strings in a
//! system with string codes; a system with `#[code_format]` gives each
//! branch the code as written in `x-code-str`.

use serde_json::{Map, Value, json};

use crate::export::source_text::{is_hazard, unicode_escape};
use crate::json;
use crate::view::SystemView;

pub fn render(system: &SystemView) -> String {
    let mut codes: Vec<json::Code> = Vec::with_capacity(system.entries.len());
    let mut seen = std::collections::HashSet::with_capacity(system.entries.len());
    for entry in &system.entries {
        if seen.insert(entry.code) {
            codes.push(json::Code::of(system, entry));
        }
    }
    let names: Vec<&str> = system.entries.iter().map(|entry| entry.name.as_str()).collect();
    let branches: Vec<Value> = system
        .entries
        .iter()
        .map(|entry| {
            let mut branch = Map::new();
            branch.insert("title".to_owned(), json!(entry.name));
            branch.insert("description".to_owned(), json!(entry.message));
            branch.insert(
                "properties".to_owned(),
                json!({ "code": { "const": json::Code::of(system, entry) }, "name": { "const": entry.name } }),
            );
            if system.formatted && !system.string_codes {
                branch.insert("x-code-str".to_owned(), json!(entry.code_str));
            }
            let section = system.section_name(entry);
            if !section.is_empty() {
                branch.insert("x-section".to_owned(), json!(section));
            }
            if let Some(status) = entry.http.map(|http| http.status) {
                branch.insert("x-http-status".to_owned(), json!(status));
            }
            let texts: Map<String, Value> = system
                .texts(entry)
                .iter()
                .filter_map(|text| text.language.map(|language| (language.to_owned(), json!(text.text))))
                .collect();
            if !texts.is_empty() {
                branch.insert("x-messages".to_owned(), Value::Object(texts));
            }
            if entry.deprecated.is_some() {
                branch.insert("deprecated".to_owned(), json!(true));
            }
            Value::Object(branch)
        })
        .collect();
    let description = if system.doc.is_empty() {
        format!("An error reply of the {} catalogue.", system.name)
    } else {
        system.doc.clone()
    };
    let code_type = if system.string_codes { "string" } else { "integer" };
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": format!("{} error", system.name),
        "description": description,
        "type": "object",
        "required": ["code", "name", "message"],
        "properties": {
            "code": { "description": "The error code; codes shared by several entries appear once.", "type": code_type, "enum": codes },
            "name": { "description": "The entry's documented name.", "type": "string", "enum": names },
            "message": { "description": "The message shown to people.", "type": "string" },
            "detail": { "description": "What went wrong this time, beyond the entry's message.", "type": "string" },
        },
        "oneOf": branches,
    });
    // serde_json writes these raw; inside JSON they can only be in strings.
    json::to_string(&schema)
        .chars()
        .map(
            |character| {
                if character != '\n' && is_hazard(character) {
                    unicode_escape(character)
                } else {
                    character.to_string()
                }
            },
        )
        .collect()
}
