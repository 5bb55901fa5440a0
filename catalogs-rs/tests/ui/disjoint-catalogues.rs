//! SequoiaCM's negative codes and Polaris's six-digit ones never meet.
errcat::assert_disjoint!(errcat_catalogs::Scm, errcat_catalogs::Polaris, errcat_catalogs::Mcsl);

fn main() {}
