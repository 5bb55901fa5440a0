//! What each part stores under `<target>/errcat-bench/results/`, so that
//! parts can run separately and `report` can write BENCHMARKS.md from the
//! last run of each.

use std::fs;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::machine::Machine;

/// A median with the smallest and largest sample.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct Statistic {
    pub median: f64,
    pub min: f64,
    pub max: f64,
    pub samples: usize,
}

impl Statistic {
    pub fn of(values: &[f64]) -> Option<Self> {
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let middle = sorted.len() / 2;
        let median = match sorted.len() {
            0 => return None,
            length if length % 2 == 1 => sorted[middle],
            _ => f64::midpoint(sorted[middle - 1], sorted[middle]),
        };
        Some(Statistic { median, min: sorted[0], max: sorted[sorted.len() - 1], samples: sorted.len() })
    }

    pub fn scaled(self, factor: f64) -> Self {
        Statistic { median: self.median * factor, min: self.min * factor, max: self.max * factor, ..self }
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Runtime {
    pub quick: bool,
    pub machine: Machine,
    /// (id, description) of each catalogue.
    pub catalogues: Vec<(String, String)>,
    pub lookups: Vec<Lookup>,
    pub allocations: Vec<AllocationCount>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Lookup {
    pub catalogue: String,
    pub implementation: String,
    pub operation: String,
    /// Nanoseconds per operation.
    pub nanoseconds: Statistic,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct AllocationCount {
    pub catalogue: String,
    pub implementation: String,
    pub operation: String,
    pub allocations: u64,
    pub operations: u64,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Expansion {
    pub quick: bool,
    pub machine: Machine,
    pub stages: Vec<Stage>,
    #[serde(default)]
    pub expanded: Vec<ExpandedSize>,
    /// The hand-written alternatives, for comparison.
    #[serde(default)]
    pub sources: Vec<SourceSize>,
}

/// Tokens of an alternative's source (before its own macros expand).
#[derive(Debug, Serialize, Deserialize)]
pub struct SourceSize {
    pub implementation: String,
    pub entries: usize,
    pub tokens: usize,
}

/// The size of the expanded code of a catalogue.
#[derive(Debug, Serialize, Deserialize)]
pub struct ExpandedSize {
    pub entries: usize,
    pub tokens: usize,
    /// Of the output printed as text.
    pub bytes: usize,
    /// Tokens by generated item, in output order.
    pub items: Vec<(String, usize)>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Stage {
    /// `analyze` or `expand`.
    pub name: String,
    pub entries: usize,
    pub milliseconds: Statistic,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Build {
    pub quick: bool,
    pub machine: Machine,
    /// Runs of each build, unless it took over `long_seconds`.
    pub runs: usize,
    pub long_seconds: u64,
    pub timeout_seconds: u64,
    pub builds: Vec<CrateBuild>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct CrateBuild {
    pub implementation: String,
    pub entries: usize,
    /// `debug` or `release`.
    pub profile: String,
    /// Seconds of each completed clean build.
    pub seconds: Vec<f64>,
    pub timed_out: bool,
    /// Bytes of the binary (release builds).
    pub binary_bytes: Option<u64>,
}

pub fn save(directory: &Path, part: &str, value: &impl Serialize) {
    fs::create_dir_all(directory).expect("cannot create the results directory");
    let path = directory.join(format!("{part}.json"));
    fs::write(&path, serde_json::to_string_pretty(value).expect("results serialise"))
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
    println!("results written to {}", path.display());
}

pub fn load<T: DeserializeOwned>(directory: &Path, part: &str) -> Option<T> {
    let text = fs::read_to_string(directory.join(format!("{part}.json"))).ok()?;
    serde_json::from_str(&text).ok()
}
