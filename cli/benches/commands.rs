//! The commands on a large catalogue, end to end: the built `errcat` binary
//! reads a generated catalogue of 25 000 and 100 000 entries from source
//! (`--no-builtin --catalog FILE`) and runs `export --format json`,
//! `export --format html` and `search` (a word every entry has, so that the
//! whole table is printed). `list` (the overview, a line per system) is the
//! baseline: reading the catalogue through the macro's front end, which
//! every command does first. The target is under 1 s each at 100 000
//! entries; the two sizes show whether the time grows linearly.
//!
//! ```sh
//! cargo bench -p errcat-cli --bench commands
//! ```

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

const SIZES: [usize; 2] = [25_000, 100_000];

/// Entries per section: each section holds a range of this many codes.
const PER_SECTION: usize = 1_000;

/// A catalogue in the shape of the real ones: two languages, sections with
/// ranges and titles, one nested section per section, HTTP statuses on
/// sections and some entries, docs on one entry in ten, a shared code in
/// one hundred, and a reserved and an open range.
fn catalogue_source(entries: usize) -> String {
    let mut source = String::with_capacity(entries * 120);
    source.push_str("errcat::error_catalog! {\n    /// A generated catalogue.\n    #[languages(zh, en)]\n    pub system Large: i64 {\n");
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

fn write_catalogue(entries: usize) -> PathBuf {
    let directory = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench-catalogues");
    std::fs::create_dir_all(&directory).expect("the catalogue directory can be made");
    let path = directory.join(format!("large-{entries}.rs"));
    std::fs::write(&path, catalogue_source(entries)).expect("the catalogue can be written");
    path
}

fn errcat(catalogue: &Path, args: &[&str]) -> usize {
    let output = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(["--no-builtin", "--catalog"])
        .arg(catalogue)
        .args(args)
        .current_dir(std::env::temp_dir())
        .output()
        .expect("errcat runs");
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
    output.stdout.len()
}

fn commands(criterion: &mut Criterion) {
    let mut group = criterion.benchmark_group("command");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    for entries in SIZES {
        let catalogue = write_catalogue(entries);
        // The catalogue checks, and each command prints what it should.
        assert!(errcat(&catalogue, &["export", "large", "--format", "json"]) > entries * 100);
        for (name, args) in [
            ("list (reading only)", &["list"][..]),
            ("export json", &["export", "large", "--format", "json"]),
            ("export html", &["export", "large", "--format", "html"]),
            ("search", &["search", "timeout"]),
        ] {
            group.bench_with_input(BenchmarkId::new(name, entries), &catalogue, |bencher, catalogue| {
                bencher.iter(|| errcat(catalogue, args));
            });
        }
    }
    group.finish();
}

criterion_group!(benches, commands);
criterion_main!(benches);
