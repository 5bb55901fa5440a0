use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        section Http in 400..=699 {
            400 HTTP_BAD_REQUEST "请求不合法，包体格式错误",
        }
        section Status in 600..=799 {
            700 STATUS_MOVED "已迁移",
        }
    }
}

fn main() {}
