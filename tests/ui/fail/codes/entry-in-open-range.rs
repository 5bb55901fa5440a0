use errcat::error_catalog;

error_catalog! {
    pub system Mcsl: u32 {
        /// 其它错误段
        open 60000..=99999;
        60001 MINE "the base may not use what it leaves open",
    }
}

fn main() {}
