//! errcat's lookups allocate nothing: counted with an instrumented global
//! allocator on the COS stand-in, declared with `error_catalog!` by the
//! build script. One test only: the count is process-wide.

use std::alloc::System;
use std::fmt::Write as _;
use std::hint::black_box;

use errcat_bench::catalogue;
use errcat_bench::inputs::Inputs;
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static ALLOCATOR: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

mod stand_in {
    include!(concat!(env!("OUT_DIR"), "/cos_stand_in.rs"));
}

use stand_in::ErrorCode;

#[test]
fn lookups_allocate_nothing() {
    let generated = catalogue::cos_stand_in();
    let declared: Vec<(i32, &str, &str)> =
        ErrorCode::ALL.iter().map(|entry| (entry.code(), entry.name(), entry.message())).collect();
    let expected: Vec<(i32, &str, &str)> =
        generated.entries.iter().map(|entry| (entry.code, entry.name.as_str(), entry.message.as_str())).collect();
    assert_eq!(declared, expected, "the stand-in declares the generated entries");

    let entries: Vec<(i32, &str)> = declared.iter().map(|&(code, name, _)| (code, name)).collect();
    let inputs = Inputs::new(&entries, 1);
    let mut text = String::with_capacity(1024);
    let mut found = 0;

    let region = Region::new(ALLOCATOR);
    for &code in &inputs.codes {
        found += usize::from(ErrorCode::from_code(black_box(code)).is_some());
    }
    for name in &inputs.names {
        found += usize::from(ErrorCode::from_name(black_box(name)).is_some());
    }
    for &entry in ErrorCode::ALL {
        black_box((entry.code(), entry.name(), entry.message()));
        text.clear();
        write!(text, "{entry}").expect("a String takes any text");
        black_box(&text);
    }
    let change = region.change();

    assert_eq!((change.allocations, change.reallocations), (0, 0));
    assert_eq!(found, 2 * catalogue::COS_ENTRIES);
}
