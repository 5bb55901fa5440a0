//! Literals built from a catalogue's text. Any text is data: every
//! character that rustc rejects or warns about inside a literal (control
//! characters, NUL, CR, the bidirectional controls) is written as an
//! escape, so that the literal compiles and holds the text unchanged.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The characters that change the visible direction of text, which rustc
/// denies inside literals (`text_direction_codepoint_in_literal`).
pub fn is_bidi_control(character: char) -> bool {
    matches!(character, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether a character is written as an escape in a literal and shown as
/// one in rustdoc.
pub fn needs_escape(character: char) -> bool {
    character.is_control() || is_bidi_control(character)
}

/// The source text of a string literal, built piece by piece: escaping
/// only what a literal needs escaped is much cheaper than
/// `Literal::string`, which escapes every non-ASCII character it is unsure
/// of, and messages are mostly not ASCII.
#[derive(Default)]
pub struct LiteralSource {
    inner: String,
}

impl LiteralSource {
    /// Appends `text`; the literal's value gets it unchanged.
    pub fn push(&mut self, text: &str) {
        for character in text.chars() {
            match character {
                '"' => self.inner.push_str("\\\""),
                '\\' => self.inner.push_str("\\\\"),
                '\n' => self.inner.push_str("\\n"),
                '\r' => self.inner.push_str("\\r"),
                '\t' => self.inner.push_str("\\t"),
                '\0' => self.inner.push_str("\\0"),
                other if needs_escape(other) => {
                    use std::fmt::Write as _;
                    let _ = write!(self.inner, "\\u{{{:x}}}", u32::from(other));
                }
                other => self.inner.push(other),
            }
        }
    }

    pub fn into_literal(self) -> Literal {
        // The source is a well-formed literal by construction; the fallback
        // only guards against a lexer that disagrees.
        format!("\"{}\"", self.inner).parse().unwrap_or_else(|_| Literal::string(&self.inner))
    }
}

/// A string literal holding `text` unchanged.
pub fn string(text: &str) -> Literal {
    let mut source = LiteralSource::default();
    source.push(text);
    source.into_literal()
}

/// One text per entry as one literal (`errcat::__private::Strings`): the
/// texts concatenated, and a byte string of where each one ends.
pub struct StringsTable {
    text: LiteralSource,
    length: usize,
    offsets: Vec<u8>,
}

impl StringsTable {
    pub fn with_capacity(entries: usize) -> Self {
        let mut offsets = Vec::with_capacity(4 * (entries + 1));
        offsets.extend_from_slice(&0u32.to_le_bytes());
        StringsTable { text: LiteralSource::default(), length: 0, offsets }
    }

    pub fn push(&mut self, text: &str) {
        self.text.push(text);
        self.length += text.len();
        let end = u32::try_from(self.length).unwrap_or(u32::MAX);
        self.offsets.extend_from_slice(&end.to_le_bytes());
    }

    /// `::errcat::__private::Strings::new("…", b"…")`, errcat named by
    /// `krate`.
    pub fn into_tokens(self, krate: &TokenStream) -> TokenStream {
        let text = self.text.into_literal();
        let offsets = Literal::byte_string(&self.offsets);
        quote!(#krate::__private::Strings::new(#text, #offsets))
    }
}

/// A byte-string literal of little-endian integers, for the numeric tables.
#[derive(Default)]
pub struct ByteTable {
    bytes: Vec<u8>,
}

impl ByteTable {
    pub fn push_u16(&mut self, value: u16) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    pub fn push_u32(&mut self, value: u32) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    pub fn push_u64(&mut self, value: u64) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    /// An integer code, `bits` wide: its two's complement, little-endian.
    pub fn push_code(&mut self, value: i128, bits: u32) {
        let width = usize::try_from(bits / 8).unwrap_or(8);
        #[allow(clippy::cast_sign_loss)] // the bit pattern is what is written
        let pattern = value as u128;
        self.bytes.extend_from_slice(&pattern.to_le_bytes()[..width]);
    }

    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// `*b"…"`: the bytes as an array, so that its length is a constant.
    pub fn into_tokens(self) -> TokenStream {
        let bytes = Literal::byte_string(&self.bytes);
        quote!(*#bytes)
    }
}

pub fn index(index: usize) -> Literal {
    Literal::usize_unsuffixed(index)
}

pub fn u32(value: usize) -> Literal {
    Literal::u32_unsuffixed(u32::try_from(value).unwrap_or(u32::MAX))
}

pub fn code(value: i128) -> Literal {
    Literal::i128_unsuffixed(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value_of(literal: &Literal) -> String {
        syn::parse_str::<syn::LitStr>(&literal.to_string()).unwrap().value()
    }

    #[test]
    fn any_text_survives_a_literal() {
        let text =
            "a\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2066}\u{2067}\u{2068}\u{2069}b\0\r\n\t\"\\\u{7f}\u{85}文";
        let literal = string(text);
        assert_eq!(value_of(&literal), text);
        let source = literal.to_string();
        assert!(!source.chars().any(needs_escape), "{source:?}");
        assert!(source.contains("\\u{202e}") && source.contains('文'), "{source}");
    }

    #[test]
    fn codes_are_written_in_their_width() {
        let mut table = ByteTable::default();
        table.push_code(-46628, 32);
        table.push_code(-1, 16);
        table.push_code(255, 8);
        table.push_code(i128::from(u64::MAX), 64);
        let mut expected = (-46628i32).to_le_bytes().to_vec();
        expected.extend_from_slice(&(-1i16).to_le_bytes());
        expected.push(255);
        expected.extend_from_slice(&u64::MAX.to_le_bytes());
        assert_eq!(table.bytes, expected);
    }

    #[test]
    fn strings_tables_end_each_text() {
        let mut table = StringsTable::with_capacity(2);
        table.push("磁盘");
        table.push("");
        table.push("ab");
        assert_eq!(table.offsets, [0, 0, 0, 0, 6, 0, 0, 0, 6, 0, 0, 0, 8, 0, 0, 0]);
    }
}
