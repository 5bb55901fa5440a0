//! How errcat reads the placeholders of a message: the one rule that the
//! `error_catalog!` macro checks messages with and that the runtime renders
//! them with, so the two cannot disagree.
//!
//! **An implementation detail of [errcat](https://docs.rs/errcat), with no
//! stability promise:** its API changes whenever errcat's macro and runtime
//! need it to, in any release. Depend on `errcat` instead.
//!
//! A message is read in one of two [`Syntax`]es, chosen per system:
//!
//! - [`Syntax::Named`], the default: `{path}` is a placeholder named `path`,
//!   `{0}` one named `0` (an argument index, as in Rust's `format!` and
//!   Java's `MessageFormat`). A name is an ASCII identifier (`path`,
//!   `user_id`, `_x`) or a decimal number. `{{` and `}}` are a literal `{`
//!   and `}`; any other brace is malformed. `%` is plain text.
//! - [`Syntax::Printf`]: C's conversions, as database servers write their
//!   messages (`%s`, `%d`, `%lu`, `%-.192s`): `%`, flags (`-+#0'`), a width,
//!   a precision (`.` and digits), a length (`hh h l ll L q j z t`) and a
//!   conversion (`d i u o x X f F e E g G a A c s p n`), with MariaDB's
//!   additions to its messages: the flag `` ` `` (`` %`s ``, an identifier
//!   quoted in backticks) and `%M` (an error number and its text). `%%` is a
//!   literal `%`. Widths and precisions taken from arguments (`*`) and positional
//!   conversions (`%1$s`) are not supported, nor is the space flag: `50% done`
//!   would read as `% d`, so it is malformed (write `50%% done`). Braces
//!   are plain text.
//!
//! [`pieces`] splits a message into [`Piece`]s: text to write as it is,
//! placeholders, and malformed ones (written as they are, never a panic).
//! Reading is linear in the message's length and allocates nothing.
//!
//! ```
//! use errcat_placeholders::{Piece, Syntax, pieces};
//!
//! let read: Vec<Piece> = pieces("File {path} not found {{sic}}", Syntax::Named).collect();
//! let texts: Vec<&str> = read.iter().map(Piece::written).collect();
//! assert_eq!(texts, ["File ", "{path}", " not found ", "{", "sic", "}"]);
//! assert_eq!(read[1].placeholder().and_then(|placeholder| placeholder.name()), Some("path"));
//! ```
#![no_std]

/// How a system's messages write their placeholders.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum Syntax {
    /// `{path}`, `{0}`; `{{` and `}}` escape a brace.
    #[default]
    Named,
    /// `%s`, `%d`, `%-.192s`; `%%` escapes a percent sign.
    Printf,
}

impl Syntax {
    /// The attribute argument that selects it: `named` or `printf`.
    pub const fn keyword(self) -> &'static str {
        match self {
            Syntax::Named => "named",
            Syntax::Printf => "printf",
        }
    }

    /// The syntax an attribute argument names.
    pub fn from_keyword(keyword: &str) -> Option<Self> {
        [Syntax::Named, Syntax::Printf].into_iter().find(|syntax| syntax.keyword() == keyword)
    }
}

/// One piece of a message, in order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Piece<'a> {
    /// Text written as it is; an escape (`{{`, `%%`) is the one character
    /// it stands for.
    Text(&'a str),
    /// A placeholder, filled with an argument.
    Placeholder(Placeholder<'a>),
    /// Something that reads as a placeholder but is not one: the runtime
    /// writes it as it is, the macro reports it.
    Malformed(Malformed<'a>),
}

impl<'a> Piece<'a> {
    /// The piece as written in the message (for an escape, the character it
    /// stands for).
    pub fn written(&self) -> &'a str {
        match self {
            Piece::Text(text) => text,
            Piece::Placeholder(placeholder) => placeholder.written,
            Piece::Malformed(malformed) => malformed.written,
        }
    }

    /// The placeholder, if the piece is one.
    pub fn placeholder(&self) -> Option<&Placeholder<'a>> {
        match self {
            Piece::Placeholder(placeholder) => Some(placeholder),
            _ => None,
        }
    }
}

/// A placeholder as written, and what it asks for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Placeholder<'a> {
    /// `{path}` or `%-.192s`: what a missing argument renders as.
    pub written: &'a str,
    pub kind: Kind<'a>,
}

impl<'a> Placeholder<'a> {
    /// The name of a named placeholder (`path` for `{path}`).
    pub fn name(&self) -> Option<&'a str> {
        match self.kind {
            Kind::Named(name) => Some(name),
            Kind::Conversion(_) => None,
        }
    }

    /// The conversion of a printf-style placeholder.
    pub fn conversion(&self) -> Option<&Conversion> {
        match &self.kind {
            Kind::Named(_) => None,
            Kind::Conversion(conversion) => Some(conversion),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind<'a> {
    /// `{path}`: filled with the argument of that name.
    Named(&'a str),
    /// `%s`: filled with the argument at its position among the message's
    /// conversions.
    Conversion(Conversion),
}

/// A printf-style conversion, `%-.192s` read as its parts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Conversion {
    /// `-`: pad on the right.
    pub left_justify: bool,
    /// `0`: pad numbers with zeros.
    pub zero_pad: bool,
    /// `` ` `` (MariaDB): quote the argument in backticks, as an identifier.
    pub backticks: bool,
    /// The minimum width in characters (saturating at `u32::MAX`).
    pub width: Option<u32>,
    /// The precision: for `s`, the most characters written.
    pub precision: Option<u32>,
    /// The length modifier as written: `""`, `"l"`, `"ll"`, `"z"`, …
    pub length: &'static str,
    /// The conversion character: `s`, `d`, `u`, …
    pub conversion: char,
}

impl Conversion {
    /// What the conversion takes: the argument it formats, with its length
    /// modifier. Two conversions of one kind take the same argument (`%d`
    /// and `%i`, `%u` and `%x`), whatever their flags, width or precision.
    pub fn argument(&self) -> Argument {
        let class = match self.conversion {
            'd' | 'i' => ArgumentClass::SignedInteger,
            'u' | 'o' | 'x' | 'X' => ArgumentClass::UnsignedInteger,
            'c' => ArgumentClass::Character,
            's' => ArgumentClass::String,
            'p' => ArgumentClass::Pointer,
            'n' => ArgumentClass::Count,
            'M' => ArgumentClass::ErrorNumber,
            _ => ArgumentClass::Float,
        };
        Argument { class, length: self.length }
    }

    /// Whether the argument is a number (zero padding applies).
    pub fn is_numeric(&self) -> bool {
        matches!(
            self.argument().class,
            ArgumentClass::SignedInteger | ArgumentClass::UnsignedInteger | ArgumentClass::Float
        )
    }
}

/// The argument a conversion takes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Argument {
    pub class: ArgumentClass,
    pub length: &'static str,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ArgumentClass {
    SignedInteger,
    UnsignedInteger,
    Float,
    Character,
    String,
    Pointer,
    Count,
    /// MariaDB's `%M`.
    ErrorNumber,
}

impl ArgumentClass {
    /// In words, for diagnostics: `a string`, `a signed integer`.
    pub const fn describe(self) -> &'static str {
        match self {
            ArgumentClass::SignedInteger => "a signed integer",
            ArgumentClass::UnsignedInteger => "an unsigned integer",
            ArgumentClass::Float => "a floating-point number",
            ArgumentClass::Character => "a character",
            ArgumentClass::String => "a string",
            ArgumentClass::Pointer => "a pointer",
            ArgumentClass::Count => "a count (`%n`)",
            ArgumentClass::ErrorNumber => "an error number (`%M`)",
        }
    }
}

/// Something that reads as a placeholder but is not one.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Malformed<'a> {
    /// As written: `{path`, `{}`, `}`, `%y`.
    pub written: &'a str,
    pub problem: Problem,
}

/// Why a placeholder is malformed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Problem {
    /// `{path` with no `}` before the end or the next `{`.
    Unclosed,
    /// `{}`.
    Empty,
    /// `{a-b}`, `{path:?}`: the name is neither an identifier nor a number.
    NotAName,
    /// A `}` that closes nothing.
    UnmatchedClose,
    /// `%` at the end of the message, or `%-5` with no conversion after it.
    Incomplete,
    /// `%y`: not a conversion character.
    UnknownConversion,
    /// `%*d`, `%.*s`: a width or precision taken from an argument.
    ArgumentWidth,
    /// `%1$s`.
    Positional,
    /// `% d`, the space flag: far more often a literal `%` before a word
    /// (`50% done`) than a conversion.
    SpaceFlag,
}

/// The pieces of `message`, read in `syntax`.
pub fn pieces(message: &str, syntax: Syntax) -> Pieces<'_> {
    Pieces { rest: message, syntax }
}

/// The iterator of [`pieces`].
#[derive(Clone, Debug)]
pub struct Pieces<'a> {
    rest: &'a str,
    syntax: Syntax,
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        if self.rest.is_empty() {
            return None;
        }
        // The special characters are ASCII, so a byte search finds them
        // (never inside another character's encoding), and much faster
        // than a search by characters.
        let bytes = self.rest.as_bytes();
        let found = match self.syntax {
            // Most messages have no placeholder: two `memchr` passes say so.
            Syntax::Named if !bytes.contains(&b'{') && !bytes.contains(&b'}') => None,
            Syntax::Named => bytes.iter().position(|byte| matches!(byte, b'{' | b'}')),
            Syntax::Printf => bytes.iter().position(|byte| *byte == b'%'),
        };
        match found {
            Some(0) => {}
            Some(end) => return Some(Piece::Text(self.take(end))),
            None => return Some(Piece::Text(self.take(self.rest.len()))),
        }
        Some(match self.syntax {
            Syntax::Named => self.named(),
            Syntax::Printf => self.conversion(),
        })
    }
}

impl<'a> Pieces<'a> {
    fn take(&mut self, length: usize) -> &'a str {
        let (taken, rest) = self.rest.split_at(length);
        self.rest = rest;
        taken
    }

    fn malformed(&mut self, length: usize, problem: Problem) -> Piece<'a> {
        Piece::Malformed(Malformed { written: self.take(length), problem })
    }

    /// At a `{` or a `}`.
    fn named(&mut self) -> Piece<'a> {
        let bytes = self.rest.as_bytes();
        let brace = bytes[0];
        if bytes.get(1) == Some(&brace) {
            let escaped = self.take(2);
            return Piece::Text(&escaped[..1]);
        }
        if brace == b'}' {
            return self.malformed(1, Problem::UnmatchedClose);
        }
        match self.rest[1..].find(['{', '}']).map(|offset| (offset + 1, bytes[offset + 1])) {
            Some((close, b'}')) => {
                let name = &self.rest[1..close];
                let problem = if name.is_empty() {
                    Some(Problem::Empty)
                } else if is_name(name) {
                    None
                } else {
                    Some(Problem::NotAName)
                };
                if let Some(problem) = problem {
                    self.malformed(close + 1, problem)
                } else {
                    let written = self.take(close + 1);
                    Piece::Placeholder(Placeholder { written, kind: Kind::Named(&written[1..close]) })
                }
            }
            Some((next_open, _)) => self.malformed(next_open, Problem::Unclosed),
            None => self.malformed(self.rest.len(), Problem::Unclosed),
        }
    }

    /// At a `%`.
    fn conversion(&mut self) -> Piece<'a> {
        let bytes = self.rest.as_bytes();
        if bytes.get(1) == Some(&b'%') {
            let escaped = self.take(2);
            return Piece::Text(&escaped[..1]);
        }
        let mut at = 1;
        let mut conversion = Conversion {
            left_justify: false,
            zero_pad: false,
            backticks: false,
            width: None,
            precision: None,
            length: "",
            conversion: 's',
        };
        let mut space = false;
        while let Some(&flag) = bytes.get(at).filter(|byte| b"-+ #0'`".contains(byte)) {
            space |= flag == b' ';
            conversion.left_justify |= flag == b'-';
            conversion.zero_pad |= flag == b'0';
            conversion.backticks |= flag == b'`';
            at += 1;
        }
        let (width, after) = digits(bytes, at);
        if after > at && bytes.get(after) == Some(&b'$') {
            return self.malformed(after + 1, Problem::Positional);
        }
        conversion.width = width;
        at = after;
        if bytes.get(at) == Some(&b'*') {
            return self.malformed(at + 1, Problem::ArgumentWidth);
        }
        if bytes.get(at) == Some(&b'.') {
            if bytes.get(at + 1) == Some(&b'*') {
                return self.malformed(at + 2, Problem::ArgumentWidth);
            }
            let (precision, after) = digits(bytes, at + 1);
            conversion.precision = Some(precision.unwrap_or(0));
            at = after;
        }
        if let Some(length) = LENGTHS.into_iter().find(|length| bytes[at..].starts_with(length.as_bytes())) {
            conversion.length = length;
            at += length.len();
        }
        match self.rest[at..].chars().next() {
            None => self.malformed(at, Problem::Incomplete),
            Some(character) if CONVERSIONS.contains(character) && space => self.malformed(at + 1, Problem::SpaceFlag),
            Some(character) if CONVERSIONS.contains(character) => {
                conversion.conversion = character;
                let written = self.take(at + 1);
                Piece::Placeholder(Placeholder { written, kind: Kind::Conversion(conversion) })
            }
            Some(character) => self.malformed(at + character.len_utf8(), Problem::UnknownConversion),
        }
    }
}

/// The conversion characters: C's, and MariaDB's `M`.
const CONVERSIONS: &str = "diuoxXfFeEgGaAcspnM";

/// The length modifiers, longest first where one starts another.
const LENGTHS: [&str; 9] = ["hh", "ll", "h", "l", "L", "q", "j", "z", "t"];

/// The decimal number at `at`, if any (saturating), and where it ends.
fn digits(bytes: &[u8], at: usize) -> (Option<u32>, usize) {
    let mut end = at;
    let mut value: u32 = 0;
    while let Some(digit) = bytes.get(end).filter(|byte| byte.is_ascii_digit()) {
        value = value.saturating_mul(10).saturating_add(u32::from(digit - b'0'));
        end += 1;
    }
    ((end > at).then_some(value), end)
}

/// An ASCII identifier other than `_`, or a decimal number.
fn is_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    if bytes.iter().all(u8::is_ascii_digit) {
        return true;
    }
    name != "_"
        && (bytes[0].is_ascii_alphabetic() || bytes[0] == b'_')
        && bytes.iter().all(|byte| byte.is_ascii_alphanumeric() || *byte == b'_')
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::vec::Vec;

    use super::*;

    fn read(message: &str, syntax: Syntax) -> Vec<Piece<'_>> {
        pieces(message, syntax).collect()
    }

    fn malformed(written: &str, problem: Problem) -> Piece<'_> {
        Piece::Malformed(Malformed { written, problem })
    }

    fn named(written: &str) -> Piece<'_> {
        Piece::Placeholder(Placeholder { written, kind: Kind::Named(&written[1..written.len() - 1]) })
    }

    #[test]
    fn named_placeholders_and_escapes() {
        assert_eq!(
            read("文件 {path} 不存在", Syntax::Named),
            [Piece::Text("文件 "), named("{path}"), Piece::Text(" 不存在")]
        );
        assert_eq!(read("Parameter [{0}] is missing", Syntax::Named)[1], named("{0}"));
        assert_eq!(
            read("{{a}}{_b}", Syntax::Named),
            [Piece::Text("{"), Piece::Text("a"), Piece::Text("}"), named("{_b}")]
        );
        assert_eq!(read("100% {x}", Syntax::Named), [Piece::Text("100% "), named("{x}")]);
        assert_eq!(read("", Syntax::Named), []);
    }

    #[test]
    fn malformed_named_placeholders() {
        assert_eq!(read("a {path", Syntax::Named), [Piece::Text("a "), malformed("{path", Problem::Unclosed)]);
        assert_eq!(read("{a {b}", Syntax::Named), [malformed("{a ", Problem::Unclosed), named("{b}")]);
        assert_eq!(read("{}", Syntax::Named), [malformed("{}", Problem::Empty)]);
        assert_eq!(read("x}", Syntax::Named), [Piece::Text("x"), malformed("}", Problem::UnmatchedClose)]);
        for not_a_name in ["{a-b}", "{path:?}", "{_}", "{ x }", "{1a}", "{路径}"] {
            assert_eq!(read(not_a_name, Syntax::Named), [malformed(not_a_name, Problem::NotAName)], "{not_a_name}");
        }
        assert_eq!(read("{", Syntax::Named), [malformed("{", Problem::Unclosed)]);
    }

    fn conversion(message: &str) -> Conversion {
        match read(message, Syntax::Printf).as_slice() {
            [Piece::Placeholder(Placeholder { kind: Kind::Conversion(conversion), written })] => {
                assert_eq!(*written, message);
                *conversion
            }
            other => panic!("{message}: {other:?}"),
        }
    }

    #[test]
    fn printf_conversions() {
        let key = conversion("%-.192s");
        assert!(key.left_justify && !key.zero_pad);
        assert_eq!((key.width, key.precision, key.length, key.conversion), (None, Some(192), "", 's'));
        assert_eq!(conversion("%lu").argument(), Argument { class: ArgumentClass::UnsignedInteger, length: "l" });
        assert_eq!(conversion("%05lld").length, "ll");
        assert!(conversion("%05lld").zero_pad);
        assert_eq!(conversion("%05lld").width, Some(5));
        assert_eq!(conversion("%.s").precision, Some(0));
        assert_eq!(conversion("%d").argument(), conversion("%i").argument());
        assert_ne!(conversion("%d").argument(), conversion("%ld").argument());
        assert_eq!(conversion("%99999999999d").width, Some(u32::MAX));
        assert!(conversion("%`s").backticks);
        assert_eq!(conversion("%M").argument().class, ArgumentClass::ErrorNumber);
        assert_eq!(
            read("Duplicate entry '%-.192s' for key %d", Syntax::Printf).iter().map(Piece::written).collect::<Vec<_>>(),
            ["Duplicate entry '", "%-.192s", "' for key ", "%d"]
        );
        assert_eq!(read("100%% {x}", Syntax::Printf), [Piece::Text("100"), Piece::Text("%"), Piece::Text(" {x}")]);
    }

    #[test]
    fn malformed_conversions() {
        assert_eq!(read("50%", Syntax::Printf), [Piece::Text("50"), malformed("%", Problem::Incomplete)]);
        assert_eq!(read("%-5", Syntax::Printf), [malformed("%-5", Problem::Incomplete)]);
        assert_eq!(read("%y!", Syntax::Printf), [malformed("%y", Problem::UnknownConversion), Piece::Text("!")]);
        assert_eq!(read("%é", Syntax::Printf), [malformed("%é", Problem::UnknownConversion)]);
        assert_eq!(read("%*d", Syntax::Printf), [malformed("%*", Problem::ArgumentWidth), Piece::Text("d")]);
        assert_eq!(read("%.*s", Syntax::Printf), [malformed("%.*", Problem::ArgumentWidth), Piece::Text("s")]);
        assert_eq!(read("%1$s", Syntax::Printf), [malformed("%1$", Problem::Positional), Piece::Text("s")]);
        assert_eq!(
            read("50% done", Syntax::Printf),
            [Piece::Text("50"), malformed("% d", Problem::SpaceFlag), Piece::Text("one")]
        );
        assert_eq!(read("100% sure", Syntax::Printf)[1], malformed("% s", Problem::SpaceFlag));
    }

    /// Whatever the text, reading never panics and the pieces, escapes
    /// written back, are the message.
    #[test]
    fn pieces_cover_the_message() {
        let messages = ["{{}}}{", "%%%", "{a}{b", "%-", "%l", "}{", "%hh", "a%ls%", "{0}{{0}}", "{é", "%.é", "{{"];
        for message in messages {
            for syntax in [Syntax::Named, Syntax::Printf] {
                let mut rebuilt = std::string::String::new();
                for piece in pieces(message, syntax) {
                    let escape = match syntax {
                        Syntax::Named => ["{", "}"].contains(&piece.written()),
                        Syntax::Printf => piece.written() == "%",
                    };
                    if let (Piece::Text(text), true) = (piece, escape) {
                        rebuilt.push_str(text);
                    }
                    rebuilt.push_str(piece.written());
                }
                assert_eq!(rebuilt, message, "{syntax:?}");
            }
        }
    }
}
