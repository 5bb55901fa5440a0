//! The `import` part: the release `errcat import` on three generated
//! tables (100 000 rows; 100 000 rows that repeat one name; 24 MB of a
//! 3 000-column table), each run as its own process so that its wall time
//! and peak resident memory are its own (`measured.rs`). The figures go to
//! a section of BENCHMARKS.md between two markers, which `report` keeps.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use crate::Paths;
use crate::command::run_shown;
use crate::measured::{self, Spread, Usage};

pub const BEGIN: &str = "<!-- import benchmark: written by `errcat-bench -- import`, kept by `report` -->";
pub const END: &str = "<!-- end of the import benchmark -->";

const RUNS: usize = 5;

struct Input {
    file: &'static str,
    what: &'static str,
    /// The target, in words, and as a test of (seconds, MiB).
    target: &'static str,
    meets: fn(f64, f64) -> bool,
}

const INPUTS: [Input; 3] = [
    Input {
        file: "rows.md",
        what: "100 000 rows, 10 sections with ranges",
        target: "under 3 s",
        meets: |seconds, _| seconds < 3.0,
    },
    Input {
        file: "one-name.md",
        what: "100 000 rows repeating one name",
        target: "under 3 s",
        meets: |seconds, _| seconds < 3.0,
    },
    Input {
        file: "wide.md",
        what: "24 MB, 3 000 columns",
        target: "under 1 GB",
        meets: |_, mebibytes| mebibytes < 1024.0,
    },
];

fn generate(directory: &Path) {
    fs::create_dir_all(directory).expect("the work directory can be created");
    let mut rows = String::from("# Rows\n");
    for section in 0..10 {
        let start = section * 10_000;
        let _ = write!(
            rows,
            "\n## Part {section} ({start}-{})\n\n| Code | Name | Description |\n|---|---|---|\n",
            start + 9_999
        );
        for code in start..start + 10_000 {
            let _ = writeln!(rows, "| {code} | ERROR_{code} | Message number {code}, with `markup` & text |");
        }
    }
    fs::write(directory.join("rows.md"), rows).expect("the input can be written");

    let mut one_name = String::from("| Code | Name | Description |\n|---|---|---|\n");
    for code in 0..100_000 {
        let _ = writeln!(one_name, "| {code} | SAME_NAME | Message {code} |");
    }
    fs::write(directory.join("one-name.md"), one_name).expect("the input can be written");

    let columns = 3_000;
    let mut wide = String::from("| Code | Name |");
    for column in 2..columns {
        let _ = write!(wide, " C{column} |");
    }
    wide.push_str("\n|");
    wide.push_str(&"---|".repeat(columns));
    wide.push('\n');
    let mut code = 0;
    while wide.len() < 24 * 1024 * 1024 {
        let _ = write!(wide, "| {code} | E{code} |");
        for column in 2..columns {
            let _ = write!(wide, " {} |", (code * 31 + column) % 1000);
        }
        wide.push('\n');
        code += 1;
    }
    fs::write(directory.join("wide.md"), wide).expect("the input can be written");
}

pub fn run(paths: &Paths) {
    run_shown(paths.cargo().args(["build", "--release", "-p", "errcat-cli", "--bin", "errcat"]));
    let started = crate::machine::Machine::now();
    let target = paths.work.parent().expect("the work directory is in the target directory");
    let errcat = target.join("release").join("errcat");
    let directory = paths.work.join("import");
    generate(&directory);
    let mut table = String::from(
        "| Input | Size | Wall time | CPU time | Peak memory (RSS) | Target | Met (CPU time, RSS) |\n\
         |---|---:|---:|---:|---:|---|---|\n",
    );
    let output = directory.join("out.rs");
    for input in &INPUTS {
        let file = directory.join(input.file);
        let size = fs::metadata(&file).map(|metadata| metadata.len()).unwrap_or_default();
        let arguments: [&OsStr; 8] = [
            "import".as_ref(),
            file.as_os_str(),
            "--system".as_ref(),
            "Bench".as_ref(),
            "--allow-loss".as_ref(),
            "--force".as_ref(),
            "-o".as_ref(),
            output.as_os_str(),
        ];
        let runs: Vec<Usage> = (0..RUNS).map(|_| measured::run_once(&errcat, &arguments)).collect();
        let wall = Spread::of(runs.iter().map(|run| run.wall).collect());
        let cpu = Spread::of(runs.iter().map(|run| run.cpu).collect());
        let peak_kib = runs.iter().map(|run| run.peak_kib).max().unwrap_or_default();
        #[allow(clippy::cast_precision_loss)]
        let mebibytes = peak_kib as f64 / 1024.0;
        #[allow(clippy::cast_precision_loss)]
        let megabytes = size as f64 / 1_048_576.0;
        let met = if (input.meets)(cpu.median, mebibytes) { "yes" } else { "**no**" };
        let _ = writeln!(
            table,
            "| {} | {megabytes:.1} MiB | {wall} | {cpu} | {mebibytes:.0} MiB | {} | {met} |",
            input.what, input.target
        );
        println!("{}: {wall} wall, {cpu} CPU, {mebibytes:.0} MiB", input.what);
    }
    let machine = crate::machine::Machine::now();
    let load = format!("load average {} at the start, {} at the end", started.load, machine.load);
    let section = format!(
        "{BEGIN}\n## Import\n\n`errcat import` (release build) on generated Markdown tables, each run as its own process: \
         wall time, CPU time (user and system) and peak resident memory from `getrusage(RUSAGE_CHILDREN)` of a \
         process whose only child is the import; median of {RUNS} runs (smallest–largest), the highest peak. On a \
         shared machine the wall time includes waiting for a core (see the load below); the CPU time does not. Run \
         with `cargo run --release -p errcat-bench -- import`; `-- all` and `-- report` keep this section as it \
         is.\n\n{table}\nMachine: {}, {} cores, {}, {} ({load}), commit {}.\n{END}\n",
        machine.cpu, machine.cores, machine.rustc, machine.date, machine.commit
    );
    measured::write_section(&paths.workspace.join("BENCHMARKS.md"), BEGIN, END, &section);
}

/// The import section of the page as it is, for `report` to keep.
pub fn kept_section(page: &str) -> Option<&str> {
    measured::kept_section(page, BEGIN, END)
}
