//! The `commands` part: the release `errcat` binary on a generated
//! catalogue of 25 000 and 100 000 entries read from source
//! (`--no-builtin --catalog FILE`), running `export --format json`,
//! `export --format html` and `search` (a word every entry has, so that the
//! whole table is printed), each run as its own process (`measured.rs`).
//! `list` (a line per system) is the baseline: reading the catalogue
//! through the macro's front end, which every command does first. The
//! target is under 1 s each at 100 000 entries; the two sizes show whether
//! the time grows linearly. The figures go to a section of BENCHMARKS.md
//! between two markers, which `report` keeps.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Paths;
use crate::command::run_shown;
use crate::measured::{self, Spread, Usage};

pub const BEGIN: &str = "<!-- commands benchmark: written by `errcat-bench -- commands`, kept by `report` -->";
pub const END: &str = "<!-- end of the commands benchmark -->";

const RUNS: usize = 5;

const SIZES: [usize; 2] = [25_000, 100_000];

/// The target, at 100 000 entries, for every command but the baseline.
const TARGET_SECONDS: f64 = 1.0;

/// Entries per section: each section holds a range of this many codes.
const PER_SECTION: usize = 1_000;

const COMMANDS: [(&str, &[&str]); 4] = [
    ("`list` (reading only)", &["list"]),
    ("`export --format json`", &["export", "large", "--format", "json"]),
    ("`export --format html`", &["export", "large", "--format", "html"]),
    ("`search timeout`", &["search", "timeout"]),
];

/// A catalogue in the shape of the real ones: two languages, sections with
/// ranges and titles, one nested section per section, HTTP statuses on
/// sections and some entries, docs with code spans and links on one entry
/// in ten, a shared code in one hundred, and a reserved and an open range.
pub fn catalogue_source(entries: usize) -> String {
    let mut source = String::with_capacity(entries * 120);
    source.push_str(
        "errcat::error_catalog! {\n    /// A generated catalogue.\n    #[languages(zh, en)]\n    pub system Large: i64 {\n",
    );
    let sections = entries.div_ceil(PER_SECTION);
    for section in 0..sections {
        let low = (section + 1) * 10_000;
        let high = low + 9_999;
        let _ =
            writeln!(source, "        /// 第 {section} 段 Section {section}\n        #[http({})]", 400 + section % 100);
        let _ = writeln!(source, "        section S{section} in {low}..={high} {{");
        let count = PER_SECTION.min(entries - section * PER_SECTION);
        let nested_from = count / 2;
        for index in 0..count {
            if index == nested_from {
                let _ = writeln!(
                    source,
                    "            /// 内层 Inner\n            section Inner{section} in {}..={high} {{",
                    low + 5_000
                );
            }
            let offset = if index < nested_from { index } else { 5_000 + index - nested_from };
            let code = low + offset;
            let name = format!("S{section}_E{index}");
            if index % 10 == 0 {
                let _ = writeln!(
                    source,
                    "            /// Entry {index} of section {section}: see `{name}` and [the guide](https://example.com/{index})."
                );
            }
            if index % 100 == 1 {
                // Shares the code of the entry before it.
                let _ = writeln!(
                    source,
                    "            #[shares_code(S{section}_E{})] {} {name} \"第 {index} 号错误（旧）\" en \"error {index}, old\",",
                    index - 1,
                    code - 1
                );
                continue;
            }
            if index % 50 == 7 {
                let _ = writeln!(source, "            #[http(500)]");
            }
            let _ = writeln!(
                source,
                "            {code} {name} \"第 {index} 号错误，超时或文件不存在\" en \"error {index}: timeout, or no such file\","
            );
        }
        source.push_str("            }\n        }\n");
    }
    let _ = writeln!(
        source,
        "        reserved 1..=9999;\n        open {}..={};\n    }}\n}}",
        (sections + 1) * 10_000,
        (sections + 1) * 10_000 + 9_999
    );
    source
}

/// `100 000`: digits in groups of three, as the rest of BENCHMARKS.md
/// writes counts.
fn grouped(count: usize) -> String {
    let digits = count.to_string();
    let mut text = String::new();
    for (position, digit) in digits.chars().enumerate() {
        if position > 0 && (digits.len() - position) % 3 == 0 {
            text.push(' ');
        }
        text.push(digit);
    }
    text
}

fn arguments<'a>(catalogue: &'a Path, command: &[&'a str]) -> Vec<&'a OsStr> {
    let mut arguments: Vec<&OsStr> = vec!["--no-builtin".as_ref(), "--catalog".as_ref(), catalogue.as_os_str()];
    arguments.extend(command.iter().map(|word| OsStr::new(*word)));
    arguments
}

/// One run with the output kept: the catalogue checks, and the command
/// prints what it should, with nothing on standard error.
fn check(errcat: &Path, catalogue: &Path, command: &[&str], entries: usize) {
    let output = Command::new(errcat)
        .args(arguments(catalogue, command))
        .current_dir(std::env::temp_dir())
        .output()
        .expect("errcat runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success() && stderr.is_empty(), "errcat {command:?}: {stderr}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    if command[0] != "list" {
        let expected = format!("S{}_E{}", (entries - 1) / PER_SECTION, (entries - 1) % PER_SECTION);
        assert!(stdout.contains(&expected), "errcat {command:?} does not show {expected}");
    }
}

pub fn run(paths: &Paths) {
    run_shown(paths.cargo().args(["build", "--release", "-p", "errcat-cli", "--bin", "errcat"]));
    let started = crate::machine::Machine::now();
    let target = paths.work.parent().expect("the work directory is in the target directory");
    let errcat = target.join("release").join("errcat");
    let directory = paths.work.join("commands");
    fs::create_dir_all(&directory).expect("the work directory can be created");
    let mut table = String::from(
        "| command | entries | wall time | CPU time | peak memory (RSS) | target: CPU time under 1 s |\n\
         |---|---:|---:|---:|---:|---|\n",
    );
    for entries in SIZES {
        let catalogue: PathBuf = directory.join(format!("large-{entries}.rs"));
        fs::write(&catalogue, catalogue_source(entries)).expect("the catalogue can be written");
        for (name, command) in COMMANDS {
            check(&errcat, &catalogue, command, entries);
            let arguments = arguments(&catalogue, command);
            let runs: Vec<Usage> = (0..RUNS).map(|_| measured::run_once(&errcat, &arguments)).collect();
            let wall = Spread::of(runs.iter().map(|run| run.wall).collect());
            let cpu = Spread::of(runs.iter().map(|run| run.cpu).collect());
            let peak_kib = runs.iter().map(|run| run.peak_kib).max().unwrap_or_default();
            #[allow(clippy::cast_precision_loss)]
            let mebibytes = peak_kib as f64 / 1024.0;
            let met = match (entries, command[0]) {
                (100_000, "list") => "(baseline)",
                (100_000, _) if cpu.median < TARGET_SECONDS => "yes",
                (100_000, _) => "**no**",
                _ => "",
            };
            let _ = writeln!(table, "| {name} | {} | {wall} | {cpu} | {mebibytes:.0} MiB | {met} |", grouped(entries));
            println!("{name} at {entries}: {wall} wall, {cpu} CPU, {mebibytes:.0} MiB");
        }
    }
    let machine = crate::machine::Machine::now();
    let load = format!("load average {} at the start, {} at the end", started.load, machine.load);
    let section = format!(
        "{BEGIN}\n## The command line at 100 000 entries\n\n\
         The release `errcat` on a generated catalogue read from source (`--no-builtin --catalog FILE`; two \
         languages, sections of 1 000 entries each with a nested section, HTTP statuses, docs with code \
         spans and links on one entry in ten, a shared code in one hundred, a reserved and an open range), each \
         run as its own process: wall time, CPU time (user and system) and peak resident memory from \
         `getrusage(RUSAGE_CHILDREN)` of a process whose only child is the command, output to `/dev/null`; \
         median of {RUNS} runs (smallest–largest), the highest peak. `search timeout` matches every entry, so it \
         prints the whole table; `list` (the one-line overview) is the baseline, the time every command spends \
         reading the catalogue through the macro's front end before it does anything else. On a shared machine \
         the wall time includes waiting for a core (see the load below); the CPU time does not. Run with \
         `cargo run --release -p errcat-bench -- commands`; `-- all` and `-- report` keep this section as it \
         is.\n\n{table}\nMachine: {}, {} cores, {}, {} ({load}), commit {}.\n{END}\n",
        machine.cpu, machine.cores, machine.rustc, machine.date, machine.commit
    );
    measured::write_section(&paths.workspace.join("BENCHMARKS.md"), BEGIN, END, &section);
}
