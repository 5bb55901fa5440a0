use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        -296 2RSP "打包失败",
    }
}

fn main() {}
