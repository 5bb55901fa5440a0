//! What a heading states: a range anywhere in its text (`(0-499)`,
//! `400 ~ 499`, `（500 ~ 599）`, `1000 to 1999`, `400..=499`, `4xx`), or one
//! code at its start (`` `0` OK - 成功 ``); whether it marks a reserved or an
//! open range; the words left, from which its section's identifier comes;
//! and the identifier errcat's own export writes (``Title (`Name`, `1..=9`)``).

use heck::ToUpperCamelCase;

use crate::query::parse_code;

pub type Range = (i128, i128);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Section,
    Reserved,
    Open,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadingParts {
    /// One code at the start, when the heading states no range.
    pub code: Option<i128>,
    pub range: Option<Range>,
    pub kind: Kind,
    /// The text without the code or range, and without the brackets that
    /// held the range.
    pub words: String,
    /// The section identifier errcat's export states in the heading.
    pub ident: Option<String>,
    /// A class in the SQLSTATE documentation's style, `Class 22 — Data
    /// Exception`: the prefix of its codes and its title. Only a string
    /// system reads it; an integer system's heading keeps its words.
    pub class: Option<Class>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Class {
    pub prefix: String,
    pub title: String,
}

/// The separators between a class and its title.
const CLASS_SEPARATORS: &[&str] = &["—", "–", "-", ":", "：", "|"];

/// `Class 22 — Data Exception`, `Class 0A - Feature Not Supported`, `class
/// HV: Foreign Data Wrapper Error`: the word `Class`, the prefix (up to
/// eight digits and ASCII capitals), a separator and a title. Emphasis around the whole
/// (`**Class 00 — …**`, as the `PostgreSQL` documentation's class rows read
/// when converted to Markdown) is not part of it.
pub fn class(text: &str) -> Option<Class> {
    let text = without_emphasis(text.trim());
    let rest = text.get(..5).filter(|word| word.eq_ignore_ascii_case("class")).map(|_| &text[5..])?;
    let rest = rest.strip_prefix(char::is_whitespace)?.trim_start();
    let end = rest
        .find(|character: char| !(character.is_ascii_uppercase() || character.is_ascii_digit()))
        .unwrap_or(rest.len());
    let (prefix, rest) = rest.split_at(end);
    if prefix.len() > 8 {
        return None;
    }
    let rest = rest.trim_start();
    let separator = CLASS_SEPARATORS.iter().find(|separator| rest.starts_with(**separator))?;
    let title = rest[separator.len()..].trim();
    (!prefix.is_empty() && !title.is_empty()).then(|| Class { prefix: prefix.to_owned(), title: title.to_owned() })
}

/// The text inside `**…**`, `__…__`, `*…*` or `_…_` that wraps all of it.
pub fn without_emphasis(text: &str) -> &str {
    for marker in ["**", "__", "*", "_"] {
        if let Some(inner) = text.strip_prefix(marker).and_then(|inner| inner.strip_suffix(marker))
            && !inner.is_empty()
        {
            return inner.trim();
        }
    }
    text
}

/// A class's section identifier: from its title's words up to a
/// parenthesis (`No Data (this is also a warning class …)` → `NoData`).
pub fn class_identifier(class: &Class) -> Option<String> {
    let words = class.title.split(" (").next().unwrap_or(&class.title);
    section_identifier(words)
}

/// `code_spans`: the heading's code spans, as pulldown-cmark read them;
/// an identifier is taken from the trailing parentheses only when they
/// hold code spans, so a title's own brackets stay in the title.
pub fn parse(text: &str, code_spans: &[String]) -> HeadingParts {
    if let Some(parts) = exported(text, code_spans) {
        return parts;
    }
    let text = text.trim();
    let (range, words) = match find_range(text) {
        Some((span, range)) => (Some(range), remove(text, span)),
        None => (None, text.to_owned()),
    };
    let code = if range.is_none() { leading_code(&words) } else { None };
    let words = match code {
        Some(_) => words.split_once(char::is_whitespace).map_or("", |(_, rest)| rest).trim().to_owned(),
        None => words,
    };
    let kind = if range.is_some() { kind_of(&words) } else { Kind::Section };
    HeadingParts { code, range, kind, words, ident: None, class: class(text) }
}

/// ``Title (`Name`, `1..=34`)``, ``(`Name`)``, ``Reserved (`600..=699`)``.
fn exported(text: &str, code_spans: &[String]) -> Option<HeadingParts> {
    let inner = text.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let (title, inside) = (inner[..open].trim_end(), &inner[open + 1..]);
    let parts: Vec<&str> = inside.split(", ").collect();
    if parts.is_empty() || parts.len() > 2 || !parts.iter().all(|part| code_spans.iter().any(|span| span == part)) {
        return None;
    }
    let range_of =
        |part: &str| part.split_once("..=").and_then(|(start, end)| Some((parse_code(start)?, parse_code(end)?)));
    let single = |part: &str| parse_code(part).map(|code| (code, code));
    match parts.as_slice() {
        [name, range] if errcat_dsl::naming::is_identifier(name) => {
            let range = range_of(range).or_else(|| single(range))?;
            Some(HeadingParts {
                code: None,
                range: Some(range),
                kind: Kind::Section,
                words: title.to_owned(),
                ident: Some((*name).to_owned()),
                class: None,
            })
        }
        [only] if errcat_dsl::naming::is_identifier(only) => Some(HeadingParts {
            code: None,
            range: None,
            kind: Kind::Section,
            words: title.to_owned(),
            ident: Some((*only).to_owned()),
            class: None,
        }),
        [only] => {
            let range = range_of(only).or_else(|| single(only))?;
            let kind = match title {
                "Reserved" => Kind::Reserved,
                "Open" => Kind::Open,
                _ => return None,
            };
            Some(HeadingParts { code: None, range: Some(range), kind, words: String::new(), ident: None, class: None })
        }
        _ => None,
    }
}

fn kind_of(words: &str) -> Kind {
    let lower = words.to_lowercase();
    let has_word =
        |wanted: &str| lower.split(|character: char| !character.is_alphanumeric()).any(|word| word == wanted);
    if has_word("reserved") || lower.contains("保留") {
        Kind::Reserved
    } else if has_word("open") || has_word("unassigned") || lower.contains("开放") {
        Kind::Open
    } else {
        Kind::Section
    }
}

/// A number in a heading: its byte span and value. A class (`4xx`) spans
/// the codes that begin with its digits.
#[derive(Debug, Clone, Copy)]
struct Number {
    start: usize,
    end: usize,
    value: i128,
    class: Option<Range>,
}

const SEPARATORS: &[&str] = &["-", "–", "—", "~", "～", "..", "..=", "to", "through", "至", "到"];

/// The first pair of numbers joined by a separator, or else the first
/// class; with the span to cut from the words.
fn find_range(text: &str) -> Option<((usize, usize), Range)> {
    let numbers = numbers(text);
    for pair in numbers.windows(2) {
        let (first, second) = (pair[0], pair[1]);
        if first.class.is_some() || second.class.is_some() {
            continue;
        }
        let between = text[first.end..second.start].trim().trim_matches('`').trim();
        if SEPARATORS.contains(&between) {
            let range = (first.value.min(second.value), first.value.max(second.value));
            return Some(((first.start, second.end), range));
        }
    }
    numbers.iter().find_map(|number| number.class.map(|range| ((number.start, number.end), range)))
}

fn numbers(text: &str) -> Vec<Number> {
    let bytes = text.as_bytes();
    let word_byte = |at: usize| bytes.get(at).is_some_and(|byte| byte.is_ascii_alphanumeric() || *byte == b'_');
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_digit() || (at > 0 && (word_byte(at - 1) || bytes[at - 1] == b'.')) {
            at += 1;
            continue;
        }
        let negative = at > 0
            && bytes[at - 1] == b'-'
            && (at == 1 || !(word_byte(at - 2) || bytes[at - 2] == b'`' || bytes[at - 2] == b')'));
        let start = if negative { at - 1 } else { at };
        let mut end = at;
        if bytes[at] == b'0'
            && matches!(bytes.get(at + 1), Some(b'x' | b'X'))
            && bytes.get(at + 2).is_some_and(u8::is_ascii_hexdigit)
        {
            end = at + 2;
            while bytes.get(end).is_some_and(u8::is_ascii_hexdigit) {
                end += 1;
            }
        } else {
            while bytes.get(end).is_some_and(u8::is_ascii_digit) {
                end += 1;
            }
        }
        let mut class = None;
        let xs = bytes[end..].iter().take_while(|byte| matches!(byte, b'x' | b'X')).count();
        if xs >= 2 && !word_byte(end + xs) && !text[at..end].starts_with("0x") {
            let scale = 10_i128.pow(u32::try_from(xs).unwrap_or(0).min(18));
            let lead: i128 = text[at..end].parse().unwrap_or(0);
            class = Some((lead * scale, lead * scale + scale - 1));
            end += xs;
        } else if word_byte(end)
            || (bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
        {
            at = end;
            while word_byte(at) {
                at += 1;
            }
            continue;
        }
        if let Some(value) = parse_code(&text[start..end]).or(class.map(|(low, _)| low)) {
            found.push(Number { start, end, value, class });
        }
        at = end;
    }
    found
}

/// The text without `span`, and without the brackets or backticks right
/// around it.
fn remove(text: &str, (mut start, mut end): (usize, usize)) -> String {
    let before = text[..start].trim_end_matches([' ', '`']);
    let after = text[end..].trim_start_matches([' ', '`']);
    for (open, close) in [("(", ")"), ("（", "）"), ("[", "]")] {
        if before.ends_with(open) && after.starts_with(close) {
            start = before.len() - open.len();
            end = text.len() - after.len() + close.len();
            let words = format!("{} {}", &text[..start], &text[end..]);
            return tidy(&words);
        }
    }
    start = before.len();
    end = text.len() - after.len();
    tidy(&format!("{} {}", &text[..start], &text[end..]))
}

fn tidy(words: &str) -> String {
    let joined = words.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.trim_matches([' ', ':', '：', '-', '–', '—', ',']).to_owned()
}

fn leading_code(words: &str) -> Option<i128> {
    let first = words.split_whitespace().next()?;
    parse_code(first.trim_matches('`'))
}

/// Words whose lowercase run, after a run of capitals, is a word of its
/// own: `CURLcode` reads as `CURL code`, not `CUR Lcode`.
const TRAILING_WORDS: &[&str] = &["code", "codes", "error", "errors", "status", "result", "results", "type", "value"];

/// A section identifier from a heading's words: each ASCII word
/// capitalised (`System Error Codes` → `SystemErrorCodes`, `CURLcode` →
/// `CurlCode`), numbers left out; `None` when no word is left.
pub fn section_identifier(words: &str) -> Option<String> {
    let mut ident = String::new();
    for run in words.split(|character: char| !character.is_ascii_alphanumeric()) {
        if run.is_empty() || run.bytes().all(|byte| byte.is_ascii_digit()) {
            continue;
        }
        for word in split_run(run) {
            ident.push_str(&word.to_upper_camel_case());
        }
    }
    if ident.starts_with(|first: char| first.is_ascii_digit()) {
        ident.insert_str(0, "Section");
    }
    (!ident.is_empty() && ident != "Self").then_some(ident)
}

fn split_run(run: &str) -> Vec<String> {
    let capitals = run.bytes().take_while(u8::is_ascii_uppercase).count();
    let tail = &run[capitals..];
    if capitals >= 2 && tail.bytes().all(|byte| byte.is_ascii_lowercase()) && TRAILING_WORDS.contains(&tail) {
        return vec![run[..capitals].to_ascii_lowercase(), tail.to_owned()];
    }
    vec![run.to_owned()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> (Option<i128>, Option<Range>, Kind, String) {
        let parts = parse(text, &[]);
        (parts.code, parts.range, parts.kind, parts.words)
    }

    #[test]
    fn ranges_anywhere_in_a_heading() {
        let section = |range: Range, words: &str| (None, Some(range), Kind::Section, words.to_owned());
        assert_eq!(parts("System Error Codes (0-499)"), section((0, 499), "System Error Codes"));
        assert_eq!(parts("Request errors 400-499"), section((400, 499), "Request errors"));
        assert_eq!(parts("Request errors 400 ~ 499"), section((400, 499), "Request errors"));
        assert_eq!(parts("服务错误（500 ~ 599）"), section((500, 599), "服务错误"));
        assert_eq!(parts("Server errors 1000 to 1999"), section((1000, 1999), "Server errors"));
        assert_eq!(parts("Client 400..=499"), section((400, 499), "Client"));
        assert_eq!(parts("4xx client errors"), section((400, 499), "client errors"));
        assert_eq!(parts("5XX"), section((500, 599), ""));
        assert_eq!(
            parts("`40000` ~ `59999` 保留错误段"),
            (None, Some((40000, 59999)), Kind::Reserved, "保留错误段".into())
        );
        assert_eq!(parts("Reserved 6000 ~ 6999"), (None, Some((6000, 6999)), Kind::Reserved, "Reserved".into()));
        assert_eq!(parts("60000 ~ 99999 开放错误段"), (None, Some((60000, 99999)), Kind::Open, "开放错误段".into()));
        assert_eq!(parts("-100..=-199"), section((-199, -100), ""));
        assert_eq!(parts("400 - 499 Client"), section((400, 499), "Client"));
        assert_eq!(parts("Codes 0x100-0x1FF"), section((256, 511), "Codes"));
    }

    #[test]
    fn codes_and_plain_words() {
        assert_eq!(parts("`0` OK - 成功"), (Some(0), None, Kind::Section, "OK - 成功".into()));
        assert_eq!(
            parts("10000 Request Error - 请求错误"),
            (Some(10000), None, Kind::Section, "Request Error - 请求错误".into())
        );
        assert_eq!(parts("2.1 Errors"), (None, None, Kind::Section, "2.1 Errors".into()));
        assert_eq!(parts("PROXY 错误码"), (None, None, Kind::Section, "PROXY 错误码".into()));
        assert_eq!(parts("HTTP/2 errors"), (None, None, Kind::Section, "HTTP/2 errors".into()));
        assert_eq!(parts("Open questions"), (None, None, Kind::Section, "Open questions".into()));
    }

    #[test]
    fn errcat_export_headings() {
        let spans = |names: &[&str]| names.iter().map(|name| (*name).to_owned()).collect::<Vec<_>>();
        let parsed = parse("Title (x) (Name, 1..=34)", &spans(&["Name", "1..=34"]));
        assert_eq!(
            (parsed.ident.as_deref(), parsed.range, parsed.words.as_str()),
            (Some("Name"), Some((1, 34)), "Title (x)")
        );
        let parsed = parse("(Name)", &spans(&["Name"]));
        assert_eq!((parsed.ident.as_deref(), parsed.words.as_str()), (Some("Name"), ""));
        let parsed = parse("Reserved (600..=699)", &spans(&["600..=699"]));
        assert_eq!((parsed.kind, parsed.range), (Kind::Reserved, Some((600, 699))));
        let parsed = parse("Open (-5..=-1)", &spans(&["-5..=-1"]));
        assert_eq!((parsed.kind, parsed.range), (Kind::Open, Some((-5, -1))));
        assert_eq!(parse("Title (Name)", &[]).ident, None);
    }

    #[test]
    fn sqlstate_classes() {
        let read = |text: &str| class(text).map(|class| (class.prefix, class.title));
        let class_of = |prefix: &str, title: &str| Some((prefix.to_owned(), title.to_owned()));
        assert_eq!(read("Class 22 — Data Exception"), class_of("22", "Data Exception"));
        assert_eq!(read("Class 22 - Data Exception"), class_of("22", "Data Exception"));
        assert_eq!(read("**Class 0A — Feature Not Supported**"), class_of("0A", "Feature Not Supported"));
        assert_eq!(
            read("class HV: Foreign Data Wrapper Error (SQL/MED)"),
            class_of("HV", "Foreign Data Wrapper Error (SQL/MED)")
        );
        assert_eq!(read("Class 22"), None);
        assert_eq!(read("Classes 22 — x"), None);
        assert_eq!(read("Class action — x y"), None);
        assert_eq!(read("Classification — x"), None);
        let parsed = parse("Class 22 — Data Exception", &[]);
        assert_eq!((parsed.range, parsed.words.as_str()), (None, "Class 22 — Data Exception"));
        let no_data = Class { prefix: "02".into(), title: "No Data (this is also a warning class)".into() };
        assert_eq!(class_identifier(&no_data).as_deref(), Some("NoData"));
        let plpgsql = Class { prefix: "P0".into(), title: "PL/pgSQL Error".into() };
        assert_eq!(class_identifier(&plpgsql).as_deref(), Some("PlPgSqlError"));
    }

    #[test]
    fn section_identifiers_read_as_words() {
        assert_eq!(section_identifier("System Error Codes").as_deref(), Some("SystemErrorCodes"));
        assert_eq!(section_identifier("CURLcode").as_deref(), Some("CurlCode"));
        assert_eq!(section_identifier("PROXY 错误码").as_deref(), Some("Proxy"));
        assert_eq!(section_identifier("Upload / Download Error - 上传").as_deref(), Some("UploadDownloadError"));
        assert_eq!(section_identifier("HTTP/2 errors").as_deref(), Some("HttpErrors"));
        assert_eq!(section_identifier("保留错误段"), None);
    }
}
