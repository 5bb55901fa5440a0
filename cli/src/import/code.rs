//! Reading a code as sources write it: `-61`, `` `404` ``, `0x10A`, and
//! Microsoft's `2 (0x2)`, where both forms must denote the same number.

use crate::query::parse_code;

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
