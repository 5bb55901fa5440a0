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
    Table(Table),
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
                open = Some(Open::Table(table));
            }
            Event::End(TagEnd::Table) => {
                if let Some(Open::Table(table)) = open.take() {
                    blocks.push(Block::Table(table));
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(Open::Table(table)) = &mut open {
                    let head = source[range].lines().next().unwrap_or_default();
                    table.header = raw_cells(head).iter().map(|cell| unescape(cell)).collect();
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(Open::Table(table)) = &mut open {
                    let written = raw_cells(source[range.clone()].lines().next().unwrap_or_default());
                    let width = table.header.len();
                    let mut cells: Vec<String> = written.iter().take(width).map(|cell| unescape(cell)).collect();
                    cells.resize(width, String::new());
                    let extra = written.into_iter().skip(width).map(str::to_owned).collect();
                    table.rows.push(Row { line: lines.line(range.start), cells, extra });
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
            Event::Text(text) | Event::InlineHtml(text) | Event::Html(text) => push_text(&mut open, &text),
            Event::SoftBreak | Event::HardBreak => push_text(&mut open, " "),
            _ => {}
        }
    }
    blocks
}

fn push_text(open: &mut Option<Open>, text: &str) {
    if let Some(Open::Heading { text: heading, .. }) = open {
        heading.push_str(text);
    }
}

/// A cell as written, with what only escapes text resolved: a backslash
/// before punctuation, `<br>` (a line break, the only one a cell can hold)
/// and numeric or basic named character references. Markup stays as
/// written (`` `code` ``, `*emphasis*`), code spans untouched, as in the
/// `CODE NAME text` lines of a list.
pub fn unescape(cell: &str) -> String {
    let mut text = String::with_capacity(cell.len());
    let mut rest = cell;
    loop {
        // Up to the next character that may start an escape, as it is.
        let plain = rest.find(['`', '\\', '<', '&']).unwrap_or(rest.len());
        text.push_str(&rest[..plain]);
        rest = &rest[plain..];
        let Some(character) = rest.chars().next() else { break };
        if character == '`' {
            let ticks = rest.len() - rest.trim_start_matches('`').len();
            let fence = &rest[..ticks];
            let end = rest[ticks..].find(fence).map_or(ticks, |end| ticks + end + ticks);
            text.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        if character == '\\'
            && let Some(next) = rest[1..].chars().next()
            && next.is_ascii_punctuation()
        {
            text.push(next);
            rest = &rest[1 + next.len_utf8()..];
            continue;
        }
        if character == '<' {
            let lower = rest.get(..6).unwrap_or(rest).to_ascii_lowercase();
            if let Some(tag) = ["<br>", "<br/>", "<br />"].iter().find(|tag| lower.starts_with(**tag)) {
                text.push('\n');
                rest = &rest[tag.len()..];
                continue;
            }
        }
        if character == '&'
            && let Some((decoded, length)) = character_reference(rest)
        {
            text.push(decoded);
            rest = &rest[length..];
            continue;
        }
        text.push(character);
        rest = &rest[character.len_utf8()..];
    }
    text
}

/// `&#32;`, `&#x20;`, `&amp;`, …: the character and the reference's length.
fn character_reference(text: &str) -> Option<(char, usize)> {
    let end = text.char_indices().take(34).find(|&(_, character)| character == ';').map(|(end, _)| end)?;
    let body = &text[1..end];
    let decoded = if let Some(number) = body.strip_prefix('#') {
        let value = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        char::from_u32(value).filter(|&decoded| decoded != '\0').unwrap_or('\u{fffd}')
    } else {
        match body {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{a0}',
            _ => return None,
        }
    };
    Some((decoded, end + 1))
}

/// The cells of a table row as written, trimmed: split at every `|` that
/// is not escaped, as GFM does, even inside code spans.
fn raw_cells(row: &str) -> Vec<&str> {
    let row = row.trim();
    let row = row.strip_prefix('|').unwrap_or(row);
    let row = if row.ends_with('|') && !row.ends_with("\\|") { &row[..row.len() - 1] } else { row };
    let mut cells = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    // `|` and `\` are ASCII: a byte of either is that character.
    for (at, byte) in row.bytes().enumerate() {
        if byte == b'|' && !escaped {
            cells.push(row[start..at].trim());
            start = at + 1;
        }
        escaped = byte == b'\\' && !escaped;
    }
    cells.push(row[start..].trim());
    cells
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
        assert_eq!(table.rows[0], Row { line: 5, cells: vec!["`10`".into(), "a | b".into()], extra: vec![] });
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
        let blocks = read("| code | text |\n|---|---|\n| 1 | a<br>\\<br> \\`x\\` &#32;b&#32; `\\*` *y* &amp; |\n");
        let Block::Table(table) = &blocks[0] else { panic!("{blocks:?}") };
        assert_eq!(table.rows[0].cells[1], "a\n<br> `x`  b  `\\*` *y* &");
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
