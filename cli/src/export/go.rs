//! Go: a package with `type System int32` (the system's code type; `string`
//! for string codes),
//! a constant per entry with its doc comment, `String`, `Message`,
//! `MessageIn`, `FromCode`, `FromName`, and, for entries that share a code,
//! `Lookup` and `Entries`, which keep every entry. Only the standard library;
//! `gofmt`-clean and `go vet`-clean.

use std::fmt::Write;

use crate::export::codes::{any_shared, check_range, commented, first_with_code, section_codes};
use crate::export::ident;
use crate::export::source_text::{comment_inline, comment_lines, quoted, unicode_escape};
use crate::failure::Failure;
use crate::view::SystemView;

/// The exported names the package declares besides the constants.
const API: [&str; 6] = ["Entry", "Entries", "FromCode", "FromName", "Lookup", "Languages"];

pub fn render(system: &SystemView) -> Result<String, Failure> {
    let (go_type, wide, range) =
        if system.string_codes { ("string", "string", (0, 0)) } else { code_type(&system.code_type) };
    check_range(system, range, &format!("Go {go_type}"))?;
    let package = ident::go_package(&system.name);
    let name = type_name(&system.name);
    let mut taken: Vec<&str> = API.to_vec();
    taken.push(&name);
    let constants = ident::unique(
        system.entries.iter().map(|entry| ident::go(&entry.name, &entry.variant)).collect(),
        &taken,
        ident::exact,
        "",
    );
    let firsts = first_with_code(system);
    let mut out = String::new();
    let mut package_doc = vec![format!(
        "Package {package} holds the {} error catalogue, exported by errcat from its checked source: do not edit.",
        system.name
    )];
    if !system.doc.is_empty() {
        package_doc.push(String::new());
        package_doc.push(system.doc.clone());
    }
    if any_shared(&firsts) {
        package_doc.push(String::new());
        package_doc.push(
            "Some entries share a code: their constants have the same value, so String, Message and MessageIn \
             give the first entry declared with that code, as Rust's from_code does. Lookup and Entries keep \
             every entry with its own name and messages."
                .to_owned(),
        );
    }
    comment(&mut out, "", &package_doc.join("\n"));
    let _ = writeln!(out, "package {package}\n\nimport \"fmt\"\n");
    comment(&mut out, "", &format!("{name} is an error code of the {} catalogue.", system.name));
    let _ = writeln!(out, "type {name} {go_type}\n");

    let mut index = 0;
    while index < system.entries.len() {
        let section = system.entries[index].section;
        let end = (index..system.entries.len())
            .find(|&at| system.entries[at].section != section)
            .unwrap_or(system.entries.len());
        if let Some(current) = section {
            let info = &system.sections[current];
            let range = section_codes(info);
            let title = if info.title.is_empty() { String::new() } else { format!(": {}", info.title) };
            let path = system.section_name(&system.entries[index]);
            comment(&mut out, "", &format!("Section {path}{range}{title}"));
        }
        out.push_str("const (\n");
        for at in index..end {
            if at > index {
                out.push('\n');
            }
            let entry = &system.entries[at];
            let mut lines = vec![format!(
                "{} is {} ({}): {}",
                constants[at],
                entry.name,
                commented(system, entry),
                comment_inline(&entry.message)
            )];
            if !entry.doc.is_empty() {
                lines.push(String::new());
                lines.push(entry.doc.clone());
            }
            if firsts[at] != at {
                lines.push(String::new());
                lines.push(format!(
                    "It shares its code with {}: String and Message give that entry's; Lookup({}) gives this one's.",
                    constants[firsts[at]],
                    literal(&entry.name)
                ));
            }
            if let Some(note) = &entry.deprecated {
                lines.push(String::new());
                lines.push(if note.is_empty() {
                    "Deprecated: do not use.".to_owned()
                } else {
                    format!("Deprecated: {note}")
                });
            }
            comment(&mut out, "\t", &lines.join("\n"));
            let code = if system.string_codes { literal(&entry.code_str) } else { entry.code.to_string() };
            let _ = writeln!(out, "\t{} {name} = {code}", constants[at]);
        }
        out.push_str(")\n\n");
        index = end;
    }

    table(&mut out, system, &name, &constants);
    api(&mut out, &name, wide, go_type, system.string_codes);
    Ok(out)
}

/// The entry type and the table of entries.
fn table(out: &mut String, system: &SystemView, name: &str, constants: &[String]) {
    let languages: Vec<String> = system.languages.iter().map(|language| literal(language)).collect();
    let count = system.languages.len();
    let _ = write!(
        out,
        "\
// Entry is one entry of the catalogue, with its own name and messages even
// when it shares its code.
type Entry struct {{
\t// Code is the entry's code.
\tCode {name}
\t// Name is the documented name.
\tName string
\t// Message is the primary message; \"\" when there is none.
\tMessage string
\t// Section is the path of the sections holding the entry, outermost
\t// first, joined with \"::\"; \"\" when there is none.
\tSection string
\t// HTTPStatus is the entry's HTTP status; 0 when it has none.
\tHTTPStatus int
\ttexts      [{count}]string
}}

// MessageIn returns the entry's message in a declared language.
func (e Entry) MessageIn(language string) (string, bool) {{
\tfor i, declared := range languages {{
\t\tif declared == language && e.texts[i] != \"\" {{
\t\t\treturn e.texts[i], true
\t\t}}
\t}}
\treturn \"\", false
}}

var languages = [{count}]string{{{languages}}}

var entries = [...]Entry{{
",
        languages = languages.join(", "),
    );
    for (at, entry) in system.entries.iter().enumerate() {
        let texts: Vec<String> = system
            .languages
            .iter()
            .map(|language| literal(crate::export::text_in(system, at, Some(language))))
            .collect();
        let _ = writeln!(
            out,
            "\t{{Code: {}, Name: {}, Message: {}, Section: {}, HTTPStatus: {}, texts: [{count}]string{{{}}}}},",
            constants[at],
            literal(&entry.name),
            literal(&entry.message),
            literal(system.section_name(entry)),
            entry.http.map_or(0, |http| http.status),
            texts.join(", "),
        );
    }
}

/// The lookups, which are the same for every catalogue but for its type.
fn api(out: &mut String, name: &str, wide: &str, go_type: &str, string_codes: bool) {
    // An unknown code as `String` shows it, and the zero value `FromName`
    // gives with `false`.
    let (unknown, zero) = if string_codes { ("%q", "\"\"") } else { ("%d", "0") };
    let _ = write!(
        out,
        "\
}}

var (
\tbyCode = make(map[{name}]int, len(entries))
\tbyName = make(map[string]int, len(entries))
)

func init() {{
\tfor i, entry := range entries {{
\t\tif _, seen := byCode[entry.Code]; !seen {{
\t\t\tbyCode[entry.Code] = i
\t\t}}
\t\tbyName[entry.Name] = i
\t}}
}}

// String returns the documented name of the first entry with the code, or
// \"{name}(code)\" for a code the catalogue does not have.
func (c {name}) String() string {{
\tif i, ok := byCode[c]; ok {{
\t\treturn entries[i].Name
\t}}
\treturn fmt.Sprintf(\"{name}({unknown})\", {wide}(c))
}}

// Message returns the primary message of the first entry with the code;
// \"\" when it has none or the code is unknown.
func (c {name}) Message() string {{
\tif i, ok := byCode[c]; ok {{
\t\treturn entries[i].Message
\t}}
\treturn \"\"
}}

// MessageIn returns the message of the first entry with the code in a
// declared language.
func (c {name}) MessageIn(language string) (string, bool) {{
\tif i, ok := byCode[c]; ok {{
\t\treturn entries[i].MessageIn(language)
\t}}
\treturn \"\", false
}}

// FromCode returns the code when the catalogue has it.
func FromCode(code {go_type}) ({name}, bool) {{
\t_, ok := byCode[{name}(code)]
\treturn {name}(code), ok
}}

// FromName returns the code of the entry with this documented name.
func FromName(name string) ({name}, bool) {{
\tif i, ok := byName[name]; ok {{
\t\treturn entries[i].Code, true
\t}}
\treturn {zero}, false
}}

// Lookup returns the entry with this documented name.
func Lookup(name string) (Entry, bool) {{
\tif i, ok := byName[name]; ok {{
\t\treturn entries[i], true
\t}}
\treturn Entry{{}}, false
}}

// Entries returns every entry, in declaration order.
func Entries() []Entry {{
\treturn append([]Entry(nil), entries[:]...)
}}

// Languages returns the declared languages, the primary one first.
func Languages() []string {{
\treturn append([]string(nil), languages[:]...)
}}
"
    );
}

/// The Go type for a code type, the type `%d` prints it as, and its range.
fn code_type(code_type: &str) -> (&'static str, &'static str, (i128, i128)) {
    match code_type {
        "i8" => ("int8", "int64", (i8::MIN.into(), i8::MAX.into())),
        "i16" => ("int16", "int64", (i16::MIN.into(), i16::MAX.into())),
        "i64" => ("int64", "int64", (i64::MIN.into(), i64::MAX.into())),
        "u8" => ("uint8", "uint64", (0, u8::MAX.into())),
        "u16" => ("uint16", "uint64", (0, u16::MAX.into())),
        "u32" => ("uint32", "uint64", (0, u32::MAX.into())),
        "u64" => ("uint64", "uint64", (0, u64::MAX.into())),
        _ => ("int32", "int64", (i32::MIN.into(), i32::MAX.into())),
    }
}

/// The system's name as an exported Go type.
fn type_name(system: &str) -> String {
    if system.starts_with(|first: char| first.is_ascii_uppercase()) && system.chars().all(|c| c.is_ascii_alphanumeric())
    {
        system.to_owned()
    } else {
        ident::go(system, "Errors")
    }
}

fn literal(text: &str) -> String {
    quoted(text, unicode_escape)
}

/// A `//` comment in the form gofmt keeps as it is: lines without leading
/// space (which would make a code block or a list), one blank line between
/// paragraphs.
fn comment(out: &mut String, indent: &str, text: &str) {
    let mut blank = true;
    let mut lines = Vec::new();
    for line in comment_lines(text) {
        let line = line.trim_start().to_owned();
        if line.is_empty() {
            if !blank {
                lines.push(line);
            }
            blank = true;
        } else {
            lines.push(line);
            blank = false;
        }
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    for line in lines {
        if line.is_empty() {
            let _ = writeln!(out, "{indent}//");
        } else {
            let _ = writeln!(out, "{indent}// {line}");
        }
    }
}
