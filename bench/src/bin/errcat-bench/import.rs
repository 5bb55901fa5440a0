//! The `import` part: the release `errcat import` on three generated
//! tables (100 000 rows; 100 000 rows that repeat one name; 24 MB of a
//! 3 000-column table), each run as its own process so that its wall time
//! and peak resident memory are its own. The figures go to a section of
//! BENCHMARKS.md between two markers, which `report` keeps.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::Paths;
use crate::command::run_shown;

pub const BEGIN: &str = "<!-- import benchmark: written by `errcat-bench -- import`, kept by `report` -->";
pub const END: &str = "<!-- end of the import benchmark -->";

const RUNS: usize = 3;

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

/// `errcat-bench import-measure ERRCAT FILE OUT`: runs one import as this
/// process's only child and prints its seconds and peak resident KiB.
pub fn measure_one(arguments: &[String]) {
    let [errcat, file, output] = arguments else { panic!("import-measure ERRCAT FILE OUT") };
    let started = Instant::now();
    let status = Command::new(errcat)
        .args(["import", file, "--system", "Bench", "--allow-loss", "--force", "-o", output])
        .stderr(std::process::Stdio::null())
        .status()
        .expect("errcat runs");
    let seconds = started.elapsed().as_secs_f64();
    assert!(status.success(), "errcat import {file} failed: {status}");
    let (peak, cpu) = children_usage();
    println!("{seconds} {peak} {cpu}");
}

/// The peak resident KiB and the CPU seconds (user and system) of the
/// children waited for.
#[cfg(unix)]
fn children_usage() -> (i64, f64) {
    use nix::sys::resource::{UsageWho, getrusage};
    let usage = getrusage(UsageWho::RUSAGE_CHILDREN).expect("getrusage");
    #[allow(clippy::cast_precision_loss)]
    let seconds = |time: nix::sys::time::TimeVal| time.tv_sec() as f64 + time.tv_usec() as f64 / 1e6;
    (usage.max_rss(), seconds(usage.user_time()) + seconds(usage.system_time()))
}

#[cfg(not(unix))]
fn children_usage() -> (i64, f64) {
    (0, 0.0)
}

pub fn run(paths: &Paths) {
    run_shown(paths.cargo().args(["build", "--release", "-p", "errcat-cli", "--bin", "errcat"]));
    let target = paths.work.parent().expect("the work directory is in the target directory");
    let errcat = target.join("release").join("errcat");
    let directory = paths.work.join("import");
    generate(&directory);
    let me = std::env::current_exe().expect("the harness knows its path");
    let mut table = String::from(
        "| Input | Size | Wall time | CPU time | Peak memory (RSS) | Target | Met (CPU time, RSS) |\n\
         |---|---:|---:|---:|---:|---|---|\n",
    );
    for input in &INPUTS {
        let file = directory.join(input.file);
        let size = fs::metadata(&file).map(|metadata| metadata.len()).unwrap_or_default();
        let mut times = Vec::new();
        let mut cpu_times = Vec::new();
        let mut peak_kib: u64 = 0;
        for _ in 0..RUNS {
            let output = Command::new(&me)
                .arg("import-measure")
                .arg(&errcat)
                .arg(&file)
                .arg(directory.join("out.rs"))
                .output()
                .expect("the harness runs itself");
            let text = String::from_utf8_lossy(&output.stdout);
            let mut words = text.split_whitespace();
            let seconds: f64 = words.next().and_then(|word| word.parse().ok()).expect("seconds");
            let kib: u64 = words.next().and_then(|word| word.parse().ok()).expect("KiB");
            let cpu: f64 = words.next().and_then(|word| word.parse().ok()).expect("CPU seconds");
            times.push(seconds);
            cpu_times.push(cpu);
            peak_kib = peak_kib.max(kib);
        }
        times.sort_by(f64::total_cmp);
        cpu_times.sort_by(f64::total_cmp);
        let seconds = times[RUNS / 2];
        let cpu = cpu_times[RUNS / 2];
        #[allow(clippy::cast_precision_loss)]
        let mebibytes = peak_kib as f64 / 1024.0;
        #[allow(clippy::cast_precision_loss)]
        let megabytes = size as f64 / 1_048_576.0;
        let met = if (input.meets)(cpu, mebibytes) { "yes" } else { "**no**" };
        let _ = writeln!(
            table,
            "| {} | {megabytes:.1} MiB | {seconds:.2} s | {cpu:.2} s | {mebibytes:.0} MiB | {} | {met} |",
            input.what, input.target
        );
        println!("{}: {seconds:.2} s wall, {cpu:.2} s CPU, {mebibytes:.0} MiB", input.what);
    }
    let machine = crate::machine::Machine::now();
    let section = format!(
        "{BEGIN}\n## Import\n\n`errcat import` (release build) on generated Markdown tables, each run as its own process: \
         wall time, CPU time (user and system) and peak resident memory from `getrusage(RUSAGE_CHILDREN)` of a \
         process whose only child is the import; medians of 3 runs, the highest peak. On a shared machine the wall \
         time includes waiting for a core (see the load below); the CPU time does not. Run with `cargo run --release -p errcat-bench -- import`; `-- all` and `-- report` keep this \
         section as it is.\n\n{table}\nMachine: {}, {} cores, {}, {} (load {}), commit {}.\n{END}\n",
        machine.cpu, machine.cores, machine.rustc, machine.date, machine.load, machine.commit
    );
    write_section(&paths.workspace.join("BENCHMARKS.md"), &section);
}

/// Replaces the section between the markers, or appends it.
fn write_section(path: &PathBuf, section: &str) {
    let page = fs::read_to_string(path).unwrap_or_default();
    let page = match (page.find(BEGIN), page.find(END)) {
        (Some(begin), Some(end)) if begin < end => {
            format!("{}{section}{}", &page[..begin], page[end + END.len()..].trim_start_matches('\n'))
        }
        _ => format!("{}\n{section}", page.trim_end_matches('\n').to_owned() + "\n"),
    };
    fs::write(path, page).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
    println!("wrote the import section of {}", path.display());
}

/// The import section of the page as it is, for `report` to keep.
pub fn kept_section(page: &str) -> Option<&str> {
    let begin = page.find(BEGIN)?;
    let end = page[begin..].find(END)? + begin + END.len();
    Some(&page[begin..end])
}
