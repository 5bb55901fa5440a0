//! Benchmarks of errcat (in progress).
