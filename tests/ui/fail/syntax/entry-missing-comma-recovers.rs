//! A missing comma between two entries keeps both, and the rest of the
//! block.
use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        section Http in 400..=699 {
            400 HTTP_BAD_REQUEST "请求不合法，包体格式错误"
            401 HTTP_UNAUTHORIZED "权限验证失败",
            403 HTTP_FORBIDDEN "禁止访问",
        }
        section Proxy in -99..=-60 {
            -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH "bucket与签名中的bucket不匹配",
        }
    }
}

fn main() {
    let _ = (Cos::HttpBadRequest, Cos::HttpUnauthorized, Cos::HttpForbidden);
    assert_eq!(Cos::from_code(-61), Some(Cos::ErrorProxySignBucketNotmatch));
}
