//! UI cases compiled with every errcat feature on
//! (`cargo test -p errcat-tests --features every-errcat-feature --test ui_features`):
//! a feature switched on elsewhere in the graph changes no catalogue that did
//! not ask for it.

#[test]
fn ui_with_every_feature() {
    let cases = trybuild::TestCases::new();
    cases.pass("ui/features/*.rs");
}
