//! The toolchains the exported sources are checked with, installed when
//! missing: TypeScript from npm and mypy, jsonschema and protobuf (the
//! Python runtime, to read `protoc`'s descriptors) from `PyPI` into a cache
//! under the target directory; Go, protoc and a JDK from Debian with
//! `apt-get` when running as root.
//!
//! A toolchain that cannot be had makes its test print a notice and pass,
//! unless `ERRCAT_REQUIRE_TOOLCHAINS` is set (CI sets it): then it fails.

#![allow(dead_code)]

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

/// Where npm and pip install: kept between runs.
pub fn cache() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("toolchains")
}

/// One apt-get, npm or pip at a time.
static INSTALLING: Mutex<()> = Mutex::new(());

/// Goes to the terminal even when the test harness captures output.
pub fn notice(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// `None` after a notice when the toolchain is missing and not required;
/// a panic when it is required.
pub fn available<T>(test: &str, found: Result<T, String>) -> Option<T> {
    match found {
        Ok(tool) => Some(tool),
        Err(missing) => {
            assert!(
                std::env::var_os("ERRCAT_REQUIRE_TOOLCHAINS").is_none(),
                "ERRCAT_REQUIRE_TOOLCHAINS is set but {missing}"
            );
            let rule = "!".repeat(78);
            notice(&format!(
                "\n{rule}\nSKIPPED `{test}`: {missing}.\nWith ERRCAT_REQUIRE_TOOLCHAINS set (CI sets it) this is a failure.\n{rule}\n"
            ));
            None
        }
    }
}

pub fn on_path(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|directory| directory.join(program)).find(|path| {
        fs::metadata(path).is_ok_and(|metadata| {
            use std::os::unix::fs::PermissionsExt;
            metadata.is_file() && metadata.permissions().mode() & 0o111 != 0
        })
    })
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|output| output.stdout.trim_ascii() == b"0")
}

/// Runs an install command, naming it in the error.
fn install(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    notice(&format!("installing: {shown}"));
    let output = command.output().map_err(|error| format!("{shown} did not start: {error}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{shown} failed:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

/// Debian packages, when running as root.
fn apt(packages: &[&str]) -> Result<(), String> {
    static UPDATED: Mutex<bool> = Mutex::new(false);
    if !is_root() || on_path("apt-get").is_none() {
        return Err(format!("Debian's {} is not installed (apt-get install {0})", packages.join(" ")));
    }
    let mut updated = UPDATED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if !*updated {
        install(Command::new("apt-get").args(["update", "-qq"]))?;
        *updated = true;
    }
    install(
        Command::new("apt-get")
            .env("DEBIAN_FRONTEND", "noninteractive")
            .args(["install", "-y", "-qq", "--no-install-recommends"])
            .args(packages),
    )
}

/// Programs from Debian: found on PATH, or installed.
pub fn debian(programs: &[&str], packages: &[&str]) -> Result<Vec<PathBuf>, String> {
    let find = || programs.iter().map(|program| on_path(program)).collect::<Option<Vec<_>>>();
    if let Some(found) = find() {
        return Ok(found);
    }
    let _turn = INSTALLING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(found) = find() {
        return Ok(found);
    }
    apt(packages)?;
    find().ok_or_else(|| format!("{} not on PATH after installing {}", programs.join(", "), packages.join(" ")))
}

/// `tsc` from npm's `typescript`, installed under the cache.
pub fn tsc() -> Result<PathBuf, String> {
    let prefix = cache().join("npm");
    let tsc = prefix.join("node_modules/.bin/tsc");
    let _turn = INSTALLING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if !tsc.exists() {
        on_path("npm").ok_or("npm is not on PATH, so TypeScript cannot be installed")?;
        on_path("node").ok_or("node is not on PATH")?;
        install(
            Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--prefix"])
                .arg(&prefix)
                .arg("typescript@5"),
        )?;
    }
    Ok(tsc)
}

/// A Python path holding mypy, jsonschema and protobuf, installed from `PyPI`
/// under the cache.
pub fn python_packages() -> Result<PathBuf, String> {
    let target = cache().join("python");
    let _turn = INSTALLING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let ready = ["mypy", "jsonschema", "google/protobuf"].iter().all(|package| target.join(package).is_dir());
    if !ready {
        on_path("python3").ok_or("python3 is not on PATH")?;
        install(
            Command::new("python3")
                .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade", "--target"])
                .arg(&target)
                .args(["mypy", "jsonschema", "protobuf"]),
        )?;
    }
    Ok(target)
}

/// Runs a toolchain command; panics with its output unless it succeeds.
#[track_caller]
pub fn run(command: &mut Command) -> Output {
    let shown = format!("{command:?}");
    let output = command.output().unwrap_or_else(|error| panic!("{shown} did not start: {error}"));
    assert!(
        output.status.success(),
        "{shown} failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// A fresh directory under the target directory.
pub fn work_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(path, text).unwrap();
}
