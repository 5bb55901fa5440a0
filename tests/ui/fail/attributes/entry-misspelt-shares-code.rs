//! A misspelt `#[shares_code]` is one error: the code it acknowledges is
//! not reported as reused.
use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH "bucket与签名中的bucket不匹配",
        #[share_code(ERROR_PROXY_SIGN_BUCKET_NOTMATCH)]
        -61 ERROR_PROXY_INVALID_CMD_REQ "非法的CMD请求",
    }
}

fn main() {
    assert_eq!(Cos::all_with_code(-61).len(), 2);
}
