//! One command measured as a process of its own: wall time, CPU time (user
//! and system) and peak resident memory, read with
//! `getrusage(RUSAGE_CHILDREN)` by a fresh `errcat-bench measure` process
//! whose only child is the command, so that the figures are the command's
//! alone. Also the statistics of repeated runs and the sections of
//! BENCHMARKS.md that such parts write between two markers.

use std::ffi::OsStr;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// What one run of a command took.
#[derive(Clone, Copy, Debug)]
pub struct Usage {
    pub wall: f64,
    pub cpu: f64,
    pub peak_kib: u64,
}

/// `errcat-bench measure PROGRAM ARGS…`: runs the command as this process's
/// only child, its output discarded, and prints its seconds, peak resident
/// KiB and CPU seconds; exits with a failure when the command fails.
pub fn measure_child(arguments: &[String]) {
    let [program, rest @ ..] = arguments else { panic!("measure PROGRAM ARGS…") };
    let started = Instant::now();
    let status = Command::new(program)
        .args(rest)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("the command runs");
    let seconds = started.elapsed().as_secs_f64();
    assert!(status.success(), "{program} {rest:?} failed: {status}");
    let (peak, cpu) = children_usage();
    println!("{seconds} {peak} {cpu}");
}

/// Runs `program` with `arguments` once, measured by a fresh harness
/// process.
pub fn run_once(program: &Path, arguments: &[&OsStr]) -> Usage {
    let me = std::env::current_exe().expect("the harness knows its path");
    let output =
        Command::new(&me).arg("measure").arg(program).args(arguments).output().expect("the harness runs itself");
    assert!(output.status.success(), "{} {arguments:?} failed: {}", program.display(), output.status);
    let text = String::from_utf8_lossy(&output.stdout);
    let mut words = text.split_whitespace();
    let wall: f64 = words.next().and_then(|word| word.parse().ok()).expect("seconds");
    let peak_kib: u64 = words.next().and_then(|word| word.parse().ok()).expect("KiB");
    let cpu: f64 = words.next().and_then(|word| word.parse().ok()).expect("CPU seconds");
    Usage { wall, cpu, peak_kib }
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

/// Median, smallest and largest of repeated runs.
#[derive(Clone, Copy, Debug)]
pub struct Spread {
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

impl Spread {
    pub fn of(mut values: Vec<f64>) -> Spread {
        assert!(!values.is_empty(), "at least one run");
        values.sort_by(f64::total_cmp);
        Spread { median: values[values.len() / 2], min: values[0], max: values[values.len() - 1] }
    }
}

impl std::fmt::Display for Spread {
    /// `1.23 s (1.10–1.40)`.
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "{:.2} s ({:.2}–{:.2})", self.median, self.min, self.max)
    }
}

/// Replaces the section between `begin` and `end` in the page at `path`,
/// or appends it.
pub fn write_section(path: &Path, begin: &str, end: &str, section: &str) {
    let page = fs::read_to_string(path).unwrap_or_default();
    let page = match (page.find(begin), page.find(end)) {
        (Some(start), Some(stop)) if start < stop => {
            let rest = page[stop + end.len()..].trim_start_matches('\n');
            let gap = if rest.is_empty() { "" } else { "\n" };
            format!("{}{section}{gap}{rest}", &page[..start])
        }
        _ => format!("{}\n{section}", page.trim_end_matches('\n').to_owned() + "\n"),
    };
    fs::write(path, page).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
    println!("wrote a section of {}", path.display());
}

/// The section between `begin` and `end` of a page, markers included.
pub fn kept_section<'a>(page: &'a str, begin: &str, end: &str) -> Option<&'a str> {
    let start = page.find(begin)?;
    let stop = page[start..].find(end)? + start + end.len();
    Some(&page[start..stop])
}

#[cfg(test)]
mod tests {
    use super::{Spread, kept_section};

    #[test]
    fn spreads_take_the_middle_run() {
        let spread = Spread::of(vec![3.0, 1.0, 2.0, 5.0, 4.0]);
        assert_eq!((spread.median, spread.min, spread.max), (3.0, 1.0, 5.0));
        assert_eq!(spread.to_string(), "3.00 s (1.00–5.00)");
    }

    #[test]
    fn sections_are_found_between_their_markers() {
        let page = "a\n<!-- b -->\nfigures\n<!-- e -->\nrest\n";
        assert_eq!(kept_section(page, "<!-- b -->", "<!-- e -->"), Some("<!-- b -->\nfigures\n<!-- e -->"));
        assert_eq!(kept_section(page, "<!-- x -->", "<!-- e -->"), None);
    }
}
