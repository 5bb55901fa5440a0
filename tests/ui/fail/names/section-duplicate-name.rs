use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        section Http in 400..=499 { 400 HTTP_BAD_REQUEST "请求不合法" }
        section Http in 500..=599 { 500 HTTP_INTERNAL_SERVER_ERROR "服务内部错误" }
    }
}

fn main() {}
