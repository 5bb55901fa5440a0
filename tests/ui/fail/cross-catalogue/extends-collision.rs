use errcat::error_catalog;

error_catalog! {
    pub system Protocol: u32 {
        10001 BAD_REQUEST "无效请求",
        open 60000..=99999;
    }
    #[extends(Protocol)]
    pub system Daemon: u32 {
        10001 ALSO_BAD "collides with the base",
    }
}

fn main() {}
