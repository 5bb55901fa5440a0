//! The `errcat` command line as a library: the binary is a thin shell over
//! [`main`], and the importer is callable on its own, without a file
//! system, for the fuzzers and the tests ([`import::convert`]).

mod catalogue_files;
mod cli;
mod commands;
mod export;
mod failure;
pub mod import;
mod json;
mod output;
mod query;
mod registry;
mod scan;
mod view;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::failure::{Failure, Outcome};
use crate::output::Output;
use crate::view::SystemView;

/// Runs `errcat` on the process's arguments and tells how it ended: the
/// whole of the binary's `main`.
///
/// ```no_run
/// fn main() -> std::process::ExitCode {
///     errcat_cli::main()
/// }
/// ```
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(outcome) => outcome.into(),
        Err(failure) => {
            let _ = writeln!(std::io::stderr(), "errcat: error: {failure}");
            Failure::exit_code()
        }
    }
}

fn run(cli: &Cli) -> Result<Outcome, Failure> {
    let output = Output::new(cli.color);
    let systems = || -> Result<Vec<SystemView>, Failure> {
        if cli.catalogs.is_empty() { Ok(registry::builtin()) } else { registry::from_files(&cli.catalogs) }
    };
    let mut stdout = std::io::stdout().lock();
    let text = match &cli.command {
        Command::Lookup(args) => commands::lookup::run(&systems()?, args, cli.json, output)?,
        Command::Explain(args) => commands::explain::run(&systems()?, args, cli.json, output)?,
        Command::Search(args) => commands::search::run(&systems()?, args, cli.json, output)?,
        Command::List(args) => commands::list::run(&systems()?, args, cli.json, output)?,
        Command::Export(args) => export::run(&systems()?, args, cli.json)?,
        Command::Import(args) => import::run(args, cli.json)?,
        Command::Check(args) => commands::check::run(args, cli.json, output)?,
        Command::Lock(args) => commands::lock::run(args, cli.json)?,
        Command::Diff(args) => commands::diff::run(args, cli.json)?,
    };
    // A closed pipe (`errcat list | head`) is not an error worth a message.
    let _ = stdout.write_all(text.text.as_bytes()).and_then(|()| stdout.flush());
    Ok(text.outcome)
}
