//! What ends a command early: a problem with what the user gave it, told in
//! one line.

use std::fmt;
use std::process::ExitCode;

/// A one-line error for the user; never a panic or a backtrace.
#[derive(Debug)]
pub struct Failure {
    message: String,
}

impl Failure {
    /// An unknown system, a malformed code, an unreadable file, …
    pub fn bad_input(message: impl Into<String>) -> Self {
        Failure { message: message.into() }
    }

    pub fn exit_code() -> ExitCode {
        ExitCode::from(2)
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
