use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH "bucket与签名中的bucket不匹配",
        -62 ERROR_PROXY_APPID_USERID_NOTMATCH "操作者与签名中的不匹配",
        #[shares_code(ERROR_PROXY_SIGN_BUCKET_NOTMATCH)]
        -63 ERROR_PROXY_INVALID_CMD_REQ "非法的CMD请求",
    }
}

fn main() {}
