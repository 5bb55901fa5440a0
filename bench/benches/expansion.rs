//! The macro's front end called directly on catalogues of 449, 5 000 and
//! 20 000 entries: `analyze` (parse, lower, check) and `expand` (all of it,
//! code generation included). The tokens come from `proc_macro2`'s own
//! implementation, as outside a compiler; inside rustc each token crosses
//! the proc-macro bridge, which costs more.

use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput};
use errcat_bench::{catalogue, render};
use proc_macro2::TokenStream;

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .sample_size(10)
        .configure_from_args();
    let mut group = criterion.benchmark_group("expansion");
    for entries in catalogue::SIZES {
        let tokens: TokenStream =
            render::errcat_body(&catalogue::sized(entries)).parse().expect("the rendered catalogue is Rust tokens");
        assert!(
            !errcat_dsl::expand(tokens.clone()).to_string().contains("compile_error"),
            "the catalogue of {entries} entries has errors"
        );
        group.throughput(Throughput::Elements(entries as u64));
        group.bench_with_input(BenchmarkId::new("analyze", entries), &tokens, |bencher, tokens| {
            bencher.iter_batched(|| tokens.clone(), errcat_dsl::analyze, BatchSize::LargeInput);
        });
        group.bench_with_input(BenchmarkId::new("expand", entries), &tokens, |bencher, tokens| {
            bencher.iter_batched(|| tokens.clone(), errcat_dsl::expand, BatchSize::LargeInput);
        });
    }
    group.finish();
    criterion.final_summary();
}
