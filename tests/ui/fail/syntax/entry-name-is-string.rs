use errcat::error_catalog;

error_catalog! {
    pub system Mcsl: u32 {
        10001 "Bad Request" "无效请求",
    }
}

fn main() {}
