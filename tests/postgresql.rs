//! `PostgreSQL`'s SQLSTATEs, a real string-coded catalogue: this test derives
//! `fixtures/postgresql/sqlstate.rs` (the `error_catalog!` catalogue
//! `SqlState`) and `fixtures/postgresql/sqlstate.md` (the same list as a
//! Markdown table in the documentation's shape) from `PostgreSQL`'s own
//! `errcodes.txt`, and fails when the committed files differ from what it
//! derives, so that they cannot drift from the data. `ERRCAT_REGENERATE=1`
//! rewrites them. It also checks the data itself: 267 codes in 43 classes,
//! six codes with two macro names, and the same codes and macros as the C
//! header `errcodes.h` generated from the same list.
//!
//! How the list becomes a catalogue:
//! - each `Section: Class 22 - Data Exception` is `section DataException in
//!   "22"`, documented `Class 22 — Data Exception` (the documentation's dash),
//!   its identifier from the title's words up to a parenthesis;
//! - each code is an entry named by its macro without `ERRCODE_`, its
//!   message the condition name (`invalid_text_representation`) when the
//!   list gives one, else no message;
//! - a macro that repeats a code (the list gives those no condition name)
//!   follows the entry with that code and a condition name, with
//!   `#[shares_code(…)]`, in that code's class: four of them the list files
//!   under class 42 beside the other `UNDEFINED_*` names, which their docs
//!   say;
//! - the second field (`E` error, `W` warning, `S` success) is a line of
//!   the section's doc when the whole class has one kind other than `E`,
//!   else of the entry's doc.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use heck::ToUpperCamelCase;

const SOURCE: &str = "errcodes.txt";
const VERSION: &str = "PostgreSQL 15.20";
const PACKAGE: &str = "Debian's `postgresql-15` 15.20-0+deb12u1";

struct Listed {
    code: String,
    kind: char,
    /// Without `ERRCODE_`.
    name: String,
    condition: Option<String>,
    /// The index of the class the list files it under.
    class: usize,
}

struct Class {
    prefix: String,
    title: String,
}

impl Class {
    /// `Class 22 — Data Exception`, as the documentation writes it.
    fn heading(&self) -> String {
        format!("Class {} — {}", self.prefix, self.title)
    }

    /// `DataException`; `NoData` for `No Data (this is also a warning …)`.
    fn ident(&self) -> String {
        let words = self.title.split(" (").next().unwrap_or(&self.title);
        words.split(|character: char| !character.is_ascii_alphanumeric()).map(str::to_upper_camel_case).collect()
    }
}

struct List {
    classes: Vec<Class>,
    codes: Vec<Listed>,
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/postgresql")
}

fn read_list() -> List {
    let text = std::fs::read_to_string(fixtures().join(SOURCE)).unwrap();
    let mut list = List { classes: Vec::new(), codes: Vec::new() };
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(section) = line.strip_prefix("Section:") {
            let (class, title) = section.trim().split_once(" - ").unwrap();
            let prefix = class.strip_prefix("Class ").unwrap();
            list.classes.push(Class { prefix: prefix.to_owned(), title: title.to_owned() });
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        assert!((3..=4).contains(&fields.len()), "line {}: {line}", number + 1);
        let kind = fields[1].chars().next().unwrap();
        assert!(matches!(fields[1], "E" | "W" | "S"), "line {}: {line}", number + 1);
        list.codes.push(Listed {
            code: fields[0].to_owned(),
            kind,
            name: fields[2].strip_prefix("ERRCODE_").unwrap().to_owned(),
            condition: fields.get(3).map(|name| (*name).to_owned()),
            class: list.classes.len() - 1,
        });
    }
    list
}

/// An entry of the catalogue, in the catalogue's order.
struct Entry<'a> {
    listed: &'a Listed,
    /// The entry whose code it repeats.
    shares_code: Option<&'a str>,
    doc: Vec<String>,
}

/// The classes with their entries: every code that is the first with a
/// condition name (or the only one) in the class the list files it under,
/// and right after it the macros that repeat its code.
fn arrange(list: &List) -> Vec<(&Class, Vec<String>, Vec<Entry<'_>>)> {
    let primary = |code: &str| {
        let same: Vec<&Listed> = list.codes.iter().filter(|listed| listed.code == code).collect();
        same.iter().find(|listed| listed.condition.is_some()).copied().unwrap_or(same[0])
    };
    let mut classes: Vec<(&Class, Vec<String>, Vec<Entry>)> =
        list.classes.iter().map(|class| (class, Vec::new(), Vec::new())).collect();
    for listed in &list.codes {
        if !std::ptr::eq(primary(&listed.code), listed) {
            continue;
        }
        let class = &list.classes[listed.class];
        assert!(listed.code.starts_with(&class.prefix), "{} is filed under class {}", listed.code, class.prefix);
        let entries = &mut classes[listed.class].2;
        entries.push(Entry { listed, shares_code: None, doc: Vec::new() });
        for alias in list.codes.iter().filter(|alias| alias.code == listed.code && !std::ptr::eq(*alias, listed)) {
            let mut doc = vec![format!(
                "Another macro for the code of `{}`; `{SOURCE}` gives it no condition name.",
                listed.name
            )];
            if alias.class != listed.class {
                doc.push(format!("`{SOURCE}` lists it under {}.", list.classes[alias.class].heading()));
            }
            entries.push(Entry { listed: alias, shares_code: Some(&listed.name), doc });
        }
    }
    for (_, doc, entries) in &mut classes {
        let first = entries[0].listed.kind;
        if entries.iter().all(|entry| entry.listed.kind == first) {
            match first {
                'W' => doc.push(format!("Warnings: `W` in `{SOURCE}`.")),
                'S' => doc.push(format!("Success: `S` in `{SOURCE}`.")),
                _ => {}
            }
        } else {
            for entry in entries.iter_mut().filter(|entry| entry.listed.kind != 'E') {
                entry.doc.push(format!("Kind `{}` in `{SOURCE}`.", entry.listed.kind));
            }
        }
    }
    classes
}

/// The `error_catalog!` catalogue, a whole file that `include!` takes.
fn catalogue(list: &List) -> String {
    let classes = arrange(list);
    let entries: usize = classes.iter().map(|(_, _, entries)| entries.len()).sum();
    let mut source = format!(
        "// The SQLSTATEs of {VERSION} as an errcat catalogue: {entries} entries in {} classes.\n\
         // Generated from `{SOURCE}` of {PACKAGE} (see README.md)\n\
         // by `cargo test -p errcat-tests --test postgresql`; ERRCAT_REGENERATE=1 rewrites it. Do not edit.\n",
        classes.len()
    );
    source.push_str("errcat::error_catalog! {\n    /// PostgreSQL error codes (SQLSTATE).\n    ///\n");
    let _ = writeln!(source, "    /// Every code of {VERSION}, from its `{SOURCE}` ({PACKAGE}).");
    source.push_str(
        "    /// An entry's message is its condition name, as PL/pgSQL and the\n    \
         /// documentation's Appendix A write it; a macro that repeats a code has none.\n    \
         #[languages(en)]\n    #[code_chars = \"0-9A-Z\"]\n    pub system SqlState: str {\n",
    );
    for (class, doc, entries) in &classes {
        let _ = writeln!(source, "        /// {}", class.heading());
        if !doc.is_empty() {
            source.push_str("        ///\n");
        }
        for line in doc {
            let _ = writeln!(source, "        /// {line}");
        }
        let _ = writeln!(source, "        section {} in {:?} {{", class.ident(), class.prefix);
        let width =
            entries.iter().filter(|entry| entry.listed.condition.is_some()).map(|entry| entry.listed.name.len());
        let width = width.max().unwrap_or(0);
        for entry in entries {
            for line in &entry.doc {
                let _ = writeln!(source, "            /// {line}");
            }
            if let Some(first) = entry.shares_code {
                let _ = writeln!(source, "            #[shares_code({first})]");
            }
            let listed = entry.listed;
            match &listed.condition {
                Some(condition) => {
                    let _ = writeln!(source, "            {:?} {:width$} {condition:?},", listed.code, listed.name);
                }
                None => {
                    let _ = writeln!(source, "            {:?} {},", listed.code, listed.name);
                }
            }
        }
        source.push_str("        }\n");
    }
    source.push_str("    }\n}\n");
    source
}

/// The list as the documentation's Table A.1 has it (`Error Code`,
/// `Condition Name`, a row of its own above each class), with the macro's
/// name as a third column and the macros that repeat a code as rows of
/// their own, in the catalogue's order.
fn markdown(list: &List) -> String {
    let mut text = String::from("# PostgreSQL Error Codes\n\n");
    let _ = writeln!(
        text,
        "All SQLSTATE codes of {VERSION}, from its `{SOURCE}` ({PACKAGE}), in the shape of the documentation's Table A.1, \
         *PostgreSQL Error Codes*: a row of its own above each class. The third column, which the documentation \
         does not have, is the C macro's name without `ERRCODE_`; a macro that repeats another's code has no \
         condition name and a row of its own after that code's.\n"
    );
    text.push_str("| Error Code | Condition Name | Macro |\n| --- | --- | --- |\n");
    for (class, _, entries) in arrange(list) {
        let _ = writeln!(text, "| **{}** | | |", class.heading());
        for entry in entries {
            let listed = entry.listed;
            let _ =
                writeln!(text, "| {} | {} | {} |", listed.code, listed.condition.as_deref().unwrap_or(""), listed.name);
        }
    }
    text
}

/// The committed file is what the generator makes; with
/// `ERRCAT_REGENERATE=1` it is rewritten first.
fn check_generated(file: &str, generated: &str) {
    check_generated_at(&fixtures().join(file), generated);
}

fn check_generated_at(path: &Path, generated: &str) {
    if std::env::var_os("ERRCAT_REGENERATE").is_some() {
        std::fs::write(path, generated).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is not what the generator makes of {SOURCE}: run `ERRCAT_REGENERATE=1 cargo test -p errcat-tests --test \
         postgresql` and review the difference",
        path.display()
    );
}

#[test]
fn the_catalogue_is_generated_from_errcodes_txt() {
    check_generated("sqlstate.rs", &catalogue(&read_list()));
}

/// errcat's own tests read the catalogue from a copy inside the crate, so
/// that they run from the published package too; the copy is the same.
#[test]
fn errcats_copy_of_the_catalogue_is_the_same() {
    let copy = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/sqlstate.rs");
    check_generated_at(&copy, &catalogue(&read_list()));
}

#[test]
fn the_markdown_table_is_generated_from_errcodes_txt() {
    check_generated("sqlstate.md", &markdown(&read_list()));
}

#[test]
fn the_data_has_267_codes_in_43_classes_and_six_repeated_codes() {
    let list = read_list();
    assert_eq!(list.codes.len(), 267);
    assert_eq!(list.classes.len(), 43);
    let mut codes: Vec<&str> = list.codes.iter().map(|listed| listed.code.as_str()).collect();
    codes.sort_unstable();
    let repeated: Vec<&str> = codes.windows(2).filter(|pair| pair[0] == pair[1]).map(|pair| pair[0]).collect();
    assert_eq!(repeated, ["22008", "2202E", "26000", "34000", "3D000", "3F000"]);
    let without_condition: Vec<&str> =
        list.codes.iter().filter(|listed| listed.condition.is_none()).map(|listed| listed.name.as_str()).collect();
    assert_eq!(
        without_condition,
        [
            "ARRAY_ELEMENT_ERROR",
            "DATETIME_VALUE_OUT_OF_RANGE",
            "UNDEFINED_CURSOR",
            "UNDEFINED_DATABASE",
            "UNDEFINED_PSTATEMENT",
            "UNDEFINED_SCHEMA"
        ]
    );
    // The SQL standard's rule, which `#[code_chars = "0-9A-Z"]` states.
    for listed in &list.codes {
        assert_eq!(listed.code.len(), 5, "{}", listed.code);
        assert!(listed.code.bytes().all(|byte| byte.is_ascii_digit() || byte.is_ascii_uppercase()), "{}", listed.code);
    }
    let classes = arrange(&list);
    assert_eq!(classes.iter().map(|(_, _, entries)| entries.len()).sum::<usize>(), 267);
    let mut idents: Vec<String> = classes.iter().map(|(class, _, _)| class.ident()).collect();
    idents.sort_unstable();
    idents.dedup();
    assert_eq!(idents.len(), 43, "section identifiers are unique");
    for (class, _, entries) in &classes {
        assert!(entries.iter().all(|entry| entry.listed.code.starts_with(&class.prefix)), "{}", class.prefix);
    }
}

/// `errcodes.h`, generated from the same list by `PostgreSQL`'s build, has
/// the same macros with the same codes, in the same order.
#[test]
fn the_c_header_agrees_with_the_list() {
    let header = std::fs::read_to_string(fixtures().join("errcodes.h")).unwrap();
    let defined: Vec<(String, String)> = header
        .lines()
        .filter_map(|line| line.strip_prefix("#define ERRCODE_"))
        .map(|rest| {
            let (name, value) = rest.split_once(' ').unwrap();
            let inside = value.trim().strip_prefix("MAKE_SQLSTATE(").unwrap().strip_suffix(')').unwrap();
            let code: String = inside.split(',').map(|character| character.trim().trim_matches('\'')).collect();
            (name.to_owned(), code)
        })
        .collect();
    let listed: Vec<(String, String)> =
        read_list().codes.iter().map(|listed| (listed.name.clone(), listed.code.clone())).collect();
    assert_eq!(defined, listed);
    let classes = header.lines().filter(|line| line.starts_with("/* Class ")).count();
    assert_eq!(classes, 43);
}
