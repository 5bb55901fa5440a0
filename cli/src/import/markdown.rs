//! Reading a Markdown document into the blocks the importer cares about:
//! headings, tables and paragraphs, each with its line number. Tables come
//! from pulldown-cmark's GFM parser with source offsets; paragraphs keep
//! their lines as written, for `CODE NAME text` lists.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// `code_spans`: the text of each code span in the heading, as read.
    Heading {
        level: usize,
        text: String,
        code_spans: Vec<String>,
        line: usize,
    },
    Table(Table),
    Paragraph(Vec<Line>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub line: usize,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<String>,
    /// Cells beyond the header's columns, as written: GFM drops them.
    pub extra: Vec<String>,
}

/// One line of a paragraph, trimmed, with its line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub line: usize,
    pub text: String,
}

/// Line numbers (from 1) of byte offsets.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(source: &str) -> Self {
        let starts = std::iter::once(0).chain(source.match_indices('\n').map(|(offset, _)| offset + 1)).collect();
        LineIndex { starts }
    }

    fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }
}

/// What is being read while the parser is inside a construct.
enum Open {
    Heading { level: usize, text: String, code_spans: Vec<String>, line: usize },
    Table { table: Table, cell: Option<String>, row: Option<Row> },
    Paragraph(Range<usize>),
}

pub fn read(source: &str) -> Vec<Block> {
    let lines = LineIndex::new(source);
    let mut blocks = Vec::new();
    let mut open: Option<Open> = None;
    for (event, range) in Parser::new_ext(source, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                open = Some(Open::Heading {
                    level: level as usize,
                    text: String::new(),
                    code_spans: Vec::new(),
                    line: lines.line(range.start),
                });
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(Open::Heading { level, text, code_spans, line }) = open.take() {
                    blocks.push(Block::Heading { level, text: text.trim().to_owned(), code_spans, line });
                }
            }
            Event::Start(Tag::Table(_)) => {
                let table = Table { line: lines.line(range.start), header: Vec::new(), rows: Vec::new() };
                open = Some(Open::Table { table, cell: None, row: None });
            }
            Event::End(TagEnd::Table) => {
                if let Some(Open::Table { table, .. }) = open.take() {
                    blocks.push(Block::Table(table));
                }
            }
            Event::Start(Tag::TableRow) => {
                if let Some(Open::Table { row, .. }) = &mut open {
                    *row = Some(Row { line: lines.line(range.start), cells: Vec::new(), extra: Vec::new() });
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(Open::Table { table, row, .. }) = &mut open
                    && let Some(mut row) = row.take()
                {
                    row.extra = raw_cells(&source[range]).into_iter().skip(table.header.len()).collect();
                    table.rows.push(row);
                }
            }
            Event::Start(Tag::TableCell) => {
                if let Some(Open::Table { cell, .. }) = &mut open {
                    *cell = Some(String::new());
                }
            }
            Event::End(TagEnd::TableCell) => {
                if let Some(Open::Table { table, cell, row }) = &mut open
                    && let Some(text) = cell.take()
                {
                    match row {
                        Some(row) => row.cells.push(text),
                        None => table.header.push(text),
                    }
                }
            }
            Event::Start(Tag::Paragraph) if open.is_none() => open = Some(Open::Paragraph(range)),
            Event::End(TagEnd::Paragraph) => {
                if let Some(Open::Paragraph(range)) = open.take() {
                    blocks.push(Block::Paragraph(paragraph_lines(source, range, &lines)));
                }
            }
            Event::Code(text) => {
                if let Some(Open::Heading { code_spans, .. }) = &mut open {
                    code_spans.push(text.to_string());
                }
                push_text(&mut open, &text);
            }
            // A table cell cannot hold a line break but `<br>`.
            Event::InlineHtml(text) if is_line_break(&text) && matches!(open, Some(Open::Table { .. })) => {
                push_text(&mut open, "\n");
            }
            Event::Text(text) | Event::InlineHtml(text) | Event::Html(text) => push_text(&mut open, &text),
            Event::SoftBreak | Event::HardBreak => push_text(&mut open, " "),
            _ => {}
        }
    }
    blocks
}

fn is_line_break(html: &str) -> bool {
    let tag: String = html.chars().filter(|character| !character.is_whitespace()).collect::<String>().to_lowercase();
    matches!(tag.as_str(), "<br>" | "<br/>")
}

fn push_text(open: &mut Option<Open>, text: &str) {
    match open {
        Some(Open::Heading { text: heading, .. }) => heading.push_str(text),
        Some(Open::Table { cell: Some(cell), .. }) => cell.push_str(text),
        _ => {}
    }
}

/// The cells of a table row as written: split at every `|` that is not
/// escaped, as GFM does, even inside code spans.
fn raw_cells(row: &str) -> Vec<String> {
    let row = row.trim();
    let row = row.strip_prefix('|').unwrap_or(row);
    let row = if row.ends_with('|') && !row.ends_with("\\|") { &row[..row.len() - 1] } else { row };
    let mut cells = vec![String::new()];
    let mut escaped = false;
    for character in row.chars() {
        match character {
            '|' if !escaped => cells.push(String::new()),
            _ => {
                if let Some(cell) = cells.last_mut() {
                    cell.push(character);
                }
            }
        }
        escaped = character == '\\' && !escaped;
    }
    cells.into_iter().map(|cell| cell.trim().to_owned()).collect()
}

/// The paragraph's lines exactly as written, trimmed: `CODE NAME text`
/// lists must keep their text verbatim, markup included.
fn paragraph_lines(source: &str, range: Range<usize>, lines: &LineIndex) -> Vec<Line> {
    let first = lines.line(range.start);
    source[range]
        .lines()
        .enumerate()
        .map(|(offset, text)| Line { line: first + offset, text: text.trim().to_owned() })
        .filter(|line| !line.text.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_keep_cells_and_lines() {
        let blocks = read("# Title\n\n| 错误码 | 描述 |\n|---|---|\n| `10` | a \\| b |\n| 11 |\n");
        assert_eq!(blocks[0], Block::Heading { level: 1, text: "Title".into(), code_spans: vec![], line: 1 });
        let Block::Table(table) = &blocks[1] else { panic!("{blocks:?}") };
        assert_eq!(table.header, ["错误码", "描述"]);
        assert_eq!(table.rows[0], Row { line: 5, cells: vec!["10".into(), "a | b".into()], extra: vec![] });
        assert_eq!(table.rows[1].line, 6);
        assert_eq!(table.rows[1].cells[0], "11");
    }

    #[test]
    fn cells_beyond_the_header_are_kept_aside() {
        let blocks = read("| code | text |\n|---|---|\n| 1 | a \\| b | extra | `x|y` |\n");
        let Block::Table(table) = &blocks[0] else { panic!("{blocks:?}") };
        assert_eq!(table.rows[0].cells, ["1", "a | b"]);
        assert_eq!(table.rows[0].extra, ["extra", "`x", "y`"]);
    }

    #[test]
    fn cells_keep_escaped_markup_and_line_breaks() {
        let blocks = read("| code | text |\n|---|---|\n| 1 | a<br>\\<br> \\`x\\` &#32;b&#32; |\n");
        let Block::Table(table) = &blocks[0] else { panic!("{blocks:?}") };
        assert_eq!(table.rows[0].cells[1], "a\n<br> `x`  b ");
    }

    #[test]
    fn paragraphs_keep_their_lines_verbatim() {
        let blocks = read("## `0` OK - 成功\n\n-61 A_B *x*\n -62 C\n\ntext\n");
        assert_eq!(
            blocks[0],
            Block::Heading { level: 2, text: "0 OK - 成功".into(), code_spans: vec!["0".into()], line: 1 }
        );
        assert_eq!(
            blocks[1],
            Block::Paragraph(vec![
                Line { line: 3, text: "-61 A_B *x*".into() },
                Line { line: 4, text: "-62 C".into() }
            ])
        );
        assert_eq!(blocks[2], Block::Paragraph(vec![Line { line: 6, text: "text".into() }]));
    }
}
