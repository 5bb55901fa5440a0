//! `#[code_format = "E{:04}"]`: how a system writes its codes (rustc's
//! `E0308`, Windows' `0x80070002`). The format is read here, once; the
//! expansion writes every entry's code with it into a table, and errcat's
//! runtime reads codes back with the parts it is given (`CodeFormat`).
//!
//! A format is a prefix, one placeholder and a suffix. The placeholder is
//! Rust's: `{}` (decimal), or `{:` then an optional `0` and width, then an
//! optional radix, `x` or `X` (hexadecimal), `o` (octal), `b` (binary), then
//! `}`. `{{` and `}}` write a brace. In a radix other than ten a negative
//! code is written as Rust writes it, in two's complement of the code type:
//! `0x{:08X}` writes the `i32` -2147024894 as `0x80070002`.

use crate::model::CodeType;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeFormat {
    pub prefix: String,
    pub suffix: String,
    /// 10, 16, 8 or 2.
    pub radix: u32,
    /// Hexadecimal digits in upper case (`X`).
    pub uppercase: bool,
    /// The least number of characters the number takes, zeros in front.
    pub width: usize,
}

impl Default for CodeFormat {
    /// Decimal, as `{}`: how a system without `#[code_format]` writes codes.
    fn default() -> Self {
        CodeFormat { prefix: String::new(), suffix: String::new(), radix: 10, uppercase: false, width: 0 }
    }
}

/// The widest a code is written: 128 binary digits, and no more zeros.
const MAX_WIDTH: usize = 128;

impl CodeFormat {
    /// Reads a format; the error says what is wrong and what is expected.
    pub fn parse(format: &str) -> Result<CodeFormat, String> {
        let mut prefix = String::new();
        let mut suffix = String::new();
        let mut spec: Option<&str> = None;
        let mut rest = format;
        while let Some(character) = rest.chars().next() {
            let target = if spec.is_some() { &mut suffix } else { &mut prefix };
            if let Some(tail) = rest.strip_prefix("{{") {
                target.push('{');
                rest = tail;
            } else if let Some(tail) = rest.strip_prefix("}}") {
                target.push('}');
                rest = tail;
            } else if character == '{' {
                if spec.is_some() {
                    return Err(format!(
                        "the code format `{format}` has a second placeholder: a code is written with one, e.g. \
                         `E{{:04}}`; write `{{{{` for a brace"
                    ));
                }
                let Some(end) = rest.find('}') else {
                    return Err(format!("the placeholder of the code format `{format}` is not closed: expected `}}`"));
                };
                spec = Some(&rest[1..end]);
                rest = &rest[end + 1..];
            } else if character == '}' {
                return Err(format!(
                    "the code format `{format}` has a `}}` that closes nothing: write `}}}}` for a brace"
                ));
            } else {
                target.push(character);
                rest = &rest[character.len_utf8()..];
            }
        }
        let Some(spec) = spec else {
            return Err(format!(
                "the code format `{format}` has no placeholder: write `{{}}` where the number goes, e.g. `E{{:04}}` \
                 or `0x{{:08X}}`"
            ));
        };
        if spec.contains('#') {
            return Err(format!(
                "`{{{spec}}}`: the alternate form `#` is not taken in a code format; write the prefix before the \
                 placeholder, e.g. `0x{{:08X}}`"
            ));
        }
        let (radix, uppercase, width) = read_spec(spec).ok_or_else(|| {
            format!(
                "`{{{spec}}}` is not a code placeholder: expected `{{}}`, or `{{:` with an optional `0` and width \
                 and an optional `x`, `X`, `o` or `b`, then `}}`, e.g. `{{:04}}` or `{{:08X}}`"
            )
        })?;
        Ok(CodeFormat { prefix, suffix, radix, uppercase, width })
    }

    /// The code as this format writes it, as Rust's `format!` would for a
    /// value of `code_type`.
    pub fn write(&self, code: i128, code_type: CodeType) -> String {
        let width = self.width;
        let number = if self.radix == 10 {
            // Nearly every code fits in i64, whose digits are much cheaper
            // to write than i128's.
            match i64::try_from(code) {
                Ok(small) if width == 0 => small.to_string(),
                _ => format!("{code:0width$}"),
            }
        } else {
            // Two's complement in the code type's width, as Rust writes a
            // negative value in hexadecimal.
            let bits = code_type.bits();
            let mask = if bits >= 128 { u128::MAX } else { (1u128 << bits) - 1 };
            #[allow(clippy::cast_sign_loss)]
            let bits = (code as u128) & mask;
            match (self.radix, self.uppercase) {
                (16, true) => format!("{bits:0width$X}"),
                (16, false) => format!("{bits:0width$x}"),
                (8, _) => format!("{bits:0width$o}"),
                _ => format!("{bits:0width$b}"),
            }
        };
        if self.prefix.is_empty() && self.suffix.is_empty() {
            return number;
        }
        format!("{}{number}{}", self.prefix, self.suffix)
    }

    /// Whether this is the decimal format of a system without one.
    pub fn is_default(&self) -> bool {
        *self == CodeFormat::default()
    }
}

/// `""`, `:04`, `:08X`, `:x`: the radix, upper case, width.
fn read_spec(spec: &str) -> Option<(u32, bool, usize)> {
    if spec.is_empty() {
        return Some((10, false, 0));
    }
    let spec = spec.strip_prefix(':')?;
    let (digits, radix) = match spec.char_indices().last() {
        Some((at, 'x')) => (&spec[..at], (16, false)),
        Some((at, 'X')) => (&spec[..at], (16, true)),
        Some((at, 'o')) => (&spec[..at], (8, false)),
        Some((at, 'b')) => (&spec[..at], (2, false)),
        _ => (spec, (10, false)),
    };
    let width = if digits.is_empty() {
        0
    } else {
        // A width is written with a leading `0`: `{:4}` pads with spaces,
        // which no code is written with.
        let width = digits.strip_prefix('0')?;
        if width.is_empty() || !width.bytes().all(|byte| byte.is_ascii_digit()) {
            return None;
        }
        width.parse::<usize>().ok().filter(|&width| width <= MAX_WIDTH)?
    };
    Some((radix.0, radix.1, width))
}

#[cfg(test)]
mod tests {
    use super::CodeFormat;
    use crate::model::CodeType;

    fn written(format: &str, code: i128, code_type: CodeType) -> String {
        CodeFormat::parse(format).unwrap().write(code, code_type)
    }

    #[test]
    fn codes_are_written_as_rust_writes_them() {
        assert_eq!(written("E{:04}", 308, CodeType::U16), "E0308");
        assert_eq!(written("E{:04}", 308, CodeType::U16), format!("E{:04}", 308));
        assert_eq!(written("0x{:08X}", -2_147_024_894, CodeType::I32), format!("0x{:08X}", -2_147_024_894i32));
        assert_eq!(written("0x{:08X}", -2_147_024_894, CodeType::I32), "0x80070002");
        assert_eq!(written("0x{:08x}", 0x8007_000E, CodeType::U32), "0x8007000e");
        assert_eq!(written("{:o}", -1, CodeType::I8), format!("{:o}", -1i8));
        assert_eq!(written("{:b}", 5, CodeType::U8), "101");
        assert_eq!(written("E{:04}", -3, CodeType::I16), format!("E{:04}", -3i16));
        assert_eq!(written("{}", -46628, CodeType::I32), "-46628");
        assert_eq!(written("{{{}}}", 7, CodeType::I32), "{7}");
        assert_eq!(written("#{:X} (HRESULT)", 0x8000_4005, CodeType::U32), "#80004005 (HRESULT)");
        assert_eq!(written("{:08X}", i128::from(u64::MAX), CodeType::U64), format!("{:08X}", u64::MAX));
    }

    #[test]
    fn malformed_formats_say_what_is_expected() {
        for format in ["E", "E{:4}", "{:#x}", "{:0}", "{:0x4}", "{}{}", "{:04", "x}", "{:08Y}", "{name}"] {
            assert!(CodeFormat::parse(format).is_err(), "{format}");
        }
        assert!(CodeFormat::parse("{}").unwrap().is_default());
    }
}
