//! `errcat import FILE…`: draft `error_catalog!` source from Markdown
//! documents of error tables or from C and C++ headers. The pipeline, each
//! stage taking the previous one's output and returning its own:
//!
//! 1. read: Markdown into blocks (`markdown.rs`), then the outline
//!    (`outline.rs`): sections from headings (`headings.rs`), rows from
//!    tables, whose columns `columns.rs` tells apart, with codes read by
//!    `code.rs` (which also decides whether they are numbers or strings);
//!    or a header's constants into the same outline (`header.rs`, values
//!    by `expression.rs`);
//! 2. ranges (`ranges.rs`): the code type, and the ranges (a string
//!    system's prefixes) the macro accepts;
//! 3. names (`names.rs`): languages, identifiers, shared codes, codes
//!    outside their range: the draft;
//! 4. placeholders (`placeholders.rs`): the placeholder syntax (`{path}` or
//!    printf's `%s`), and the messages written as the macro reads them;
//! 5. source (`source.rs`): the draft as Rust source;
//!
//! then the result is checked with the macro's own front end, so that what
//! comes out compiles.

mod code;
mod columns;
mod expression;
mod header;
mod headings;
mod markdown;
mod names;
mod outline;
mod placeholders;
mod ranges;
mod source;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use errcat_dsl::naming::{identifier_for, is_identifier};
use heck::ToUpperCamelCase;
use serde::Serialize;

use crate::cli::ImportArgs;
use crate::commands::Answer;
use crate::failure::{Failure, Outcome};
use crate::json;
use crate::scan;

pub use self::code::{CODE_TYPES, CodeType};
pub use self::columns::Overrides;
pub use self::header::Selection;
use self::names::Draft;
use self::outline::Outline;

/// A row that was changed or not converted, or a problem with the whole
/// document: the line it is about (0 for the whole document) and what
/// happened, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub line: usize,
    pub message: String,
}

#[derive(Serialize)]
struct Imported<'a> {
    version: u32,
    system: &'a str,
    source: &'a str,
    rows_read: usize,
    entries_written: usize,
    rows_not_converted: usize,
    reported: usize,
    reports: &'a [Report],
    entries: Vec<ImportedEntry<'a>>,
}

#[derive(Serialize)]
struct ImportedEntry<'a> {
    line: usize,
    /// A number, or a string system's code as a string.
    code: &'a code::Code,
    /// The documented name.
    name: &'a str,
    identifier: &'a str,
    section: &'a str,
    message: &'a str,
    texts: Vec<json::Text<'a>>,
    doc: String,
    shares_code: Option<&'a str>,
    http: Option<u16>,
}

/// What the importer made of a Markdown document: the source and the
/// reports, with the counts that account for every row.
pub struct Conversion {
    draft: Draft,
    source: String,
}

impl Conversion {
    /// A whole Rust file: `use errcat::error_catalog;` and one invocation.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Every row that was changed or not converted, and every problem the
    /// macro's front end found in the source, in line order.
    pub fn reports(&self) -> &[Report] {
        &self.draft.reports
    }

    /// Table rows, list lines and headings that state a code.
    pub fn rows_read(&self) -> usize {
        self.draft.rows_read
    }

    pub fn entries_written(&self) -> usize {
        self.draft.entries.len()
    }

    /// The rows read that were not written, each with a report;
    /// `rows_read() == entries_written() + rows_not_converted()`.
    pub fn rows_not_converted(&self) -> usize {
        self.draft.rows_not_converted
    }
}

/// Drafts `error_catalog!` source for `system` (an identifier) from the
/// text of a Markdown document, named `file_name` in the source's first
/// line; `None` when the document has no table of error codes. Reads and
/// writes no file.
///
/// ```
/// let markdown = "\
/// | 错误码 | 名称            | 描述          |
/// |--------|-----------------|---------------|
/// | -61    | BUCKET_MISMATCH | bucket不匹配  |
/// | 4x4    | BROKEN          | 坏            |
/// ";
/// let conversion = errcat_cli::import::convert(markdown, "Cos", "cos.md").unwrap();
/// assert!(conversion.source().contains("-61 BUCKET_MISMATCH \"bucket不匹配\","));
/// assert_eq!(conversion.rows_read(), 2);
/// assert_eq!(conversion.entries_written(), 1);
/// assert_eq!(conversion.rows_not_converted(), 1);
/// let report = &conversion.reports()[0];
/// assert_eq!(report.line, 4);
/// assert_eq!(report.message, "code `4x4` is not an integer: the row is not converted");
/// ```
pub fn convert(markdown: &str, system: &str, file_name: &str) -> Option<Conversion> {
    convert_markdown(markdown, &Overrides::default(), system, file_name)
}

/// As [`convert`], with the column roles `--columns` gives.
pub fn convert_markdown(markdown: &str, overrides: &Overrides, system: &str, file_name: &str) -> Option<Conversion> {
    let outline = outline::build(markdown::read(markdown), overrides)?;
    Some(finish(outline, system, file_name))
}

/// Drafts source from the text of C or C++ headers (several files joined
/// by newlines make one catalogue); `Ok(None)` when they declare no
/// constant, `Err` when the selection names an enum they do not have, or
/// when `code_type` is `str` (a header's constants are numbers).
pub fn convert_header(
    text: &str,
    selection: &Selection,
    code_type: Option<CodeType>,
    system: &str,
    file_name: &str,
) -> Result<Option<Conversion>, String> {
    if code_type == Some(CodeType::Str) {
        return Err("--code-type str: a header's constants are integers; give an integer type or none".to_owned());
    }
    Ok(header::read(text, selection)?.map(|mut outline| {
        outline.code_type = code_type;
        finish(outline, system, file_name)
    }))
}

/// The stages after reading: ranges, names, source, and the self-check.
fn finish(outline: Outline, system: &str, file_name: &str) -> Conversion {
    let mut draft = placeholders::settle(names::settle(ranges::settle(outline)));
    let mut source = source::write(&draft, system, file_name, &summary(&draft));
    let problems = self_check(&source);
    if !problems.is_empty() {
        draft.reports.extend(problems);
        source = source::write(&draft, system, file_name, &summary(&draft));
    }
    Conversion { draft, source }
}

/// The inputs, read and joined: each file's first line's number in the
/// joined text, so that reports name the file and its own line.
struct Inputs {
    text: String,
    /// (display name, first line in the joined text).
    files: Vec<(String, usize)>,
}

impl Inputs {
    fn read(paths: &[PathBuf]) -> Result<Inputs, Failure> {
        let mut text = String::new();
        let mut files = Vec::new();
        let mut line = 1;
        for path in paths {
            let content = if path.as_os_str() == "-" {
                let mut bytes = Vec::new();
                std::io::stdin().read_to_end(&mut bytes).map_err(|error| {
                    Failure::bad_input(format!("cannot read standard input: {}", scan::io_reason(&error)))
                })?;
                String::from_utf8(bytes).map_err(|_| Failure::bad_input("standard input is not UTF-8 text"))?
            } else {
                scan::read_source(path)?
            };
            let name = if path.as_os_str() == "-" { "<stdin>".to_owned() } else { path.display().to_string() };
            files.push((name, line));
            text.push_str(&content);
            if !content.ends_with('\n') {
                text.push('\n');
            }
            line += content.lines().count().max(1) + usize::from(content.is_empty());
        }
        Ok(Inputs { text, files })
    }

    /// `FILE:LINE` of a line of the joined text.
    fn locate(&self, line: usize) -> String {
        let index = self.files.partition_point(|&(_, first)| first <= line).saturating_sub(1);
        let (name, first) = &self.files[index];
        if line == 0 { name.clone() } else { format!("{name}:{}", line + 1 - first) }
    }

    /// A message with the lines it mentions (`line 12`) told in their own
    /// file's numbers, and the file named when it is another.
    fn relocate(&self, message: &str) -> String {
        if self.files.len() < 2 {
            return message.to_owned();
        }
        let mut text = String::with_capacity(message.len());
        let mut rest = message;
        while let Some(at) = rest.find("line ") {
            let (before, after) = rest.split_at(at + "line ".len());
            text.push_str(&before[..at]);
            let digits = after.len() - after.trim_start_matches(|character: char| character.is_ascii_digit()).len();
            match after[..digits].parse::<usize>() {
                Ok(line) => text.push_str(&self.locate(line)),
                Err(_) => text.push_str("line "),
            }
            rest = &after[digits..];
        }
        text.push_str(rest);
        text
    }

    fn names(&self) -> String {
        self.files.iter().map(|(name, _)| name.as_str()).collect::<Vec<_>>().join(", ")
    }
}

/// Headers by their extension; standard input by its lines.
fn is_header(paths: &[PathBuf], text: &str) -> bool {
    let by_name = |path: &PathBuf| {
        path.extension().is_some_and(|extension| {
            matches!(extension.to_string_lossy().to_lowercase().as_str(), "h" | "hh" | "hpp" | "hxx" | "h++" | "inc")
        })
    };
    if paths.iter().all(|path| path.as_os_str() != "-") {
        return paths.iter().all(by_name);
    }
    paths.iter().any(by_name)
        || text.lines().any(|line| {
            let line = line.trim_start();
            line.starts_with("#define") || line.starts_with("#include") || line.starts_with("#ifndef")
        })
}

pub(crate) fn run(args: &ImportArgs, as_json: bool) -> Result<Answer, Failure> {
    if let Some(path) = &args.output
        && path.exists()
        && !args.force
    {
        return Err(Failure::bad_input(format!(
            "{} exists: give --force to overwrite it, or another -o",
            path.display()
        )));
    }
    let mut overrides = match &args.columns {
        Some(text) => Overrides::parse(text).map_err(Failure::bad_input)?,
        None => Overrides::default(),
    };
    overrides.code_type = args.code_type.as_deref().and_then(CodeType::named);
    let inputs = Inputs::read(&args.files)?;
    let first = args.files.first().map_or(Path::new("-"), PathBuf::as_path);
    let system = match &args.system {
        Some(name) if is_identifier(name) => name.clone(),
        Some(name) => {
            return Err(Failure::bad_input(format!(
                "`{name}` cannot name a system: give an identifier such as `Cos` or `BkRepo`"
            )));
        }
        None => default_system_name(first),
    };
    let file_name = args
        .files
        .iter()
        .map(|path| path.file_name().map_or_else(|| "<stdin>".to_owned(), |name| name.to_string_lossy().into_owned()))
        .collect::<Vec<_>>()
        .join(", ");
    let header = is_header(&args.files, &inputs.text);
    let conversion = if header {
        convert_header(&inputs.text, &selection(args), overrides.code_type, &system, &file_name)
            .map_err(|problem| Failure::bad_input(format!("{}: {problem}", inputs.names())))?
    } else {
        if !overrides.roles.is_empty()
            && let Some(unknown) = unknown_columns(&overrides, &inputs.text)
        {
            return Err(Failure::bad_input(format!(
                "{}: --columns names `{unknown}`, which no table's header has",
                inputs.names()
            )));
        }
        convert_markdown(&inputs.text, &overrides, &system, &file_name)
    };
    let Some(Conversion { draft, source }) = conversion else {
        let expected = if header {
            "expected `#define NAME VALUE` lines or an `enum { … }` (--enum, --prefix choose among them)"
        } else {
            "expected a table with a code column (错误码, 响应码, code, value, …) or lines like `-61 NAME text`"
        };
        return Err(Failure::bad_input(format!("{}: no table of error codes found: {expected}", inputs.names())));
    };
    if let Some(path) = &args.output {
        std::fs::write(path, &source).map_err(|error| {
            Failure::bad_input(format!("cannot write {}: {}", path.display(), scan::io_reason(&error)))
        })?;
    }
    let mut stderr = std::io::stderr().lock();
    for report in &draft.reports {
        let _ = writeln!(stderr, "{}: {}", inputs.locate(report.line), inputs.relocate(&report.message));
    }
    let _ = writeln!(stderr, "{}", summary(&draft));
    let lost = draft.rows_not_converted > 0 || draft.entries.is_empty();
    if lost && !args.allow_loss {
        let _ = writeln!(
            stderr,
            "errcat: {} not converted{}: exit status 1; --allow-loss accepts the loss",
            if draft.rows_not_converted == 1 {
                "1 row".to_owned()
            } else {
                format!("{} rows", draft.rows_not_converted)
            },
            if draft.entries.is_empty() { ", no entry written" } else { "" }
        );
    }
    let stdout = if as_json {
        json::to_string(&Imported {
            version: json::VERSION,
            system: &system,
            source: &source,
            rows_read: draft.rows_read,
            entries_written: draft.entries.len(),
            rows_not_converted: draft.rows_not_converted,
            reported: draft.reports.len(),
            reports: &draft.reports,
            entries: imported_entries(&draft),
        })
    } else if args.output.is_some() {
        String::new()
    } else {
        source
    };
    Ok(Answer::new(stdout, if lost && !args.allow_loss { Outcome::Negative } else { Outcome::Success }))
}

fn selection(args: &ImportArgs) -> Selection {
    Selection {
        enum_name: args.enum_name.clone(),
        prefixes: args.prefix.clone(),
        from: args.from.clone(),
        to: args.to.clone(),
        keep_sentinels: args.keep_sentinels,
    }
}

/// A header `--columns` names that no table of the document has.
fn unknown_columns(overrides: &Overrides, text: &str) -> Option<String> {
    let headers: Vec<String> = markdown::read(text)
        .into_iter()
        .filter_map(|block| if let markdown::Block::Table(table) = block { Some(table.header) } else { None })
        .flatten()
        .collect();
    overrides
        .roles
        .iter()
        .find(|(_, header)| !headers.iter().any(|title| title.trim().eq_ignore_ascii_case(header)))
        .map(|(_, header)| header.clone())
}

fn summary(draft: &Draft) -> String {
    format!("{} rows read, {} entries written, {} reported", draft.rows_read, draft.entries.len(), draft.reports.len())
}

/// `cos.md` gives `Cos`; a name with nothing to build on gives `Imported`.
fn default_system_name(path: &Path) -> String {
    path.file_stem()
        .and_then(|stem| identifier_for(&stem.to_string_lossy()))
        .map(|ident| ident.to_upper_camel_case())
        .filter(|ident| is_identifier(ident) && ident != "Self")
        .unwrap_or_else(|| "Imported".to_owned())
}

/// The problems the macro would report on the generated source: none is
/// expected, but an importer must not hand over source that fails quietly.
fn self_check(source: &str) -> Vec<Report> {
    let path = Path::new("<generated>");
    let Ok(invocations) = scan::invocations(path, source) else {
        return vec![Report { line: 0, message: "the generated source is not valid Rust tokens".to_owned() }];
    };
    invocations
        .into_iter()
        .flat_map(|invocation| errcat_dsl::analyze(invocation.body).1.into_vec())
        .map(|diagnostic| Report {
            line: 0,
            message: format!(
                "the generated source does not check, at its line {}: {}",
                diagnostic.location.start.start().line,
                diagnostic.message
            ),
        })
        .collect()
}

fn imported_entries(draft: &Draft) -> Vec<ImportedEntry<'_>> {
    draft
        .entries
        .iter()
        .map(|entry| {
            let primary = draft.languages.first().map(String::as_str);
            let texts = std::iter::once(json::Text { language: primary, text: &entry.message })
                .filter(|text| !text.text.is_empty())
                .chain(
                    entry.texts.iter().map(|(language, text)| json::Text { language: Some(language.as_str()), text }),
                )
                .collect();
            ImportedEntry {
                line: entry.line,
                code: &entry.code,
                name: entry.name.as_deref().unwrap_or(&entry.ident),
                identifier: &entry.ident,
                section: &entry.section,
                message: &entry.message,
                texts,
                doc: entry.doc.join("\n"),
                shares_code: entry.shares_code.as_deref(),
                http: entry.http,
            }
        })
        .collect()
}
