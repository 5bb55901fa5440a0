use errcat::error_catalog;

error_catalog! {
    pub system Cos: i128 {
        400 HTTP_BAD_REQUEST "请求不合法，包体格式错误",
    }
}

fn main() {}
