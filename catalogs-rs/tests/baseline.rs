//! The five catalogues against their committed baseline (`errcat.lock`),
//! texts included: nothing to report, shared codes and names that are not
//! identifiers included.

use std::path::Path;
use std::str::FromStr;

use proc_macro2::TokenStream;

#[test]
fn the_real_catalogues_pass_their_committed_baseline() {
    let catalogs = Path::new(env!("CARGO_MANIFEST_DIR"));
    for name in ["bkrepo", "cos", "mcsl", "polaris", "scm"] {
        let source = std::fs::read_to_string(catalogs.join(format!("src/{name}.rs"))).unwrap();
        let start = source.find("error_catalog! {").unwrap() + "error_catalog! {".len();
        let end = source.rfind('}').unwrap();
        let body = source[start..end].replacen(
            "    #[baseline = \"errcat.lock\"]",
            "    #[baseline = \"errcat.lock\"] #[baseline(strict_texts)]",
            1,
        );
        assert!(body.contains("#[baseline(strict_texts)]"), "{name} declares its baseline");
        let input = TokenStream::from_str(&body).expect("the catalogue tokenizes");
        let (_, _, diagnostics, _) = errcat_dsl::analyze_with_baselines(input, Some(catalogs));
        let messages: Vec<String> = diagnostics.into_vec().into_iter().map(|problem| problem.message).collect();
        assert_eq!(messages, Vec::<String>::new(), "{name}");
    }
}
