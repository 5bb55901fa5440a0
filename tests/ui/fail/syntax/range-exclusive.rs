use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        section Http in 400..700 {
            400 HTTP_BAD_REQUEST "请求不合法，包体格式错误",
        }
    }
}

fn main() {}
