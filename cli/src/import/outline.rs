//! The first stage: from the blocks of a Markdown document to an outline,
//! the sections its headings make, nested as they nest, and the rows of
//! its tables and `CODE NAME text` lines, each read as written: code, name,
//! texts, doc. A row that cannot be read is counted and reported here; the
//! later stages settle ranges and names.

use std::collections::HashMap;

use crate::import::Report;
use crate::import::code::{self, Code, CodeType};
use crate::import::columns::{self, Layout, Overrides, Role};
use crate::import::headings::{self, HeadingParts, Kind, Range};
use crate::import::markdown::{Block, Line, Table};

pub struct Outline {
    /// The heading that titles the whole document, if one does.
    pub title: Option<String>,
    /// Paragraphs under that heading.
    pub doc: Vec<String>,
    pub items: Vec<Item>,
    /// In document order; `Item::Entry` holds an index into it.
    pub rows: Vec<Row>,
    pub reports: Vec<Report>,
    /// The languages of the tables' message columns, in the order the
    /// first table that has each gives them.
    pub languages: Vec<String>,
    pub rows_read: usize,
    /// Rows read that are not among `rows`, each with a report.
    pub rows_not_converted: usize,
    /// `str` when the codes are strings; an integer type when `--code-type`
    /// gives one; `None` to choose the narrowest that holds them.
    pub code_type: Option<CodeType>,
}

pub enum Item {
    Entry(usize),
    Section(SectionOutline),
    Reserved(ReservedOutline),
}

pub struct SectionOutline {
    /// The line of its heading.
    pub line: usize,
    pub ident: String,
    pub title: String,
    pub doc: Vec<String>,
    pub range: Option<Range>,
    /// A string system's section: the prefix of its codes (`"22"`).
    pub prefix: Option<String>,
    pub items: Vec<Item>,
}

pub struct ReservedOutline {
    /// The line of its heading.
    pub line: usize,
    pub range: Range,
    pub open: bool,
    pub doc: Vec<String>,
}

/// A row as read.
pub struct Row {
    pub line: usize,
    pub code: Code,
    /// The code as written, when it is not the plain number (`-0`, `0x1F`).
    pub written: Option<String>,
    pub name: Option<String>,
    /// `None` for a line of a `CODE NAME text` list, whose language is that
    /// of all such lines together.
    pub texts: Vec<(Option<String>, String)>,
    pub doc: Vec<String>,
    pub http: Option<u16>,
    pub deprecated: Option<String>,
    /// The section path, for reports and JSON.
    pub section: String,
}

impl Row {
    pub fn new(line: usize, code: Code, name: Option<String>) -> Row {
        Row {
            line,
            code,
            written: None,
            name,
            texts: Vec::new(),
            doc: Vec::new(),
            http: None,
            deprecated: None,
            section: String::new(),
        }
    }
}

/// A heading and everything up to the next heading of the same or a
/// higher level.
struct Node {
    heading: Option<Heading>,
    level: usize,
    content: Vec<Content>,
}

enum Content {
    Rows(Vec<Read>),
    Prose(Vec<String>),
    Node(Box<Node>),
}

struct Heading {
    text: String,
    line: usize,
    parts: HeadingParts,
}

/// A row as the reader saw it: read, or not readable.
enum Read {
    Row(Box<PendingRow>),
    Failed(Report),
}

struct PendingRow {
    line: usize,
    code_text: String,
    name: Option<String>,
    texts: Vec<(Option<String>, String)>,
    doc: Vec<String>,
    http: Option<String>,
    deprecated: Option<String>,
}

/// `None` when the document has no table of error codes.
pub fn build(blocks: Vec<Block>, overrides: &Overrides) -> Option<Outline> {
    let mut reports = Vec::new();
    let mut languages = Vec::new();
    let root = tree(blocks, overrides, &mut reports, &mut languages);
    if !has_rows(&root) {
        return None;
    }
    let mut cells = Vec::new();
    code_cells(&root, &mut cells);
    let (strings, decided) = code::strings(cells.iter().map(|&(line, cell)| (line, cell)), overrides.code_type);
    reports.extend(decided.map(|(line, message)| Report { line, message }));
    let code_type = if strings { Some(CodeType::Str) } else { overrides.code_type };
    let mut builder = Builder {
        reports,
        rows: Vec::new(),
        rows_read: 0,
        rows_not_converted: 0,
        section_idents: HashMap::new(),
        strings,
    };
    let (title, doc, contents) = split_title(root, strings);
    let items = builder.items(contents, "");
    let Builder { reports, rows, rows_read, rows_not_converted, .. } = builder;
    Some(Outline { title, doc, items, rows, reports, languages, rows_read, rows_not_converted, code_type })
}

/// The code cell of every row, with its line, in document order.
fn code_cells<'a>(node: &'a Node, cells: &mut Vec<(usize, &'a str)>) {
    for content in &node.content {
        match content {
            Content::Rows(rows) => cells.extend(rows.iter().filter_map(|read| match read {
                Read::Row(row) => Some((row.line, row.code_text.as_str())),
                Read::Failed(_) => None,
            })),
            Content::Node(inner) => code_cells(inner, cells),
            Content::Prose(_) => {}
        }
    }
}

fn tree(blocks: Vec<Block>, overrides: &Overrides, reports: &mut Vec<Report>, languages: &mut Vec<String>) -> Node {
    let mut guessed = HashMap::new();
    let mut stack = vec![Node { heading: None, level: 0, content: Vec::new() }];
    for block in blocks {
        match block {
            Block::Heading { level, text, code_spans, line } => {
                while stack.len() > 1 && stack.last().is_some_and(|node| node.level >= level) {
                    close(&mut stack);
                }
                let parts = headings::parse(&text, &code_spans);
                stack.push(Node { heading: Some(Heading { text, line, parts }), level, content: Vec::new() });
            }
            Block::Table(table) => {
                let Some(segments) = table_rows(table, overrides, reports, languages, &mut guessed) else {
                    continue;
                };
                // A heading row opens a section one level below the
                // heading above the table; the table's end closes it.
                let level = stack.last().map_or(0, |node| node.level) + 1;
                let headed = segments.iter().any(|segment| segment.heading.is_some());
                for segment in segments {
                    if let Some(heading) = segment.heading {
                        while stack.len() > 1 && stack.last().is_some_and(|node| node.level >= level) {
                            close(&mut stack);
                        }
                        stack.push(Node { heading: Some(heading), level, content: Vec::new() });
                    }
                    if !segment.rows.is_empty() {
                        push(&mut stack, Content::Rows(segment.rows));
                    }
                }
                while headed && stack.len() > 1 && stack.last().is_some_and(|node| node.level >= level) {
                    close(&mut stack);
                }
            }
            Block::Paragraph(lines) => {
                let mut rows = Vec::new();
                let mut prose = Vec::new();
                for line in lines {
                    match line_row(&line) {
                        Some(row) => rows.push(Read::Row(Box::new(row))),
                        None => prose.push(line.text),
                    }
                }
                if !prose.is_empty() {
                    push(&mut stack, Content::Prose(prose));
                }
                if !rows.is_empty() {
                    push(&mut stack, Content::Rows(rows));
                }
            }
        }
    }
    while stack.len() > 1 {
        close(&mut stack);
    }
    stack.pop().unwrap_or(Node { heading: None, level: 0, content: Vec::new() })
}

fn push(stack: &mut [Node], content: Content) {
    if let Some(node) = stack.last_mut() {
        node.content.push(content);
    }
}

fn close(stack: &mut Vec<Node>) {
    if let Some(node) = stack.pop() {
        push(stack, Content::Node(Box::new(node)));
    }
}

fn has_rows(node: &Node) -> bool {
    node.heading.as_ref().is_some_and(|heading| heading.parts.code.is_some())
        || node.content.iter().any(|content| match content {
            Content::Rows(rows) => rows.iter().any(|read| matches!(read, Read::Row(_))),
            Content::Node(node) => has_rows(node),
            Content::Prose(_) => false,
        })
}

/// A single heading above everything, stating no code (nor, when the codes
/// are strings, a class), titles the system.
fn split_title(root: Node, strings: bool) -> (Option<String>, Vec<String>, Vec<Content>) {
    let nodes = root.content.iter().filter(|content| matches!(content, Content::Node(_))).count();
    let loose_rows = root.content.iter().any(|content| matches!(content, Content::Rows(_)));
    let titled = nodes == 1
        && !loose_rows
        && root.content.iter().any(|content| {
            matches!(content, Content::Node(node) if node.heading.as_ref().is_some_and(|heading| {
                heading.parts.code.is_none()
                    && heading.parts.range.is_none()
                    && heading.parts.ident.is_none()
                    && !(strings && heading.parts.class.is_some())
            }))
        });
    if !titled {
        return (None, Vec::new(), root.content);
    }
    let mut doc = Vec::new();
    let mut title = None;
    let mut contents = Vec::new();
    for content in root.content {
        match content {
            Content::Node(node) => {
                title = node.heading.map(|heading| heading.text);
                for inner in node.content {
                    match inner {
                        Content::Prose(lines) => add_paragraph(&mut doc, lines),
                        other => contents.push(other),
                    }
                }
            }
            Content::Prose(lines) => add_paragraph(&mut doc, lines),
            Content::Rows(_) => {}
        }
    }
    (title, doc, contents)
}

/// Paragraphs in a doc are apart by an empty line, as in Markdown.
fn add_paragraph(doc: &mut Vec<String>, lines: Vec<String>) {
    if !doc.is_empty() {
        doc.push(String::new());
    }
    doc.extend(lines);
}

/// The rows of a table up to a heading row, or from one heading row to the
/// next.
struct Segment {
    heading: Option<Heading>,
    rows: Vec<Read>,
}

/// A row of its own that spans the table and states a class, as the
/// `PostgreSQL` documentation's table of SQLSTATEs has one above each class:
/// one cell filled, reading `Class 22 — Data Exception`.
fn heading_row(row: &crate::import::markdown::Row) -> Option<Heading> {
    let mut filled = row.cells.iter().chain(&row.extra).filter(|cell| !cell.trim().is_empty());
    let only = filled.next()?;
    if filled.next().is_some() {
        return None;
    }
    headings::class(only)?;
    let text = headings::without_emphasis(only.trim()).to_owned();
    let parts = headings::parse(&text, &[]);
    Some(Heading { text, line: row.line, parts })
}

fn table_rows(
    mut table: Table,
    overrides: &Overrides,
    reports: &mut Vec<Report>,
    languages: &mut Vec<String>,
    guessed: &mut HashMap<String, String>,
) -> Option<Vec<Segment>> {
    let mut headings: Vec<(usize, Heading)> = Vec::new();
    let mut position = 0;
    table.rows.retain(|row| {
        let heading = heading_row(row);
        let keep = heading.is_none();
        if let Some(heading) = heading {
            headings.push((position, heading));
        }
        position += usize::from(keep);
        keep
    });
    let reads = table_reads(table, overrides, reports, languages, guessed)?;
    let mut segments = Vec::with_capacity(headings.len() + 1);
    let mut reads = reads.into_iter();
    let mut taken = 0;
    let mut heading = None;
    for (at, next) in headings {
        segments.push(Segment { heading: heading.take(), rows: reads.by_ref().take(at - taken).collect() });
        taken = at;
        heading = Some(next);
    }
    segments.push(Segment { heading, rows: reads.collect() });
    Some(segments)
}

fn table_reads(
    table: Table,
    overrides: &Overrides,
    reports: &mut Vec<Report>,
    languages: &mut Vec<String>,
    guessed: &mut HashMap<String, String>,
) -> Option<Vec<Read>> {
    let cells: Vec<&[String]> = table.rows.iter().map(|row| row.cells.as_slice()).collect();
    let Some(mut layout) = columns::layout(&table.header, &cells, overrides) else {
        let looks_like_errors = table
            .header
            .iter()
            .any(|title| matches!(columns::classify(title), Role::Name | Role::Description | Role::Phrase));
        if !looks_like_errors {
            return None;
        }
        let columns = table.header.iter().map(|title| format!("`{title}`")).collect::<Vec<_>>().join(", ");
        let failed = table.rows.iter().map(|row| {
            Read::Failed(Report {
                line: row.line,
                message: format!(
                    "the table (columns {columns}) has no code column (错误码, 响应码, code, value, …): the row is \
                     not converted"
                ),
            })
        });
        return Some(failed.collect());
    };
    drop(cells);
    // A description column speaks the language its header spoke in an
    // earlier table: a wiki's tables under one header are in one language.
    let taken: Vec<String> = layout.messages.iter().map(|(_, language)| language.clone()).collect();
    for (column, language) in &mut layout.messages {
        let header = table.header[*column].trim().to_lowercase();
        if columns::language_named(&header).is_some() {
            continue;
        }
        match guessed.get(&header) {
            Some(earlier) if earlier != language && !taken.contains(earlier) => language.clone_from(earlier),
            Some(_) => {}
            None => {
                guessed.insert(header, language.clone());
            }
        }
    }
    for (column, language) in &layout.messages {
        // A column that names its language declares it, even when empty.
        let declared = columns::language_named(&table.header[*column]).is_some()
            || table.rows.iter().any(|row| row.cells.get(*column).is_some_and(|cell| !cell.trim().is_empty()));
        if declared && !languages.contains(language) {
            languages.push(language.clone());
        }
    }
    for guess in &layout.guesses {
        reports.push(Report { line: table.line, message: guess.clone() });
    }
    for &(column, labelled) in &layout.doc {
        if labelled {
            reports.push(Report {
                line: table.line,
                message: format!(
                    "column `{}` is not a code, name or text column: its cells go to the entries' docs",
                    table.header[column]
                ),
            });
        }
    }
    for row in table.rows.iter().filter(|row| row.extra.iter().any(|text| !text.is_empty())) {
        reports.push(Report {
            line: row.line,
            message: format!(
                "{} cells beyond the table's {} columns go to the entry's doc: {}",
                row.extra.len(),
                table.header.len(),
                row.extra.join(" | ")
            ),
        });
    }
    let header = table.header;
    Some(table.rows.iter().map(|row| table_row(&header, &layout, row)).collect())
}

fn table_row(header: &[String], layout: &Layout, row: &crate::import::markdown::Row) -> Read {
    let cell = |column: usize| row.cells.get(column).map_or("", String::as_str);
    let trimmed = |column: usize| cell(column).trim();
    if row.cells.iter().all(|text| text.trim().is_empty()) {
        return Read::Failed(Report { line: row.line, message: "empty row: nothing to convert".to_owned() });
    }
    let name = layout.name.map(trimmed).filter(|name| !name.is_empty()).map(|name| name.trim_matches('`').to_owned());
    let texts = layout
        .messages
        .iter()
        .filter(|(column, _)| !cell(*column).is_empty())
        .map(|(column, language)| (Some(language.clone()), cell(*column).to_owned()))
        .collect();
    let mut doc: Vec<String> = Vec::new();
    let mut deprecated = None;
    if let Some(column) = layout.notes {
        let notes = cell(column);
        for note in notes.trim_matches('\n').split('\n') {
            if note.starts_with("Shares its code with `") {
                continue;
            }
            if note == "Deprecated." {
                deprecated = Some(String::new());
            } else if let Some(why) = note.strip_prefix("Deprecated: ") {
                deprecated = Some(why.to_owned());
            } else {
                doc.push(note.to_owned());
            }
        }
    }
    // One line for all of them, however many columns: a doc line is an
    // attribute of its own in the source, and a table thousands of columns
    // wide would otherwise make millions.
    let other_cells: Vec<String> = layout
        .doc
        .iter()
        .filter(|(column, _)| !trimmed(*column).is_empty())
        .map(
            |&(column, labelled)| {
                if labelled { format!("{}: {}", header[column], trimmed(column)) } else { trimmed(column).to_owned() }
            },
        )
        .collect();
    if !other_cells.is_empty() {
        doc.push(other_cells.join("; "));
    }
    if row.extra.iter().any(|text| !text.is_empty()) {
        doc.push(format!("Cells beyond the table's columns: {}", row.extra.join(" | ")));
    }
    let http = layout.http.map(trimmed).filter(|status| !status.is_empty()).map(str::to_owned);
    Read::Row(Box::new(PendingRow {
        line: row.line,
        code_text: trimmed(layout.code).to_owned(),
        name,
        texts,
        doc,
        http,
        deprecated,
    }))
}

/// `-61 NAME text` (the name and the text optional; the code may be in
/// backticks); `None` for prose.
fn line_row(line: &Line) -> Option<PendingRow> {
    let text = line.text.as_str();
    let (first, rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
    crate::query::parse_code(first.trim_matches('`'))?;
    let rest = rest.trim_start();
    let (second, remainder) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let candidate = second.trim_matches('`');
    let is_name = !candidate.is_empty()
        && candidate.chars().all(|character| character.is_ascii_alphanumeric() || character == '_')
        && candidate.chars().any(|character| character.is_ascii_alphabetic());
    let (name, message) = if is_name { (Some(candidate.to_owned()), remainder.trim()) } else { (None, rest.trim()) };
    let texts = if message.is_empty() { Vec::new() } else { vec![(None, message.to_owned())] };
    Some(PendingRow {
        line: line.line,
        code_text: first.trim_matches('`').to_owned(),
        name,
        texts,
        doc: Vec::new(),
        http: None,
        deprecated: None,
    })
}

struct Builder {
    reports: Vec<Report>,
    rows: Vec<Row>,
    rows_read: usize,
    rows_not_converted: usize,
    /// Section identifiers taken, with the next suffix to try.
    section_idents: HashMap<String, usize>,
    /// Whether the codes are strings.
    strings: bool,
}

impl Builder {
    fn items(&mut self, contents: Vec<Content>, path: &str) -> Vec<Item> {
        let mut items = Vec::new();
        for content in contents {
            match content {
                Content::Rows(rows) => {
                    for read in rows {
                        self.rows_read += 1;
                        match read {
                            Read::Row(row) => {
                                if let Some(index) = self.row(*row, path) {
                                    items.push(Item::Entry(index));
                                } else {
                                    self.rows_not_converted += 1;
                                }
                            }
                            Read::Failed(report) => {
                                self.rows_not_converted += 1;
                                self.reports.push(report);
                            }
                        }
                    }
                }
                Content::Node(node) => items.extend(self.node(*node, path)),
                Content::Prose(_) => {}
            }
        }
        items
    }

    fn row(&mut self, row: PendingRow, path: &str) -> Option<usize> {
        let read = if self.strings {
            code::read_text(&row.code_text).map(|text| (Code::Text(text), None))
        } else if code::has_leading_zero(&row.code_text) {
            Err(code::NotACode::LeadingZero)
        } else {
            code::read(&row.code_text).map(|code| (Code::Integer(code.value), code.written))
        };
        let (code, written) = match read {
            Ok(read) => read,
            Err(problem) => {
                self.reports.push(Report { line: row.line, message: problem.reason(&row.code_text) });
                return None;
            }
        };
        let http = row.http.as_deref().and_then(|status| {
            let read = columns::http_status(status);
            if read.is_none() {
                self.reports.push(Report {
                    line: row.line,
                    message: format!("HTTP status `{status}` is not one from 100 to 999: it goes to the entry's doc"),
                });
            }
            read
        });
        let mut doc = row.doc;
        if let (None, Some(status)) = (http, &row.http) {
            doc.push(format!("HTTP: {status}"));
        }
        self.rows.push(Row {
            line: row.line,
            code,
            written,
            name: row.name,
            texts: row.texts,
            doc,
            http,
            deprecated: row.deprecated,
            section: path.to_owned(),
        });
        Some(self.rows.len() - 1)
    }

    fn node(&mut self, node: Node, path: &str) -> Option<Item> {
        let heading = node.heading?;
        let mut prose: Vec<String> = Vec::new();
        for content in &node.content {
            if let Content::Prose(lines) = content {
                add_paragraph(&mut prose, lines.clone());
            }
        }
        let only_prose = node.content.iter().all(|content| matches!(content, Content::Prose(_)));
        let parts = &heading.parts;
        match (parts.code, parts.range, parts.kind) {
            (_, Some(range), Kind::Reserved | Kind::Open) if only_prose => {
                let mut doc: Vec<String> =
                    Some(parts.words.clone()).filter(|words| !words.is_empty()).into_iter().collect();
                doc.extend(prose);
                Some(Item::Reserved(ReservedOutline { line: heading.line, range, open: parts.kind == Kind::Open, doc }))
            }
            (Some(code), None, _) if only_prose => {
                self.rows_read += 1;
                let (name, message) = match parts.words.split_once(" - ") {
                    Some((name, message)) => (name.trim(), message.trim()),
                    None => (parts.words.as_str(), ""),
                };
                let code = if self.strings { Code::Text(code.to_string()) } else { Code::Integer(code) };
                let mut row = Row::new(heading.line, code, Some(name.to_owned()).filter(|name| !name.is_empty()));
                if !message.is_empty() {
                    row.texts.push((Some(columns::language_of([message]).to_owned()), message.to_owned()));
                }
                row.doc = prose;
                path.clone_into(&mut row.section);
                self.rows.push(row);
                Some(Item::Entry(self.rows.len() - 1))
            }
            _ => {
                let class = parts.class.as_ref().filter(|_| self.strings);
                let ident = self.section_ident(parts, class);
                let path = if path.is_empty() { ident.clone() } else { format!("{path}::{ident}") };
                let items = self.items(node.content, &path);
                if items.is_empty() && parts.range.is_none() && parts.ident.is_none() && class.is_none() {
                    return None;
                }
                let title = if parts.ident.is_some() { parts.words.clone() } else { heading.text };
                Some(Item::Section(SectionOutline {
                    line: heading.line,
                    ident,
                    title,
                    doc: prose,
                    range: if self.strings { None } else { parts.range },
                    prefix: class.map(|class| class.prefix.clone()),
                    items,
                }))
            }
        }
    }

    /// The identifier the heading states, or one from its class's title or
    /// its words, or `SectionN` when it has no ASCII words; unique within
    /// the system.
    fn section_ident(&mut self, parts: &HeadingParts, class: Option<&headings::Class>) -> String {
        let base = parts
            .ident
            .clone()
            .or_else(|| class.and_then(headings::class_identifier))
            .or_else(|| headings::section_identifier(&parts.words))
            .unwrap_or_else(|| format!("Section{}", self.section_idents.len() + 1));
        let mut ident = base.clone();
        while let Some(next) = self.section_idents.get_mut(&ident) {
            *next += 1;
            ident = format!("{base}{next}");
        }
        self.section_idents.insert(ident.clone(), 1);
        ident
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every cell of the columns that are not code, name or text reaches
    /// the doc, on one line however many such columns there are, and each
    /// column is reported once.
    #[test]
    fn other_columns_share_one_doc_line() {
        let markdown = "| Code | Name | Message | SQLSTATE | Category | Since |\n|---|---|---|---|---|---|\n\
                        | 1064 | ER_PARSE | syntax error | 42000 | syntax; parser | |\n\
                        | 1065 | ER_EMPTY | empty query | | | 5.0 |\n";
        let conversion = crate::import::convert(markdown, "Db", "db.md").unwrap();
        let source = conversion.source();
        assert!(source.contains("/// SQLSTATE: 42000; Category: syntax; parser\n"), "{source}");
        assert!(source.contains("/// Since: 5.0\n"), "{source}");
        let column_reports = conversion.reports().iter().filter(|report| report.message.starts_with("column `"));
        assert_eq!(column_reports.count(), 3);
    }

    /// A class row of its own opens a prefix section, even when it is the
    /// only heading of the document.
    #[test]
    fn a_lone_class_row_is_a_section() {
        let markdown = "| Error Code | Condition Name |\n|---|---|\n| **Class 0A — Feature Not Supported** | |\n\
                        | 0A000 | feature_not_supported |\n";
        let conversion = crate::import::convert(markdown, "Pg", "pg.md").unwrap();
        let source = conversion.source();
        assert!(
            source.contains(
                "        /// Class 0A — Feature Not Supported\n        section FeatureNotSupported in \"0A\" {\n\
                 \x20           \"0A000\" feature_not_supported,\n"
            ),
            "{source}"
        );
        assert_eq!((conversion.rows_read(), conversion.entries_written()), (1, 1));
    }

    #[test]
    fn lines_of_a_list() {
        let row = |text: &str| line_row(&Line { line: 1, text: text.into() });
        let full = row("-61 ERROR_X bucket不匹配").unwrap();
        assert_eq!((full.code_text.as_str(), full.name.as_deref()), ("-61", Some("ERROR_X")));
        assert_eq!(full.texts, [(None, "bucket不匹配".to_owned())]);
        let bare = row("-29000   ERR_CCDMQ_OVERFLOW").unwrap();
        assert!(bare.texts.is_empty());
        assert_eq!(row("-296 2RSP 打包失败").unwrap().name.as_deref(), Some("2RSP"));
        let nameless = row("404 文件不存在").unwrap();
        assert_eq!((nameless.name, nameless.texts), (None, vec![(None, "文件不存在".to_owned())]));
        assert!(row("当 [](action.md) 请求有效").is_none());
        assert_eq!(row("0x1F HEX").unwrap().code_text, "0x1F");
    }
}
