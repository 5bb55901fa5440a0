//! Garbage inside an entry costs that entry's texts only: parsing resumes
//! at the next comma, and every other entry is generated.
use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        section Http in 400..=699 {
            400 HTTP_BAD_REQUEST "请求不合法" : ; ! garbage,
            401 HTTP_UNAUTHORIZED 权限验证失败,
            403 HTTP_FORBIDDEN "禁止访问",
        }
        section Proxy in -99..=-60 {
            -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH "bucket与签名中的bucket不匹配",
        }
    }
}

fn main() {
    assert_eq!(Cos::from_code(403), Some(Cos::HttpForbidden));
    assert_eq!(Cos::from_code(-61), Some(Cos::ErrorProxySignBucketNotmatch));
}
