//! The catalogues the commands look in: the built-in ones from
//! `errcat-catalogs`, or those declared in source files given with
//! `--catalog`.

use std::path::Path;

use crate::failure::Failure;
use crate::scan;
use crate::view::SystemView;

/// Every catalogue of `errcat-catalogs`.
pub fn builtin() -> Vec<SystemView> {
    use errcat_catalogs::{BkRepo, Cos, Mcsl, Polaris, Scm};
    vec![
        SystemView::of::<Scm>(),
        SystemView::of::<BkRepo>(),
        SystemView::of::<Cos>(),
        SystemView::of::<Polaris>(),
        SystemView::of::<Mcsl>(),
    ]
}

/// The catalogues declared in `error_catalog!` invocations of these files;
/// a file whose catalogues do not check is refused, with its first problem.
pub fn from_files(paths: &[impl AsRef<Path>]) -> Result<Vec<SystemView>, Failure> {
    let mut systems = Vec::new();
    for path in paths {
        let path = path.as_ref();
        let source = scan::read_source(path)?;
        let invocations = scan::invocations(path, &source)?;
        if invocations.is_empty() {
            return Err(Failure::bad_input(format!("{}: no `error_catalog!` invocation found", path.display())));
        }
        for invocation in invocations {
            let (catalogs, diagnostics) = errcat_dsl::analyze(invocation.body);
            if let Some(first) = diagnostics.into_vec().first() {
                let start = first.location.start.start();
                return Err(Failure::bad_input(format!(
                    "{}:{}:{}: {} (run `errcat check {}` for every problem)",
                    path.display(),
                    start.line,
                    start.column + 1,
                    first.message,
                    path.display()
                )));
            }
            systems.extend(catalogs.iter().map(SystemView::from_model));
        }
    }
    Ok(systems)
}

/// The catalogue called `name`, compared without regard to case.
pub fn find<'a>(systems: &'a [SystemView], name: &str) -> Result<&'a SystemView, Failure> {
    systems.iter().find(|system| system.name.eq_ignore_ascii_case(name)).ok_or_else(|| unknown_system(systems, name))
}

/// Only the catalogue called `name`, when a name is given.
pub fn narrow(systems: Vec<SystemView>, name: Option<&str>) -> Result<Vec<SystemView>, Failure> {
    match name {
        None => Ok(systems),
        Some(name) => {
            let found = find(&systems, name)?.clone();
            Ok(vec![found])
        }
    }
}

fn unknown_system(systems: &[SystemView], name: &str) -> Failure {
    let known: Vec<&str> = systems.iter().map(|system| system.name.as_str()).collect();
    if known.is_empty() {
        return Failure::bad_input(format!("unknown system `{name}`: no catalogue is loaded"));
    }
    Failure::bad_input(format!("unknown system `{name}`; known systems: {}", known.join(", ")))
}
