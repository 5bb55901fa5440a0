//! The expansions of two small catalogues, one with integer codes and one
//! with string codes, formatted with prettyplease and compared with
//! `tests/golden/small.rs` and `tests/golden/small_str.rs`, so that any
//! change to the generated code shows in review as a diff of those files.
//!
//! After an intended change, rewrite the file and read the diff:
//! `ERRCAT_GOLDEN=overwrite cargo test -p errcat-dsl --test golden`.

use std::path::Path;

const INPUT: &str = r#"
    /// A small catalogue with every construct.
    #[languages(en, de)]
    #[placeholders(printf)]
    pub system Disk: i16 {
        /// Space
        ///
        /// Running out of room.
        #[http(507)]
        section Space in 1..=9 {
            1 FULL "disk full" de "Platte voll",
            #[shares_code(FULL)]
            1 FULL_LEGACY "disk full (legacy)",
            /// Over the user's quota.
            section Quota in 5..=9 { 5 OVER_QUOTA "quota \u{202e}exceeded" }
        }
        /// Kept for the old gateway.
        reserved 100..=199;
        #[http(404)]
        #[name = "gone"]
        10 GONE "disk %s gone",
        #[deprecated(note = "use GONE")]
        11 LOST,
    }
"#;

const STRING_INPUT: &str = r#"
    /// A small catalogue with string codes.
    #[code_chars = "0-9A-Z"]
    pub system SqlState: str {
        /// Class 22 — Data Exception
        section DataException in "22" {
            "22012" DIVISION_BY_ZERO "division by zero",
            "2202E" ARRAY_SUBSCRIPT_ERROR,
            #[shares_code(ARRAY_SUBSCRIPT_ERROR)]
            "2202E" ARRAY_ELEMENT_ERROR,
        }
        /// Internal errors.
        reserved "XX";
        open "P9";
    }
"#;

#[test]
fn small_expansion_matches_the_golden_file() {
    matches_golden(INPUT, "small.rs");
}

#[test]
fn small_string_coded_expansion_matches_the_golden_file() {
    matches_golden(STRING_INPUT, "small_str.rs");
}

fn matches_golden(input: &str, golden_file: &str) {
    let input: proc_macro2::TokenStream = input.parse().unwrap();
    let expanded = errcat_dsl::expand(input);
    let file: syn::File = syn::parse2(expanded.clone()).unwrap_or_else(|error| panic!("{error}\n{expanded}"));
    let formatted = format!(
        "// The expansion of the catalogue in tests/golden.rs, as prettyplease prints it.\n// Rewrite with `ERRCAT_GOLDEN=overwrite cargo test -p errcat-dsl --test golden`.\n\n{}",
        prettyplease::unparse(&file)
    );
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(golden_file);
    if std::env::var_os("ERRCAT_GOLDEN").is_some_and(|value| value == "overwrite") {
        std::fs::write(&path, &formatted).unwrap();
        return;
    }
    let golden = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        golden == formatted,
        "the expansion differs from {}; if the change is intended, rerun with ERRCAT_GOLDEN=overwrite and review \
         the diff\n\n{formatted}",
        path.display()
    );
}
