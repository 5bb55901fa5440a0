//! `errcat man`: the manual page in roff, written by `clap_mangen` from the
//! same definition that parses the arguments: the options, the
//! subcommands, the examples and the JSON shapes of `--help`.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::commands::Answer;
use crate::failure::{Failure, Kind, Outcome};

pub fn run() -> Result<Answer, Failure> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|error| Failure::new(Kind::Io, format!("cannot write the manual page: {error}")))?;
    Ok(Answer::new(String::from_utf8_lossy(&page).into_owned(), Outcome::Success))
}
