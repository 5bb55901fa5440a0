//! Debian packages a test needs: installed with apt-get when missing (the
//! machine's administrator, or CI, runs the tests as root), skipped with a
//! loud notice when they cannot be, unless the test's `ERRCAT_REQUIRE_…`
//! variable is set (CI sets it): then a missing package fails the test.

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::sync::Mutex;

/// One apt-get at a time: dpkg takes a lock.
static APT: Mutex<()> = Mutex::new(());

/// Whether every `(package, file)` is there, after installing the missing
/// packages. `require` names the variable that makes a missing one fatal.
pub fn ensure(packages: &[(&str, &str)], require: &str, test: &str) -> bool {
    let missing = |packages: &[(&str, &str)]| -> Vec<String> {
        packages
            .iter()
            .filter(|(_, file)| !Path::new(file).exists())
            .map(|(package, _)| (*package).to_owned())
            .collect()
    };
    let mut absent = missing(packages);
    if absent.is_empty() {
        return true;
    }
    {
        let _turn = APT.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        absent = missing(packages);
        if !absent.is_empty() {
            let install = || {
                Command::new("apt-get")
                    .args(["install", "-y", "-q", "--no-install-recommends"])
                    .args(&absent)
                    .env("DEBIAN_FRONTEND", "noninteractive")
                    .output()
                    .is_ok_and(|output| output.status.success())
            };
            if !install() {
                let _ = Command::new("apt-get").args(["update", "-q"]).output();
                install();
            }
        }
    }
    absent = missing(packages);
    if absent.is_empty() {
        return true;
    }
    let needed = absent.join(" ");
    assert!(
        std::env::var_os(require).is_none(),
        "{require} is set but Debian's {needed} is not installed and apt-get could not install it \
         (apt-get install {needed})"
    );
    let rule = "!".repeat(78);
    let _ = writeln!(
        std::io::stderr(),
        "\n{rule}\nSKIPPED `{test}`: Debian's {needed} is missing and could not be installed.\nInstall it \
         (apt-get install {needed}) to run the test; with {require} set (CI sets it) this is a failure.\n{rule}\n"
    );
    false
}
