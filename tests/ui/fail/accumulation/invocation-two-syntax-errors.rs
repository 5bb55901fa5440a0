//! Every syntax error of an invocation is reported in the same pass, with
//! the checks of everything else.
use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        section Http in 400..700 {
            400 HTTP_BAD_REQUEST "请求不合法",
        }
        section Proxy in -99..=-60 {
            -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH "bucket与签名中的bucket不匹配" en,
            -62 ERROR_PROXY_INVALID_CMD_REQ "非法的CMD请求",
        }
        -46628 FILE_NOT_EXIST "文件不存在",
        -46628 FILE_MISSING "文件不存在",
    }
}

fn main() {
    assert_eq!(Cos::from_code(-62), Some(Cos::ErrorProxyInvalidCmdReq));
}
