//! Code 200 was released as `BUSY`, which moved to 201; `OVERLOADED` took 200.

use errcat::error_catalog;

error_catalog! {
    #[baseline = "store.lock"]
    #[languages(zh, en)]
    pub system Store: i32 {
        /// Disk errors
        section Disk in 100..=199 {
            100 DISK_FULL "磁盘已满" en "Disk full",
            101 QUOTA_EXCEEDED "超出配额" en "Quota exceeded",
            102 READ_ONLY "只读" en "Read only",
            /// Folded into `DISK_FULL` in 1.2.
            retired 103 NO_SPACE;
        }
        201 BUSY "繁忙" en "Busy",
        200 OVERLOADED "过载" en "Overloaded",
    }
}

fn main() {}
