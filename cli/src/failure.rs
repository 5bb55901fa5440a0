//! What ends a command early: a problem with what the user gave it, told in
//! one line on stderr, or, with `--json`, as one JSON object on stdout.

use std::fmt;
use std::process::ExitCode;

use serde::Serialize;

/// A one-line error for the user; never a panic or a backtrace.
#[derive(Debug)]
pub struct Failure {
    kind: Kind,
    message: String,
    suggestions: Vec<String>,
}

/// What went wrong, for programs that read `--json`: the `kind` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Bad input that no more specific kind names.
    BadInput,
    /// The arguments do not parse: an unknown option, a missing argument, …
    Usage,
    UnknownSystem,
    MalformedCode,
    /// An empty query or code.
    EmptyQuery,
    /// A file that cannot be read or written.
    Io,
    /// A file that is binary or not UTF-8.
    NotText,
    /// A Rust file that does not tokenize.
    InvalidSource,
    /// A file given with `--catalog` that declares no catalogue.
    NoCatalogue,
    /// A catalogue given with `--catalog` whose declaration does not check.
    InvalidCatalogue,
}

impl Failure {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Failure { kind, message: message.into(), suggestions: Vec::new() }
    }

    /// An unknown system, a malformed code, an unreadable file, …
    pub fn bad_input(message: impl Into<String>) -> Self {
        Failure::new(Kind::BadInput, message)
    }

    /// The names the user may have meant, for the JSON object.
    #[must_use]
    pub fn with_suggestions(mut self, suggestions: Vec<String>) -> Self {
        self.suggestions = suggestions;
        self
    }

    pub fn exit_code() -> ExitCode {
        ExitCode::from(2)
    }

    /// `{"version":1,"error":{"kind":…,"message":…}}`, with `suggestions`
    /// when there are any.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Document<'a> {
            version: u32,
            error: Error<'a>,
        }
        #[derive(Serialize)]
        struct Error<'a> {
            kind: Kind,
            message: &'a str,
            #[serde(skip_serializing_if = "<[String]>::is_empty")]
            suggestions: &'a [String],
        }
        crate::json::to_string(&Document {
            version: crate::json::VERSION,
            error: Error { kind: self.kind, message: &self.message, suggestions: &self.suggestions },
        })
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message)
    }
}

/// How a command that ran to its end went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything asked for was found, and no error was reported.
    Success,
    /// Something asked for was not found, or `check` found errors: exit 1,
    /// as `grep` does when nothing matches.
    Negative,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> Self {
        match outcome {
            Outcome::Success => ExitCode::SUCCESS,
            Outcome::Negative => ExitCode::from(1),
        }
    }
}
