//! From the blocks of a Markdown document to a draft catalogue: sections
//! from headings, entries from table rows and `CODE NAME text` lines, with
//! names made into identifiers and duplicate codes acknowledged. Every row
//! that had to be changed or could not be converted gets a report.

use std::collections::HashMap;
use std::collections::HashSet;

use errcat_dsl::naming::{identifier_for, is_identifier, variant_name};
use heck::ToUpperCamelCase;
use serde::Serialize;

use crate::import::columns::{self, Layout};
use crate::import::markdown::{Block, Line, Table};
use crate::import::ranges;
use crate::query::parse_code;

pub struct Draft {
    /// The heading that titles the whole document, if one does.
    pub title: Option<String>,
    /// Paragraphs under that heading.
    pub doc: Vec<String>,
    /// Languages of the messages, the primary one first.
    pub languages: Vec<&'static str>,
    /// `None` for the default `i32`.
    pub code_type: Option<&'static str>,
    pub items: Vec<Item>,
    /// In document order.
    pub entries: Vec<EntryDraft>,
    pub reports: Vec<Report>,
    pub rows_read: usize,
    /// Rows read that are not among `entries`, each with a report.
    pub rows_not_converted: usize,
}

pub enum Item {
    /// An index into `Draft::entries`.
    Entry(usize),
    Section(SectionDraft),
    Reserved(ReservedDraft),
}

pub struct SectionDraft {
    /// The line of its heading.
    pub line: usize,
    pub ident: String,
    pub title: String,
    pub doc: Vec<String>,
    pub range: Option<(i128, i128)>,
    pub items: Vec<Item>,
}

pub struct ReservedDraft {
    /// The line of its heading.
    pub line: usize,
    pub range: (i128, i128),
    pub doc: Vec<String>,
}

pub struct EntryDraft {
    pub line: usize,
    pub code: i128,
    pub ident: String,
    /// The documented name, when it is not `ident`.
    pub name: Option<String>,
    pub message: String,
    /// Messages in the other languages, in the order of `Draft::languages`.
    pub texts: Vec<(&'static str, String)>,
    pub doc: Vec<String>,
    pub shares_code: Option<String>,
    pub outside_range: bool,
    /// The section path, for reports and JSON.
    pub section: String,
}

/// A row that was changed or not converted, or a problem with the whole
/// document: the line it is about (0 for the whole document) and what
/// happened, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub line: usize,
    pub message: String,
}

/// A row as read, before names and duplicates are settled.
pub struct RawRow {
    pub line: usize,
    pub code: i128,
    /// The code as written, when it is not the plain number (`-0`).
    written: Option<String>,
    name: Option<String>,
    /// `None` for a line of a `CODE NAME text` list, whose language is that
    /// of all such lines together.
    texts: Vec<(Option<&'static str>, String)>,
    doc: Vec<String>,
    /// The nearest enclosing range: (range, line of its heading).
    pub range: Option<((i128, i128), usize)>,
    section: String,
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
    Node(Node),
}

struct Heading {
    text: String,
    line: usize,
    code: Option<i128>,
    range: Option<(i128, i128)>,
    /// The text after the code or range.
    rest: String,
}

/// A row as the reader saw it: converted, or not convertible.
enum Read {
    Row(Box<PendingRow>),
    Failed(Report),
}

struct PendingRow {
    line: usize,
    code_text: String,
    name: Option<String>,
    texts: Vec<(Option<&'static str>, String)>,
    doc: Vec<String>,
}

pub fn build(blocks: Vec<Block>) -> Option<Draft> {
    let mut reports = Vec::new();
    let root = tree(blocks, &mut reports);
    if !has_rows(&root) {
        return None;
    }
    let mut builder =
        Builder { reports, rows: Vec::new(), rows_read: 0, rows_not_converted: 0, section_idents: HashSet::new() };
    let (title, doc, contents) = split_title(root);
    let mut items = builder.items(contents, None, "");
    let Builder { mut reports, mut rows, rows_read, mut rows_not_converted, .. } = builder;
    let settled = ranges::settle(&mut items, &mut rows, &mut reports);
    rows_not_converted += settled.rows_not_converted;
    let code_type = settled.code_type;
    let (languages, entries) = settle(rows, &mut reports);
    reports.sort_by_key(|report| report.line);
    Some(Draft { title, doc, languages, code_type, items, entries, reports, rows_read, rows_not_converted })
}

fn tree(blocks: Vec<Block>, reports: &mut Vec<Report>) -> Node {
    let mut stack = vec![Node { heading: None, level: 0, content: Vec::new() }];
    for block in blocks {
        match block {
            Block::Heading { level, text, line } => {
                while stack.len() > 1 && stack.last().is_some_and(|node| node.level >= level) {
                    close(&mut stack);
                }
                stack.push(Node { heading: Some(parse_heading(text, line)), level, content: Vec::new() });
            }
            Block::Table(table) => {
                if let Some(rows) = table_rows(&table, reports) {
                    push(&mut stack, Content::Rows(rows));
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
        push(stack, Content::Node(node));
    }
}

fn has_rows(node: &Node) -> bool {
    node.heading.as_ref().is_some_and(|heading| heading.code.is_some() && heading.range.is_none())
        || node.content.iter().any(|content| match content {
            Content::Rows(rows) => rows.iter().any(|read| matches!(read, Read::Row(_))),
            Content::Node(node) => has_rows(node),
            Content::Prose(_) => false,
        })
}

/// A single heading above everything, stating no code, titles the system.
fn split_title(root: Node) -> (Option<String>, Vec<String>, Vec<Content>) {
    let nodes = root.content.iter().filter(|content| matches!(content, Content::Node(_))).count();
    let loose_rows = root.content.iter().any(|content| matches!(content, Content::Rows(_)));
    let titled = nodes == 1
        && !loose_rows
        && root.content.iter().any(|content| {
            matches!(content, Content::Node(node) if node.heading.as_ref().is_some_and(|heading| heading.code.is_none()))
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
                        Content::Prose(lines) => doc.extend(lines),
                        other => contents.push(other),
                    }
                }
            }
            Content::Prose(lines) => doc.extend(lines),
            Content::Rows(_) => {}
        }
    }
    (title, doc, contents)
}

fn parse_heading(text: String, line: usize) -> Heading {
    let (code, range, rest) = heading_parts(&text);
    Heading { text, line, code, range, rest }
}

/// `10000 Request Error` gives a code; `40000 ~ 59999 保留` a range.
fn heading_parts(text: &str) -> (Option<i128>, Option<(i128, i128)>, String) {
    let text = text.trim();
    let (first, after) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
    for separator in ["..=", "..", "~", "～"] {
        if let Some((start, end)) = first.split_once(separator)
            && let (Some(start), Some(end)) = (parse_code(start), parse_code(end))
        {
            return (Some(start), Some(ordered(start, end)), after.trim().to_owned());
        }
    }
    if let Some(dash) = first.get(1..).and_then(|tail| tail.find('-')).map(|position| position + 1)
        && let (Some(start), Some(end)) = (parse_code(&first[..dash]), parse_code(&first[dash + 1..]))
    {
        return (Some(start), Some(ordered(start, end)), after.trim().to_owned());
    }
    let Some(start) = parse_code(first) else { return (None, None, text.to_owned()) };
    let after = after.trim_start();
    for separator in ["..=", "..", "~", "～", "–", "—", "-", "至", "到", "to "] {
        if let Some(tail) = after.strip_prefix(separator) {
            let tail = tail.trim_start();
            let (second, rest) = tail.split_once(char::is_whitespace).unwrap_or((tail, ""));
            if let Some(end) = parse_code(second) {
                return (Some(start), Some(ordered(start, end)), rest.trim().to_owned());
            }
        }
    }
    (Some(start), None, after.trim().to_owned())
}

fn ordered(start: i128, end: i128) -> (i128, i128) {
    (start.min(end), start.max(end))
}

fn table_rows(table: &Table, reports: &mut Vec<Report>) -> Option<Vec<Read>> {
    let cells: Vec<Vec<String>> = table.rows.iter().map(|row| row.cells.clone()).collect();
    let Some(layout) = columns::layout(&table.header, &cells) else {
        let looks_like_errors = table
            .header
            .iter()
            .any(|title| matches!(columns::classify(title), columns::Role::Name | columns::Role::Description));
        if !looks_like_errors {
            return None;
        }
        let columns = table.header.iter().map(|title| format!("`{title}`")).collect::<Vec<_>>().join(", ");
        let failed = table.rows.iter().map(|row| {
            Read::Failed(Report {
                line: row.line,
                message: format!(
                    "the table (columns {columns}) has no code column (错误码, 响应码, code, …): the row is not converted"
                ),
            })
        });
        return Some(failed.collect());
    };
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
    Some(table.rows.iter().map(|row| table_row(table, &layout, row)).collect())
}

fn table_row(table: &Table, layout: &Layout, row: &crate::import::markdown::Row) -> Read {
    let cell = |column: usize| row.cells.get(column).map_or("", |text| text.trim());
    if row.cells.iter().all(|text| text.trim().is_empty()) {
        return Read::Failed(Report { line: row.line, message: "empty row: nothing to convert".to_owned() });
    }
    let name = layout.name.map(cell).filter(|name| !name.is_empty()).map(str::to_owned);
    let texts = layout
        .messages
        .iter()
        .filter(|(column, _)| !cell(*column).is_empty())
        .map(|&(column, language)| (Some(language), cell(column).to_owned()))
        .collect();
    let mut doc: Vec<String> = layout
        .doc
        .iter()
        .filter(|(column, _)| !cell(*column).is_empty())
        .map(
            |&(column, labelled)| {
                if labelled { format!("{}: {}", table.header[column], cell(column)) } else { cell(column).to_owned() }
            },
        )
        .collect();
    if row.extra.iter().any(|text| !text.is_empty()) {
        doc.push(format!("Cells beyond the table's columns: {}", row.extra.join(" | ")));
    }
    Read::Row(Box::new(PendingRow { line: row.line, code_text: cell(layout.code).to_owned(), name, texts, doc }))
}

/// `-61 NAME text` (the name and the text optional; the code may be in
/// backticks); `None` for prose.
fn line_row(line: &Line) -> Option<PendingRow> {
    let text = line.text.as_str();
    let (first, rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
    parse_code(first.trim_matches('`'))?;
    let rest = rest.trim_start();
    let (second, remainder) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let candidate = second.trim_matches('`');
    let is_name = !candidate.is_empty()
        && candidate.chars().all(|character| character.is_ascii_alphanumeric() || character == '_')
        && candidate.chars().any(|character| character.is_ascii_alphabetic());
    let (name, message) = if is_name { (Some(candidate.to_owned()), remainder.trim()) } else { (None, rest.trim()) };
    let texts = if message.is_empty() { Vec::new() } else { vec![(None, message.to_owned())] };
    Some(PendingRow { line: line.line, code_text: first.trim_matches('`').to_owned(), name, texts, doc: Vec::new() })
}

struct Builder {
    reports: Vec<Report>,
    rows: Vec<RawRow>,
    rows_read: usize,
    rows_not_converted: usize,
    section_idents: HashSet<String>,
}

impl Builder {
    fn items(&mut self, contents: Vec<Content>, range: Option<((i128, i128), usize)>, path: &str) -> Vec<Item> {
        let mut items = Vec::new();
        for content in contents {
            match content {
                Content::Rows(rows) => {
                    for read in rows {
                        self.rows_read += 1;
                        match read {
                            Read::Row(row) => {
                                if let Some(index) = self.row(*row, range, path) {
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
                Content::Node(node) => items.extend(self.node(node, range, path)),
                Content::Prose(_) => {}
            }
        }
        items
    }

    fn row(&mut self, row: PendingRow, range: Option<((i128, i128), usize)>, path: &str) -> Option<usize> {
        let Some(code) = parse_code(row.code_text.trim_matches('`')) else {
            let message = if row.code_text.is_empty() {
                "no code: the row is not converted".to_owned()
            } else if row.code_text.trim_start_matches(['-', '+']).bytes().all(|byte| byte.is_ascii_digit()) {
                format!("code `{}` does not fit in 64 bits: the row is not converted", row.code_text)
            } else {
                format!("code `{}` is not an integer: the row is not converted", row.code_text)
            };
            self.reports.push(Report { line: row.line, message });
            return None;
        };
        let written = row.code_text.trim_matches('`').trim_start_matches('+');
        let written = (written != code.to_string()).then(|| written.to_owned());
        self.rows.push(RawRow {
            line: row.line,
            code,
            written,
            name: row.name,
            texts: row.texts,
            doc: row.doc,
            range,
            section: path.to_owned(),
        });
        Some(self.rows.len() - 1)
    }

    fn node(&mut self, node: Node, range: Option<((i128, i128), usize)>, path: &str) -> Option<Item> {
        let heading = node.heading?;
        let prose: Vec<String> = node
            .content
            .iter()
            .filter_map(|content| if let Content::Prose(lines) = content { Some(lines.clone()) } else { None })
            .flatten()
            .collect();
        let only_prose = node.content.iter().all(|content| matches!(content, Content::Prose(_)));
        let lower = heading.rest.to_lowercase();
        match (heading.code, heading.range) {
            (_, Some(stated)) if only_prose && (lower.contains("保留") || lower.contains("reserved")) => {
                let mut doc = vec![heading.rest.clone()];
                doc.extend(prose);
                Some(Item::Reserved(ReservedDraft { line: heading.line, range: stated, doc }))
            }
            (Some(code), None) if only_prose => {
                self.rows_read += 1;
                let (name, message) = match heading.rest.split_once(" - ") {
                    Some((name, message)) => (name.trim(), message.trim()),
                    None => (heading.rest.as_str(), ""),
                };
                let texts = if message.is_empty() {
                    Vec::new()
                } else {
                    vec![(Some(columns::language_of([message])), message.to_owned())]
                };
                let name = Some(name.to_owned()).filter(|name| !name.is_empty());
                self.rows.push(RawRow {
                    line: heading.line,
                    code,
                    written: None,
                    name,
                    texts,
                    doc: prose,
                    range,
                    section: path.to_owned(),
                });
                Some(Item::Entry(self.rows.len() - 1))
            }
            _ => {
                let ident = self.section_ident(&heading);
                let path = if path.is_empty() { ident.clone() } else { format!("{path}::{ident}") };
                let own_range = heading.range.map(|stated| (stated, heading.line)).or(range);
                let items = self.items(node.content, own_range, &path);
                if items.is_empty() && heading.range.is_none() {
                    return None;
                }
                Some(Item::Section(SectionDraft {
                    line: heading.line,
                    ident,
                    title: heading.text,
                    doc: prose,
                    range: heading.range,
                    items,
                }))
            }
        }
    }

    /// An identifier from the heading's words, or `SectionN` when it has
    /// none in ASCII; unique within the system.
    fn section_ident(&mut self, heading: &Heading) -> String {
        let words = if heading.rest.is_empty() { &heading.text } else { &heading.rest };
        let base = identifier_for(words)
            .map(|ident| ident.to_upper_camel_case())
            .filter(|ident| is_identifier(ident) && ident != "Self")
            .unwrap_or_else(|| format!("Section{}", self.section_idents.len() + 1));
        let mut ident = base.clone();
        let mut suffix = 2;
        while self.section_idents.contains(&ident) {
            ident = format!("{base}{suffix}");
            suffix += 1;
        }
        self.section_idents.insert(ident.clone());
        ident
    }
}

/// Languages, names, shared codes and ranges, over all rows in document
/// order.
fn settle(rows: Vec<RawRow>, reports: &mut Vec<Report>) -> (Vec<&'static str>, Vec<EntryDraft>) {
    let line_texts = rows.iter().flat_map(|row| row.texts.iter().filter(|(language, _)| language.is_none()));
    let line_language = columns::language_of(line_texts.map(|(_, text)| text.as_str()));
    let mut languages: Vec<&'static str> = Vec::new();
    for row in &rows {
        for (language, _) in &row.texts {
            let language = language.unwrap_or(line_language);
            if !languages.contains(&language) {
                languages.push(language);
            }
        }
    }
    let mut taken = Taken::default();
    let mut first_with_code: HashMap<i128, (String, usize)> = HashMap::new();
    let mut entries = Vec::with_capacity(rows.len());
    for row in rows {
        let mut report = |message: String| reports.push(Report { line: row.line, message });
        let (ident, name) = taken.assign(&row, &mut report);
        let shares_code = if let Some((first, line)) = first_with_code.get(&row.code) {
            report(format!(
                "code {} is already used by `{first}` (line {line}): written with #[shares_code({first})]",
                row.code
            ));
            Some(first.clone())
        } else {
            first_with_code.insert(row.code, (ident.clone(), row.line));
            None
        };
        let mut doc = row.doc;
        if let Some(written) = &row.written {
            report(format!("code `{written}` written as {}", row.code));
            doc.push(format!("Written as `{written}` in the source table."));
        }
        let outside_range = match row.range {
            Some(((start, end), line)) if row.code < start || row.code > end => {
                report(format!(
                    "code {} is outside {start}..={end}, the range stated by the heading at line {line}: written with #[outside_range]",
                    row.code
                ));
                true
            }
            _ => false,
        };
        let mut message = String::new();
        let mut texts = Vec::new();
        for &language in &languages {
            let text = row.texts.iter().find(|(tag, _)| tag.unwrap_or(line_language) == language);
            match text {
                Some((_, text)) if Some(&language) == languages.first() => message.clone_from(text),
                Some((_, text)) => texts.push((language, text.clone())),
                None => {}
            }
        }
        entries.push(EntryDraft {
            line: row.line,
            code: row.code,
            ident,
            name,
            message,
            texts,
            doc,
            shares_code,
            outside_range,
            section: row.section,
        });
    }
    (languages, entries)
}

/// The identifiers, variants and documented names taken so far, with the
/// lines that took them.
#[derive(Default)]
struct Taken {
    idents: HashSet<String>,
    variants: HashMap<String, usize>,
    documented: HashMap<String, usize>,
}

impl Taken {
    /// The identifier and, when it differs, the documented name of a row.
    fn assign(&mut self, row: &RawRow, report: &mut impl FnMut(String)) -> (String, Option<String>) {
        let placeholder =
            || if row.code < 0 { format!("E_MINUS_{}", row.code.unsigned_abs()) } else { format!("E{}", row.code) };
        let (base, mut name) = match &row.name {
            // Rust takes `令牌过期` as an identifier; an ASCII one reads better in source.
            Some(name) if name.is_ascii() && is_identifier(name) && variant_name(name).is_some() => {
                (name.clone(), None)
            }
            Some(name) => {
                if let Some(ident) = identifier_for(name) {
                    (ident, Some(name.clone()))
                } else {
                    let ident = placeholder();
                    report(format!(
                        "name `{name}` has no ASCII letters or digits: identifier {ident}, #[name = {name:?}]"
                    ));
                    (ident, Some(name.clone()))
                }
            }
            None => {
                let ident = placeholder();
                report(format!("no name: written as {ident}"));
                (ident, None)
            }
        };
        let ident = self.unique(&base);
        let wanted = name.clone().unwrap_or_else(|| base.clone());
        if let Some(&line) = self.documented.get(&wanted) {
            report(format!("name `{wanted}` is already used (line {line}): written as {ident}"));
            name = None;
        } else if ident != base {
            let line = self.variants.get(&variant_name(&base).unwrap_or_default()).copied().unwrap_or_default();
            report(format!(
                "identifier `{base}` makes the same enum variant as an entry at line {line}: written as {ident}"
            ));
        }
        self.documented.insert(name.clone().unwrap_or_else(|| ident.clone()), row.line);
        self.variants.insert(variant_name(&ident).unwrap_or_default(), row.line);
        (ident, name)
    }

    fn unique(&mut self, base: &str) -> String {
        let mut ident = base.to_owned();
        let mut suffix = 2;
        while self.idents.contains(&ident)
            || variant_name(&ident).is_none_or(|variant| self.variants.contains_key(&variant))
        {
            ident = format!("{base}_{suffix}");
            suffix += 1;
        }
        self.idents.insert(ident.clone());
        ident
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_state_codes_and_ranges() {
        assert_eq!(
            heading_parts("10000 Request Error - 请求错误"),
            (Some(10000), None, "Request Error - 请求错误".into())
        );
        assert_eq!(heading_parts("40000 ~ 59999 保留错误段"), (Some(40000), Some((40000, 59999)), "保留错误段".into()));
        assert_eq!(heading_parts("400-499 Client"), (Some(400), Some((400, 499)), "Client".into()));
        assert_eq!(heading_parts("2.1 Errors"), (None, None, "2.1 Errors".into()));
        assert_eq!(heading_parts("400 - 499 Client"), (Some(400), Some((400, 499)), "Client".into()));
        assert_eq!(heading_parts("-100..=-199"), (Some(-100), Some((-199, -100)), String::new()));
        assert_eq!(heading_parts("0 OK - 成功"), (Some(0), None, "OK - 成功".into()));
        assert_eq!(heading_parts("PROXY 错误码"), (None, None, "PROXY 错误码".into()));
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
    }
}
