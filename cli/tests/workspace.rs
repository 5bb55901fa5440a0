//! The commands in a real cargo workspace of two member crates, each with a
//! catalogue, found with `cargo metadata` and read from source without a
//! build; and `--catalog DIR` outside any cargo project.

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use support::{Run, errcat_in, outside_any_project};

const BILLING: &str = r#"//! The billing service.

use errcat::error_catalog;

error_catalog! {
    /// Errors of the billing service.
    #[languages(en, zh)]
    pub system Billing: i32 {
        /// Card errors
        #[http(402)]
        section Card in -69..=-60 {
            -61 CARD_DECLINED "card declined" zh "银行卡被拒",
            -62 CARD_EXPIRED "card expired",
        }
        1 INVOICE_MISSING "no such invoice",
    }
}
"#;

const SHIPPING: &str = r#"use errcat::error_catalog;

error_catalog! {
    pub system Shipping: u16 {
        404 PARCEL_LOST "parcel lost in transit",
        405 PARCEL_LATE "parcel late",
    }
}
"#;

/// A catalogue with a collision: skipped by the other commands with a
/// warning, reported by `check`.
const BROKEN: &str = r#"errcat::error_catalog! {
    pub system Broken {
        7 SEVEN "seven",
        7 ALSO_SEVEN "seven again",
    }
}
"#;

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// A workspace with members `billing` (its catalogue in `src/lib.rs`) and
/// `shipping` (in `src/errors/mod.rs`, beside the broken one), both
/// depending on errcat by path.
fn workspace(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("errcat-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    let core = support::package_path("../core").canonicalize().unwrap();
    write(&root.join("Cargo.toml"), "[workspace]\nresolver = \"2\"\nmembers = [\"billing\", \"shipping\"]\n");
    for member in ["billing", "shipping"] {
        write(
            &root.join(member).join("Cargo.toml"),
            &format!(
                "[package]\nname = \"{member}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\nerrcat = {{ path = {:?} }}\n",
                core.display().to_string()
            ),
        );
    }
    write(&root.join("billing/src/lib.rs"), BILLING);
    write(&root.join("shipping/src/lib.rs"), "pub mod broken;\npub mod errors;\n");
    write(&root.join("shipping/src/errors/mod.rs"), SHIPPING);
    write(&root.join("shipping/src/broken.rs"), BROKEN);
    root
}

fn run(directory: &Path, args: &[&str]) -> Run {
    let run = errcat_in(directory, args, &[], None);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}

fn system_names(json: &Value) -> Vec<&str> {
    json["systems"].as_array().unwrap().iter().map(|system| system["name"].as_str().unwrap()).collect()
}

fn entry_systems(entries: &Value) -> Vec<&str> {
    entries.as_array().unwrap().iter().map(|entry| entry["system"].as_str().unwrap()).collect()
}

#[test]
fn every_command_finds_the_project_s_catalogues_and_the_built_in_ones() {
    let root = workspace("workspace");
    let broken_warning = "errcat: warning: shipping/src/broken.rs:4:9: code 7 is already used by `SEVEN`";

    let list = run(&root, &["list", "--json"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    let json = list.json();
    assert_eq!(system_names(&json), ["Scm", "BkRepo", "Cos", "Polaris", "Mcsl", "Billing", "Shipping"]);
    assert_eq!(json["systems"][5]["origin"], serde_json::json!({"path": "billing/src/lib.rs", "line": 8}));
    assert_eq!(json["systems"][6]["origin"], serde_json::json!({"path": "shipping/src/errors/mod.rs", "line": 4}));
    assert!(list.stderr.starts_with(broken_warning), "{}", list.stderr);
    assert!(list.stderr.contains("(run `errcat check shipping/src/broken.rs` for every problem); Broken skipped"));
    assert_eq!(list.stderr.lines().count(), 1, "{}", list.stderr);
    let text = run(&root, &["list"]).stdout;
    assert!(text.contains("billing/src/lib.rs:8") && text.contains("built-in"), "{text}");

    let lookup = run(&root, &["lookup", "-61", "404", "--json"]);
    assert_eq!(lookup.code, 0);
    let json = lookup.json();
    assert_eq!(entry_systems(&json["lookups"][0]["entries"]), ["Cos", "Cos", "Billing"]);
    assert!(entry_systems(&json["lookups"][1]["entries"]).contains(&"Shipping"));

    let explain = run(&root, &["explain", "CARD_DECLINED"]);
    assert_eq!(explain.code, 0);
    assert!(explain.stdout.starts_with("Billing::CardDeclined  CARD_DECLINED  code -61"), "{}", explain.stdout);
    assert!(explain.stdout.contains("http status: 402 (inherited from section Card)"), "{}", explain.stdout);
    assert!(explain.stdout.contains("other systems: code -61 also exists in Cos"), "{}", explain.stdout);
    let explain = run(&root, &["explain", "Shipping::ParcelLost", "--json"]);
    assert_eq!(explain.json()["entries"][0]["message"], "parcel lost in transit");

    let search = run(&root, &["search", "parcel", "--json"]);
    assert_eq!(entry_systems(&search.json()["entries"]), ["Shipping", "Shipping"]);
    let search = run(&root, &["search", "expired", "--json"]).json();
    let found = entry_systems(&search["entries"]);
    assert!(found.contains(&"Billing") && found.contains(&"Cos"), "{found:?}");

    let export = run(&root, &["export", "billing", "--format", "json"]);
    assert_eq!(export.code, 0);
    assert_eq!(export.json()["entries"].as_array().unwrap().len(), 3);
    let markdown = run(&root, &["export", "shipping"]).stdout;
    assert!(markdown.contains("| 404 | `PARCEL_LOST` | parcel lost in transit |"), "{markdown}");

    // From inside a member, the whole workspace is seen.
    let inside = run(&root.join("shipping/src"), &["list", "--json"]).json();
    assert_eq!(system_names(&inside)[5..], ["Billing", "Shipping"]);

    let own = run(&root, &["--no-builtin", "list", "--json"]);
    assert_eq!(system_names(&own.json()), ["Billing", "Shipping"]);
    let own = run(&root, &["lookup", "-61", "--no-builtin", "--json"]);
    assert_eq!(entry_systems(&own.json()["lookups"][0]["entries"]), ["Billing"]);
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn catalog_directories_work_outside_a_cargo_project_and_check_places_a_collision() {
    let root = workspace("catalog-directory");
    let outside = outside_any_project();
    let shipping = root.join("shipping/src");
    let shipping = shipping.to_str().unwrap();

    let list = run(&outside, &["list", "--catalog", shipping, "--json"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    assert_eq!(system_names(&list.json()), ["Scm", "BkRepo", "Cos", "Polaris", "Mcsl", "Shipping"]);
    assert!(list.stderr.contains("broken.rs:4:9: code 7 is already used by `SEVEN`"), "{}", list.stderr);
    let lookup = run(&outside, &["lookup", "405", "--no-builtin", "--catalog", shipping]);
    assert_eq!(lookup.code, 0);
    assert!(lookup.stdout.contains("PARCEL_LATE"), "{}", lookup.stdout);
    let both = run(&outside, &["list", "--no-builtin", "--catalog", root.to_str().unwrap(), "--json"]);
    assert_eq!(system_names(&both.json()), ["Billing", "Shipping"]);
    let nothing = run(&outside, &["list", "--catalog", outside.join("tests/support").to_str().unwrap()]);
    assert_eq!(nothing.code, 2);
    assert!(nothing.stderr.contains("no `error_catalog!` invocation found"), "{}", nothing.stderr);

    let check = run(&root, &["check", "shipping/src"]);
    assert_eq!(check.code, 1, "{}", check.stdout);
    assert!(check.stdout.contains("error: code 7 is already used by `SEVEN`"), "{}", check.stdout);
    assert!(check.stdout.contains("┌─ shipping/src/broken.rs:4:9"), "{}", check.stdout);
    assert!(
        check.stdout.ends_with("checked 2 catalogues (Broken, Shipping) in 3 files: 1 error\n"),
        "{}",
        check.stdout
    );
    let json = run(&root, &["check", "shipping/src", "--json"]).json();
    let broken = &json["files"][0];
    assert_eq!(broken["path"], "shipping/src/broken.rs");
    assert_eq!(
        (broken["diagnostics"][0]["line"].as_u64(), broken["diagnostics"][0]["column"].as_u64()),
        (Some(4), Some(9))
    );
    assert_eq!(broken["diagnostics"][0]["notes"][0]["line"], 3);
    let _ = fs::remove_dir_all(&root);
}
