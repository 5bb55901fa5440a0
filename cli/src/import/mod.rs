//! `errcat import FILE.md`: draft `error_catalog!` source from a Markdown
//! document of error tables. The pipeline: read the Markdown
//! (`markdown.rs`), tell the columns apart (`columns.rs`), build the draft
//! catalogue (`draft.rs`), fit its code type and ranges to the macro's rules
//! (`ranges.rs`), write it (`source.rs`), then check the result with the
//! macro's own front end, so that what comes out compiles.

mod columns;
mod draft;
mod markdown;
mod ranges;
mod source;

use std::io::Write;
use std::path::Path;

use errcat_dsl::naming::{identifier_for, is_identifier};
use heck::ToUpperCamelCase;
use serde::Serialize;

use crate::cli::ImportArgs;
use crate::commands::Answer;
use crate::failure::{Failure, Outcome};
use crate::json;
use crate::scan;

use self::draft::Draft;
pub use self::draft::Report;

#[derive(Serialize)]
struct Imported<'a> {
    version: u32,
    system: &'a str,
    source: &'a str,
    rows_read: usize,
    entries_written: usize,
    reported: usize,
    reports: &'a [Report],
    entries: Vec<ImportedEntry<'a>>,
}

#[derive(Serialize)]
struct ImportedEntry<'a> {
    line: usize,
    code: i128,
    /// The documented name.
    name: &'a str,
    identifier: &'a str,
    section: &'a str,
    message: &'a str,
    texts: Vec<json::Text<'a>>,
    doc: String,
    shares_code: Option<&'a str>,
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
    let mut draft = draft::build(markdown::read(markdown))?;
    let mut source = source::write(&draft, system, file_name, &summary(&draft));
    let problems = self_check(&source);
    if !problems.is_empty() {
        draft.reports.extend(problems);
        source = source::write(&draft, system, file_name, &summary(&draft));
    }
    Some(Conversion { draft, source })
}

pub(crate) fn run(args: &ImportArgs, as_json: bool) -> Result<Answer, Failure> {
    let text = scan::read_source(&args.file)?;
    let system = match &args.system {
        Some(name) if is_identifier(name) => name.clone(),
        Some(name) => {
            return Err(Failure::bad_input(format!(
                "`{name}` cannot name a system: give an identifier such as `Cos` or `BkRepo`"
            )));
        }
        None => default_system_name(&args.file),
    };
    let file_name = args
        .file
        .file_name()
        .map_or_else(|| args.file.display().to_string(), |name| name.to_string_lossy().into_owned());
    let Some(Conversion { draft, source }) = convert(&text, &system, &file_name) else {
        return Err(Failure::bad_input(format!(
            "{}: no table of error codes found: expected a table with a code column (错误码, 响应码, code, …) \
             or lines like `-61 NAME text`",
            args.file.display()
        )));
    };
    if let Some(path) = &args.output {
        std::fs::write(path, &source).map_err(|error| {
            Failure::bad_input(format!("cannot write {}: {}", path.display(), scan::io_reason(&error)))
        })?;
    }
    let mut stderr = std::io::stderr().lock();
    for report in &draft.reports {
        let _ = writeln!(stderr, "{}:{}: {}", args.file.display(), report.line, report.message);
    }
    let _ = writeln!(stderr, "{}", summary(&draft));
    let stdout = if as_json {
        json::to_string(&Imported {
            version: json::VERSION,
            system: &system,
            source: &source,
            rows_read: draft.rows_read,
            entries_written: draft.entries.len(),
            reported: draft.reports.len(),
            reports: &draft.reports,
            entries: imported_entries(&draft),
        })
    } else if args.output.is_some() {
        String::new()
    } else {
        source
    };
    Ok(Answer::new(stdout, Outcome::Success))
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
            let primary = draft.languages.first().copied();
            let texts = std::iter::once(json::Text { language: primary, text: &entry.message })
                .filter(|text| !text.text.is_empty())
                .chain(entry.texts.iter().map(|(language, text)| json::Text { language: Some(language), text }))
                .collect();
            ImportedEntry {
                line: entry.line,
                code: entry.code,
                name: entry.name.as_deref().unwrap_or(&entry.ident),
                identifier: &entry.ident,
                section: &entry.section,
                message: &entry.message,
                texts,
                doc: entry.doc.join("\n"),
                shares_code: entry.shares_code.as_deref(),
            }
        })
        .collect()
}
