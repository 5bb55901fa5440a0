//! TypeScript: a `const` object of entries (`as const`), union types of the
//! names and the codes derived from it (string literals for a system with
//! string codes), `fromCode`, `fromName` and each entry's
//! `messageIn(language)`. Strict-mode clean; needs ES2017's
//! `Object.values` and ES2015's `Map`.

use std::fmt::Write;

use crate::export::codes::{any_shared, check_range, commented, first_with_code, section_codes};
use crate::export::ident;
use crate::export::source_text::{comment_inline, comment_lines, quoted, unicode_escape};
use crate::failure::Failure;
use crate::view::SystemView;

/// The largest integer a JavaScript number holds exactly.
const SAFE_INTEGER: i128 = (1 << 53) - 1;

pub fn render(system: &SystemView) -> Result<String, Failure> {
    check_range(system, (-SAFE_INTEGER, SAFE_INTEGER), "TypeScript numbers")?;
    let name = &system.name;
    let keys = ident::unique(
        system.entries.iter().map(|entry| ident::typescript(&entry.name, &entry.variant)).collect(),
        &[],
        ident::exact,
        "_",
    );
    let firsts = first_with_code(system);
    let mut out = String::new();
    let _ = writeln!(out, "// The {name} error catalogue, exported by errcat from its checked source: do not edit.");
    if any_shared(&firsts) {
        out.push_str(
            "//\n// Some entries share a code. Each is still its own key with its own name and\n// messages; `fromCode` returns the first entry declared with a code, as Rust's\n// `from_code` does, and each entry's doc names the entries it shares its code with.\n",
        );
    }
    out.push('\n');
    out.push_str("function messageIn(this: { readonly texts: Readonly<Record<string, string>> }, language: string): string | undefined {\n");
    out.push_str("  return Object.prototype.hasOwnProperty.call(this.texts, language) ? this.texts[language] : undefined;\n}\n\n");
    if !system.doc.is_empty() {
        doc(&mut out, "", &system.doc, None);
    }
    let _ = writeln!(out, "export const {name} = {{");
    let mut section = None;
    for (index, entry) in system.entries.iter().enumerate() {
        if entry.section != section {
            section = entry.section;
            if let Some(current) = section {
                let info = &system.sections[current];
                let range = section_codes(info);
                let title = if info.title.is_empty() { String::new() } else { format!(": {}", info.title) };
                let line = comment_lines(&format!("{}{range}{title}", system.section_name(entry))).join(" ");
                let _ = writeln!(out, "  // Section {}", line.replace("*/", "*\\/"));
            }
        }
        entry_doc(&mut out, system, &firsts, index);
        let texts: Vec<String> = system
            .texts(entry)
            .iter()
            .filter_map(|text| text.language.map(|language| format!("{}: {}", key(language), literal(text.text))))
            .collect();
        let texts = if texts.is_empty() { "{}".to_owned() } else { format!("{{ {} }}", texts.join(", ")) };
        let http = entry.http.map(|http| http.status).map_or_else(|| "null".to_owned(), |status| status.to_string());
        let _ = writeln!(
            out,
            "  {}: {{ code: {}, name: {}, message: {}, texts: {texts}, section: {}, http: {http}, messageIn }},",
            keys[index],
            code_value(system, index),
            literal(&entry.name),
            literal(&entry.message),
            literal(system.section_name(entry)),
        );
    }
    out.push_str("} as const;\n\n");
    let languages: Vec<String> = system.languages.iter().map(|language| literal(language)).collect();
    let code_type = if system.string_codes { "string" } else { "number" };
    let _ = write!(
        out,
        "\
/** The key of an entry in `{name}`. */
export type {name}Key = keyof typeof {name};
/** One entry: its code, documented name, messages, section path and HTTP status (`null`: none). */
export type {name}Entry = (typeof {name})[{name}Key];
/** The documented names. */
export type {name}Name = {name}Entry[\"name\"];
/** The codes. */
export type {name}Code = {name}Entry[\"code\"];

/** The declared languages, the primary one first; `messageIn` takes them. */
export const languages = [{languages}] as const;

/** Every entry, in declaration order. */
export const entries: readonly {name}Entry[] = Object.values({name});

const byCode = new Map<{code_type}, {name}Entry>();
const byName = new Map<string, {name}Entry>();
for (const entry of entries) {{
  if (!byCode.has(entry.code)) {{
    byCode.set(entry.code, entry);
  }}
  byName.set(entry.name, entry);
}}

/** The entry with this code; the first declared when several share it. */
export function fromCode(code: {code_type}): {name}Entry | undefined {{
  return byCode.get(code);
}}

/** The entry with this documented name. */
export function fromName(name: string): {name}Entry | undefined {{
  return byName.get(name);
}}
",
        languages = languages.join(", "),
    );
    Ok(out)
}

/// An entry's `JSDoc`: name, code, message, doc, shared code, deprecation.
fn entry_doc(out: &mut String, system: &SystemView, firsts: &[usize], index: usize) {
    let entry = &system.entries[index];
    let mut lines = vec![format!(
        "`{}` ({}): {}",
        entry.name.replace('`', "'"),
        commented(system, entry),
        comment_inline(&entry.message)
    )];
    if !entry.doc.is_empty() {
        lines.push(String::new());
        lines.push(entry.doc.clone());
    }
    if firsts[index] != index {
        lines.push(String::new());
        lines.push(format!(
            "Shares its code with `{}`, which `fromCode({})` returns.",
            system.entries[firsts[index]].name,
            code_value(system, index)
        ));
    }
    let deprecated = entry.deprecated.as_ref().map(|note| {
        let note = doc_text(&comment_inline(note));
        if note.is_empty() { "@deprecated".to_owned() } else { format!("@deprecated {note}") }
    });
    doc(out, "  ", &lines.join("\n"), deprecated.as_deref());
}

/// An entry's code as a value: a string literal for a string code, else the
/// number.
fn code_value(system: &SystemView, index: usize) -> String {
    let entry = &system.entries[index];
    if system.string_codes { literal(&entry.code_str) } else { entry.code.to_string() }
}

fn literal(text: &str) -> String {
    quoted(text, unicode_escape)
}

/// An object key: bare when it is an identifier.
fn key(text: &str) -> String {
    let bare = text.chars().next().is_some_and(|first| first.is_ascii_alphabetic() || first == '_')
        && text.chars().all(|character| character.is_ascii_alphanumeric() || character == '_');
    if bare { text.to_owned() } else { literal(text) }
}

/// A `JSDoc` comment of text, and a tag after it.
fn doc(out: &mut String, indent: &str, text: &str, tag: Option<&str>) {
    let _ = writeln!(out, "{indent}/**");
    for line in comment_lines(text) {
        if line.is_empty() {
            let _ = writeln!(out, "{indent} *");
        } else {
            let _ = writeln!(out, "{indent} * {}", doc_text(&line));
        }
    }
    if let Some(tag) = tag {
        let _ = writeln!(out, "{indent} *\n{indent} * {tag}");
    }
    let _ = writeln!(out, "{indent} */");
}

/// A line of text for `JSDoc`: `*/` cannot close the comment, and an `@` that
/// starts the line or a `{@` cannot become a tag (`&#64;`, which the
/// Markdown of editors' hovers shows as `@`).
fn doc_text(line: &str) -> String {
    let line = line.replace("*/", "*\\/").replace("{@", "{&#64;");
    match line.strip_prefix('@') {
        Some(rest) => format!("&#64;{rest}"),
        None => line,
    }
}
