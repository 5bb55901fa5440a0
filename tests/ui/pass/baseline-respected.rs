//! The baseline is respected: a released entry retired, a text changed (not
//! strict), new entries and a new section added.

use errcat::error_catalog;

error_catalog! {
    #[baseline = "store.lock"]
    #[languages(zh, en)]
    pub system Store: i32 {
        /// Disk errors
        section Disk in 100..=199 {
            100 DISK_FULL "磁盘已满" en "Disk full",
            /// Folded into `DISK_FULL` in 1.3.
            retired 101 QUOTA_EXCEEDED;
            102 READ_ONLY "只读" en "Read-only file system",
            /// Folded into `DISK_FULL` in 1.2.
            retired 103 NO_SPACE;
        }
        200 BUSY "繁忙" en "Busy",
        201 OVERLOADED "过载" en "Overloaded",
        /// Network errors
        section Network in 300..=399 {
            300 TIMEOUT "超时" en "Timed out",
        }
    }
}

fn main() {
    use errcat::Catalog;
    assert_eq!(Store::from_code(101), None);
    assert_eq!(Store::from_code(103), None);
    assert_eq!(Store::from_code(201), Some(Store::Overloaded));
    let retired: Vec<_> = Store::SYSTEM.retired().iter().map(|retired| (retired.code(), retired.name(), retired.doc())).collect();
    assert_eq!(retired, [(101, "QUOTA_EXCEEDED", "Folded into `DISK_FULL` in 1.3."), (103, "NO_SPACE", "Folded into `DISK_FULL` in 1.2.")]);
    assert_eq!(Store::ALL.len(), 5);
}
