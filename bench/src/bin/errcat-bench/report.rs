//! BENCHMARKS.md, written from the stored results of the last run of each
//! part: the issue's targets next to the figures, then the figures.

use std::fmt::Write as _;
use std::fs;

use errcat_bench::catalogue::SIZES;
use errcat_bench::render::Implementation;

use crate::Paths;
use crate::machine::Machine;
use crate::results::{self, Build, Expansion, Runtime, Statistic};

const OPERATIONS: [(&str, &str); 5] = [
    ("from_code", "`from_code`"),
    ("from_name", "`from_name`"),
    ("name", "`name()`"),
    ("message", "`message()`"),
    ("display", "`Display` (to a reused `String`)"),
];

/// "As fast as E": within this factor, which is about the noise of a
/// shared machine.
const AS_FAST_AS: f64 = 1.1;

pub fn write(paths: &Paths) {
    let runtime: Option<Runtime> = results::load(&paths.results, "runtime");
    let build: Option<Build> = results::load(&paths.results, "build");
    let expansion: Option<Expansion> = results::load(&paths.results, "expansion");

    let mut page = String::from(HEADER);
    let quick: Vec<&str> = [
        runtime.as_ref().filter(|part| part.quick).map(|_| "runtime"),
        build.as_ref().filter(|part| part.quick).map(|_| "build"),
        expansion.as_ref().filter(|part| part.quick).map(|_| "expansion"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !quick.is_empty() {
        let _ = writeln!(
            page,
            "> **Smoke run** ({}): `--quick` takes few samples and leaves the slow builds out. These figures show that \
             the harness works; they are not a measurement to conclude from.\n",
            quick.join(", ")
        );
    }
    machines(&mut page, runtime.as_ref(), build.as_ref(), expansion.as_ref());
    targets(&mut page, runtime.as_ref(), build.as_ref(), expansion.as_ref());
    lookups(&mut page, runtime.as_ref());
    builds(&mut page, build.as_ref());
    expansions(&mut page, expansion.as_ref());
    sizes(&mut page, build.as_ref());
    page.push_str(METHOD);

    let path = paths.workspace.join("BENCHMARKS.md");
    let old = fs::read_to_string(&path).unwrap_or_default();
    let tail = old.find(KEPT).map(|start| &old[start..]);
    // The import benchmark's section is kept where it stands: above the
    // marker here, below it with the rest.
    if let Some(kept) = crate::import::kept_section(&old).filter(|kept| !tail.is_some_and(|tail| tail.contains(kept))) {
        page.push('\n');
        page.push_str(kept);
        page.push('\n');
    }
    keep_other_sections(&mut page, &old);
    fs::write(&path, page).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
    println!("wrote {}", path.display());
}

/// The line after which BENCHMARKS.md holds sections that other
/// parts write (`commands`, `import`):
/// everything from it on is kept as it is.
const KEPT: &str = "<!-- Everything below is kept by `errcat-bench`: it is written by the benchmarks it names. -->";

/// Appends the part of the old page from [`KEPT`] on, if it has one.
fn keep_other_sections(page: &mut String, old: &str) {
    if let Some(start) = old.find(KEPT) {
        if !page.ends_with('\n') {
            page.push('\n');
        }
        page.push('\n');
        page.push_str(&old[start..]);
    }
}

const HEADER: &str = "\
# Benchmarks

errcat's generated code against the usual ways of writing an error catalogue by hand (issue 5): \
(A) a `#[repr(i32)]` enum with derives and one `match` per method, (B) strum and `num_enum` derives, \
(C) phf maps, (D) std `HashMap`s behind `LazyLock`, (E) sorted static slices with binary search.

This file is written by one command, run from the root of the repository:

```sh
cargo run --release -p errcat-bench -- all
```

It takes about an hour on two cores, most of it in the builds of A and B; `-- all --quick` is a smoke run \
of about ten minutes. [`bench/README.md`](bench/README.md) describes the parts and how to run each alone.

";

fn machines(page: &mut String, runtime: Option<&Runtime>, build: Option<&Build>, expansion: Option<&Expansion>) {
    page.push_str(
        "## Machine\n\n| part | date | commit | CPU | cores | rustc | load average at the start |\n|---|---|---|---|---|---|---|\n",
    );
    let parts: [(&str, Option<&Machine>); 3] = [
        ("lookups", runtime.map(|part| &part.machine)),
        ("build and size", build.map(|part| &part.machine)),
        ("expansion", expansion.map(|part| &part.machine)),
    ];
    for (part, machine) in parts {
        match machine {
            Some(machine) => {
                let _ = writeln!(
                    page,
                    "| {part} | {} | {} | {} | {} | {} | {} |",
                    machine.date, machine.commit, machine.cpu, machine.cores, machine.rustc, machine.load
                );
            }
            None => {
                let _ = writeln!(page, "| {part} | not run | | | | | |");
            }
        }
    }
    page.push_str(
        "\nA load average near the number of cores or above means other work shared the machine: the figures are \
         noisier and slower than on an idle one.\n\n",
    );
}

enum Verdict {
    Met,
    NotMet,
    NotMeasured,
    /// A figure the targets ask to record, with no bound.
    Recorded,
}

impl Verdict {
    fn of(met: bool) -> Self {
        if met { Verdict::Met } else { Verdict::NotMet }
    }

    fn text(&self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::NotMet => "**not met**",
            Verdict::NotMeasured => "not measured",
            Verdict::Recorded => "recorded",
        }
    }
}

fn lookup(runtime: &Runtime, catalogue: &str, implementation: Implementation, operation: &str) -> Option<Statistic> {
    lookup_by_id(runtime, catalogue, implementation.id(), operation)
}

/// The string-coded errcat system of the runtime benchmark: the same
/// catalogue, codes as their decimal text.
const STRING_CODES: &str = "errcat-str";

fn lookup_by_id(runtime: &Runtime, catalogue: &str, implementation: &str, operation: &str) -> Option<Statistic> {
    runtime
        .lookups
        .iter()
        .find(|lookup| {
            lookup.catalogue == catalogue && lookup.implementation == implementation && lookup.operation == operation
        })
        .map(|lookup| lookup.nanoseconds)
}

fn build_of(build: &Build, implementation: Implementation, entries: usize, profile: &str) -> Option<Statistic> {
    build
        .builds
        .iter()
        .find(|crate_build| {
            crate_build.implementation == implementation.id()
                && crate_build.entries == entries
                && crate_build.profile == profile
        })
        .and_then(|crate_build| Statistic::of(&crate_build.seconds))
}

fn timed_out(build: &Build, implementation: Implementation, entries: usize, profile: &str) -> bool {
    build.builds.iter().any(|crate_build| {
        crate_build.implementation == implementation.id()
            && crate_build.entries == entries
            && crate_build.profile == profile
            && crate_build.timed_out
    })
}

fn catalogue_label(runtime: &Runtime, catalogue: &str) -> String {
    if catalogue == "cos" {
        let stand_in =
            runtime.catalogues.iter().any(|(id, description)| id == "cos" && description.contains("stand-in"));
        return if stand_in { "COS stand-in" } else { "COS" }.to_owned();
    }
    catalogue
        .parse::<usize>()
        .map_or_else(|_| catalogue.to_owned(), |entries| format!("{} entries", thousands(entries)))
}

fn thousands(number: usize) -> String {
    if number >= 1000 { format!("{} {:03}", number / 1000, number % 1000) } else { number.to_string() }
}

/// Three significant digits or so.
fn figure(value: f64) -> String {
    if value.is_nan() {
        "–".to_owned()
    } else if value >= 100.0 {
        format!("{value:.0}")
    } else if value >= 10.0 {
        format!("{value:.1}")
    } else {
        format!("{value:.2}")
    }
}

fn cell(statistic: Option<Statistic>) -> String {
    match statistic {
        None => "–".to_owned(),
        Some(statistic) if statistic.samples == 1 => figure(statistic.median),
        Some(statistic) => {
            format!("{} ({}–{})", figure(statistic.median), figure(statistic.min), figure(statistic.max))
        }
    }
}

#[allow(clippy::too_many_lines)]
fn targets(page: &mut String, runtime: Option<&Runtime>, build: Option<&Build>, expansion: Option<&Expansion>) {
    use Implementation::{HashMap, Match, Phf, SortedSlices, StrumNumEnum};

    let mut rows: Vec<(String, String, Verdict)> = Vec::new();

    let largest = SIZES[SIZES.len() - 1];
    for profile in ["debug", "release"] {
        let target = format!("build of {} entries within 1.5× of E, {profile}", thousands(largest));
        let errcat = build.and_then(|build| build_of(build, Implementation::Errcat, largest, profile));
        let floor = build.and_then(|build| build_of(build, Implementation::SortedSlices, largest, profile));
        rows.push(match (errcat, floor) {
            (Some(errcat), Some(floor)) => {
                let ratio = errcat.median / floor.median;
                (
                    target,
                    format!("errcat {} s, E {} s: {}×", figure(errcat.median), figure(floor.median), figure(ratio)),
                    Verdict::of(ratio <= 1.5),
                )
            }
            _ => (target, "–".to_owned(), Verdict::NotMeasured),
        });
    }
    for slow in [Implementation::Match, Implementation::StrumNumEnum] {
        for profile in ["debug", "release"] {
            let target =
                format!("build of {} entries ≥ 20× faster than {}, {profile}", thousands(largest), slow.label());
            let Some(build) = build else {
                rows.push((target, "–".to_owned(), Verdict::NotMeasured));
                continue;
            };
            let errcat = build_of(build, Implementation::Errcat, largest, profile);
            let other = build_of(build, slow, largest, profile);
            let row = match (errcat, other) {
                (Some(errcat), Some(other)) => {
                    let ratio = other.median / errcat.median;
                    (
                        target,
                        format!("{} s against {} s: {}×", figure(errcat.median), figure(other.median), figure(ratio)),
                        Verdict::of(ratio >= 20.0),
                    )
                }
                #[allow(clippy::cast_precision_loss)]
                (Some(errcat), None) if timed_out(build, slow, largest, profile) => {
                    let bound = build.timeout_seconds as f64 / errcat.median;
                    let measured = format!(
                        "{} s against over {} s: over {}×",
                        figure(errcat.median),
                        build.timeout_seconds,
                        figure(bound)
                    );
                    (target, measured, if bound >= 20.0 { Verdict::Met } else { Verdict::NotMeasured })
                }
                _ => (target, "–".to_owned(), Verdict::NotMeasured),
            };
            rows.push(row);
        }
    }

    let catalogues: Vec<String> =
        runtime.map(|runtime| runtime.catalogues.iter().map(|(id, _)| id.clone()).collect()).unwrap_or_default();
    let mut compare = |target: &str, operation: &str, others: &[Implementation], bound: f64, strict: bool| {
        let Some(runtime) = runtime else {
            rows.push((target.to_owned(), "–".to_owned(), Verdict::NotMeasured));
            return;
        };
        let mut parts = Vec::new();
        let mut met = true;
        for catalogue in &catalogues {
            let errcat = lookup(runtime, catalogue, Implementation::Errcat, operation);
            let best = others
                .iter()
                .filter_map(|&other| lookup(runtime, catalogue, other, operation))
                .map(|statistic| statistic.median)
                .min_by(f64::total_cmp);
            if let (Some(errcat), Some(best)) = (errcat, best) {
                let ratio = errcat.median / best;
                met &= if strict { ratio < bound } else { ratio <= bound };
                parts.push(format!("{}: {}×", catalogue_label(runtime, catalogue), figure(ratio)));
            }
        }
        let verdict = if parts.is_empty() { Verdict::NotMeasured } else { Verdict::of(met) };
        rows.push((target.to_owned(), parts.join(", "), verdict));
    };
    compare("`from_code` within 1.2× of A (A is not built at 20 000)", "from_code", &[Match], 1.2, false);
    compare(
        "`from_code` faster than B, C, D and E",
        "from_code",
        &[StrumNumEnum, Phf, HashMap, SortedSlices],
        1.0,
        true,
    );
    compare("`from_name` faster than the best of C and D", "from_name", &[Phf, HashMap], 1.0, true);
    compare("`message()` as fast as E (within 1.1×)", "message", &[SortedSlices], AS_FAST_AS, false);
    compare("`name()` as fast as E (within 1.1×)", "name", &[SortedSlices], AS_FAST_AS, false);

    let target = "nothing allocates (errcat's look-ups, `name()`, `message()`, `Display`)".to_owned();
    rows.push(
        match runtime.map(|runtime| {
            runtime
                .allocations
                .iter()
                .filter(|count| count.implementation == Implementation::Errcat.id())
                .fold((0, 0), |(allocations, operations), count| {
                    (allocations + count.allocations, operations + count.operations)
                })
        }) {
            Some((_, 0)) | None => (target, "–".to_owned(), Verdict::NotMeasured),
            Some((allocations, operations)) => {
                (target, format!("{allocations} allocations in {operations} operations"), Verdict::of(allocations == 0))
            }
        },
    );

    let stage = |name: &str, entries: usize| {
        expansion.and_then(|expansion| {
            expansion
                .stages
                .iter()
                .find(|stage| stage.name == name && stage.entries == entries)
                .map(|stage| stage.milliseconds)
        })
    };
    let target = format!("expansion of {} entries under 100 ms", thousands(largest));
    rows.push(match stage("expand", largest) {
        Some(time) => (target, format!("{} ms", figure(time.median)), Verdict::of(time.median < 100.0)),
        None => (target, "–".to_owned(), Verdict::NotMeasured),
    });
    let middle = SIZES[SIZES.len() - 2];
    let target = format!("expansion from {} to {} entries at most 4.5×", thousands(middle), thousands(largest));
    rows.push(
        match (stage("expand", middle), stage("expand", largest), stage("analyze", middle), stage("analyze", largest)) {
            (Some(small), Some(large), analyze_small, analyze_large) => {
                let ratio = large.median / small.median;
                let mut measured = format!("expand {}×", figure(ratio));
                if let (Some(small), Some(large)) = (analyze_small, analyze_large) {
                    let _ = write!(measured, " (parse and checks alone {}×)", figure(large.median / small.median));
                }
                (target, measured, Verdict::of(ratio <= 4.5))
            }
            _ => (target, "–".to_owned(), Verdict::NotMeasured),
        },
    );

    page.push_str("## Targets\n\nThe targets of issue 5, next to what this run measured.\n\n| target | measured | |\n|---|---|---|\n");
    for (target, measured, verdict) in &rows {
        let _ = writeln!(page, "| {target} | {measured} | {} |", verdict.text());
    }
    page.push_str(
        "\nThe targets of issue 11 (one plan, leaner generated code).\n\n| target | measured | |\n|---|---|---|\n",
    );
    for (target, measured, verdict) in
        leaner_code_targets(runtime, build, expansion).into_iter().chain(string_code_targets(runtime))
    {
        let _ = writeln!(page, "| {target} | {measured} | {} |", verdict.text());
    }
    page.push_str(TARGETS_NOTE);
}

/// errcat's lookup medians in the run before the leaner generated code
/// (BENCHMARKS.md at 90f7466, nanoseconds): the figures that "no slower
/// than before" compares with.
const LOOKUPS_BEFORE: [(&str, &str, f64); 12] = [
    ("cos", "from_code", 2.34),
    ("cos", "name", 0.82),
    ("cos", "message", 0.57),
    ("cos", "display", 96.4),
    ("5000", "from_code", 4.40),
    ("5000", "name", 0.85),
    ("5000", "message", 1.31),
    ("5000", "display", 119.0),
    ("20000", "from_code", 4.02),
    ("20000", "name", 1.29),
    ("20000", "message", 1.42),
    ("20000", "display", 99.4),
];

/// The lookup target of string-coded systems (issue 15).
fn string_code_targets(runtime: Option<&Runtime>) -> Vec<(String, String, Verdict)> {
    let mut rows = Vec::new();
    // A string-coded system: its `from_code(&str)` against its own
    // `from_name`, at every size.
    let target = "string-coded `from_code` within 1.2× of `from_name` on the same system".to_owned();
    let string_ratio = |catalogue: &str| {
        let runtime = runtime?;
        let code = lookup_by_id(runtime, catalogue, STRING_CODES, "from_code")?;
        let name = lookup_by_id(runtime, catalogue, STRING_CODES, "from_name")?;
        Some(code.median / name.median)
    };
    let ratios: Vec<(&str, Option<f64>)> = ["cos", "5000", "20000"].map(|id| (id, string_ratio(id))).to_vec();
    rows.push(if ratios.iter().all(|(_, ratio)| ratio.is_some()) {
        let measured = ratios
            .iter()
            .map(|(id, ratio)| format!("{id}: {}×", figure(ratio.unwrap_or_default())))
            .collect::<Vec<_>>()
            .join(", ");
        (target, measured, Verdict::of(ratios.iter().all(|(_, ratio)| ratio.is_some_and(|ratio| ratio <= 1.2))))
    } else {
        (target, "–".to_owned(), Verdict::NotMeasured)
    });
    rows
}

/// Medians within this factor of the run before count as no slower: on two
/// shared cores, medians of one run move by about this much between runs.
const NO_SLOWER: f64 = 1.1;

fn leaner_code_targets(
    runtime: Option<&Runtime>,
    build: Option<&Build>,
    expansion: Option<&Expansion>,
) -> Vec<(String, String, Verdict)> {
    use errcat_bench::catalogue::DATABASE_ENTRIES;

    let mut rows = Vec::new();
    let largest = SIZES[SIZES.len() - 1];
    let pair = |entries: usize| {
        let errcat = build.and_then(|build| build_of(build, Implementation::Errcat, entries, "debug"));
        let floor = build.and_then(|build| build_of(build, Implementation::SortedSlices, entries, "debug"));
        errcat.zip(floor)
    };
    let target = format!("clean debug build of {} entries within 2.0× of E", thousands(largest));
    rows.push(match pair(largest) {
        Some((errcat, floor)) => {
            let ratio = errcat.median / floor.median;
            let measured = format!("errcat {}, E {}: {}×", cell(Some(errcat)), cell(Some(floor)), figure(ratio));
            (target, measured, Verdict::of(ratio <= 2.0))
        }
        None => (target, "–".to_owned(), Verdict::NotMeasured),
    });
    let target =
        format!("clean debug build of the database-server catalogue ({} entries)", thousands(DATABASE_ENTRIES));
    rows.push(match pair(DATABASE_ENTRIES) {
        Some((errcat, floor)) => {
            let ratio = errcat.median / floor.median;
            let measured = format!("errcat {}, E {}: {}×", cell(Some(errcat)), cell(Some(floor)), figure(ratio));
            (target, measured, Verdict::Recorded)
        }
        None => (target, "–".to_owned(), Verdict::NotMeasured),
    });

    let ratio_to = |catalogue: &str, others: &[Implementation]| {
        let runtime = runtime?;
        let errcat = lookup(runtime, catalogue, Implementation::Errcat, "from_name")?;
        let best = others
            .iter()
            .filter_map(|&other| lookup(runtime, catalogue, other, "from_name"))
            .map(|statistic| statistic.median)
            .min_by(f64::total_cmp)?;
        Some(errcat.median / best)
    };
    let target = "`from_name` no slower than A match on COS".to_owned();
    rows.push(match ratio_to("cos", &[Implementation::Match]) {
        Some(ratio) => (target, format!("{}×", figure(ratio)), Verdict::of(ratio <= 1.0)),
        None => (target, "–".to_owned(), Verdict::NotMeasured),
    });
    let others: Vec<Implementation> =
        Implementation::ALL.into_iter().filter(|&implementation| implementation != Implementation::Errcat).collect();
    let target = "`from_name` faster than every alternative at 5 000 and 20 000 entries".to_owned();
    let ratios: Vec<(&str, Option<f64>)> = ["5000", "20000"].map(|id| (id, ratio_to(id, &others))).to_vec();
    rows.push(if ratios.iter().all(|(_, ratio)| ratio.is_some()) {
        let measured = ratios
            .iter()
            .map(|(id, ratio)| format!("{id} entries: {}×", figure(ratio.unwrap_or_default())))
            .collect::<Vec<_>>()
            .join(", ");
        (target, measured, Verdict::of(ratios.iter().all(|(_, ratio)| ratio.is_some_and(|ratio| ratio < 1.0))))
    } else {
        (target, "–".to_owned(), Verdict::NotMeasured)
    });

    let target = format!(
        "every other lookup no slower than at 90f7466 (median within {NO_SLOWER}×: `from_code`, `name()`, \
         `message()`, `Display`)"
    );
    rows.push(match runtime {
        Some(runtime) => {
            let mut slower = Vec::new();
            let mut compared = 0;
            for (catalogue, operation, before) in LOOKUPS_BEFORE {
                if let Some(now) = lookup(runtime, catalogue, Implementation::Errcat, operation) {
                    compared += 1;
                    if now.median > before * NO_SLOWER {
                        slower.push(format!(
                            "{operation} on {catalogue}: {} ns, was {} ns",
                            figure(now.median),
                            figure(before)
                        ));
                    }
                }
            }
            let measured = if slower.is_empty() {
                format!("{compared} of {} compared, none slower", LOOKUPS_BEFORE.len())
            } else {
                slower.join("; ")
            };
            (target, measured, if compared == 0 { Verdict::NotMeasured } else { Verdict::of(slower.is_empty()) })
        }
        None => (target, "–".to_owned(), Verdict::NotMeasured),
    });

    let target = format!("tokens per entry at {} entries at most 15", thousands(largest));
    let tokens = expansion.and_then(|expansion| expansion.expanded.iter().find(|size| size.entries == largest));
    rows.push(match tokens {
        Some(size) => {
            #[allow(clippy::cast_precision_loss)]
            let per_entry = size.tokens as f64 / size.entries as f64;
            (target, figure(per_entry), Verdict::of(per_entry <= 15.0))
        }
        None => (target, "–".to_owned(), Verdict::NotMeasured),
    });
    rows
}

const TARGETS_NOTE: &str = "
Why errcat's clean builds of 20 000 entries take longer than E's: most of the difference is rustc checking a \
static that holds every variant of an enum (`ALL`), in time quadratic in the number of variants, whatever \
generates it (`-- floor` times that alone); the rest is the macro's expansion, unoptimised in a debug build. The \
measurements, and what else was tried, are in \
[bench/README.md](bench/README.md#where-a-large-catalogues-build-time-goes).

";

fn lookups(page: &mut String, runtime: Option<&Runtime>) {
    page.push_str("## Lookups\n\n");
    let Some(runtime) = runtime else {
        page.push_str("Not measured: run `cargo run --release -p errcat-bench -- runtime`.\n\n");
        return;
    };
    page.push_str(
        "Nanoseconds per operation, release build, median over criterion's samples (smallest–largest sample). \
         `from_code` and `from_name` take every code or name of the catalogue once plus 10% unknown ones (half of \
         them near misses), shuffled; the other methods take every entry, shuffled. The last column divides \
         errcat's median by the best alternative's: below 1, errcat is faster.\n\n",
    );
    for (catalogue, description) in &runtime.catalogues {
        let present: Vec<Implementation> = Implementation::ALL
            .into_iter()
            .filter(|&implementation| {
                OPERATIONS.iter().any(|(operation, _)| lookup(runtime, catalogue, implementation, operation).is_some())
            })
            .collect();
        if present.is_empty() {
            continue;
        }
        let _ = writeln!(page, "### {}\n\n{description}.\n", catalogue_label(runtime, catalogue));
        let headers: Vec<&str> = present.iter().map(|implementation| implementation.label()).collect();
        let _ = writeln!(page, "| | {} | errcat ÷ best alternative |", headers.join(" | "));
        let _ = writeln!(page, "|---|{}---|", "---|".repeat(present.len()));
        for (operation, label) in OPERATIONS {
            let cells: Vec<String> = present
                .iter()
                .map(|&implementation| cell(lookup(runtime, catalogue, implementation, operation)))
                .collect();
            let best = present
                .iter()
                .filter(|&&implementation| implementation != Implementation::Errcat)
                .filter_map(|&implementation| lookup(runtime, catalogue, implementation, operation))
                .map(|statistic| statistic.median)
                .min_by(f64::total_cmp);
            let ratio = match (lookup(runtime, catalogue, Implementation::Errcat, operation), best) {
                (Some(errcat), Some(best)) => format!("{}×", figure(errcat.median / best)),
                _ => "–".to_owned(),
            };
            let _ = writeln!(page, "| {label} | {} | {ratio} |", cells.join(" | "));
        }
        let code = lookup_by_id(runtime, catalogue, STRING_CODES, "from_code");
        let name = lookup_by_id(runtime, catalogue, STRING_CODES, "from_name");
        if let (Some(code), Some(name)) = (code, name) {
            let _ = writeln!(
                page,
                "\nThe same catalogue as a system with string codes (`str`, each code its decimal text): \
                 `from_code(&str)` {}, `from_name` {} ns; {}×.",
                cell(Some(code)),
                cell(Some(name)),
                figure(code.median / name.median)
            );
        }
        page.push('\n');
    }

    page.push_str("### Allocations\n\nCounted by an instrumented global allocator over one pass of each benchmark, after a first pass (which initialises D's maps and grows the `String`).\n\n");
    let allocating: Vec<_> = runtime.allocations.iter().filter(|count| count.allocations > 0).collect();
    if allocating.is_empty() {
        let operations: u64 = runtime.allocations.iter().map(|count| count.operations).sum();
        let _ = writeln!(page, "No implementation allocated, in {operations} operations.\n");
    } else {
        page.push_str("| catalogue | implementation | operation | allocations per operation |\n|---|---|---|---|\n");
        for count in allocating {
            #[allow(clippy::cast_precision_loss)]
            let per_operation = count.allocations as f64 / count.operations.max(1) as f64;
            let _ = writeln!(
                page,
                "| {} | {} | {} | {} |",
                catalogue_label(runtime, &count.catalogue),
                Implementation::from_id(&count.implementation)
                    .map_or_else(|| count.implementation.clone(), |implementation| implementation.label().to_owned()),
                count.operation,
                figure(per_operation)
            );
        }
        page.push_str("\nEvery other implementation and operation allocated nothing.\n\n");
    }
}

fn builds(page: &mut String, build: Option<&Build>) {
    page.push_str("## Build time\n\n");
    let Some(build) = build else {
        page.push_str("Not measured: run `cargo run --release -p errcat-bench -- build`.\n\n");
        return;
    };
    let runs = if build.runs == 1 {
        "one run each".to_owned()
    } else {
        format!("median of {} runs (smallest–largest); builds over {} s ran once", build.runs, build.long_seconds)
    };
    let _ = writeln!(
        page,
        "Seconds of a clean build of the catalogue crate alone, its dependencies already built: {runs}. A build \
         still running after {} s was stopped (`> {}`). `–`: not built in this run.\n",
        build.timeout_seconds, build.timeout_seconds
    );
    let headers: Vec<&str> = Implementation::ALL.iter().map(|implementation| implementation.label()).collect();
    let _ = writeln!(page, "| entries | profile | {} | errcat ÷ E |", headers.join(" | "));
    let _ = writeln!(page, "|---|---|{}---|", "---|".repeat(Implementation::ALL.len()));
    for entries in SIZES {
        for profile in ["debug", "release"] {
            let cells: Vec<String> = Implementation::ALL
                .iter()
                .map(|&implementation| {
                    if timed_out(build, implementation, entries, profile) {
                        format!("> {}", build.timeout_seconds)
                    } else {
                        cell(build_of(build, implementation, entries, profile))
                    }
                })
                .collect();
            let ratio = match (
                build_of(build, Implementation::Errcat, entries, profile),
                build_of(build, Implementation::SortedSlices, entries, profile),
            ) {
                (Some(errcat), Some(floor)) => format!("{}×", figure(errcat.median / floor.median)),
                _ => "–".to_owned(),
            };
            let _ = writeln!(page, "| {} | {profile} | {} | {ratio} |", thousands(entries), cells.join(" | "));
        }
    }
    let database = errcat_bench::catalogue::DATABASE_ENTRIES;
    for profile in ["debug", "release"] {
        let (errcat, floor) = (
            build_of(build, Implementation::Errcat, database, profile),
            build_of(build, Implementation::SortedSlices, database, profile),
        );
        if errcat.is_none() && floor.is_none() {
            continue;
        }
        let cells: Vec<String> = Implementation::ALL
            .iter()
            .map(|&implementation| match implementation {
                Implementation::Errcat => cell(errcat),
                Implementation::SortedSlices => cell(floor),
                _ => "–".to_owned(),
            })
            .collect();
        let ratio = match (errcat, floor) {
            (Some(errcat), Some(floor)) => format!("{}×", figure(errcat.median / floor.median)),
            _ => "–".to_owned(),
        };
        let _ = writeln!(
            page,
            "| {} (database server) | {profile} | {} | {ratio} |",
            thousands(database),
            cells.join(" | ")
        );
    }
    page.push('\n');
}

fn expansions(page: &mut String, expansion: Option<&Expansion>) {
    page.push_str("## Expansion\n\n");
    let Some(expansion) = expansion else {
        page.push_str("Not measured: run `cargo run --release -p errcat-bench -- expansion`.\n\n");
        return;
    };
    page.push_str(
        "Milliseconds of `errcat_dsl::analyze` (parse, lower, check) and `errcat_dsl::expand` (all of it, code \
         generation included) called directly on the tokens of a catalogue, median (smallest–largest sample). \
         Outside a compiler, `proc_macro2` uses its own tokens; inside rustc every token crosses the proc-macro \
         bridge, which costs more.\n\n| entries | analyze | expand | expand per entry (µs) |\n|---|---|---|---|\n",
    );
    for entries in SIZES {
        let stage = |name: &str| {
            expansion
                .stages
                .iter()
                .find(|stage| stage.name == name && stage.entries == entries)
                .map(|stage| stage.milliseconds)
        };
        #[allow(clippy::cast_precision_loss)]
        let per_entry =
            stage("expand").map_or_else(|| "–".to_owned(), |time| figure(time.median * 1000.0 / entries as f64));
        let _ = writeln!(
            page,
            "| {} | {} | {} | {per_entry} |",
            thousands(entries),
            cell(stage("analyze")),
            cell(stage("expand"))
        );
    }
    page.push('\n');
    expanded_code(page, expansion);
}

fn sizes(page: &mut String, build: Option<&Build>) {
    page.push_str("## Binary size\n\n");
    let Some(build) = build else {
        page.push_str("Not measured: it comes with the build part.\n\n");
        return;
    };
    page.push_str(
        "Bytes of the release binaries of the build part (each calls every method of its catalogue), and the bytes \
         each entry adds: the slope between the two largest sizes built.\n\n",
    );
    let headers: Vec<String> = SIZES.iter().map(|&entries| thousands(entries)).collect();
    let _ = writeln!(page, "| | {} | bytes per entry |", headers.join(" | "));
    let _ = writeln!(page, "|---|{}---|", "---|".repeat(SIZES.len()));
    for implementation in Implementation::ALL {
        let bytes: Vec<Option<u64>> = SIZES
            .iter()
            .map(|&entries| {
                build
                    .builds
                    .iter()
                    .find(|crate_build| {
                        crate_build.implementation == implementation.id()
                            && crate_build.entries == entries
                            && crate_build.profile == "release"
                    })
                    .and_then(|crate_build| crate_build.binary_bytes)
            })
            .collect();
        let measured: Vec<(usize, u64)> =
            SIZES.iter().zip(&bytes).filter_map(|(&entries, bytes)| Some((entries, (*bytes)?))).collect();
        #[allow(clippy::cast_precision_loss)]
        let slope = match measured.as_slice() {
            [.., (small_entries, small), (large_entries, large)] => {
                figure((*large as f64 - *small as f64) / (large_entries - small_entries) as f64)
            }
            _ => "–".to_owned(),
        };
        let cells: Vec<String> =
            bytes.iter().map(|bytes| bytes.map_or_else(|| "–".to_owned(), |bytes| bytes.to_string())).collect();
        let _ = writeln!(page, "| {} | {} | {slope} |", implementation.label(), cells.join(" | "));
    }
    page.push('\n');
}

const METHOD: &str = "\
## How it is measured

- **Catalogues.** Generated with a fixed seed in the shape of real ones: codes in clusters of 20 to 200 \
  (mostly consecutive, some gaps), clusters on both sides of zero far apart, names `ERR_<one to four \
  words>_<n>`, Chinese messages, a fifth of them empty. errcat declares each cluster as a section. The \
  lookups use the real `errcat_catalogs::Cos` (its shared codes and its `2RSP` included), the alternatives \
  generated from its entries; the build, size and expansion parts use a generated 449-entry stand-in laid out \
  like COS.s sections, so that every size is generated alike.
- **Implementations.** Each defines `ErrorCode` with `from_code`, `from_name`, `code`, `name`, `message` and \
  errcat's `Display`, written the way its technique is normally used: A and B store an entry as an enum \
  variant whose discriminant is its code, C and D as its code (looked up in the maps for its name and \
  message), E as its index in the code-sorted slices. Before timing, the benchmark checks that every \
  implementation answers every input as errcat does. A and B are not built at 20 000 entries for the lookups: \
  their release builds take more than five minutes.
- **Lookups** (`bench/benches/runtime`): criterion, one run for every catalogue, operation and \
  implementation, each iteration a pass over a pre-generated input vector; nanoseconds per operation are a \
  pass's time divided by its length. Throughput, not latency: independent look-ups overlap in the CPU.
- **Build time** (`errcat-bench build`): a generated workspace under `target/errcat-bench/build` with one \
  binary crate per implementation and size; `cargo clean -p` then `cargo build -p` (debug, then `--release`), \
  wall time of the cargo command. A timed build that compiles any other crate is discarded and repeated.
- **Expansion** (`bench/benches/expansion.rs`): criterion, the front end called as a library.
- **Size**: file size of the release binaries of the build part.
";

#[allow(clippy::cast_precision_loss)]
fn expanded_code(page: &mut String, expansion: &Expansion) {
    if expansion.expanded.is_empty() {
        return;
    }
    page.push_str(
        "### Expanded code\n\nTokens of errcat's expansion against the tokens of each alternative's source, per entry \
         (A, B and C expand further through their own macros: derives, `phf_map!`). The compiler parses, resolves \
         and type-checks every token, so this drives the build time.\n\n",
    );
    let alternatives: Vec<Implementation> = Implementation::ALL.into_iter().skip(1).collect();
    let headers: Vec<&str> = alternatives.iter().map(|implementation| implementation.label()).collect();
    let _ = writeln!(page, "| entries | errcat tokens | errcat bytes | {} |", headers.join(" | "));
    let _ = writeln!(page, "|---|---|---|{}", "---|".repeat(alternatives.len()));
    for size in &expansion.expanded {
        let entries = size.entries.max(1) as f64;
        let cells: Vec<String> = alternatives
            .iter()
            .map(|implementation| {
                expansion
                    .sources
                    .iter()
                    .find(|source| source.implementation == implementation.id() && source.entries == size.entries)
                    .map_or_else(|| "–".to_owned(), |source| figure(source.tokens as f64 / entries))
            })
            .collect();
        let _ = writeln!(
            page,
            "| {} | {} | {} | {} |",
            thousands(size.entries),
            figure(size.tokens as f64 / entries),
            figure(size.bytes as f64 / entries),
            cells.join(" | ")
        );
    }
    let Some(largest) = expansion.expanded.iter().max_by_key(|size| size.entries) else { return };
    let mut totals: Vec<(String, usize)> = Vec::new();
    for (label, tokens) in &largest.items {
        match totals.iter_mut().find(|(existing, _)| existing == label) {
            Some((_, total)) => *total += tokens,
            None => totals.push((label.clone(), *tokens)),
        }
    }
    totals.sort_by_key(|(_, tokens)| std::cmp::Reverse(*tokens));
    let entries = largest.entries.max(1) as f64;
    let _ = writeln!(
        page,
        "\nWhere errcat's tokens go at {} entries, by generated item:\n\n| item | tokens per entry | share |\n|---|---|---|",
        thousands(largest.entries)
    );
    let shown = totals.iter().take_while(|(_, tokens)| *tokens as f64 / entries >= 0.05).take(12);
    let mut rest = largest.tokens;
    for (label, tokens) in shown {
        rest -= tokens;
        let share = *tokens as f64 * 100.0 / largest.tokens.max(1) as f64;
        let _ = writeln!(page, "| `{label}` | {} | {share:.1}% |", figure(*tokens as f64 / entries));
    }
    let _ = writeln!(page, "| the rest | {} | |", figure(rest as f64 / entries));
    page.push('\n');
}

#[cfg(test)]
mod tests {
    use super::{KEPT, keep_other_sections};

    #[test]
    fn sections_below_the_marker_are_kept() {
        let old = format!("# Benchmarks\n\nold figures\n\n{KEPT}\n\n## The command line\n\nits figures\n");
        let mut page = "# Benchmarks\n\nnew figures\n".to_owned();
        keep_other_sections(&mut page, &old);
        assert_eq!(page, format!("# Benchmarks\n\nnew figures\n\n{KEPT}\n\n## The command line\n\nits figures\n"));
        let mut alone = "# Benchmarks\n".to_owned();
        keep_other_sections(&mut alone, "# Benchmarks\n\nno marker\n");
        assert_eq!(alone, "# Benchmarks\n");
    }
}
