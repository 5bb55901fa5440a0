//! The runtime part: `cargo bench --features alternatives --bench runtime`,
//! then criterion's results and the allocation counts, stored.

use std::fs;

use errcat_bench::catalogue;

use crate::Paths;
use crate::command::run_shown;
use crate::criterion_results;
use crate::machine::Machine;
use crate::results::{self, AllocationCount, Lookup, Runtime};

pub fn run(paths: &Paths, quick: bool) {
    let machine = Machine::now();
    let home = paths.work.join("criterion-runtime");
    let _ = fs::remove_dir_all(&home);
    fs::create_dir_all(&paths.work).expect("cannot create the work directory");
    let allocations_path = paths.work.join("allocations.json");
    let _ = fs::remove_file(&allocations_path);

    let mut command = paths.cargo();
    command.args(["bench", "-p", "errcat-bench", "--features", "alternatives", "--bench", "runtime", "--"]);
    if quick {
        command.args([
            "--warm-up-time",
            "0.2",
            "--measurement-time",
            "0.4",
            "--sample-size",
            "10",
            "--nresamples",
            "2000",
        ]);
    }
    command.env("CRITERION_HOME", &home).env("ERRCAT_BENCH_ALLOCATIONS", &allocations_path);
    run_shown(&mut command);

    let lookups = criterion_results::read(&home)
        .into_iter()
        .filter_map(|record| {
            let (operation, catalogue) = record.group.split_once('/')?;
            Some(Lookup {
                catalogue: catalogue.to_owned(),
                implementation: record.function.clone(),
                operation: operation.to_owned(),
                nanoseconds: record.per_element(),
            })
        })
        .collect();
    let allocations: Vec<AllocationCount> = fs::read_to_string(&allocations_path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    let catalogues = [catalogue::cos(), catalogue::generated(5_000), catalogue::generated(20_000)]
        .into_iter()
        .map(|catalogue| (catalogue.id, catalogue.description))
        .collect();
    results::save(&paths.results, "runtime", &Runtime { quick, machine, catalogues, lookups, allocations });
}
