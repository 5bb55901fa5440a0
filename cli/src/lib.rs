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
mod plain_table;
mod query;
mod registry;
mod scan;
mod view;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser as _;

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
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return usage_error(&error),
    };
    match run(&cli) {
        Ok(outcome) => outcome.into(),
        Err(failure) => {
            if cli.json {
                let mut stdout = std::io::stdout().lock();
                let _ = stdout.write_all(failure.to_json().as_bytes()).and_then(|()| stdout.flush());
            } else {
                let _ = writeln!(std::io::stderr(), "errcat: error: {failure}");
            }
            Failure::exit_code()
        }
    }
}

/// Help and the version are printed as clap prints them; a usage error
/// too, unless `--json` is among the arguments: then it is a JSON failure,
/// with clap's exit status.
fn usage_error(error: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    let informational = matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    let json = std::env::args_os().skip(1).take_while(|argument| argument != "--").any(|argument| argument == "--json");
    if informational || !json {
        let _ = error.print();
        return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    }
    let message = error.render().to_string();
    let first = message.lines().next().unwrap_or_default().trim_start_matches("error: ").to_owned();
    let failure = Failure::new(failure::Kind::Usage, first);
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(failure.to_json().as_bytes()).and_then(|()| stdout.flush());
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}

fn run(cli: &Cli) -> Result<Outcome, Failure> {
    let output = Output::new(cli.color);
    let systems = || -> Result<Vec<SystemView>, Failure> {
        let sources = registry::Sources {
            catalogs: &cli.catalogs,
            builtin: !cli.no_builtin,
            project_from: std::env::current_dir().ok(),
        };
        let loaded = registry::load(&sources)?;
        let mut stderr = std::io::stderr().lock();
        for warning in &loaded.warnings {
            let _ = writeln!(stderr, "errcat: warning: {}", output::escape_controls(warning, false));
        }
        Ok(loaded.systems)
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
        Command::Completions(args) => commands::completions::run(args.shell),
        Command::Man => commands::man::run()?,
    };
    // A closed pipe (`errcat list | head`) is not an error worth a message.
    let _ = stdout.write_all(&text.text).and_then(|()| stdout.flush());
    Ok(text.outcome)
}
