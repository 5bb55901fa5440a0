//! `errcat check PATH…`: the macro front end's diagnostics for every
//! `error_catalog!` in the files, the `.rs` files of directories
//! (recursively) and standard input (`-`), shown as the compiler would show
//! them.

use std::fmt::Write;
use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config, termcolor};
use proc_macro2::Span;
use serde::Serialize;

use crate::cli::CheckArgs;
use crate::commands::Answer;
use crate::failure::{Failure, Kind, Outcome};
use crate::json;
use crate::output::{self, Output};
use crate::registry;
use crate::scan;

#[derive(Serialize)]
struct Checked {
    version: u32,
    errors: usize,
    files: Vec<CheckedFile>,
}

#[derive(Serialize)]
struct CheckedFile {
    path: String,
    systems: Vec<String>,
    diagnostics: Vec<Diagnostic>,
}

#[derive(Serialize)]
struct Diagnostic {
    severity: &'static str,
    message: String,
    #[serde(flatten)]
    place: Place,
    notes: Vec<Note>,
}

#[derive(Serialize)]
struct Note {
    message: String,
    #[serde(flatten)]
    place: Place,
}

/// Where a diagnostic points, lines and columns counted from 1, columns in
/// characters; `bytes` for the renderer.
#[derive(Serialize)]
struct Place {
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    #[serde(skip)]
    bytes: Range<usize>,
}

impl Place {
    /// The place of `start..end`, or of `fallback` for a problem the front
    /// end could not place (a span from nowhere in this file).
    fn new(start: Span, end: Span, fallback: Span) -> Self {
        let (start, end) = if start.byte_range() == (0..0) { (fallback, fallback) } else { (start, end) };
        let (from, to) = (start.start(), end.end());
        let bytes = start.byte_range().start..end.byte_range().end.max(start.byte_range().start);
        Place { line: from.line, column: from.column + 1, end_line: to.line, end_column: to.column + 1, bytes }
    }
}

/// The files to check, with their text and whether they were named: each
/// file as given, a directory's `.rs` files, and standard input for `-`.
fn inputs(args: &CheckArgs) -> Result<Vec<(PathBuf, String, bool)>, Failure> {
    let mut inputs = Vec::new();
    for path in &args.files {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes).map_err(|error| {
                Failure::new(Kind::Io, format!("cannot read standard input: {}", scan::io_reason(&error)))
            })?;
            inputs.push((PathBuf::from("<stdin>"), scan::source_text(Path::new("standard input"), bytes)?, true));
        } else if path.is_dir() {
            for file in registry::rust_files(path) {
                let source = scan::read_source(&file)?;
                inputs.push((file, source, false));
            }
        } else {
            inputs.push((path.clone(), scan::read_source(path)?, true));
        }
    }
    Ok(inputs)
}

pub fn run(args: &CheckArgs, as_json: bool, output: Output) -> Result<Answer, Failure> {
    let mut checked = Vec::new();
    let mut sources = Vec::new();
    for (path, source, named) in inputs(args)? {
        let path = path.as_path();
        let mut file = CheckedFile { path: path.display().to_string(), systems: Vec::new(), diagnostics: Vec::new() };
        let invocations = match scan::invocations(path, &source) {
            Ok(invocations) => invocations,
            Err(failure) if named => return Err(failure),
            // A file found in a directory that does not tokenize is one of
            // its problems, not the end of the check.
            Err(_) => {
                let span = proc_macro2::TokenStream::from_str(&source)
                    .err()
                    .map_or_else(Span::call_site, |error| error.span());
                file.diagnostics.push(Diagnostic {
                    severity: "error",
                    message: "not valid Rust tokens: a delimiter is not closed, or a literal is malformed".to_owned(),
                    place: Place::new(span, span, span),
                    notes: Vec::new(),
                });
                Vec::new()
            }
        };
        // `#[baseline = "…"]` is relative to the crate's manifest directory.
        let manifest_dir = crate::catalogue_files::crate_root(path)
            .or_else(|| std::path::absolute(path).ok()?.parent().map(std::path::Path::to_path_buf))
            .unwrap_or_default();
        for invocation in invocations {
            for (span, problem) in literal_problems(invocation.body.clone()) {
                file.diagnostics.push(Diagnostic {
                    severity: "error",
                    message: problem.to_owned(),
                    place: Place::new(span, span, invocation.close_span),
                    notes: Vec::new(),
                });
            }
            let (catalogs, _, diagnostics, _) =
                errcat_dsl::analyze_with_baselines(invocation.body, Some(&manifest_dir));
            file.systems.extend(catalogs.iter().map(|catalog| catalog.ident.to_string()));
            for diagnostic in diagnostics.into_vec() {
                let fallback = invocation.close_span;
                file.diagnostics.push(Diagnostic {
                    severity: "error",
                    message: diagnostic.message,
                    place: Place::new(diagnostic.location.start, diagnostic.location.end, fallback),
                    notes: diagnostic
                        .notes
                        .into_iter()
                        .map(|(location, message)| Note {
                            message,
                            place: Place::new(location.start, location.end, fallback),
                        })
                        .collect(),
                });
            }
        }
        checked.push(file);
        sources.push(source);
    }
    let errors = checked.iter().map(|file| file.diagnostics.len()).sum();
    let outcome = if errors == 0 { Outcome::Success } else { Outcome::Negative };
    let text = if as_json {
        json::to_string(&Checked { version: json::VERSION, errors, files: checked })
    } else {
        render(&checked, sources, errors, output)
    };
    Ok(Answer::new(text, outcome))
}

/// What rustc's lexer rejects in a literal before any macro sees it: a
/// character that changes the visible direction of text (denied by
/// `text_direction_codepoint_in_literal`) and a carriage return not written
/// as `\r` (one before a line feed is a line ending, which rustc accepts). The front end only ever sees the values, so this reads the
/// literals as written.
fn literal_problems(body: proc_macro2::TokenStream) -> Vec<(Span, &'static str)> {
    let mut problems = Vec::new();
    let mut pending = vec![body];
    while let Some(stream) = pending.pop() {
        for tree in stream {
            match tree {
                proc_macro2::TokenTree::Group(group) => pending.push(group.stream()),
                proc_macro2::TokenTree::Literal(literal) => {
                    let written = literal.to_string();
                    if written
                        .chars()
                        .any(|character| matches!(character, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
                    {
                        problems.push((
                            literal.span(),
                            "unicode codepoint changing visible direction of text present in literal; write it as \
                             an escape, e.g. `\\u{202e}`",
                        ));
                    }
                    if written.replace("\r\n", "\n").contains('\r') {
                        problems.push((literal.span(), "bare CR not allowed in a string; write it as `\\r`"));
                    }
                }
                _ => {}
            }
        }
    }
    problems.sort_by_key(|(span, _)| span.byte_range().start);
    problems
}

fn render(checked: &[CheckedFile], sources: Vec<String>, errors: usize, output: Output) -> String {
    let mut files = SimpleFiles::new();
    let mut buffer = if output.colour() { termcolor::Buffer::ansi() } else { termcolor::Buffer::no_color() };
    let config = Config::default();
    let mut summary = String::new();
    for (file, source) in checked.iter().zip(sources) {
        // The snippets point into the text by byte offset: on a terminal its
        // controls are replaced by characters of the same length.
        let source = if output.escapes() { output::mask_controls(&source) } else { source };
        let id = files.add(file.path.clone(), source);
        if file.systems.is_empty() && file.diagnostics.is_empty() {
            let _ = writeln!(
                summary,
                "{}",
                output.warning(&format!("warning: {}: no `error_catalog!` invocation", file.path))
            );
        }
        for diagnostic in &file.diagnostics {
            let labels = std::iter::once(Label::primary(id, diagnostic.place.bytes.clone()))
                .chain(
                    diagnostic
                        .notes
                        .iter()
                        .map(|note| Label::secondary(id, note.place.bytes.clone()).with_message(&note.message)),
                )
                .collect();
            let report = Report::error().with_message(output.line(&diagnostic.message)).with_labels(labels);
            // The spans come from this very text, so rendering cannot miss.
            let _ = term::emit_to_write_style(&mut buffer, &config, &files, &report);
        }
    }
    let mut text = String::from_utf8_lossy(buffer.as_slice()).into_owned();
    text.push_str(&summary);
    let systems: Vec<&str> = checked.iter().flat_map(|file| file.systems.iter().map(String::as_str)).collect();
    let files_count = if checked.len() == 1 { "1 file".to_owned() } else { format!("{} files", checked.len()) };
    let verdict = match errors {
        0 => output.heading("no problems"),
        1 => output.warning("1 error"),
        many => output.warning(&format!("{many} errors")),
    };
    let _ = writeln!(
        text,
        "checked {} in {files_count}: {verdict}",
        if systems.is_empty() {
            "no catalogue".to_owned()
        } else {
            format!("{} ({})", plural(systems.len(), "catalogue"), named(&systems))
        }
    );
    text
}

/// The systems checked, by name: the first few, then how many more, so a
/// check of a whole tree of files still ends on one readable line.
fn named(systems: &[&str]) -> String {
    const SHOWN: usize = 8;
    if systems.len() <= SHOWN {
        systems.join(", ")
    } else {
        format!("{}, and {} more", systems[..SHOWN].join(", "), systems.len() - SHOWN)
    }
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 { format!("1 {noun}") } else { format!("{count} {noun}s") }
}
