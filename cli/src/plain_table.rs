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
    /// The width of every line of every cell, cell after cell; measured
    /// once, when the cell is added.
    line_widths: Vec<usize>,
    right: Vec<bool>,
}

impl<'a> PlainTable<'a> {
    pub fn new(header: &[&'a str]) -> Self {
        let mut table = PlainTable {
            columns: header.len(),
            cells: Vec::new(),
            line_widths: Vec::new(),
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
            self.line_widths.extend(cell.split('\n').map(line_width));
        }
    }

    /// The table's lines joined by line breaks, as comfy-table's `Display`
    /// writes them; `None` when a line is wider than comfy-table measures
    /// (65 535 columns), which only comfy-table then lays out.
    pub fn render(&self) -> Option<String> {
        let Borders { left, right, vertical, top, bottom, header } = Borders::of_preset();
        let widths = self.widths()?;
        let mut text = String::with_capacity(self.cells.iter().map(|cell| cell.len() + 8).sum::<usize>() * 2);
        rule(&mut text, &widths, top);
        let mut line_widths = self.line_widths.as_slice();
        for (index, row) in self.cells.chunks(self.columns.max(1)).enumerate() {
            // Each cell's lines, with their widths.
            let mut cells: Vec<(std::str::Split<'_, char>, &[usize])> = Vec::with_capacity(row.len());
            for cell in row {
                let count = line_count(cell);
                let (these, rest) = line_widths.split_at(count);
                cells.push((cell.split('\n'), these));
                line_widths = rest;
            }
            let height = cells.iter().map(|(_, widths)| widths.len()).max().unwrap_or(1);
            for line_index in 0..height {
                text.push('\n');
                text.push(left);
                for (column, (lines, line_widths)) in cells.iter_mut().enumerate() {
                    if column > 0 {
                        text.push(vertical);
                    }
                    let line = lines.next().unwrap_or("");
                    let room = widths[column] - line_widths.get(line_index).copied().unwrap_or(0);
                    let (before, after) = if index > 0 && self.right[column] { (room, 0) } else { (0, room) };
                    spaces(&mut text, 1 + before);
                    text.push_str(line);
                    spaces(&mut text, after + 1);
                }
                text.push(right);
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
        let mut line_widths = self.line_widths.as_slice();
        for (position, cell) in self.cells.iter().enumerate() {
            let (these, rest) = line_widths.split_at(line_count(cell));
            line_widths = rest;
            let width = &mut widths[position % self.columns];
            *width = these.iter().copied().fold(*width, usize::max);
        }
        widths.iter().all(|&width| u16::try_from(width).is_ok()).then_some(widths)
    }
}

/// A line's width as comfy-table measures it (unicode-width's), at once
/// for printable ASCII, one column a character.
fn line_width(line: &str) -> usize {
    if line.bytes().all(|byte| (b' '..=b'~').contains(&byte)) { line.len() } else { line.width() }
}

/// How many lines a cell has: comfy-table splits at each `\n`.
fn line_count(cell: &str) -> usize {
    1 + cell.bytes().filter(|&byte| byte == b'\n').count()
}

/// `count` spaces.
fn spaces(text: &mut String, mut count: usize) {
    const SPACES: &str = "                                ";
    while count > 0 {
        let step = count.min(SPACES.len());
        text.push_str(&SPACES[..step]);
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

    use super::PlainTable;
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

    fn cell() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop::sample::select(vec![
                "a", "Z", "0", " ", "-", "文", "件", "\n", "\r", "\t", "\u{1b}", "\u{7}", "\u{202e}", "\u{2066}",
                "\u{301}", "\u{200d}", "👩", "💻", "\u{fe0f}", "ｱ", "\u{ad}", "\u{2028}", "\u{85}", "ﷺ",
            ]),
            0..12,
        )
        .prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

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
