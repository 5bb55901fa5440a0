//! A daemon's own codes, in the range the MCSL protocol leaves open.
use errcat::error_catalog;
use errcat_catalogs::Mcsl;

error_catalog! {
    #[extends(Mcsl)]
    pub system Daemon: u32 {
        60001 JAVA_NOT_FOUND "找不到 Java",
        60002 PORT_IN_USE "端口被占用",
    }
}

fn main() {
    assert_eq!(Daemon::from_code(60001), Some(Daemon::JavaNotFound));
    assert_eq!(Mcsl::from_code(60001), None);
}
