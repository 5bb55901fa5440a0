use errcat::error_catalog;

error_catalog! {
    pub system Mcsl: u32 {
        /// 保留错误段
        reserved 40000..=59999;
        0 OK "成功",
        45000 RESERVED_CODE "保留",
    }
}

fn main() {}
