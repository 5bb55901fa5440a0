//! How results look to people: tables that measure display width (so that
//! Chinese text lines up), colour only on a terminal, and catalogue text
//! with its control characters and bidi controls shown escaped (`\u{202e}`)
//! wherever it goes to a terminal, so that a message can neither move the
//! cursor nor reorder what is shown around it.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::IsTerminal;

use anstyle::{AnsiColor, Style};
use clap::ValueEnum;
use comfy_table::{Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table, presets};

/// `--color`: when to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    Always,
    Never,
}

/// What the output goes to.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    colour: bool,
    terminal: bool,
    escape: bool,
}

impl Output {
    pub fn new(choice: ColorChoice) -> Self {
        let terminal = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        let colour = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal && !no_color,
        };
        // `--color always` means the text is meant for a terminal too.
        Output { colour, terminal, escape: terminal || colour }
    }

    pub fn colour(self) -> bool {
        self.colour
    }

    /// Neither a terminal nor colour: tables are plain text, drawn by
    /// [`PlainTable`](crate::plain_table::PlainTable).
    pub fn plain(self) -> bool {
        !self.terminal && !self.colour
    }

    /// Output to a pipe, without colour.
    #[cfg(test)]
    pub fn pipe() -> Self {
        Output { colour: false, terminal: false, escape: false }
    }

    /// Catalogue text as it may be shown: line breaks kept, every other
    /// control character and every bidi control escaped when the output
    /// goes to a terminal; exact otherwise.
    pub fn text(self, text: &str) -> Cow<'_, str> {
        if self.escape { escape_controls(text, true) } else { Cow::Borrowed(text) }
    }

    /// Whether catalogue text is escaped: the output goes to a terminal.
    pub fn escapes(self) -> bool {
        self.escape
    }

    /// As [`Output::text`], with line breaks escaped too: for a name, a
    /// title, anything shown on one line.
    pub fn line(self, text: &str) -> Cow<'_, str> {
        if self.escape { escape_controls(text, false) } else { Cow::Borrowed(text) }
    }

    /// A table with these column headers.
    pub fn table(self, header: &[&str]) -> Table {
        let mut table = Table::new();
        // Measured before styling is switched off, which also hides the terminal.
        let terminal_width = table.width().filter(|&width| width >= 40);
        table.load_preset(presets::UTF8_FULL_CONDENSED);
        if self.colour {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        // Wrapping long cells helps on a terminal; a pipe gets whole lines,
        // and so does a terminal that reports no usable width.
        match terminal_width {
            Some(width) if self.terminal => {
                table.set_width(width);
                table.set_content_arrangement(ContentArrangement::Dynamic);
            }
            _ => {
                table.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
        table.set_header(header.iter().map(|title| self.header_cell(title)));
        table
    }

    /// A column that never wraps on a narrow terminal: codes stay whole,
    /// names and texts wrap instead.
    pub fn keep_whole(table: &mut Table, column: usize) {
        if let Some(column) = table.column_mut(column) {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }

    /// A cell of catalogue text, line breaks kept.
    pub fn text_cell(self, text: &str) -> Cell {
        Cell::new(self.text(text))
    }

    fn header_cell(self, title: &str) -> Cell {
        let cell = Cell::new(title);
        if self.colour { cell.add_attribute(Attribute::Bold) } else { cell }
    }

    /// A cell for a code: right-aligned, so that digits line up.
    /// A cell for a code, as its system writes it (`-61`, `E0308`).
    pub fn code_cell(self, code: &str) -> Cell {
        let cell = Cell::new(self.line(code)).set_alignment(comfy_table::CellAlignment::Right);
        if self.colour { cell.fg(Color::Yellow) } else { cell }
    }

    /// A cell for a documented name.
    pub fn name_cell(self, name: &str) -> Cell {
        let cell = Cell::new(self.line(name));
        if self.colour { cell.fg(Color::Cyan) } else { cell }
    }

    pub fn bold(self, text: &str) -> String {
        self.paint(Style::new().bold(), text)
    }

    pub fn heading(self, text: &str) -> String {
        self.paint(Style::new().bold().fg_color(Some(AnsiColor::Green.into())), text)
    }

    pub fn dim(self, text: &str) -> String {
        self.paint(Style::new().dimmed(), text)
    }

    pub fn warning(self, text: &str) -> String {
        self.paint(Style::new().bold().fg_color(Some(AnsiColor::Yellow.into())), text)
    }

    fn paint(self, style: Style, text: &str) -> String {
        if self.colour { format!("{}{text}{}", style.render(), style.render_reset()) } else { text.to_owned() }
    }
}

/// Whether a character is a bidi control: the embeddings, overrides and
/// isolates, and the implicit marks.
fn is_bidi_control(character: char) -> bool {
    matches!(character, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether a character must not reach a terminal as is: a control
/// character (C0, DEL, C1), a line or paragraph separator, or a bidi
/// control.
fn needs_escape(character: char, keep_line_breaks: bool) -> bool {
    if character == '\n' {
        return !keep_line_breaks;
    }
    character.is_control() || matches!(character, '\u{2028}' | '\u{2029}') || is_bidi_control(character)
}

/// The text with each such character written as `\u{…}`, in lowercase hex.
pub fn escape_controls(text: &str, keep_line_breaks: bool) -> Cow<'_, str> {
    if !text.chars().any(|character| needs_escape(character, keep_line_breaks)) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for character in text.chars() {
        if needs_escape(character, keep_line_breaks) {
            let _ = write!(escaped, "\\u{{{:x}}}", u32::from(character));
        } else {
            escaped.push(character);
        }
    }
    Cow::Owned(escaped)
}

/// Source text for a snippet on a terminal: each control character but
/// the line break, the carriage return and the tab, and each bidi control,
/// replaced by one of the same length in UTF-8 (`?`, `¿` or U+FFFD), so
/// that byte offsets into the text still hold.
pub fn mask_controls(text: &str) -> String {
    text.chars()
        .map(|character| {
            if matches!(character, '\n' | '\r' | '\t') || !needs_escape(character, true) {
                return character;
            }
            match character.len_utf8() {
                1 => '?',
                2 => '\u{bf}',
                _ => '\u{fffd}',
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{escape_controls, mask_controls};

    #[test]
    fn masked_controls_keep_their_length() {
        let text = "a\u{1b}[2J \u{85} \u{202e}x\u{2069}\tb\n";
        let masked = mask_controls(text);
        assert_eq!(masked, "a?[2J \u{bf} \u{fffd}x\u{fffd}\tb\n");
        assert_eq!(masked.len(), text.len());
    }

    #[test]
    fn controls_and_bidi_controls_are_escaped() {
        assert_eq!(escape_controls("a\u{1b}[2Jb\u{7}", true), "a\\u{1b}[2Jb\\u{7}");
        assert_eq!(escape_controls("abc\u{202e}fed", true), "abc\\u{202e}fed");
        assert_eq!(escape_controls("one\ntwo\t", true), "one\ntwo\\u{9}");
        assert_eq!(escape_controls("one\ntwo", false), "one\\u{a}two");
        assert_eq!(escape_controls("\u{85}\u{2028}\u{2066}x\u{2069}", true), "\\u{85}\\u{2028}\\u{2066}x\\u{2069}");
        assert_eq!(escape_controls("文件不存在 (ok)", false), "文件不存在 (ok)");
    }
}
