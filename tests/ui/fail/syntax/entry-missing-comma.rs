use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        400 HTTP_BAD_REQUEST "请求不合法，包体格式错误"
        401 HTTP_UNAUTHORIZED "权限验证失败",
    }
}

fn main() {}
