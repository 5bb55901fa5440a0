//! Reading criterion's results: for every benchmark, `new/benchmark.json`
//! (its id and throughput), `new/estimates.json` (the median) and
//! `new/sample.json` (the samples, for the range).

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::results::Statistic;

pub struct Record {
    pub group: String,
    pub function: String,
    pub value: Option<String>,
    /// Nanoseconds per iteration.
    pub iteration: Statistic,
    /// The elements one iteration handles, when the benchmark says.
    pub elements: Option<u64>,
}

impl Record {
    /// Nanoseconds per element, or per iteration without a throughput.
    pub fn per_element(&self) -> Statistic {
        #[allow(clippy::cast_precision_loss)]
        let elements = self.elements.unwrap_or(1).max(1) as f64;
        self.iteration.scaled(1.0 / elements)
    }
}

pub fn read(home: &Path) -> Vec<Record> {
    let mut directories = Vec::new();
    find_new_directories(home, &mut directories);
    directories.sort();
    directories.iter().filter_map(|directory| record(directory)).collect()
}

fn find_new_directories(directory: &Path, found: &mut Vec<PathBuf>) {
    let Ok(listing) = fs::read_dir(directory) else { return };
    for item in listing.flatten() {
        let path = item.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|name| name == "new") && path.join("benchmark.json").is_file() {
                found.push(path);
            } else {
                find_new_directories(&path, found);
            }
        }
    }
}

fn json(path: &Path) -> Option<Value> {
    serde_json::from_str(&fs::read_to_string(path).ok()?).ok()
}

fn record(directory: &Path) -> Option<Record> {
    let benchmark = json(&directory.join("benchmark.json"))?;
    let estimates = json(&directory.join("estimates.json"))?;
    let sample = json(&directory.join("sample.json"))?;
    let text = |value: &Value| value.as_str().map(str::to_owned);
    let numbers = |value: &Value| -> Vec<f64> {
        value.as_array().map(|items| items.iter().filter_map(Value::as_f64).collect()).unwrap_or_default()
    };
    let per_iteration: Vec<f64> = numbers(&sample["times"])
        .iter()
        .zip(numbers(&sample["iters"]))
        .map(|(time, iterations)| time / iterations)
        .collect();
    let mut iteration = Statistic::of(&per_iteration)?;
    if let Some(median) = estimates["median"]["point_estimate"].as_f64() {
        iteration.median = median;
    }
    Some(Record {
        group: text(&benchmark["group_id"])?,
        function: text(&benchmark["function_id"]).unwrap_or_default(),
        value: text(&benchmark["value_str"]),
        iteration,
        elements: benchmark["throughput"]["Elements"].as_u64(),
    })
}
