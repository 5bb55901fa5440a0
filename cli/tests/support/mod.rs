//! Running the built `errcat` binary.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

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

/// Runs in the package directory, inside errcat's own workspace: its
/// catalogues are found there too.
pub fn errcat(args: &[&str]) -> Run {
    errcat_in(&package_path(""), args, &[], None)
}

/// Runs outside any cargo project, in a directory where `tests/` is this
/// package's, so that only the built-in catalogues and those asked for are
/// seen.
pub fn errcat_outside(args: &[&str]) -> Run {
    errcat_with(args, &[])
}

/// As [`errcat_outside`], with extra environment variables.
pub fn errcat_with(args: &[&str], env: &[(&str, &str)]) -> Run {
    errcat_in(&outside_any_project(), args, env, None)
}

/// Runs in `directory`, with `stdin` as standard input when given; never on
/// a terminal, and without `NO_COLOR` unless given.
pub fn errcat_in(directory: &Path, args: &[&str], env: &[(&str, &str)], stdin: Option<&[u8]>) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_errcat"));
    command.args(args).current_dir(directory).env_remove("NO_COLOR");
    for (key, value) in env {
        command.env(key, value);
    }
    command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn().expect("the errcat binary runs");
    let input = stdin.unwrap_or_default().to_vec();
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().expect("the errcat binary runs");
    let _ = writer.join();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// A directory outside any cargo project (under the system's temporary
/// directory) whose `tests` is this package's `tests`.
pub fn outside_any_project() -> PathBuf {
    static DIRECTORY: OnceLock<PathBuf> = OnceLock::new();
    DIRECTORY
        .get_or_init(|| {
            let directory = std::env::temp_dir().join(format!("errcat-cli-tests-{}", std::process::id()));
            std::fs::create_dir_all(&directory).expect("a temporary directory can be made");
            let link = directory.join("tests");
            if std::fs::symlink_metadata(&link).is_err() {
                std::os::unix::fs::symlink(package_path("tests"), &link).expect("a symbolic link can be made");
            }
            assert!(
                !directory.ancestors().any(|ancestor| ancestor.join("Cargo.toml").exists()),
                "{} is inside a cargo project",
                directory.display()
            );
            directory
        })
        .clone()
}

pub fn package_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}
