//! Catalogues that share no code, and a system that extends another inside
//! the range it leaves open.
#![deny(warnings)]

use errcat::{assert_disjoint, error_catalog};

error_catalog! {
    pub system Protocol: u32 {
        10001 BAD_REQUEST "无效请求",
        reserved 40000..=59999;
        /// 其它错误段: left to daemon implementations.
        open 60000..=99999;
    }
    #[extends(Protocol)]
    pub system Daemon: u32 {
        60001 DISK_FULL "磁盘已满",
        99999 LAST "last",
    }
    pub system Signed: i8 { -1 MINUS_ONE }
}

assert_disjoint!(Protocol, Daemon, Signed);

fn main() {
    assert_eq!(Protocol::SYSTEM.reserved().iter().filter(|reserved| reserved.is_open()).count(), 1);
    assert_eq!(Daemon::from_code(60001), Some(Daemon::DiskFull));
}
