//! A syntax error costs only its own entry: the rest of its block and the
//! other blocks are still parsed and checked.
use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        section Http in 400..=699 {
            400 HTTP_BAD_REQUEST "请求不合法，包体格式错误",
            401 HTTP_UNAUTHORIZED 权限验证失败,
        }
        section Proxy in -99..=-60 {
            -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH "bucket与签名中的bucket不匹配",
            -61 ERROR_PROXY_INVALID_CMD_REQ "非法的CMD请求",
        }
    }
}

fn main() {}
