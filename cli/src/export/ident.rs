//! Identifiers for the exported languages: one naming function per
//! language, each turning an entry's documented name (`FILE_NOT_EXIST`,
//! `2RSP`, `It's A Directory`, `class`) into a valid identifier in that
//! language's own style, and one rule for collisions.
//!
//! Every function starts from the identifier the importer gives such a name,
//! [`errcat_dsl::naming::identifier_for`] (`IT_S_A_DIRECTORY` loses its
//! apostrophe: `ITS_A_DIRECTORY`; `2RSP` becomes `E_2RSP`), so a name has the
//! same words in every language. A name with no ASCII letter or digit (a
//! Chinese-only name) takes its words from the Rust variant instead.
//!
//! Keywords: the shouty styles (TypeScript keys, Python members, Java
//! constants, protobuf values) cannot meet a keyword, all of which have a
//! lower-case letter; Go's exported names start with a capital, which no Go
//! keyword does. What they can meet is a name the generated code declares
//! beside them (Go's `FromCode`, protobuf's `COS_UNSPECIFIED`): those are
//! passed to [`unique`] as taken.
//!
//! Collisions after conversion (`Bad Request` and `BAD_REQUEST`) are resolved
//! in declaration order: the first entry keeps the identifier, each later one
//! gets the smallest free suffix `_2`, `_3`, … (Go: `2`, `3`, …).

use errcat_dsl::naming::identifier_for;
use heck::ToUpperCamelCase;
use std::collections::HashSet;

/// `SHOUTY_SNAKE_CASE` words of a name, never empty, never starting with a
/// digit.
fn shouty(name: &str, variant: &str) -> String {
    identifier_for(name).or_else(|| identifier_for(variant)).unwrap_or_else(|| "ENTRY".to_owned())
}

/// A key of the TypeScript `const` object: `FILE_NOT_EXIST`, `E_2RSP`.
pub fn typescript(name: &str, variant: &str) -> String {
    shouty(name, variant)
}

/// An exported Go constant: `FileNotExist`, `E2rsp`, `ItsADirectory`.
pub fn go(name: &str, variant: &str) -> String {
    shouty(name, variant).to_upper_camel_case()
}

/// A Python enum member: `FILE_NOT_EXIST`, `E_2RSP`.
pub fn python(name: &str, variant: &str) -> String {
    shouty(name, variant)
}

/// A Java enum constant: `FILE_NOT_EXIST`, `E_2RSP`.
pub fn java(name: &str, variant: &str) -> String {
    shouty(name, variant)
}

/// A protobuf enum value, prefixed with the enum's name in
/// `UPPER_SNAKE_CASE` as the style guide asks: `COS_FILE_NOT_EXIST`.
pub fn protobuf(enum_name: &str, name: &str, variant: &str) -> String {
    format!("{}_{}", protobuf_prefix(enum_name), shouty(name, variant))
}

/// The enum's name as a value prefix: `BkRepo` gives `BK_REPO`.
pub fn protobuf_prefix(enum_name: &str) -> String {
    shouty(enum_name, "ERRORS")
}

/// A protobuf package name for a system: `BkRepo` gives `bkrepo`.
pub fn protobuf_package(system: &str) -> String {
    let mut package: String =
        system.chars().filter(char::is_ascii_alphanumeric).map(|character| character.to_ascii_lowercase()).collect();
    if package.is_empty() || package.starts_with(|first: char| first.is_ascii_digit()) {
        package.insert(0, 'e');
    }
    package
}

/// A Go package name for a system: `BkRepo` gives `bkrepo`; a keyword or a
/// leading digit gets a suffix or prefix.
pub fn go_package(system: &str) -> String {
    const KEYWORDS: [&str; 25] = [
        "break",
        "case",
        "chan",
        "const",
        "continue",
        "default",
        "defer",
        "else",
        "fallthrough",
        "for",
        "func",
        "go",
        "goto",
        "if",
        "import",
        "interface",
        "map",
        "package",
        "range",
        "return",
        "select",
        "struct",
        "switch",
        "type",
        "var",
    ];
    let mut package: String =
        system.chars().filter(char::is_ascii_alphanumeric).map(|character| character.to_ascii_lowercase()).collect();
    if package.is_empty() || package.starts_with(|first: char| first.is_ascii_digit()) {
        package.insert(0, 'e');
    }
    if KEYWORDS.contains(&package.as_str()) {
        package.push_str("errors");
    }
    package
}

/// The identifiers, in declaration order, with every collision resolved:
/// `key` says when two identifiers collide (protobuf compares names without
/// case and underscores, as `protoc` does), `taken` holds the names the
/// generated code declares itself, `separator` goes before the suffix.
pub fn unique(candidates: Vec<String>, taken: &[&str], key: impl Fn(&str) -> String, separator: &str) -> Vec<String> {
    let mut used: HashSet<String> = taken.iter().map(|name| key(name)).collect();
    candidates
        .into_iter()
        .map(|candidate| {
            if used.insert(key(&candidate)) {
                return candidate;
            }
            // At most `used.len()` suffixes are taken, so one of these is free.
            (2..=used.len() + 2)
                .map(|suffix| format!("{candidate}{separator}{suffix}"))
                .find(|suffixed| used.insert(key(suffixed)))
                .unwrap_or_default()
        })
        .collect()
}

/// Identity: names collide only when equal.
pub fn exact(name: &str) -> String {
    name.to_owned()
}

/// How `protoc` compares enum values: without case and underscores.
pub fn protobuf_key(name: &str) -> String {
    name.chars().filter(|&character| character != '_').map(|character| character.to_ascii_lowercase()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_names_become_identifiers_in_each_style() {
        for (name, shouty, camel) in [
            ("FILE_NOT_EXIST", "FILE_NOT_EXIST", "FileNotExist"),
            ("2RSP", "E_2RSP", "E2rsp"),
            ("It's A Directory", "ITS_A_DIRECTORY", "ItsADirectory"),
            ("Bad Request", "BAD_REQUEST", "BadRequest"),
            ("class", "CLASS", "Class"),
            ("func", "FUNC", "Func"),
            ("None", "NONE", "None"),
            ("x-y.z/w", "X_Y_Z_W", "XYZW"),
            ("*/ \"${x}\"", "X", "X"),
        ] {
            assert_eq!(typescript(name, "V"), shouty, "{name}");
            assert_eq!(python(name, "V"), shouty, "{name}");
            assert_eq!(java(name, "V"), shouty, "{name}");
            assert_eq!(go(name, "V"), camel, "{name}");
            assert_eq!(protobuf("BkRepo", name, "V"), format!("BK_REPO_{shouty}"), "{name}");
        }
    }

    #[test]
    fn names_without_ascii_words_take_the_variant() {
        assert_eq!(typescript("文件不存在", "FileNotExist"), "FILE_NOT_EXIST");
        assert_eq!(go("文件不存在", "FileNotExist"), "FileNotExist");
        assert_eq!(python("文件", "E250102"), "E250102");
        assert_eq!(java("—", ""), "ENTRY");
    }

    #[test]
    fn the_results_are_identifiers_and_never_keywords() {
        let python_keywords = ["None", "True", "False", "class", "def", "lambda", "import", "from", "match", "_"];
        let go_keywords = ["break", "func", "type", "package", "var", "range", "map", "chan", "go", "select"];
        let java_keywords = ["class", "enum", "default", "package", "import", "null", "true", "var", "record", "_"];
        let typescript_keywords =
            ["class", "enum", "default", "null", "undefined", "constructor", "__proto__", "typeof"];
        let all = python_keywords.iter().chain(&go_keywords).chain(&java_keywords).chain(&typescript_keywords).copied();
        for name in all.chain(["2RSP", "It's A Directory", "9", "a b"]) {
            for (identifier, keywords) in [
                (python(name, "V"), &python_keywords[..]),
                (go(name, "V"), &go_keywords[..]),
                (java(name, "V"), &java_keywords[..]),
                (typescript(name, "V"), &typescript_keywords[..]),
            ] {
                assert!(!keywords.contains(&identifier.as_str()), "{name}: {identifier}");
                let mut characters = identifier.chars();
                assert!(characters.next().is_some_and(|first| first.is_ascii_uppercase()), "{identifier}");
                assert!(characters.all(|character| character.is_ascii_alphanumeric() || character == '_'));
            }
        }
    }

    #[test]
    fn go_packages_are_lower_case_and_not_keywords() {
        assert_eq!(go_package("BkRepo"), "bkrepo");
        assert_eq!(go_package("Type"), "typeerrors");
        assert_eq!(go_package("Go"), "goerrors");
        assert_eq!(go_package("2Fa"), "e2fa");
    }

    #[test]
    fn collisions_keep_the_first_and_number_the_rest() {
        let names = ["BAD_REQUEST", "BAD_REQUEST", "BAD_REQUEST_2", "BAD_REQUEST"].map(str::to_owned).to_vec();
        assert_eq!(
            unique(names, &[], exact, "_"),
            ["BAD_REQUEST", "BAD_REQUEST_2", "BAD_REQUEST_2_2", "BAD_REQUEST_3"]
        );
        let go_names = ["FromCode", "Entry", "Other"].map(str::to_owned).to_vec();
        assert_eq!(unique(go_names, &["FromCode", "Entry"], exact, ""), ["FromCode2", "Entry2", "Other"]);
    }

    #[test]
    fn protobuf_collisions_ignore_case_and_underscores() {
        let names = ["COS_FOO_BAR", "COS_FOOBAR", "COS_UNSPECIFIED"].map(str::to_owned).to_vec();
        assert_eq!(
            unique(names, &["COS_UNSPECIFIED"], protobuf_key, "_"),
            ["COS_FOO_BAR", "COS_FOOBAR_2", "COS_UNSPECIFIED_2"]
        );
    }
}
