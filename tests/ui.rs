//! UI tests of `error_catalog!`: every check's message, pinned. The failing
//! cases are grouped by what they are about: `syntax` (parsing, recovery,
//! nesting), `codes` (ranges, reserved and shared codes, code types),
//! `names`, `attributes`, `languages`, `cross-catalogue` (`assert_disjoint!`,
//! `#[extends]`) and `accumulation` (several problems in one pass).

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.pass("ui/pass/*.rs");
    cases.compile_fail("ui/fail/*/*.rs");
}
