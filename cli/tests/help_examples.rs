//! Every example shown by `--help` (the top level's and every
//! subcommand's) and in cli/README.md runs against the built binary and
//! succeeds. The examples are read from the help texts and the README, so
//! a new one is covered as soon as it is written.

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use support::{errcat, package_path};

/// The subcommands that `errcat --help` lists, `help` aside.
fn subcommands(help: &str) -> Vec<String> {
    let listed = help.split("Commands:\n").nth(1).expect("the help lists the commands");
    listed
        .lines()
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_owned)
        .collect()
}

/// The example command lines of a help text: lines that start with
/// `errcat `, up to the two spaces before a comment.
fn help_examples(help: &str) -> Vec<String> {
    help.lines()
        .map(str::trim_start)
        .filter(|line| line.starts_with("errcat "))
        .map(|line| line.split("  ").next().unwrap_or(line).trim_end().to_owned())
        .collect()
}

/// The commands of the README's `sh` blocks that run errcat, `cargo run
/// --release --` written as `errcat`.
fn readme_examples(readme: &str) -> Vec<String> {
    let mut examples = Vec::new();
    let mut in_shell = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_shell = !in_shell && line.trim() == "```sh";
            continue;
        }
        if !in_shell {
            continue;
        }
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("cargo run --release -- ") {
            examples.push(format!("errcat {rest}"));
        } else if line.starts_with("errcat ") {
            examples.push(line.to_owned());
        }
    }
    examples
}

/// A catalogue of the sandbox's crate, committed to its git repository at
/// the tags the `diff` examples name.
const ORDERS: &str = "errcat::error_catalog! {
    /// Errors of the example service.
    pub system Orders {
        1 OUT_OF_STOCK \"out of stock\",
        2 PAYMENT_DECLINED \"payment declined\",
    }
}
";

/// A fresh crate for one example, outside this workspace, holding what the
/// examples name: `errors.md` (a clean table) and `cos.md` to import,
/// `src/billing.rs` and `src/errors.rs` to check, lock and diff, its
/// `errcat.lock`, a git repository tagged `v1.0` and `v1.2`, an older copy
/// of `src/` in `old/`, and the directories the exports write into.
fn sandbox(root: &Path, index: usize, errors_md: &str) -> PathBuf {
    let directory = root.join(index.to_string());
    for folder in ["src", "old", "cos", "mcsl"] {
        fs::create_dir_all(directory.join(folder)).unwrap();
    }
    fs::write(
        directory.join("Cargo.toml"),
        "[package]\nname = \"help-examples\"\nversion = \"0.0.0\"\n\n[workspace]\n",
    )
    .unwrap();
    fs::write(directory.join("errors.md"), errors_md).unwrap();
    fs::copy(package_path("../catalogs-rs/sources/cos.md"), directory.join("cos.md")).unwrap();
    fs::copy(package_path("tests/fixtures/clean.rs"), directory.join("src/billing.rs")).unwrap();
    fs::write(directory.join("src/errors.rs"), ORDERS).unwrap();
    fs::write(directory.join("old/errors.rs"), ORDERS).unwrap();
    let git = |arguments: &[&str]| {
        let status = Command::new("git")
            .args(["-c", "user.name=errcat", "-c", "user.email=errcat@example.com"])
            .args(arguments)
            .current_dir(&directory)
            .output()
            .expect("git runs")
            .status;
        assert!(status.success(), "git {arguments:?}");
    };
    git(&["init", "--quiet"]);
    git(&["add", "src"]);
    git(&["commit", "--quiet", "-m", "v1.0"]);
    git(&["tag", "v1.0"]);
    git(&["tag", "v1.2"]);
    let (code, stderr) = run_example(&directory, "errcat lock");
    assert_eq!(code, 0, "errcat lock in the sandbox: {stderr}");
    directory
}

fn run_example(directory: &Path, example: &str) -> (i32, String) {
    let binary = Path::new(env!("CARGO_BIN_EXE_errcat"));
    let path = std::env::join_paths(
        std::iter::once(binary.parent().unwrap().to_owned())
            .chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())),
    )
    .unwrap();
    let output = Command::new("sh")
        .args(["-c", example])
        .current_dir(directory)
        .env("PATH", path)
        .env_remove("NO_COLOR")
        .output()
        .expect("sh runs");
    (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn every_example_in_the_help_and_the_readme_succeeds() {
    let top = errcat(&["--help"]).stdout;
    let mut examples: Vec<(String, String)> =
        help_examples(&top).into_iter().map(|example| ("errcat --help".to_owned(), example)).collect();
    let commands = subcommands(&top);
    assert!(commands.len() >= 9, "{commands:?}");
    for command in &commands {
        let help = errcat(&[command, "--help"]);
        assert_eq!(help.code, 0);
        let found = help_examples(&help.stdout);
        assert!(!found.is_empty(), "`errcat {command} --help` shows no example");
        examples.extend(found.into_iter().map(|example| (format!("errcat {command} --help"), example)));
    }
    let readme = fs::read_to_string(package_path("README.md")).unwrap();
    let from_readme = readme_examples(&readme);
    assert!(!from_readme.is_empty(), "the README shows commands");
    examples.extend(from_readme.into_iter().map(|example| ("cli/README.md".to_owned(), example)));
    assert!(examples.len() > 30, "{examples:?}");

    let root = std::env::temp_dir().join(format!("errcat-help-examples-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    let errors_md = errcat(&["export", "scm", "--format", "markdown"]).stdout;
    let mut failed = Vec::new();
    for (index, (source, example)) in examples.iter().enumerate() {
        let directory = sandbox(&root, index, &errors_md);
        let (code, stderr) = run_example(&directory, example);
        if code != 0 {
            failed.push(format!("{source}: `{example}` exited {code}: {stderr}"));
        }
    }
    let _ = fs::remove_dir_all(&root);
    assert!(failed.is_empty(), "examples that fail:\n{}", failed.join("\n"));
}

#[test]
fn examples_are_read_as_written() {
    let help =
        "Examples:\n  errcat lookup -61          shared inside COS\n  errcat list\nJSON: errcat is not a line start\n";
    assert_eq!(help_examples(help), ["errcat lookup -61", "errcat list"]);
    let readme = "```sh\ncargo run --release -- lookup -61\ncargo test\n```\n\n```text\nerrcat list\n```\n```sh\nerrcat man > errcat.1\n```\n";
    assert_eq!(readme_examples(readme), ["errcat lookup -61", "errcat man > errcat.1"]);
}
