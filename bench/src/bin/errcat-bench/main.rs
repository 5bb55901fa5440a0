//! `errcat-bench`: runs errcat's benchmarks and writes BENCHMARKS.md.
//!
//! ```text
//! cargo run --release -p errcat-bench -- all [--quick]
//! ```
//!
//! Parts: `runtime` (criterion, errcat against the alternatives), `build`
//! (clean builds of generated crates, and their binary sizes), `expansion`
//! (criterion, the macro's front end called directly); `report` writes
//! BENCHMARKS.md from the results the parts stored; `all` runs the three
//! parts, then `report`. `--quick` is a smoke run: fewer samples, one build
//! of each crate, the slow builds left out. `floor` (alone) times rustc on
//! a bare 20 000-variant enum with and without its `ALL`; `import` and
//! `commands` (alone) time the release `errcat` binary, each into a
//! section of its own.

mod build_time;
mod command;
mod commands;
mod criterion_results;
mod expanded;
mod expansion;
mod floor;
mod import;
mod machine;
mod measured;
mod report;
mod results;
mod runtime;

use std::env;
use std::path::PathBuf;
use std::process::{Command, ExitCode};

/// Where things are: the workspace, and the harness's own directory under
/// cargo's target directory.
pub struct Paths {
    pub workspace: PathBuf,
    /// `<target>/errcat-bench`: criterion's output, the generated crates.
    pub work: PathBuf,
    pub results: PathBuf,
}

impl Paths {
    fn find() -> Self {
        let workspace =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("bench/ is inside the workspace").to_path_buf();
        let metadata = Command::new(cargo_program())
            .args(["metadata", "--format-version", "1", "--no-deps"])
            .current_dir(&workspace)
            .output()
            .expect("cannot run cargo metadata");
        let metadata: serde_json::Value = serde_json::from_slice(&metadata.stdout).expect("cargo metadata prints JSON");
        let target = metadata["target_directory"].as_str().map_or_else(|| workspace.join("target"), PathBuf::from);
        let work = target.join("errcat-bench");
        Paths { results: work.join("results"), workspace, work }
    }

    /// A cargo command run in the workspace.
    pub fn cargo(&self) -> Command {
        let mut command = Command::new(cargo_program());
        command.current_dir(&self.workspace);
        command
    }
}

fn cargo_program() -> std::ffi::OsString {
    env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

const USAGE: &str = "\
usage: cargo run --release -p errcat-bench -- <part> [--quick]

parts:
  all        runtime, build and expansion, then report
  runtime    lookups of errcat against the alternatives (criterion)
  build      clean debug and release builds of generated crates, binary sizes
  expansion  the macro's front end called directly (criterion)
  report     write BENCHMARKS.md from the stored results
  floor      what rustc spends on a 20 000-variant enum and its `ALL`, as a
             Markdown table for bench/README.md (not part of `all`)
  import     `errcat import` on 100 000 rows, 100 000 rows of one name and a
             24 MB 3 000-column table: time and peak memory, into its own
             section of BENCHMARKS.md (not part of `all`; `report` keeps it)
  commands   `errcat list`, `export --format json|html` and `search` on
             catalogues of 25 000 and 100 000 entries: time and peak memory,
             into its own section of BENCHMARKS.md (not part of `all`)

--quick      a smoke run: fewer samples, one build each, slow builds left out";

fn main() -> ExitCode {
    let arguments: Vec<String> = env::args().skip(1).collect();
    let quick = arguments.iter().any(|argument| argument == "--quick");
    let parts: Vec<&str> =
        arguments.iter().map(String::as_str).filter(|argument| !argument.starts_with("--")).collect();
    if arguments.first().map(String::as_str) == Some("measure") {
        measured::measure_child(&arguments[1..]);
        return ExitCode::SUCCESS;
    }
    let known = ["all", "runtime", "build", "expansion", "report", "floor", "import", "commands"];
    if parts.is_empty() || parts.iter().any(|part| !known.contains(part)) || arguments.iter().any(|a| a == "--help") {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let paths = Paths::find();
    for part in parts {
        match part {
            "runtime" => runtime::run(&paths, quick),
            "build" => build_time::run(&paths, quick),
            "expansion" => expansion::run(&paths, quick),
            "report" => report::write(&paths),
            "floor" => floor::run(&paths),
            "import" => import::run(&paths),
            "commands" => commands::run(&paths),
            _ => {
                runtime::run(&paths, quick);
                build_time::run(&paths, quick);
                expansion::run(&paths, quick);
                report::write(&paths);
            }
        }
    }
    ExitCode::SUCCESS
}
