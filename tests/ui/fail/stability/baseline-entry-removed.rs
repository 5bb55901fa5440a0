//! `READ_ONLY` is in the baseline but was removed without being retired.

use errcat::error_catalog;

error_catalog! {
    #[baseline = "store.lock"]
    #[languages(zh, en)]
    pub system Store: i32 {
        /// Disk errors
        section Disk in 100..=199 {
            100 DISK_FULL "磁盘已满" en "Disk full",
            101 QUOTA_EXCEEDED "超出配额" en "Quota exceeded",
            /// Folded into `DISK_FULL` in 1.2.
            retired 103 NO_SPACE;
        }
        200 BUSY "繁忙" en "Busy",
    }
}

fn main() {}
