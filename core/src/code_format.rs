//! How a system writes its codes: `#[code_format = "E{:04}"]` (rustc's
//! `E0308`), `#[code_format = "0x{:08X}"]` (Windows' HRESULTs). The macro
//! writes every entry's code into a table at expansion
//! ([`Entry::code_str`](crate::Entry::code_str)); this reads codes back as
//! users type them.

use crate::IntegerCode;

/// A system's code format: a prefix, the number in a radix, a suffix.
///
/// ```
/// use errcat::error_catalog;
///
/// error_catalog! {
///     #[code_format = "0x{:08X}"]
///     pub system HResult: i32 {
///         -2147024894 FILE_NOT_FOUND "The system cannot find the file specified.",
///         -2147024882 OUTOFMEMORY "Not enough memory resources are available to complete this operation.",
///     }
/// }
///
/// let format = HResult::SYSTEM.code_format().unwrap();
/// assert_eq!((format.prefix(), format.radix(), format.suffix()), ("0x", 16, ""));
/// assert_eq!(HResult::FileNotFound.code_str(), "0x80070002");
/// assert_eq!(HResult::from_code_str("0x8007000E"), Some(HResult::Outofmemory));
/// assert_eq!(HResult::from_code_str("0x8007000e"), Some(HResult::Outofmemory));
/// assert_eq!(HResult::from_code_str("-2147024882"), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeFormat {
    prefix: &'static str,
    suffix: &'static str,
    radix: u32,
    uppercase: bool,
    width: u8,
}

impl CodeFormat {
    #[doc(hidden)]
    pub const fn __new(prefix: &'static str, suffix: &'static str, radix: u32, uppercase: bool, width: u8) -> Self {
        CodeFormat { prefix, suffix, radix, uppercase, width }
    }

    /// What comes before the number: `"E"`, `"0x"`.
    pub const fn prefix(&self) -> &'static str {
        self.prefix
    }

    /// What comes after the number; usually `""`.
    pub const fn suffix(&self) -> &'static str {
        self.suffix
    }

    /// 10, 16, 8 or 2.
    pub const fn radix(&self) -> u32 {
        self.radix
    }

    /// Whether hexadecimal digits are written in upper case.
    pub const fn is_uppercase(&self) -> bool {
        self.uppercase
    }

    /// The least number of digits, zeros in front (`4` in `E{:04}`).
    pub const fn width(&self) -> usize {
        self.width as usize
    }

    /// The code written as `text`: the prefix and suffix compared without
    /// regard to ASCII case, the digits in the format's radix (any case, any
    /// number of leading zeros). In a radix other than ten the digits are
    /// the code's two's complement, as the format writes a negative code.
    pub fn parse<C: IntegerCode>(&self, text: &str) -> Option<C> {
        let digits = strip_prefix_ignore_case(text, self.prefix)?;
        let digits = strip_suffix_ignore_case(digits, self.suffix)?;
        if self.radix == 10 {
            return parse_decimal(digits);
        }
        if digits.is_empty() || digits.starts_with(['+', '-']) {
            return None;
        }
        let bits = u128::from_str_radix(digits, self.radix).ok()?;
        let (min, max) = (C::MIN.to_i128(), C::MAX.to_i128());
        let span = u128::try_from(max - min).ok()?;
        if bits > span {
            return None;
        }
        let value = i128::try_from(bits).ok()?;
        // Above the type's maximum: the two's complement of a negative code.
        C::from_i128(if value > max { value - (max - min) - 1 } else { value })
    }
}

/// A decimal code, as a system without a format writes it: `-46628`.
pub(crate) fn parse_decimal<C: IntegerCode>(text: &str) -> Option<C> {
    if text.starts_with('+') {
        return None;
    }
    C::from_i128(text.parse::<i128>().ok()?)
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &text[prefix.len()..])
}

fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let start = text.len().checked_sub(suffix.len())?;
    let tail = text.get(start..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| &text[..start])
}

#[cfg(test)]
mod tests {
    use super::CodeFormat;

    #[test]
    fn codes_are_read_as_written() {
        let hex = CodeFormat::__new("0x", "", 16, true, 8);
        assert_eq!(hex.parse::<i32>("0x80070002"), Some(-2_147_024_894));
        assert_eq!(hex.parse::<u32>("0X80070002"), Some(0x8007_0002));
        assert_eq!(hex.parse::<i32>("0x7FFFFFFF"), Some(i32::MAX));
        assert_eq!(hex.parse::<i32>("0xFFFFFFFF"), Some(-1));
        assert_eq!(hex.parse::<i32>("0x100000000"), None);
        assert_eq!(hex.parse::<i32>("0x"), None);
        assert_eq!(hex.parse::<i32>("0x-1"), None);
        assert_eq!(hex.parse::<i32>("80070002"), None);
        let rustc = CodeFormat::__new("E", "", 10, false, 4);
        assert_eq!(rustc.parse::<u16>("E0308"), Some(308));
        assert_eq!(rustc.parse::<u16>("e308"), Some(308));
        assert_eq!(rustc.parse::<u16>("E+308"), None);
        assert_eq!(rustc.parse::<u16>("0308"), None);
        assert_eq!(rustc.parse::<i16>("E-3"), Some(-3));
        let suffixed = CodeFormat::__new("#", "h", 16, false, 0);
        assert_eq!(suffixed.parse::<u8>("#ffh"), Some(255));
        assert_eq!(suffixed.parse::<i8>("#80h"), Some(-128));
        assert_eq!(suffixed.parse::<u8>("#ff"), None);
        // Multi-byte text never splits a character.
        assert_eq!(CodeFormat::__new("错", "", 10, false, 0).parse::<u8>("é1"), None);
    }
}
