//! The floor part: what an enum of 20 000 variants costs rustc before any
//! catalogue is in it. A few single-file crates, each compiled alone by
//! rustc (debug, like a clean `cargo build`), median of 5:
//!
//! - the enum alone, with the derives errcat's enums get;
//! - the enum and a static holding every variant once, as `ALL` must,
//!   with the default discriminant type and with errcat's `#[repr(u16)]`;
//! - the enum and a static of as many elements that names only the first
//!   100 variants, or only the last 100.
//!
//! The last two tell whether an element's cost depends on which variant it
//! is: if compile-time evaluation reads a variant by walking the variants
//! in order, a static of every variant costs time quadratic in their
//! number. The results print as a Markdown table, for bench/README.md.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::Paths;
use crate::machine::Machine;

const VARIANTS: usize = 20_000;
const RUNS: usize = 5;

struct Subject {
    what: &'static str,
    /// `#[repr(u16)]`, as errcat generates for this many entries.
    repr: bool,
    /// The elements of the static, as variant numbers; `None`: no static.
    elements: Option<fn(usize) -> usize>,
}

const SUBJECTS: [Subject; 5] = [
    Subject { what: "the enum alone", repr: false, elements: None },
    Subject {
        what: "the enum and a static of every variant, in order (what `ALL` is)",
        repr: false,
        elements: Some(|index| index),
    },
    Subject { what: "the same with `#[repr(u16)]` (what errcat generates)", repr: true, elements: Some(|index| index) },
    Subject {
        what: "the enum and a static naming only the first 100 variants",
        repr: false,
        elements: Some(|index| index % 100),
    },
    Subject {
        what: "the enum and a static naming only the last 100 variants",
        repr: false,
        elements: Some(|index| VARIANTS - 1 - index % 100),
    },
];

pub fn run(paths: &Paths) {
    let machine = Machine::now();
    let directory = paths.work.join("floor");
    fs::create_dir_all(&directory).expect("cannot create the floor directory");
    let mut table = format!(
        "{VARIANTS} variants, `rustc` {} on {} ({} cores), {}, load average {}; seconds, median of {RUNS} \
         (smallest–largest):\n\n| crate | seconds |\n|---|---|\n",
        machine.rustc.trim_start_matches("rustc "),
        machine.cpu,
        machine.cores,
        machine.date,
        machine.load
    );
    for (number, subject) in SUBJECTS.iter().enumerate() {
        let source = directory.join(format!("floor{number}.rs"));
        fs::write(&source, crate_source(subject)).expect("cannot write a floor crate");
        let mut seconds: Vec<f64> = (0..RUNS).map(|_| compile(&source, &directory)).collect();
        seconds.sort_by(f64::total_cmp);
        let _ = writeln!(
            table,
            "| {} | {:.2} ({:.2}–{:.2}) |",
            subject.what,
            seconds[RUNS / 2],
            seconds[0],
            seconds[RUNS - 1]
        );
        println!("{}: {:.2} s", subject.what, seconds[RUNS / 2]);
    }
    println!("\n{table}");
}

fn crate_source(subject: &Subject) -> String {
    let mut source = String::from(if subject.repr { "#[repr(u16)]\n" } else { "" });
    source.push_str("#[derive(Clone, Copy, PartialEq, Eq, Hash)]\npub enum ErrorCode {\n");
    for variant in 0..VARIANTS {
        let _ = writeln!(source, "    /// `{variant}` **V{variant}**: 文件不存在\n    V{variant},");
    }
    source.push_str("}\n");
    if let Some(element) = subject.elements {
        let _ = write!(source, "pub static ALL: [ErrorCode; {VARIANTS}] = [");
        for index in 0..VARIANTS {
            let _ = write!(source, "ErrorCode::V{},", element(index));
        }
        source.push_str("];\n");
    }
    source
}

fn compile(source: &Path, directory: &Path) -> f64 {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let started = Instant::now();
    let output = Command::new(rustc)
        .args(["--edition", "2024", "--crate-type", "lib", "--emit", "metadata,link", "-C", "opt-level=0"])
        .arg("--out-dir")
        .arg(directory)
        .arg(source)
        .output()
        .expect("cannot run rustc");
    let seconds = started.elapsed().as_secs_f64();
    assert!(
        output.status.success(),
        "rustc failed on {}:\n{}",
        source.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    seconds
}
