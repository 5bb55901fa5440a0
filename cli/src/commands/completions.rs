//! `errcat completions SHELL`: a completion script, written by
//! `clap_complete` from the same definition that parses the arguments.

use clap::CommandFactory;
use clap_complete::Shell as Generator;

use crate::cli::{Cli, Shell};
use crate::commands::Answer;
use crate::failure::Outcome;

pub fn run(shell: Shell) -> Answer {
    let generator = match shell {
        Shell::Bash => Generator::Bash,
        Shell::Zsh => Generator::Zsh,
        Shell::Fish => Generator::Fish,
        Shell::Powershell => Generator::PowerShell,
    };
    let mut script = Vec::new();
    clap_complete::generate(generator, &mut Cli::command(), "errcat", &mut script);
    Answer::new(String::from_utf8_lossy(&script).into_owned(), Outcome::Success)
}
