//! The runtime benchmark builds the alternatives for COS from what the
//! build script reads in `catalogs-rs/src`; it must be what `Cos` declares.

use std::path::Path;

use errcat_bench::catalogue;
use errcat_catalogs::Cos;

#[test]
fn the_real_cos_is_read_from_its_source() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("bench/ is inside the workspace");
    let read = catalogue::real_cos(workspace).expect("errcat-catalogs declares Cos");
    let read: Vec<(i32, &str, &str)> =
        read.entries.iter().map(|entry| (entry.code, entry.name.as_str(), entry.message.as_str())).collect();
    let declared: Vec<(i32, &str, &str)> =
        Cos::ALL.iter().map(|entry| (entry.code(), entry.name(), entry.message())).collect();
    assert_eq!(read, declared);
    assert_eq!(read.len(), catalogue::COS_ENTRIES);
}
