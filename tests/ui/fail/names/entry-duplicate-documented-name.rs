use errcat::error_catalog;

error_catalog! {
    pub system Mcsl: u32 {
        #[name = "Bad Request"]
        10001 BAD_REQUEST "无效请求",
        #[name = "Bad Request"]
        10002 UNKNOWN_ACTION "未知操作",
    }
}

fn main() {}
