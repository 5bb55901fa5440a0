//! Lookups of errcat against the alternatives, in one criterion run:
//! `from_code`, `from_name`, `name()`, `message()` and `Display` on the COS
//! catalogue and on generated catalogues of 5 000 and 20 000 entries.
//!
//! The catalogues take minutes to build, so they are compiled only with the
//! `alternatives` feature: `cargo bench -p errcat-bench --features alternatives`.

#[cfg(feature = "alternatives")]
mod suite;

#[cfg(feature = "alternatives")]
#[allow(dead_code, unused_qualifications, clippy::all, clippy::pedantic)]
mod catalogues {
    // Written by build.rs: generated code, not held to the lints.
    include!(concat!(env!("OUT_DIR"), "/runtime_catalogues.rs"));
}

#[cfg(feature = "alternatives")]
fn main() {
    suite::main(&catalogues::subjects());
}

#[cfg(not(feature = "alternatives"))]
fn main() {
    eprintln!("the runtime benchmark compiles the alternatives only with `--features alternatives`");
}
