//! A retired code is never used again.

use errcat::error_catalog;

error_catalog! {
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
        103 NO_DISK "无磁盘" en "No disk",
        200 BUSY "繁忙" en "Busy",
    }
}

fn main() {}
