//! Writes into `OUT_DIR` the catalogues that the crate's targets compile:
//! the COS stand-in declared with errcat (for the allocation test) and,
//! with the `alternatives` feature only, the catalogues of the runtime
//! benchmark in errcat and in every alternative.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

// Shared with the library, which uses all of it; the build script does not.
#[allow(dead_code)]
#[path = "src/catalogue.rs"]
mod catalogue;
#[allow(dead_code)]
#[path = "src/random.rs"]
mod random;
#[allow(dead_code)]
#[path = "src/render.rs"]
mod render;

use catalogue::Catalogue;
use render::Implementation;

fn main() {
    for file in ["src/catalogue.rs", "src/random.rs", "src/render.rs"] {
        println!("cargo::rerun-if-changed={file}");
    }
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    write(&out.join("cos_stand_in.rs"), &render::module(Implementation::Errcat, &catalogue::cos_stand_in()));

    if env::var_os("CARGO_FEATURE_ALTERNATIVES").is_some() {
        let catalogues = [catalogue::cos(), catalogue::generated(5_000), catalogue::generated(20_000)];
        write(&out.join("runtime_catalogues.rs"), &runtime_catalogues(&catalogues));
    }
}

fn write(path: &Path, source: &str) {
    fs::write(path, source).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}

/// A module per catalogue with a module per implementation, each
/// implementing the benchmark's `Lookup`, and `subjects()` listing them.
fn runtime_catalogues(catalogues: &[Catalogue]) -> String {
    let mut source = String::new();
    let mut subjects = String::new();
    for catalogue in catalogues {
        let catalogue_module = format!("catalogue_{}", catalogue.id);
        let _ = writeln!(source, "pub mod {catalogue_module} {{");
        let errcat_type = format!("{catalogue_module}::errcat::ErrorCode");
        let _ = writeln!(
            subjects,
            "        crate::suite::Subject::new::<{errcat_type}>({:?}, {:?}, ::std::vec![",
            catalogue.id, catalogue.description
        );
        let built =
            Implementation::ALL.into_iter().filter(|implementation| implementation.built_at(catalogue.entries.len()));
        for implementation in built {
            let module = implementation.id().replace('-', "_");
            let _ = writeln!(source, "pub mod {module} {{\n{}}}", render::module(implementation, catalogue));
            let path = format!("{catalogue_module}::{module}::ErrorCode");
            let _ = writeln!(source, "crate::suite::impl_lookup!({module}::ErrorCode);");
            let _ = writeln!(
                subjects,
                "            crate::suite::Implementation::of::<{path}>({:?}),",
                implementation.id()
            );
        }
        let _ = writeln!(source, "pub mod errcat_str {{\n{}}}", render::errcat_str_module(catalogue));
        let _ = writeln!(source, "crate::suite::impl_lookup_str!(errcat_str::ErrorCodeStr);");
        source.push_str("}\n\n");
        let _ = writeln!(subjects, "        ]).with_strings::<{catalogue_module}::errcat_str::ErrorCodeStr>(),");
    }
    let _ = write!(
        source,
        "pub fn subjects() -> ::std::vec::Vec<crate::suite::Subject> {{\n    ::std::vec![\n{subjects}    ]\n}}\n"
    );
    source
}
