//! `errcat`: look up, explain, search, export, import and check error-code
//! catalogues.

fn main() -> std::process::ExitCode {
    errcat_cli::main()
}
