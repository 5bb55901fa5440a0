//! The table [`Output::table`](crate::output::Output::table) draws for a
//! pipe or a file (no terminal, no colour), drawn directly: the same
//! characters, the same column widths (measured with unicode-width, as
//! comfy-table measures them) and so the same bytes. comfy-table lays out
//! every line of every cell as a string of its own (measured, split,
//! aligned, padded, then joined), which for `search`'s 100 000 rows costs
//! more than reading the catalogue; here each line is written once. On a
//! terminal or in colour, where cells wrap and carry styles, comfy-table
//! still draws the table. The tests hold the two to the same output.

use std::borrow::Cow;

use comfy_table::{Table, TableComponent, presets};
use unicode_width::UnicodeWidthStr as _;

/// A table of plain text: a header, rows of cells (each cell one or more
/// lines), left-aligned but for the columns made right-aligned.
pub struct PlainTable<'a> {
    columns: usize,
    /// The header's cells, then each row's, row after row.
    cells: Vec<Cow<'a, str>>,
    /// How many lines each cell has, cell after cell.
    line_counts: Vec<usize>,
    /// Every line of every cell, cell after cell; measured once, when the
    /// cell is added.
    lines: Vec<Line>,
    right: Vec<bool>,
}

/// A line of a cell: its length in bytes, its width in columns.
#[derive(Clone, Copy)]
struct Line {
    len: usize,
    width: usize,
}

impl<'a> PlainTable<'a> {
    pub fn new(header: &[&'a str]) -> Self {
        let mut table = PlainTable {
            columns: header.len(),
            cells: Vec::new(),
            line_counts: Vec::new(),
            lines: Vec::new(),
            right: vec![false; header.len()],
        };
        table.add_row(header.iter().map(|title| Cow::Borrowed(*title)));
        table
    }

    /// The cells of `column`, but its header, are right-aligned.
    pub fn align_right(&mut self, column: usize) {
        if let Some(right) = self.right.get_mut(column) {
            *right = true;
        }
    }

    /// A row; missing cells are empty, extra ones dropped.
    pub fn add_row(&mut self, row: impl IntoIterator<Item = Cow<'a, str>>) {
        let start = self.cells.len();
        self.cells.extend(row.into_iter().take(self.columns));
        self.cells.resize(start + self.columns, Cow::Borrowed(""));
        for cell in &self.cells[start..] {
            let before = self.lines.len();
            // comfy-table splits at each `\n`.
            let mut rest: &str = cell;
            // Most cells have one line: found so with one byte search.
            if rest.as_bytes().contains(&b'\n') {
                while let Some(end) = rest.find('\n') {
                    self.lines.push(Line { len: end, width: line_width(&rest[..end]) });
                    rest = &rest[end + 1..];
                }
            }
            self.lines.push(Line { len: rest.len(), width: line_width(rest) });
            self.line_counts.push(self.lines.len() - before);
        }
    }

    /// The table's lines joined by line breaks, as comfy-table's `Display`
    /// writes them; `None` when a line is wider than comfy-table measures
    /// (65 535 columns), which only comfy-table then lays out.
    pub fn render(&self) -> Option<String> {
        let Borders { left, right, vertical, top, bottom, header } = Borders::of_preset();
        // What is written around the cells' lines: a line's start, up to
        // its first cell's text; after a cell's text and its padding, the
        // padding of one space, the line between two cells and the space
        // before the next; the padding and the right border. The last two
        // after as many spaces as `PADDING`, so that the padding of a text
        // and what follows are written at once.
        let lead = format!("\n{left} ");
        let middle = format!("{PADDING} {vertical} ");
        let end = format!("{PADDING} {right}");
        let widths = self.widths()?;
        let mut text = String::with_capacity(self.cells.iter().map(|cell| cell.len() + 8).sum::<usize>() * 2);
        rule(&mut text, &widths, top);
        let mut lines = self.lines.as_slice();
        let mut line_counts = self.line_counts.as_slice();
        // Each cell of a row: the text of its lines not yet written, and
        // their lengths and widths.
        let mut cells: Vec<(&str, &[Line])> = Vec::with_capacity(self.columns);
        for (index, row) in self.cells.chunks(self.columns.max(1)).enumerate() {
            cells.clear();
            let (counts, rest) = line_counts.split_at(row.len());
            line_counts = rest;
            for (cell, &count) in row.iter().zip(counts) {
                let (these, rest) = lines.split_at(count);
                cells.push((cell, these));
                lines = rest;
            }
            let height = counts.iter().copied().max().unwrap_or(1);
            for line_index in 0..height {
                text.push_str(&lead);
                for (column, (cell, cell_lines)) in cells.iter_mut().enumerate() {
                    let (line, width) = match cell_lines.get(line_index) {
                        Some(&Line { len, width }) => {
                            let line = &cell[..len];
                            // Past the line and its `\n`.
                            *cell = cell.get(len + 1..).unwrap_or("");
                            (line, width)
                        }
                        None => ("", 0),
                    };
                    let room = widths[column] - width;
                    let after = if column + 1 == self.columns { &end } else { &middle };
                    if index > 0 && self.right[column] {
                        spaces(&mut text, room);
                        text.push_str(line);
                        text.push_str(&after[PADDING.len()..]);
                    } else {
                        text.push_str(line);
                        spaces(&mut text, room.saturating_sub(PADDING.len()));
                        text.push_str(&after[PADDING.len() - room.min(PADDING.len())..]);
                    }
                }
            }
            if index == 0 {
                text.push('\n');
                rule(&mut text, &widths, header);
            }
        }
        text.push('\n');
        rule(&mut text, &widths, bottom);
        Some(text)
    }

    /// Each column's width: its widest line, at least 1, as comfy-table
    /// measures.
    fn widths(&self) -> Option<Vec<usize>> {
        let mut widths = vec![1; self.columns];
        let mut lines = self.lines.as_slice();
        for (position, &count) in self.line_counts.iter().enumerate() {
            let (these, rest) = lines.split_at(count);
            lines = rest;
            let width = &mut widths[position % self.columns];
            *width = these.iter().map(|line| line.width).fold(*width, usize::max);
        }
        widths.iter().all(|&width| u16::try_from(width).is_ok()).then_some(widths)
    }
}

/// A line's width as comfy-table measures it (unicode-width's): at once
/// for printable ASCII, one column a character, and for printable ASCII
/// with CJK ideographs and fullwidth punctuation ([`WIDE`]), two columns
/// each of those, which unicode-width gives them whatever is around them
/// (the tests check both, character by character and on lines of them).
fn line_width(line: &str) -> usize {
    // Without stopping at the first byte that is not, which is faster for
    // the short lines of a table.
    if line.bytes().fold(true, |printable, byte| printable & (b' '..=b'~').contains(&byte)) {
        return line.len();
    }
    let mut width = 0;
    for character in line.chars() {
        if (' '..='~').contains(&character) {
            width += 1;
        } else if WIDE.iter().any(|&(first, last)| (first..=last).contains(&character)) {
            width += 2;
        } else {
            return line.width();
        }
    }
    width
}

/// Blocks of characters unicode-width gives two columns whatever is around
/// them: CJK punctuation (`、。「」`), the CJK unified ideographs, fullwidth
/// forms (`，：！（）`).
const WIDE: [(char, char); 3] = [('\u{3000}', '\u{3029}'), ('\u{4e00}', '\u{9fff}'), ('\u{ff01}', '\u{ff60}')];

/// Spaces, as many as [`spaces`] writes at once.
const PADDING: &str = "                                ";

/// `count` spaces.
fn spaces(text: &mut String, mut count: usize) {
    while count > 0 {
        let step = count.min(PADDING.len());
        text.push_str(&PADDING[..step]);
        count -= step;
    }
}

/// A horizontal rule: its left end, the line, the crossings, its right end.
#[derive(Clone, Copy)]
struct Rule {
    left: char,
    line: char,
    crossing: char,
    right: char,
}

fn rule(text: &mut String, widths: &[usize], rule: Rule) {
    text.push(rule.left);
    for (column, width) in widths.iter().enumerate() {
        if column > 0 {
            text.push(rule.crossing);
        }
        // The cell's padding, one space on each side, is part of the rule.
        text.extend(std::iter::repeat_n(rule.line, width + 2));
    }
    text.push(rule.right);
}

/// The characters of the preset `Output::table` loads, taken from
/// comfy-table, so that both draw with the same.
struct Borders {
    left: char,
    right: char,
    vertical: char,
    top: Rule,
    bottom: Rule,
    header: Rule,
}

impl Borders {
    fn of_preset() -> Self {
        let mut table = Table::new();
        table.load_preset(presets::UTF8_FULL_CONDENSED);
        let mut style = |component| table.style(component).unwrap_or(' ');
        Borders {
            left: style(TableComponent::LeftBorder),
            right: style(TableComponent::RightBorder),
            vertical: style(TableComponent::VerticalLines),
            top: Rule {
                left: style(TableComponent::TopLeftCorner),
                line: style(TableComponent::TopBorder),
                crossing: style(TableComponent::TopBorderIntersections),
                right: style(TableComponent::TopRightCorner),
            },
            bottom: Rule {
                left: style(TableComponent::BottomLeftCorner),
                line: style(TableComponent::BottomBorder),
                crossing: style(TableComponent::BottomBorderIntersections),
                right: style(TableComponent::BottomRightCorner),
            },
            header: Rule {
                left: style(TableComponent::LeftHeaderIntersection),
                line: style(TableComponent::HeaderLines),
                crossing: style(TableComponent::MiddleHeaderIntersections),
                right: style(TableComponent::RightHeaderIntersection),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use comfy_table::{Cell, CellAlignment};
    use proptest::prelude::*;

    use unicode_width::{UnicodeWidthChar as _, UnicodeWidthStr as _};

    use super::{PlainTable, WIDE, line_width};
    use crate::output::Output;

    /// The table as `Output::table` has comfy-table draw it for a pipe.
    fn comfy(header: &[&str], rows: &[Vec<String>], right: usize) -> String {
        let mut table = Output::pipe().table(header);
        for row in rows {
            table.add_row(row.iter().enumerate().map(|(column, cell)| {
                let cell = Cell::new(cell);
                if column == right { cell.set_alignment(CellAlignment::Right) } else { cell }
            }));
        }
        Output::keep_whole(&mut table, right);
        table.to_string()
    }

    fn plain(header: &[&str], rows: &[Vec<String>], right: usize) -> String {
        let mut table = PlainTable::new(header);
        table.align_right(right);
        for row in rows {
            table.add_row(row.iter().map(|cell| cell.as_str().into()));
        }
        table.render().expect("no line is that wide")
    }

    #[test]
    fn an_entry_table_is_drawn_as_comfy_table_draws_it() {
        let header = ["System", "Section", "Code", "Name", "Text"];
        let rows = vec![
            vec![
                "Cos".into(),
                "Http".into(),
                "-46628".into(),
                "FILE_NOT_EXIST".into(),
                "zh 文件不存在\nen File not found".into(),
            ],
            vec!["Cos".into(), String::new(), "7".into(), "X".into(), "(no text)".into()],
            vec![
                "Mcsl".into(),
                "A".into(),
                "E0308".into(),
                "e\u{301}\u{200d}👩‍💻".into(),
                "\u{1b}[2J\u{7}\u{202e}x\r\n".into(),
            ],
        ];
        assert_eq!(plain(&header, &rows, 2), comfy(&header, &rows, 2));
    }

    #[test]
    fn the_wide_blocks_are_two_columns_each() {
        for (first, last) in WIDE {
            for character in first..=last {
                assert_eq!(character.width(), Some(2), "U+{:04X}", u32::from(character));
                let mut bytes = [0; 4];
                let alone = character.encode_utf8(&mut bytes);
                assert_eq!(alone.width(), 2, "U+{:04X}", u32::from(character));
                assert_eq!(line_width(alone), 2, "U+{:04X}", u32::from(character));
            }
        }
    }

    fn wide_line() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            prop::char::range(' ', '~'),
            prop::char::range('\u{3000}', '\u{3029}'),
            prop::char::range('\u{4e00}', '\u{9fff}'),
            prop::char::range('\u{ff01}', '\u{ff60}'),
            // Next to them, characters the fast path leaves to unicode-width.
            prop::sample::select(vec![
                '\u{302a}',
                '\u{3030}',
                '\u{fe0f}',
                '\u{fe0e}',
                '\u{200d}',
                '\u{301}',
                '\u{ff61}',
                '\u{1f469}',
                '\u{7f}',
                '\t',
                '\r',
                '\u{e0100}',
                '\u{a4f8}',
                '\u{644}',
                '\u{627}',
            ]),
        ];
        prop::collection::vec(piece, 0..16).prop_map(|characters| characters.into_iter().collect())
    }

    fn cell() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop::sample::select(vec![
                "a", "Z", "0", " ", "-", "文", "件", "\n", "\r", "\t", "\u{1b}", "\u{7}", "\u{202e}", "\u{2066}",
                "\u{301}", "\u{200d}", "👩", "💻", "\u{fe0f}", "ｱ", "\u{ad}", "\u{2028}", "\u{85}", "ﷺ", "，",
                "\u{3000}", "\u{302a}",
            ]),
            0..12,
        )
        .prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn a_line_is_as_wide_as_unicode_width_measures_it(line in wide_line()) {
            prop_assert_eq!(line_width(&line), line.width());
        }

        #[test]
        fn any_table_is_drawn_as_comfy_table_draws_it(
            rows in prop::collection::vec(prop::collection::vec(cell(), 3), 0..6),
            header in prop::collection::vec(cell(), 3),
        ) {
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            prop_assert_eq!(plain(&header, &rows, 1), comfy(&header, &rows, 1));
        }
    }
}
