//! Every problem of one invocation is reported together, and code that uses
//! the enum compiles against what could be generated.
use errcat::error_catalog;

error_catalog! {
    pub system Cos: i16 {
        section Http in 400..=699 {
            400 HTTP_BAD_REQUEST "请求不合法，包体格式错误",
            400 HTTP_UNAUTHORIZED "权限验证失败",
            700 HTTP_MOVED "已迁移",
        }
        section Proxy in 650..=799 {
            -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH "bucket与签名中的bucket不匹配",
        }
        reserved 40000..=40010;
        40000 FILE_NOT_EXIST "文件不存在",
        -46628 FILE_NOT_EXIST "文件不存在",
    }
}

fn main() {
    assert_eq!(Cos::from_code(400), Some(Cos::HttpBadRequest));
}
