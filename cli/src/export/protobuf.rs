//! protobuf: a proto3 `enum` with the codes as values, each value's name
//! prefixed with the enum's as the style guide asks, `allow_alias` when codes
//! are shared, the zero value proto3 requires first, and each entry's name,
//! messages, section, HTTP status and doc in its comments (and the code as
//! written, for a system with `#[code_format]`). `protoc` accepts it. A
//! system with string codes cannot be one: its export fails, naming it.

use std::fmt::Write;

use crate::export::codes::{any_shared, check_range, commented, first_with_code, section_codes};
use crate::export::ident;
use crate::export::source_text::{comment_lines, quoted, unicode_escape};
use crate::failure::Failure;
use crate::view::SystemView;

pub fn render(system: &SystemView) -> Result<String, Failure> {
    if system.string_codes {
        let example =
            system.entries.first().map(|entry| format!(" (such as {:?})", entry.code_str)).unwrap_or_default();
        return Err(Failure::bad_input(format!(
            "cannot export {} as protobuf: its codes are strings{example}, and protobuf enum values are integers; \
             export it as json, json-schema, typescript, go, python or java instead",
            system.name
        )));
    }
    check_range(system, (i32::MIN.into(), i32::MAX.into()), "protobuf enum values (int32)")?;
    let name = &system.name;
    let unspecified = format!("{}_UNSPECIFIED", ident::protobuf_prefix(name));
    let zero = system.entries.iter().position(|entry| entry.code == 0);
    let taken: Vec<&str> = if zero.is_none() { vec![unspecified.as_str()] } else { Vec::new() };
    let values = ident::unique(
        system.entries.iter().map(|entry| ident::protobuf(name, &entry.name, &entry.variant)).collect(),
        &taken,
        ident::protobuf_key,
        "_",
    );
    let firsts = first_with_code(system);
    let mut out = String::new();
    let mut header = format!(
        "The {name} error catalogue, exported by errcat from its checked source: do not edit.\n\n\
         The comments of each value give the entry's documented name and primary message as\n\
         JSON strings (\"NAME\": \"message\"), then its other messages (language: \"text\"),\n\
         its section, its HTTP status and its doc."
    );
    if !system.doc.is_empty() {
        let _ = write!(header, "\n\n{}", system.doc);
    }
    comment(&mut out, "", &header);
    let _ = writeln!(out, "\nsyntax = \"proto3\";\n\npackage {};\n", ident::protobuf_package(name));
    let enum_doc = if system.doc.is_empty() { format!("The {name} error codes.") } else { system.doc.clone() };
    comment(&mut out, "", &enum_doc);
    let _ = writeln!(out, "enum {name} {{");
    if any_shared(&firsts) {
        out.push_str(
            "  // Some entries share a code: each later one is an alias of the first, which\n  // is the name a decoder gives the number.\n  option allow_alias = true;\n\n",
        );
    }
    match zero {
        None => {
            let _ = writeln!(
                out,
                "  // No entry has code 0, which proto3 requires of the first value.\n  {unspecified} = 0;"
            );
        }
        Some(index) => {
            out.push_str("  // Code 0 comes first, as proto3 requires.\n\n");
            value(&mut out, system, &values, &firsts, index);
        }
    }
    let mut section = None;
    for index in (0..system.entries.len()).filter(|&index| Some(index) != zero) {
        let entry = &system.entries[index];
        if entry.section != section {
            section = entry.section;
            if let Some(current) = section {
                let info = &system.sections[current];
                let range = section_codes(info);
                let title = if info.title.is_empty() { String::new() } else { format!(": {}", info.title) };
                out.push('\n');
                comment(&mut out, "  ", &format!("Section {}{range}{title}", system.section_name(entry)));
            }
        }
        out.push('\n');
        value(&mut out, system, &values, &firsts, index);
    }
    out.push_str("}\n");
    Ok(out)
}

fn value(out: &mut String, system: &SystemView, values: &[String], firsts: &[usize], index: usize) {
    let entry = &system.entries[index];
    let mut lines = vec![format!("{}: {}", literal(&entry.name), literal(&entry.message))];
    if system.formatted {
        lines.push(format!("code: {}", entry.code_str));
    }
    for text in system.texts(entry).iter().skip(usize::from(!entry.message.is_empty())) {
        if let Some(language) = text.language {
            lines.push(format!("{language}: {}", literal(text.text)));
        }
    }
    let section = system.section_name(entry);
    if !section.is_empty() {
        lines.push(format!("section: {section}"));
    }
    if let Some(status) = entry.http.map(|http| http.status) {
        lines.push(format!("HTTP status: {status}"));
    }
    if firsts[index] != index {
        lines.push(format!("An alias of {}: they share code {}.", values[firsts[index]], commented(system, entry)));
    }
    if let Some(note) = &entry.deprecated {
        lines.push(if note.is_empty() { "Deprecated.".to_owned() } else { format!("Deprecated: {}", literal(note)) });
    }
    if !entry.doc.is_empty() {
        lines.push(String::new());
        lines.push(entry.doc.clone());
    }
    comment(out, "  ", &lines.join("\n"));
    let deprecated = if entry.deprecated.is_some() { " [deprecated = true]" } else { "" };
    let _ = writeln!(out, "  {} = {}{deprecated};", values[index], entry.code);
}

/// A JSON-compatible string literal with every hazard escaped.
fn literal(text: &str) -> String {
    quoted(text, unicode_escape)
}

fn comment(out: &mut String, indent: &str, text: &str) {
    for line in comment_lines(text) {
        if line.is_empty() {
            let _ = writeln!(out, "{indent}//");
        } else {
            let _ = writeln!(out, "{indent}// {line}");
        }
    }
}
