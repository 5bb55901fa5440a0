use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        #[shares_code(ERROR_PROXY_INVALID_CMD_REQ)]
        -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH "bucket与签名中的bucket不匹配",
        -61 ERROR_PROXY_INVALID_CMD_REQ "非法的CMD请求",
    }
}

fn main() {}
