//! The benchmark harness of errcat: errcat's generated code measured side
//! by side with the usual alternatives, on catalogues of the shape real
//! ones have. `bench/README.md` says how to run it; `BENCHMARKS.md` at the
//! root of the repository has the results.
//!
//! This library generates the catalogues ([`catalogue`]), writes them as
//! Rust in errcat and in each alternative ([`render`]) and makes the inputs
//! of the lookup benchmarks ([`inputs`]). The build script, the benchmarks
//! under `benches/` and the `errcat-bench` command use it.

pub mod catalogue;
pub mod inputs;
pub mod random;
pub mod render;
