//! Java: an `enum` with a constant per entry (entries that share a code are
//! distinct constants with the same `code()`: an `int`, a `long`, or a
//! `String` for string codes), `code()`, `documentedName()`,
//! `message()`, `messageIn(String)`, `section()`, `httpStatus()`, and static
//! `fromCode`/`fromName` backed by maps, the first entry winning a code;
//! Javadoc throughout. Compiles with `javac -Xlint:all -Werror`.

use std::fmt::Write;

use crate::export::codes::{any_shared, check_range, commented, first_with_code, section_codes};
use crate::export::ident;
use crate::export::source_text::{comment_inline, comment_lines, quoted};
use crate::failure::Failure;
use crate::view::SystemView;

pub fn render(system: &SystemView) -> Result<String, Failure> {
    let (code, boxed) = match system.code_type.as_str() {
        _ if system.string_codes => ("String", "String"),
        "u32" | "i64" | "u64" => ("long", "Long"),
        _ => ("int", "Integer"),
    };
    check_range(system, (i64::MIN.into(), i64::MAX.into()), "Java long")?;
    let name = &system.name;
    let constants = ident::unique(
        system.entries.iter().map(|entry| ident::java(&entry.name, &entry.variant)).collect(),
        &[],
        ident::exact,
        "_",
    );
    let firsts = first_with_code(system);
    let mut out = String::new();
    let _ = writeln!(out, "// The {name} error catalogue, exported by errcat from its checked source: do not edit.");
    out.push_str(
        "// Add a package line to place it; the file is UTF-8 (javac -encoding UTF-8, the default since Java 18).\n\n",
    );
    out.push_str("import java.util.Collections;\nimport java.util.HashMap;\nimport java.util.List;\nimport java.util.Map;\nimport java.util.Optional;\nimport java.util.OptionalInt;\n\n");
    let mut doc = if system.doc.is_empty() { format!("The {name} error codes.") } else { system.doc.clone() };
    if any_shared(&firsts) {
        doc.push_str(
            "\n\nSome entries share a code: each is its own constant with its own name and messages, and \
             fromCode returns the first declared with the code, as Rust's from_code does.",
        );
    }
    javadoc(&mut out, "", &doc);
    let _ = writeln!(out, "public enum {name} {{");
    let mut section = None;
    for (index, entry) in system.entries.iter().enumerate() {
        if entry.section != section {
            section = entry.section;
            if let Some(current) = section {
                let info = &system.sections[current];
                let range = section_codes(info);
                let title = if info.title.is_empty() { String::new() } else { format!(": {}", info.title) };
                let line = comment_inline(&format!("{}{range}{title}", system.section_name(entry)));
                let _ = writeln!(out, "    // Section {}", line.replace('\\', "\\\\"));
            }
        }
        let mut lines =
            vec![format!("{} ({}): {}", entry.name, commented(system, entry), comment_inline(&entry.message))];
        if !entry.doc.is_empty() {
            lines.push(String::new());
            lines.push(entry.doc.clone());
        }
        if firsts[index] != index {
            lines.push(String::new());
            lines.push(format!(
                "Shares its code with {}, which fromCode({}) returns.",
                constants[firsts[index]],
                commented(system, entry)
            ));
        }
        let mut body = lines.join("\n");
        if let Some(note) = &entry.deprecated {
            javadoc_with_tag(&mut out, &body, note);
            out.push_str("    @Deprecated\n");
        } else {
            body.push('\n');
            javadoc(&mut out, "    ", body.trim_end());
        }
        let texts: Vec<String> = system
            .languages
            .iter()
            .map(|language| literal(crate::export::text_in(system, index, Some(language))))
            .collect();
        let separator = if index + 1 == system.entries.len() { ';' } else { ',' };
        let mut arguments = vec![
            match code {
                "String" => literal(&entry.code_str),
                "long" => format!("{}L", entry.code),
                _ => entry.code.to_string(),
            },
            literal(&entry.name),
            literal(&entry.message),
            literal(system.section_name(entry)),
            entry.http.map_or(0, |http| http.status).to_string(),
        ];
        arguments.extend(texts);
        let _ = writeln!(out, "    {}({}){separator}", constants[index], arguments.join(", "));
    }
    if system.entries.is_empty() {
        out.push_str("    ;\n");
    }
    api(&mut out, system, name, code, boxed);
    Ok(out)
}

/// The fields, the constructor and the lookups.
fn api(out: &mut String, system: &SystemView, name: &str, code: &str, boxed: &str) {
    let languages: Vec<String> = system.languages.iter().map(|language| literal(language)).collect();
    let _ = write!(
        out,
        "
    private static final List<String> LANGUAGES = List.of({languages});
    private static final Map<{boxed}, {name}> BY_CODE;
    private static final Map<String, {name}> BY_NAME;

    static {{
        Map<{boxed}, {name}> byCode = new HashMap<>();
        Map<String, {name}> byName = new HashMap<>();
        for ({name} entry : values()) {{
            byCode.putIfAbsent(entry.code, entry);
            byName.putIfAbsent(entry.documentedName, entry);
        }}
        BY_CODE = Collections.unmodifiableMap(byCode);
        BY_NAME = Collections.unmodifiableMap(byName);
    }}

    private final {code} code;
    private final String documentedName;
    private final String message;
    private final String section;
    private final int httpStatus;
    private final String[] texts;

    {name}({code} code, String documentedName, String message, String section, int httpStatus, String... texts) {{
        this.code = code;
        this.documentedName = documentedName;
        this.message = message;
        this.section = section;
        this.httpStatus = httpStatus;
        this.texts = texts;
    }}

    /** The entry's code. @return the code */
    public {code} code() {{
        return code;
    }}

    /** The documented name, which need not be a Java identifier. @return the name */
    public String documentedName() {{
        return documentedName;
    }}

    /** The primary message. @return the message; empty when there is none */
    public String message() {{
        return message;
    }}

    /**
     * The message in a declared language.
     *
     * @param language a language tag, such as one of {{@link #languages()}}
     * @return the message, or empty when the entry has none in that language
     */
    public Optional<String> messageIn(String language) {{
        int index = LANGUAGES.indexOf(language);
        return index < 0 || texts[index].isEmpty() ? Optional.empty() : Optional.of(texts[index]);
    }}

    /** The sections holding the entry. @return their names, outermost first, joined with \"::\"; empty for none */
    public String section() {{
        return section;
    }}

    /** The HTTP status. @return the status, or empty when the entry has none */
    public OptionalInt httpStatus() {{
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }}

    /**
     * The entry with a code: the first declared when several share it.
     *
     * @param code a code
     * @return the entry, or empty when the catalogue has none with that code
     */
    public static Optional<{name}> fromCode({code} code) {{
        return Optional.ofNullable(BY_CODE.get(code));
    }}

    /**
     * The entry with a documented name.
     *
     * @param name a documented name
     * @return the entry, or empty when the catalogue has none with that name
     */
    public static Optional<{name}> fromName(String name) {{
        return Optional.ofNullable(BY_NAME.get(name));
    }}

    /** The declared languages. @return the language tags, the primary one first */
    public static List<String> languages() {{
        return LANGUAGES;
    }}
}}
",
        languages = languages.join(", "),
    );
}

/// A string literal: characters up to U+00FF as octal escapes, others as
/// `\uXXXX` (which Java reads before lexing, harmless inside a literal for
/// every character but a line terminator, and those are below U+00FF).
fn literal(text: &str) -> String {
    quoted(text, |character| {
        let value = u32::from(character);
        if value <= 0xff { format!("\\{value:03o}") } else { format!("\\u{value:04x}") }
    })
}

/// Text for Javadoc, which is HTML: markup characters as entities, `@` as an
/// entity (so no line becomes a block tag or `{@tag}`), `\` as an entity (so
/// no `\u000a` in the text becomes a line break for javac), and `*/` broken.
fn javadoc_text(line: &str) -> String {
    line.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('@', "&#64;")
        .replace('\\', "&#92;")
        .replace("*/", "*&#47;")
}

fn javadoc(out: &mut String, indent: &str, text: &str) {
    let _ = writeln!(out, "{indent}/**");
    javadoc_lines(out, indent, text);
    let _ = writeln!(out, "{indent} */");
}

fn javadoc_lines(out: &mut String, indent: &str, text: &str) {
    let mut paragraph = false;
    for line in comment_lines(text) {
        if line.is_empty() {
            let _ = writeln!(out, "{indent} *");
            paragraph = true;
        } else {
            let start = if paragraph { "<p>" } else { "" };
            let _ = writeln!(out, "{indent} * {start}{}", javadoc_text(&line));
            paragraph = false;
        }
    }
}

fn javadoc_with_tag(out: &mut String, body: &str, note: &str) {
    out.push_str("    /**\n");
    javadoc_lines(out, "    ", body);
    out.push_str("     *\n");
    let note = if note.is_empty() { "do not use".to_owned() } else { javadoc_text(&comment_inline(note)) };
    let _ = writeln!(out, "     * @deprecated {note}");
    out.push_str("     */\n");
}
