//! Running the built `errcat` binary.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|error| panic!("not JSON ({error}):\n{}", self.stdout))
    }

    /// Exit 2 with exactly one line on stderr that says `words`.
    #[track_caller]
    pub fn assert_bad_input(&self, words: &str) {
        assert_eq!(self.code, 2, "stdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        assert_eq!(self.stderr.lines().count(), 1, "{}", self.stderr);
        assert!(self.stderr.starts_with("errcat: error: "), "{}", self.stderr);
        assert!(self.stderr.contains(words), "{words:?} not in {}", self.stderr);
        assert!(!self.stderr.contains("panicked") && !self.stderr.contains("RUST_BACKTRACE"));
    }
}

pub fn errcat(args: &[&str]) -> Run {
    errcat_with(args, &[])
}

/// Runs in the package directory, with extra environment variables; never
/// on a terminal, and without `NO_COLOR` unless given.
pub fn errcat_with(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_errcat"));
    command.args(args).current_dir(env!("CARGO_MANIFEST_DIR")).env_remove("NO_COLOR");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().expect("the errcat binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

pub fn package_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}
