//! Running cargo: with the output in a log file (a full pipe would stall a
//! timed build), and under a time limit that ends the whole process group,
//! rustc included.

use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

pub struct Finished {
    pub elapsed: Duration,
    pub success: bool,
    pub timed_out: bool,
    /// Standard output and error, as logged.
    pub output: String,
}

/// Runs `command` with its output in `log`, ending it after `limit`.
pub fn run_logged(command: &mut Command, log: &Path, limit: Duration) -> Finished {
    let file = File::create(log).unwrap_or_else(|error| panic!("cannot create {}: {error}", log.display()));
    let copy = file.try_clone().expect("a log file can be shared by stdout and stderr");
    command.stdin(Stdio::null()).stdout(file).stderr(copy);
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(command, 0);
    let started = Instant::now();
    let mut child = command.spawn().unwrap_or_else(|error| panic!("cannot run {command:?}: {error}"));
    let (success, timed_out) = loop {
        if let Some(status) = child.try_wait().expect("the child can be waited for") {
            break (status.success(), false);
        }
        if started.elapsed() > limit {
            end_group(&mut child);
            break (false, true);
        }
        thread::sleep(Duration::from_millis(20));
    };
    let elapsed = started.elapsed();
    let output = std::fs::read_to_string(log).unwrap_or_default();
    Finished { elapsed, success, timed_out, output }
}

/// Runs `command` with the output shown; panics when it fails.
pub fn run_shown(command: &mut Command) {
    let status = command.status().unwrap_or_else(|error| panic!("cannot run {command:?}: {error}"));
    assert!(status.success(), "{command:?} failed: {status}");
}

#[cfg(unix)]
fn end_group(child: &mut std::process::Child) {
    use nix::sys::signal::{Signal, killpg};
    use nix::unistd::Pid;
    let group = Pid::from_raw(i32::try_from(child.id()).expect("process ids fit in i32"));
    let _ = killpg(group, Signal::SIGKILL);
    let _ = child.wait();
}

#[cfg(not(unix))]
fn end_group(child: &mut std::process::Child) {
    let _ = child.kill();
    let _ = child.wait();
}

#[cfg(test)]
mod tests {
    use std::process::Command;
    use std::time::Duration;

    use super::run_logged;

    /// A build that never ends (const evaluation without a step limit) is
    /// stopped at the limit, rustc included. Slow: `cargo test -- --ignored`.
    #[test]
    #[ignore = "starts a cargo build that runs until it is stopped"]
    fn a_build_over_the_limit_is_stopped_with_its_rustc() {
        let root = std::env::temp_dir().join("errcat-bench-endless-build");
        let name = "errcat_bench_endless_build";
        std::fs::create_dir_all(root.join("src")).unwrap();
        std::fs::write(
            root.join("Cargo.toml"),
            format!("[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\n[workspace]\n"),
        )
        .unwrap();
        std::fs::write(
            root.join("src").join("lib.rs"),
            "pub const ENDLESS: u64 = { let mut i = 0u64; loop { i = i.wrapping_add(1); } };\n",
        )
        .unwrap();
        let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        command.args(["build", "--offline"]).current_dir(&root).env("CARGO_TARGET_DIR", root.join("target"));
        let finished = run_logged(&mut command, &root.join("build.log"), Duration::from_secs(5));
        assert!(finished.timed_out && !finished.success);
        std::thread::sleep(Duration::from_millis(500));
        let still_running = std::fs::read_dir("/proc").unwrap().flatten().any(|process| {
            std::fs::read(process.path().join("cmdline"))
                .is_ok_and(|cmdline| String::from_utf8_lossy(&cmdline).contains(&format!("--crate-name\0{name}")))
        });
        assert!(!still_running, "rustc outlived the stopped build");
    }
}
