//! BkRepo and Cos both use code 0: asserting them disjoint fails the build.
errcat::assert_disjoint!(errcat_catalogs::BkRepo, errcat_catalogs::Cos);

fn main() {}
