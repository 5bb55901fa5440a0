//! Reading a code as sources write it: `-61`, `` `404` ``, `0x10A`, and
//! Microsoft's `2 (0x2)`, where both forms must denote the same number; or,
//! in a string system, text such as `22P02`, `01000` or `NoSuchKey`, kept
//! exactly as written. Which of the two a document's codes are is decided
//! here too, from all its code cells at once.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::query::parse_code;

/// An entry's code: a number, or the text of a string system's code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    Integer(i128),
    Text(String),
}

impl Code {
    pub fn integer(&self) -> Option<i128> {
        match self {
            Code::Integer(value) => Some(*value),
            Code::Text(_) => None,
        }
    }

    /// As `error_catalog!` takes it: `-61`, `"22P02"`.
    pub fn literal(&self) -> String {
        match self {
            Code::Integer(value) => value.to_string(),
            Code::Text(text) => format!("{text:?}"),
        }
    }
}

/// The code as written: `-61`, `22P02`.
impl fmt::Display for Code {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Integer(value) => write!(formatter, "{value}"),
            Code::Text(text) => formatter.write_str(text),
        }
    }
}

/// A number in JSON, or a string for a string system's code.
impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Code::Integer(value) => serializer.serialize_i128(*value),
            Code::Text(text) => serializer.serialize_str(text),
        }
    }
}

/// The code types `--code-type` names, as `error_catalog!` spells them.
pub const CODE_TYPES: [&str; 9] = ["str", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64"];

/// A code type: `str`, or an integer type with the codes it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeType {
    Str,
    Integer(&'static str, (i128, i128)),
}

impl CodeType {
    /// `str`, `i8` … `u64`; `None` for any other name.
    pub fn named(name: &str) -> Option<CodeType> {
        let range = match name {
            "str" => return Some(CodeType::Str),
            "i8" => (i8::MIN.into(), i8::MAX.into()),
            "i16" => (i16::MIN.into(), i16::MAX.into()),
            "i32" => (i32::MIN.into(), i32::MAX.into()),
            "i64" => (i64::MIN.into(), i64::MAX.into()),
            "u8" => (0, u8::MAX.into()),
            "u16" => (0, u16::MAX.into()),
            "u32" => (0, u32::MAX.into()),
            "u64" => (0, u64::MAX.into()),
            _ => return None,
        };
        let name = CODE_TYPES.iter().find(|known| **known == name).copied()?;
        Some(CodeType::Integer(name, range))
    }

    pub fn name(self) -> &'static str {
        match self {
            CodeType::Str => "str",
            CodeType::Integer(name, _) => name,
        }
    }
}

/// What one code cell says about the kind of a document's codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Evidence {
    /// Only a number can be meant: `-61`, `0x10A`, `2 (0x2)`.
    Integer,
    /// A plain decimal number, which a string code can also be: `22012`.
    Either,
    /// Only text can be meant: letters (`22P02`, `NoSuchKey`) or a leading
    /// zero that a number would lose (`01000`).
    Text,
    /// Not a code of either kind.
    Neither,
}

fn evidence(cell: &str) -> Evidence {
    let text = cell.trim().trim_matches('`').trim();
    if has_leading_zero(text) {
        return Evidence::Text;
    }
    match read(cell) {
        Ok(code) if code.written.is_none() && code.value >= 0 => Evidence::Either,
        Ok(_) => Evidence::Integer,
        Err(_) if read_text(cell).is_ok() => Evidence::Text,
        Err(_) => Evidence::Neither,
    }
}

/// `01000`, `007`: decimal digits that start with a zero, which the number
/// they denote would lose.
pub fn has_leading_zero(text: &str) -> bool {
    let text = text.trim().trim_matches('`').trim();
    text.len() > 1 && text.starts_with('0') && text.bytes().all(|byte| byte.is_ascii_digit())
}

/// Whether the codes of a document are strings, from its code cells
/// (line, text) in document order, and the report that says why, at the
/// first cell that decided it. `forced` is `--code-type`. The codes are
/// strings when a cell can only be text (letters, a leading zero) and none
/// can only be a number (a negative, a hexadecimal or a `2 (0x2)` code):
/// then a cell such as `4x4` among them is a mistake, reported as such.
pub fn strings<'a>(
    cells: impl IntoIterator<Item = (usize, &'a str)>,
    forced: Option<CodeType>,
) -> (bool, Option<(usize, String)>) {
    if let Some(forced) = forced {
        return (forced == CodeType::Str, None);
    }
    let mut first_text = None;
    for (line, cell) in cells {
        match evidence(cell) {
            Evidence::Integer => return (false, None),
            Evidence::Text if first_text.is_none() => first_text = Some((line, cell.trim().trim_matches('`').trim())),
            _ => {}
        }
    }
    match first_text {
        Some((line, cell)) => {
            let why = if has_leading_zero(cell) { "keeps a leading zero" } else { "is not an integer" };
            let message = format!(
                "code `{cell}` {why}: the codes are strings, written as they are in a `str` system \
                 (--code-type chooses another type)"
            );
            (true, Some((line, message)))
        }
        None => (false, None),
    }
}

/// A string system's code: the cell's text, trimmed and without the
/// backticks of a code span, exactly as written otherwise: ASCII letters,
/// digits and `_ - . :`.
pub fn read_text(cell: &str) -> Result<String, NotACode> {
    let text = cell.trim().trim_matches('`').trim();
    if text.is_empty() {
        return Err(NotACode::Empty);
    }
    let allowed = |character: char| character.is_ascii_alphanumeric() || "_-.:".contains(character);
    if !text.chars().all(allowed) || !text.chars().any(|character| character.is_ascii_alphanumeric()) {
        return Err(NotACode::NotAString);
    }
    Ok(text.to_owned())
}

/// A code cell read: its value, and the form it was written in when that
/// is not the plain decimal number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenCode {
    pub value: i128,
    pub written: Option<String>,
}

/// Why a cell is not a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotACode {
    Empty,
    /// Digits, but more than 64 bits hold.
    TooWide,
    /// `2 (0x3)`: the two forms disagree.
    Disagrees(i128, i128),
    NotAnInteger,
    /// `01000` in a system of integer codes: the number would lose the zero.
    LeadingZero,
    /// A string system's code with a space or another character that codes
    /// are not written with.
    NotAString,
}

impl NotACode {
    /// What the report says, after "code `CELL` ".
    pub fn reason(&self, cell: &str) -> String {
        match self {
            NotACode::Empty => "no code: the row is not converted".to_owned(),
            NotACode::TooWide => format!("code `{cell}` does not fit in 64 bits: the row is not converted"),
            NotACode::Disagrees(first, second) => {
                format!("code `{cell}` states two numbers, {first} and {second}: the row is not converted")
            }
            NotACode::NotAnInteger => format!("code `{cell}` is not an integer: the row is not converted"),
            NotACode::LeadingZero => format!(
                "code `{cell}` has a leading zero, which an integer code would lose (--code-type str keeps every \
                 code as written): the row is not converted"
            ),
            NotACode::NotAString => format!(
                "code `{cell}` is not a code (a string code is ASCII letters, digits and `_ - . :`): the row is not \
                 converted"
            ),
        }
    }
}

/// The widest value a code may have before the importer calls it too wide.
fn fits(value: i128) -> bool {
    (i128::from(i64::MIN)..=i128::from(u64::MAX)).contains(&value)
}

pub fn read(cell: &str) -> Result<WrittenCode, NotACode> {
    let text = cell.trim().trim_matches('`').trim();
    if text.is_empty() {
        return Err(NotACode::Empty);
    }
    let value = match text.split_once('(') {
        Some((first, second)) if second.trim_end().ends_with(')') => {
            let second = second.trim_end().trim_end_matches(')');
            let (first, second) = (number(first.trim())?, number(second.trim().trim_matches('`'))?);
            if first != second {
                return Err(NotACode::Disagrees(first, second));
            }
            first
        }
        _ => number(text)?,
    };
    let plain = text.strip_prefix('+').unwrap_or(text);
    let written = (plain != value.to_string()).then(|| text.to_owned());
    Ok(WrittenCode { value, written })
}

fn number(text: &str) -> Result<i128, NotACode> {
    match parse_code(text) {
        Some(value) if fits(value) => Ok(value),
        Some(_) => Err(NotACode::TooWide),
        None => {
            let digits = text.trim_start_matches(['-', '+']);
            let hex = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X"));
            let all_digits = match hex {
                Some(hex) => !hex.is_empty() && hex.chars().all(|digit| digit.is_ascii_hexdigit()),
                None => !digits.is_empty() && digits.bytes().all(|byte| byte.is_ascii_digit()),
            };
            Err(if all_digits { NotACode::TooWide } else { NotACode::NotAnInteger })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(cell: &str) -> (i128, Option<&str>) {
        let code = read(cell).unwrap();
        (code.value, if code.written.is_some() { Some(cell.trim().trim_matches('`')) } else { None })
    }

    #[test]
    fn codes_as_sources_write_them() {
        assert_eq!(value("-61"), (-61, None));
        assert_eq!(value("`404`"), (404, None));
        assert_eq!(value("+5"), (5, None));
        assert_eq!(value("0x10a"), (266, Some("0x10a")));
        assert_eq!(value("0X10A"), (266, Some("0X10A")));
        assert_eq!(value("-0x10"), (-16, Some("-0x10")));
        assert_eq!(value("2 (0x2)"), (2, Some("2 (0x2)")));
        assert_eq!(value("1639 (0x667)"), (1639, Some("1639 (0x667)")));
        assert_eq!(value("-0"), (0, Some("-0")));
        assert_eq!(value("0xFFFFFFFFFFFFFFFF"), (i128::from(u64::MAX), Some("0xFFFFFFFFFFFFFFFF")));
    }

    #[test]
    fn string_codes_as_written() {
        assert_eq!(read_text("22P02"), Ok("22P02".to_owned()));
        assert_eq!(read_text(" `01000` "), Ok("01000".to_owned()));
        assert_eq!(read_text("NoSuchKey"), Ok("NoSuchKey".to_owned()));
        assert_eq!(read_text("2RSP"), Ok("2RSP".to_owned()));
        assert_eq!(read_text(""), Err(NotACode::Empty));
        assert_eq!(read_text("no such key"), Err(NotACode::NotAString));
        assert_eq!(read_text("—"), Err(NotACode::NotAString));
        assert_eq!(read_text("--"), Err(NotACode::NotAString));
    }

    #[test]
    fn which_codes_are_strings() {
        let decide = |cells: &[&str]| strings(cells.iter().enumerate().map(|(line, cell)| (line, *cell)), None);
        assert_eq!(decide(&["1", "22"]), (false, None));
        let (strings_, report) = decide(&["22012", "01000", "22P02"]);
        assert!(strings_);
        assert_eq!(report.unwrap().0, 1, "the first cell that can only be text");
        assert!(decide(&["22012", "22P02"]).1.unwrap().1.contains("`22P02` is not an integer"));
        assert!(decide(&["NoSuchKey", "AccessDenied"]).0);
        assert!(decide(&["2RSP"]).0);
        // A negative or hexadecimal code makes them numbers: `4x4` is then a slip.
        assert_eq!(decide(&["-61", "4x4"]), (false, None));
        assert_eq!(decide(&["0x10", "01"]), (false, None));
        assert_eq!(decide(&["not a code", "1"]), (false, None));
        assert!(strings([(0, "1")], Some(CodeType::Str)).0);
        assert!(!strings([(0, "22P02")], CodeType::named("u16")).0);
        assert_eq!(CodeType::named("u16").map(CodeType::name), Some("u16"));
        assert_eq!(CodeType::named("i128"), None);
    }

    #[test]
    fn what_is_not_a_code() {
        assert_eq!(read(""), Err(NotACode::Empty));
        assert_eq!(read("4x4"), Err(NotACode::NotAnInteger));
        assert_eq!(read("OK"), Err(NotACode::NotAnInteger));
        assert_eq!(read("0x"), Err(NotACode::NotAnInteger));
        assert_eq!(read("99999999999999999999999"), Err(NotACode::TooWide));
        assert_eq!(read("0x1FFFFFFFFFFFFFFFF"), Err(NotACode::TooWide));
        assert_eq!(read("2 (0x3)"), Err(NotACode::Disagrees(2, 3)));
        assert_eq!(read("2 (two)"), Err(NotACode::NotAnInteger));
    }
}
