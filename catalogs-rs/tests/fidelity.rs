//! Every row of every source table, in order, against the catalogue's `ALL`.
//!
//! The tables in `sources/` are read here without the catalogues' help: the
//! Markdown tables with pulldown-cmark, cos.md's `CODE NAME text` lines with
//! a line pattern. A mismatch names the table, the row and both sides.

use std::fmt::Debug;
use std::path::Path;

use errcat::{Catalog, Section};
use errcat_catalogs::{BkRepo, Cos, Mcsl, Polaris, Scm};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

fn source(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sources").join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// What a Markdown source is made of, in document order.
#[derive(Debug)]
enum Block {
    /// A heading's text, code spans written back with their backticks.
    Heading { level: usize, text: String },
    /// A paragraph's source text.
    Paragraph(String),
    /// A table body row: each cell's source text, trimmed.
    Row(Vec<String>),
}

fn blocks(markdown: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut heading: Option<(usize, String)> = None;
    let mut row: Option<Vec<String>> = None;
    let mut in_table = false;
    for (event, range) in Parser::new_ext(markdown, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some((level as usize, String::new())),
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, text)) = heading.take() {
                    blocks.push(Block::Heading { level, text: text.trim().to_owned() });
                }
            }
            Event::Text(text) => {
                if let Some((_, heading)) = &mut heading {
                    heading.push_str(&text);
                }
            }
            Event::Code(code) => {
                if let Some((_, heading)) = &mut heading {
                    heading.push('`');
                    heading.push_str(&code);
                    heading.push('`');
                }
            }
            Event::Start(Tag::Table(_)) => in_table = true,
            Event::End(TagEnd::Table) => in_table = false,
            Event::Start(Tag::Paragraph) if !in_table => {
                blocks.push(Block::Paragraph(markdown[range].trim().to_owned()));
            }
            Event::Start(Tag::TableRow) => row = Some(Vec::new()),
            Event::End(TagEnd::TableRow) => blocks.extend(row.take().map(Block::Row)),
            Event::Start(Tag::TableCell) => {
                if let Some(row) = &mut row {
                    row.push(markdown[range].trim().trim_matches('|').trim().to_owned());
                }
            }
            _ => {}
        }
    }
    blocks
}

fn code(cell: &str) -> i32 {
    cell.trim_matches('`').parse().unwrap_or_else(|error| panic!("code {cell:?}: {error}"))
}

/// One row as the table writes it, or one entry as the catalogue declares it.
#[derive(Debug, PartialEq)]
struct Row {
    /// The headings above the row that the catalogue turns into sections,
    /// outermost first.
    sections: Vec<String>,
    code: i32,
    name: String,
    message: String,
    /// Mcsl's description; the first paragraph of the entry's doc.
    explanation: Option<String>,
}

/// The catalogue's entries, in `ALL` order, described like the table's
/// rows; `section_heading` writes a section the way the table's heading does.
fn declared<C: Catalog<Code = i32>>(section_heading: fn(&Section<i32>) -> String, explained: bool) -> Vec<Row> {
    C::ALL
        .iter()
        .map(|entry| Row {
            sections: entry
                .section()
                .map(|section| C::SYSTEM.section_path(section).map(section_heading).collect())
                .unwrap_or_default(),
            code: entry.code(),
            name: entry.name().to_owned(),
            message: entry.message().to_owned(),
            explanation: explained.then(|| entry.entry().doc().split("\n\n").next().unwrap_or_default().to_owned()),
        })
        .collect()
}

fn assert_same<T: Debug + PartialEq>(table: &str, rows: &[T], entries: &[T]) {
    let mut problems = Vec::new();
    if rows.len() != entries.len() {
        problems.push(format!("{table} has {} rows, the catalogue {} entries", rows.len(), entries.len()));
    }
    for (index, (row, entry)) in rows.iter().zip(entries).enumerate() {
        if row != entry {
            problems.push(format!("{table} row {}:\n  table:     {row:?}\n  catalogue: {entry:?}", index + 1));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn title(section: &Section<i32>) -> String {
    section.title().to_owned()
}

#[test]
fn sequoiacm_md_is_scm() {
    let rows: Vec<Row> = blocks(&source("sequoiacm.md"))
        .into_iter()
        .filter_map(|block| match block {
            Block::Row(cells) => Some(Row {
                sections: Vec::new(),
                code: code(&cells[1]),
                name: cells[0].clone(),
                message: cells[2].clone(),
                explanation: None,
            }),
            _ => None,
        })
        .collect();
    assert_eq!(rows.len(), 71);
    assert_same("sequoiacm.md", &rows, &declared::<Scm>(title, false));
}

#[test]
fn bkrepo_md_is_bk_repo() {
    let mut heading = String::new();
    let mut rows = Vec::new();
    for block in blocks(&source("bkrepo.md")) {
        match block {
            Block::Heading { level: 2, text } => heading = text,
            Block::Row(cells) => rows.push((heading.clone(), code(&cells[0]), cells[1].clone())),
            _ => {}
        }
    }
    let entries: Vec<_> = declared::<BkRepo>(title, false)
        .into_iter()
        .map(|entry| (entry.sections.join(" > "), entry.code, entry.message))
        .collect();
    assert_eq!(rows.len(), 92);
    assert_same("bkrepo.md", &rows, &entries);
}

#[test]
fn polaris_md_is_polaris() {
    let rows: Vec<Row> = blocks(&source("polaris.md"))
        .into_iter()
        .filter_map(|block| match block {
            Block::Row(cells) => Some(Row {
                sections: Vec::new(),
                code: code(&cells[1]),
                name: cells[0].clone(),
                message: cells[2].clone(),
                explanation: None,
            }),
            _ => None,
        })
        .collect();
    assert_eq!(rows.len(), 112);
    assert_same("polaris.md", &rows, &declared::<Polaris>(title, false));
}

/// Mcsl's headings carry their category code: "`21000` File Error - 文件错误".
fn mcsl_heading(section: &Section<i32>) -> String {
    let start = section.range().expect("every Mcsl section has a range").start().to_owned();
    format!("`{start}` {}", section.title())
}

#[test]
fn mcsl_md_is_mcsl() {
    let blocks = blocks(&source("mcsl.md"));
    let mut rows = Vec::new();
    // Headings of level 2 and below, outermost first.
    let mut headings: Vec<String> = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        match block {
            Block::Heading { level, text } if *level >= 2 => {
                headings.truncate(level - 2);
                headings.push(text.clone());
                // A heading of one code, "`0` OK - 成功", is an entry, its paragraph the description.
                let single =
                    text.strip_prefix('`').and_then(|rest| rest.split_once("` ")).filter(|_| !text.contains('~'));
                if let (Some((code_text, rest)), Some(Block::Paragraph(description))) = (single, blocks.get(index + 1))
                {
                    let (name, message) = rest.split_once(" - ").expect("`CODE` NAME - 中文");
                    rows.push(Row {
                        sections: Vec::new(),
                        code: code(code_text),
                        name: name.to_owned(),
                        message: message.to_owned(),
                        explanation: Some(description.clone()),
                    });
                }
            }
            Block::Row(cells) => rows.push(Row {
                sections: headings.clone(),
                code: code(&cells[0]),
                name: cells[1].clone(),
                message: cells[2].clone(),
                explanation: Some(cells[3].clone()),
            }),
            _ => {}
        }
    }
    assert_eq!(rows.len(), 25);
    assert_same("mcsl.md", &rows, &declared::<Mcsl>(mcsl_heading, true));
}

#[test]
fn mcsl_md_reserves_and_leaves_open_what_mcsl_does() {
    let ranges_under = |word: &str| -> Vec<(i32, i32)> {
        blocks(&source("mcsl.md"))
            .into_iter()
            .filter_map(|block| match block {
                Block::Heading { text, .. } if text.contains(word) => {
                    let (start, rest) = text.strip_prefix('`')?.split_once("` ~ `")?;
                    let (end, _) = rest.split_once('`')?;
                    Some((code(start), code(end)))
                }
                _ => None,
            })
            .collect()
    };
    let declared = |open: bool| -> Vec<(i32, i32)> {
        Mcsl::SYSTEM
            .reserved()
            .iter()
            .filter(|reserved| reserved.is_open() == open)
            .map(|reserved| (*reserved.range().start(), *reserved.range().end()))
            .collect()
    };
    assert_eq!(ranges_under("保留"), [(40000, 59999)]);
    assert_eq!(declared(false), ranges_under("保留"));
    assert_eq!(ranges_under("其它"), [(60000, 99999)]);
    assert_eq!(declared(true), ranges_under("其它"));
}

/// cos.md: `## heading` lines, then one `CODE NAME text` line per row, the
/// text optional.
fn cos_rows() -> Vec<Row> {
    let mut heading = String::new();
    let mut rows = Vec::new();
    for line in source("cos.md").lines() {
        if let Some(text) = line.strip_prefix("## ") {
            text.trim().clone_into(&mut heading);
            continue;
        }
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (code_text, rest) = line.split_once(char::is_whitespace).unwrap_or_else(|| panic!("cos.md: {line:?}"));
        let rest = rest.trim_start();
        let (name, text) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        rows.push(Row {
            sections: vec![heading.clone()],
            code: code(code_text),
            name: name.to_owned(),
            message: text.trim().to_owned(),
            explanation: None,
        });
    }
    rows
}

#[test]
fn cos_md_is_cos() {
    let rows = cos_rows();
    assert_eq!(rows.len(), 449);
    assert_eq!(rows.iter().filter(|row| row.message.is_empty()).count(), 95);
    assert_same("cos.md", &rows, &declared::<Cos>(title, false));
}

#[test]
fn cos_md_writes_success_as_minus_zero() {
    let line = source("cos.md").lines().find(|line| line.contains(" SUCCESS ")).map(str::to_owned);
    assert_eq!(line.as_deref().map(str::trim), Some("-0 SUCCESS 成功"));
    assert_eq!(Cos::from_code(0), Some(Cos::Success));
    assert!(Cos::Success.entry().doc().contains("`-0`"));
}
