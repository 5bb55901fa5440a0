//! Catalogue text inside generated source, for every language alike: the
//! characters that must never appear raw (line terminators of any language,
//! other control characters, bidirectional controls that make source read
//! differently from how it compiles, the byte-order mark), string literals
//! that hold any text exactly, and comment lines that cannot end early.

use std::fmt::Write;

/// Whether a character must not appear raw in generated source: control
/// characters (C0, DEL, C1), the line and paragraph separators (line
/// terminators in JavaScript), bidirectional controls, the invisible
/// zero-width characters and the byte-order mark.
pub fn is_hazard(character: char) -> bool {
    character.is_control()
        || matches!(
            character,
            '\u{2028}' | '\u{2029}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}'
        )
}

/// A double-quoted string literal holding `text` exactly: `"` and `\`
/// escaped, `\n`, `\r` and `\t` as such, every other hazard through
/// `escape` (which is never given a character above U+FFFF: all hazards are
/// in the Basic Multilingual Plane). Other characters, Chinese and emoji
/// included, are written as they are.
pub fn quoted(text: &str, escape: impl Fn(char) -> String) -> String {
    let mut literal = String::with_capacity(text.len() + 2);
    literal.push('"');
    for character in text.chars() {
        match character {
            '"' => literal.push_str("\\\""),
            '\\' => literal.push_str("\\\\"),
            '\n' => literal.push_str("\\n"),
            '\r' => literal.push_str("\\r"),
            '\t' => literal.push_str("\\t"),
            other if is_hazard(other) => literal.push_str(&escape(other)),
            other => literal.push(other),
        }
    }
    literal.push('"');
    literal
}

/// `\u00e9`: the escape TypeScript, Go and Python share.
pub fn unicode_escape(character: char) -> String {
    format!("\\u{:04x}", u32::from(character))
}

/// The lines of a text for a comment: split at every line terminator of any
/// language (`\n`, `\r\n`, `\r`, U+0085, U+2028, U+2029), every other hazard
/// shown as `\u{…}`, trailing spaces dropped. What ends a comment in a
/// particular language (`*/`) is that language's to escape.
pub fn comment_lines(text: &str) -> Vec<String> {
    let mut lines = vec![String::new()];
    let mut characters = text.chars().peekable();
    while let Some(character) = characters.next() {
        match character {
            '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                if character == '\r' && characters.peek() == Some(&'\n') {
                    characters.next();
                }
                lines.push(String::new());
            }
            '\t' => lines.last_mut().into_iter().for_each(|line| line.push('\t')),
            other if is_hazard(other) => {
                lines.last_mut().into_iter().for_each(|line| {
                    let _ = write!(line, "\\u{{{:x}}}", u32::from(other));
                });
            }
            other => lines.last_mut().into_iter().for_each(|line| line.push(other)),
        }
    }
    for line in &mut lines {
        line.truncate(line.trim_end().len());
    }
    lines
}

/// A text as one comment line: line breaks shown as `\n`, so that a
/// message stays on the line that names its entry.
pub fn comment_inline(text: &str) -> String {
    comment_lines(text).join("\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_escape_quotes_backslashes_and_hazards_only() {
        assert_eq!(quoted("a\"b\\c\nd", unicode_escape), r#""a\"b\\c\nd""#);
        assert_eq!(quoted("x\u{2028}y\u{202e}z\u{0}", unicode_escape), r#""x\u2028y\u202ez\u0000""#);
        assert_eq!(quoted("文件 😀 ${x} */", unicode_escape), "\"文件 😀 ${x} */\"");
    }

    #[test]
    fn comments_break_at_every_line_terminator() {
        assert_eq!(comment_lines("a\r\nb\rc\u{2028}d\u{85}e\nf  "), ["a", "b", "c", "d", "e", "f"]);
        assert_eq!(comment_lines("bidi \u{202e}x\u{2066}"), ["bidi \\u{202e}x\\u{2066}"]);
        assert_eq!(comment_inline("one\ntwo"), "one\\ntwo");
    }
}
