//! The lock file, `errcat.lock`: the released entries of each system, the
//! baseline that `#[baseline = "errcat.lock"]` holds a catalogue to. It is
//! written by `errcat lock` and read by the macro and by the command line,
//! so its format lives here, in one place.
//!
//! ```text
//! # errcat.lock: …comment lines…
//! errcat-lock 1
//!
//! [Cos]
//! -46628 "FILE_NOT_EXIST" zh=5f1d0c3a93b1e5e2
//! -46001 "OLD_FILE_MISSING" retired
//! ```
//!
//! A `[System]` line opens each system, systems sorted by name; under it one
//! line per entry or `retired` declaration, sorted by code, then name. A line
//! is the code (decimal; a string code would be quoted), the documented name
//! as a quoted string (`\"`, `\\`, `\n`, `\r`, `\t` and `\u{…}` for control,
//! format and bidi characters, so that every line shows what it holds), then
//! `retired`, or one `LANGUAGE=HASH` per text: the language tag (`text` when
//! the system declares no languages) and the FNV-1a 64 hash of the text's
//! UTF-8 bytes as 16 lowercase hex digits. Lines starting with `#` and blank
//! lines are comments. The same catalogue always gives the same file, byte for
//! byte.

use std::cmp::Ordering;
use std::fmt::Write as _;

use crate::model::Catalog;

/// The file name `errcat lock` writes by default.
pub const FILE_NAME: &str = "errcat.lock";

const HEADER: &str = "\
# errcat.lock: the released error codes of each catalogue, the baseline that
# `#[baseline = \"errcat.lock\"]` holds it to. Written by `errcat lock`; after a
# release, record the new state with `errcat lock --update` and commit it.
# One line per entry: code, name, FNV-1a 64 hash of each language's text.
errcat-lock 1
";

/// A whole lock file: every system it records, sorted by name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lock {
    pub systems: Vec<LockedSystem>,
}

/// One system of the lock file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockedSystem {
    pub name: String,
    /// Sorted by code, then name.
    pub entries: Vec<LockedEntry>,
}

/// One released entry, or one `retired` declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockedEntry {
    pub code: LockedCode,
    /// The documented name.
    pub name: String,
    pub retired: bool,
    /// `(language, hash)`, primary language first, in the catalogue's order.
    pub texts: Vec<(String, u64)>,
}

/// A code as the source writes it: an integer, or (for string-coded
/// systems) a string.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LockedCode {
    Integer(i128),
    Text(String),
}

impl Ord for LockedCode {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (LockedCode::Integer(left), LockedCode::Integer(right)) => left.cmp(right),
            (LockedCode::Integer(_), LockedCode::Text(_)) => Ordering::Less,
            (LockedCode::Text(_), LockedCode::Integer(_)) => Ordering::Greater,
            (LockedCode::Text(left), LockedCode::Text(right)) => left.cmp(right),
        }
    }
}

impl PartialOrd for LockedCode {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl LockedCode {
    /// A declared code as the lock file records it: a string code as its
    /// text, an integer as its value.
    pub fn of(code: &crate::ast::CodeLiteral) -> Self {
        match &code.text {
            Some(text) if !code.unusable => LockedCode::Text(text.to_string()),
            _ => LockedCode::Integer(code.value),
        }
    }
}

impl std::fmt::Display for LockedCode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LockedCode::Integer(value) => write!(formatter, "{value}"),
            LockedCode::Text(text) => formatter.write_str(&quote(text)),
        }
    }
}

/// Why a lock file could not be read: the line (from 1) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "line {}: {}", self.line, self.message)
    }
}

/// The FNV-1a 64 hash of the text's UTF-8 bytes: the text hash of the lock
/// file, stable across platforms, versions and runs.
pub fn text_hash(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The language key of a text: its tag, or `text` for the primary message
/// of a system that declares no languages.
pub fn language_key(language: Option<&syn::Ident>) -> String {
    language.map_or_else(|| "text".to_owned(), ToString::to_string)
}

impl LockedSystem {
    /// What the lock file records of a catalogue: every entry and every
    /// `retired` declaration, sorted.
    pub fn of(catalog: &Catalog) -> Self {
        let mut entries: Vec<LockedEntry> = catalog
            .entries
            .iter()
            .map(|entry| {
                let mut texts = Vec::with_capacity(1 + entry.texts.len());
                if let Some(message) = &entry.message {
                    texts.push((language_key(catalog.primary_language()), text_hash(&message.value)));
                }
                for (language, text) in &entry.texts {
                    texts.push((language_key(Some(language)), text_hash(&text.value)));
                }
                LockedEntry { code: LockedCode::of(&entry.code), name: entry.name.clone(), retired: false, texts }
            })
            .chain(catalog.retired.iter().map(|retired| LockedEntry {
                code: LockedCode::of(&retired.code),
                name: retired.name.clone(),
                retired: true,
                texts: Vec::new(),
            }))
            .collect();
        entries.sort_by(|left, right| (&left.code, &left.name).cmp(&(&right.code, &right.name)));
        LockedSystem { name: catalog.ident.to_string(), entries }
    }
}

impl Lock {
    /// The lock of these catalogues, systems sorted by name; a system
    /// declared twice is recorded once, as the macro expands it once.
    pub fn of<'a>(catalogs: impl IntoIterator<Item = &'a Catalog>) -> Self {
        let mut lock = Lock::default();
        for catalog in catalogs {
            lock.insert(LockedSystem::of(catalog));
        }
        lock
    }

    /// Adds a system, replacing one of the same name, keeping the order.
    pub fn insert(&mut self, system: LockedSystem) {
        match self.systems.binary_search_by(|known| known.name.cmp(&system.name)) {
            Ok(position) => self.systems[position] = system,
            Err(position) => self.systems.insert(position, system),
        }
    }

    pub fn system(&self, name: &str) -> Option<&LockedSystem> {
        self.systems.iter().find(|system| system.name == name)
    }

    /// The file's text.
    pub fn render(&self) -> String {
        let mut text = String::from(HEADER);
        for system in &self.systems {
            let _ = write!(text, "\n[{}]\n", system.name);
            for entry in &system.entries {
                let _ = write!(text, "{} {}", entry.code, quote(&entry.name));
                if entry.retired {
                    text.push_str(" retired");
                }
                for (language, hash) in &entry.texts {
                    let _ = write!(text, " {language}={hash:016x}");
                }
                text.push('\n');
            }
        }
        text
    }

    /// Reads a lock file. Entries out of order are accepted (a hand-merged
    /// file still reads) and sorted; anything else malformed is an error.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        let mut lock = Lock::default();
        let mut version_seen = false;
        let mut current: Option<LockedSystem> = None;
        for (index, raw_line) in text.lines().enumerate() {
            let line_number = index + 1;
            let error = |message: String| ParseError { line: line_number, message };
            let line = raw_line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if !version_seen {
                match line.strip_prefix("errcat-lock ") {
                    Some("1") => {
                        version_seen = true;
                        continue;
                    }
                    Some(version) => {
                        return Err(error(format!(
                            "unsupported lock file version `{}`; this errcat reads version 1",
                            version.trim()
                        )));
                    }
                    None => return Err(error("expected `errcat-lock 1` before anything else".to_owned())),
                }
            }
            if let Some(name) = line.strip_prefix('[') {
                let raw = |name: &str| is_identifier(name.strip_prefix("r#").unwrap_or(name));
                let Some(name) = name.strip_suffix(']').filter(|name| raw(name)) else {
                    return Err(error(format!("expected a system name as `[Name]`, found `{line}`")));
                };
                if let Some(done) = current.take() {
                    finish(&mut lock, done, line_number)?;
                }
                if lock.system(name).is_some() {
                    return Err(error(format!("system `{name}` appears twice")));
                }
                current = Some(LockedSystem { name: name.to_owned(), entries: Vec::new() });
                continue;
            }
            let Some(system) = current.as_mut() else {
                return Err(error("expected `[System]` before the first entry".to_owned()));
            };
            system.entries.push(parse_entry(line).map_err(error)?);
        }
        if !version_seen {
            return Err(ParseError { line: 1, message: "empty lock file: expected `errcat-lock 1`".to_owned() });
        }
        if let Some(done) = current {
            finish(&mut lock, done, text.lines().count())?;
        }
        Ok(lock)
    }
}

fn finish(lock: &mut Lock, mut system: LockedSystem, line: usize) -> Result<(), ParseError> {
    system.entries.sort_by(|left, right| (&left.code, &left.name).cmp(&(&right.code, &right.name)));
    if let Some(pair) =
        system.entries.windows(2).find(|pair| pair[0].code == pair[1].code && pair[0].name == pair[1].name)
    {
        return Err(ParseError {
            line,
            message: format!("system `{}` lists {} {} twice", system.name, pair[0].code, quote(&pair[0].name)),
        });
    }
    lock.insert(system);
    Ok(())
}

fn is_identifier(text: &str) -> bool {
    let mut characters = text.chars();
    characters.next().is_some_and(|first| first.is_alphabetic() || first == '_')
        && characters.all(|character| character.is_alphanumeric() || character == '_')
}

fn parse_entry(line: &str) -> Result<LockedEntry, String> {
    let mut rest = line;
    let code = if rest.starts_with('"') {
        let (text, after) = unquote(rest)?;
        rest = after;
        LockedCode::Text(text)
    } else {
        let end = rest.find(' ').unwrap_or(rest.len());
        let token = &rest[..end];
        rest = &rest[end..];
        let digits = token.strip_prefix('-').unwrap_or(token);
        if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
            return Err(format!("expected a code, an integer or a quoted string, found `{token}`"));
        }
        LockedCode::Integer(token.parse().map_err(|_| format!("the code `{token}` is too large"))?)
    };
    let rest = rest.trim_start();
    if !rest.starts_with('"') {
        return Err(format!("expected the quoted name after code {code}"));
    }
    let (name, rest) = unquote(rest)?;
    let mut entry = LockedEntry { code, name, retired: false, texts: Vec::new() };
    for field in rest.split_whitespace() {
        if field == "retired" {
            entry.retired = true;
            continue;
        }
        let Some((language, hash)) = field.split_once('=') else {
            return Err(format!("expected `retired` or `LANGUAGE=HASH`, found `{field}`"));
        };
        let hash = u64::from_str_radix(hash, 16)
            .ok()
            .filter(|_| hash.len() == 16)
            .ok_or_else(|| format!("expected 16 hex digits as the hash of the `{language}` text, found `{hash}`"))?;
        if !is_identifier(language) {
            return Err(format!("expected a language tag before `=`, found `{language}`"));
        }
        entry.texts.push((language.to_owned(), hash));
    }
    if entry.retired && !entry.texts.is_empty() {
        return Err("a retired entry has no texts".to_owned());
    }
    Ok(entry)
}

/// Characters written as `\u{…}`: controls, and the invisible ones that
/// would make a line show something other than it holds.
fn needs_escape(character: char) -> bool {
    character.is_control()
        || matches!(character, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// The quoted form of a text, for a line of the lock file.
pub fn quote(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for character in text.chars() {
        match character {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\r' => quoted.push_str("\\r"),
            '\t' => quoted.push_str("\\t"),
            other if needs_escape(other) => {
                let _ = write!(quoted, "\\u{{{:x}}}", u32::from(other));
            }
            other => quoted.push(other),
        }
    }
    quoted.push('"');
    quoted
}

/// Reads a quoted text at the start of `input`: the text and what follows.
fn unquote(input: &str) -> Result<(String, &str), String> {
    let mut text = String::new();
    let mut characters = input.char_indices().skip(1);
    while let Some((position, character)) = characters.next() {
        match character {
            '"' => return Ok((text, &input[position + 1..])),
            '\\' => match characters.next().map(|(_, escaped)| escaped) {
                Some('"') => text.push('"'),
                Some('\\') => text.push('\\'),
                Some('n') => text.push('\n'),
                Some('r') => text.push('\r'),
                Some('t') => text.push('\t'),
                Some('u') => {
                    let rest = &input[position + 2..];
                    let inner = rest.strip_prefix('{').and_then(|rest| rest.split_once('}')).map(|(hex, _)| hex);
                    let decoded = inner
                        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                        .and_then(char::from_u32)
                        .ok_or_else(|| "expected `\\u{HEX}` with a character's hex code".to_owned())?;
                    text.push(decoded);
                    let skip = inner.map_or(0, |hex| hex.chars().count() + 2);
                    for _ in 0..skip {
                        characters.next();
                    }
                }
                _ => return Err("unknown escape in a quoted text; expected \\\" \\\\ \\n \\r \\t or \\u{…}".to_owned()),
            },
            other => text.push(other),
        }
    }
    Err("a quoted text is not closed: expected `\"`".to_owned())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Any name survives a lock file, and any text read as one is an
        /// error or a lock, never a panic.
        #[test]
        fn names_round_trip_and_parsing_never_panics(name in "\\PC*|[\"\\\\\u{0}-\u{1f}\u{202a}-\u{202e}a-z ]*", noise in ".*") {
            let lock = Lock {
                systems: vec![LockedSystem {
                    name: "S".to_owned(),
                    entries: vec![LockedEntry {
                        code: LockedCode::Integer(-1),
                        name: name.clone(),
                        retired: false,
                        texts: vec![("zh".to_owned(), text_hash(&name))],
                    }],
                }],
            };
            let text = lock.render();
            prop_assert_eq!(text.lines().count(), HEADER.lines().count() + 3);
            prop_assert_eq!(Lock::parse(&text), Ok(lock));
            let _ = Lock::parse(&noise);
            let _ = Lock::parse(&format!("errcat-lock 1\n[S]\n{noise}"));
        }
    }

    #[test]
    fn fnv_1a_64_matches_the_published_test_vectors() {
        assert_eq!(text_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(text_hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(text_hash("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn quoting_round_trips_every_kind_of_text() {
        for text in ["FILE_NOT_EXIST", "It's A Directory", "say \"hi\"\\", "a\nb\tc\r", "\u{202e}evil\u{0}", "文件"] {
            let quoted = quote(text);
            assert!(!quoted.contains('\n') && !quoted.contains('\u{202e}'), "{quoted}");
            assert_eq!(unquote(&format!("{quoted} rest")), Ok((text.to_owned(), " rest")), "{quoted}");
        }
    }

    #[test]
    fn a_rendered_lock_parses_back_to_itself() {
        let lock = Lock {
            systems: vec![LockedSystem {
                name: "Store".to_owned(),
                entries: vec![
                    LockedEntry {
                        code: LockedCode::Integer(-7),
                        name: "GONE".to_owned(),
                        retired: true,
                        texts: Vec::new(),
                    },
                    LockedEntry {
                        code: LockedCode::Integer(404),
                        name: "Not \"Found\"".to_owned(),
                        retired: false,
                        texts: vec![("zh".to_owned(), text_hash("未找到")), ("en".to_owned(), 1)],
                    },
                    LockedEntry {
                        code: LockedCode::Text("E001".to_owned()),
                        name: "E".to_owned(),
                        retired: false,
                        texts: Vec::new(),
                    },
                ],
            }],
        };
        let text = lock.render();
        assert!(text.contains("\n[Store]\n-7 \"GONE\" retired\n404 \"Not \\\"Found\\\"\" zh="), "{text}");
        assert!(text.contains(" en=0000000000000001\n\"E001\" \"E\"\n"), "{text}");
        assert_eq!(Lock::parse(&text), Ok(lock));
        assert!(Lock::parse("errcat-lock 1\n[r#Store]\n1 \"A\"\n").unwrap().system("r#Store").is_some());
    }

    #[test]
    fn malformed_lines_say_where_and_what() {
        let cases = [
            ("", 1, "empty lock file"),
            ("[Store]\n", 1, "expected `errcat-lock 1`"),
            ("errcat-lock 2\n", 1, "unsupported lock file version `2`"),
            ("errcat-lock 1\n1 \"A\"\n", 2, "expected `[System]`"),
            ("errcat-lock 1\n[Store]\nx \"A\"\n", 3, "expected a code"),
            ("errcat-lock 1\n[Store]\n1 A\n", 3, "expected the quoted name"),
            ("errcat-lock 1\n[Store]\n1 \"A\n", 3, "not closed"),
            ("errcat-lock 1\n[Store]\n1 \"A\" zh=12\n", 3, "16 hex digits"),
            ("errcat-lock 1\n[Store]\n1 \"A\" fresh\n", 3, "expected `retired` or `LANGUAGE=HASH`"),
            ("errcat-lock 1\n[Store]\n[Store]\n", 3, "appears twice"),
            ("errcat-lock 1\n[r#]\n", 2, "expected a system name"),
            ("errcat-lock 1\n[A B]\n", 2, "expected a system name"),
            ("errcat-lock 1\n[Store]\n1 \"A\"\n1 \"A\"\n", 4, "lists 1 \"A\" twice"),
        ];
        for (text, line, message) in cases {
            let error = Lock::parse(text).expect_err(text);
            assert_eq!(error.line, line, "{text:?}: {error}");
            assert!(error.message.contains(message), "{text:?}: {error}");
        }
    }
}
