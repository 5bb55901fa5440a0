//! An extension may not use the codes MCSL reserves, nor its own.
use errcat::error_catalog;
use errcat_catalogs::Mcsl;

error_catalog! {
    #[extends(Mcsl)]
    pub system Daemon: u32 {
        60001 JAVA_NOT_FOUND "找不到 Java",
        45000 IN_RESERVED "保留段中的代码",
    }
}

fn main() {}
