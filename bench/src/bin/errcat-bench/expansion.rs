//! The expansion part: `cargo bench --bench expansion`, stored.

use std::fs;

use errcat_bench::catalogue;
use errcat_bench::render::{self, Implementation};
use proc_macro2::TokenStream;

use crate::Paths;
use crate::command::run_shown;
use crate::criterion_results;
use crate::expanded;
use crate::machine::Machine;
use crate::results::{self, Expansion, SourceSize, Stage};

pub fn run(paths: &Paths, quick: bool) {
    let machine = Machine::now();
    let home = paths.work.join("criterion-expansion");
    let _ = fs::remove_dir_all(&home);

    let mut command = paths.cargo();
    command.args(["bench", "-p", "errcat-bench", "--bench", "expansion", "--"]);
    if quick {
        command.args([
            "--warm-up-time",
            "0.3",
            "--measurement-time",
            "1",
            "--sample-size",
            "10",
            "--nresamples",
            "2000",
        ]);
    }
    command.env("CRITERION_HOME", &home);
    run_shown(&mut command);

    let stages = criterion_results::read(&home)
        .into_iter()
        .filter(|record| record.group == "expansion")
        .filter_map(|record| {
            Some(Stage {
                name: record.function.clone(),
                entries: record.value.as_deref()?.parse().ok()?,
                milliseconds: record.iteration.scaled(1e-6),
            })
        })
        .collect();
    let mut expanded = Vec::new();
    let mut sources = Vec::new();
    for entries in catalogue::SIZES {
        let catalogue = catalogue::sized(entries);
        expanded.push(expanded::measure(entries, tokens(&render::errcat_body(&catalogue))));
        for implementation in Implementation::ALL.into_iter().skip(1) {
            let tokens = expanded::count(tokens(&render::module(implementation, &catalogue)));
            sources.push(SourceSize { implementation: implementation.id().to_owned(), entries, tokens });
        }
    }
    results::save(&paths.results, "expansion", &Expansion { quick, machine, stages, expanded, sources });
}

fn tokens(source: &str) -> TokenStream {
    source.parse().expect("rendered catalogues are Rust tokens")
}
