use errcat::error_catalog;

error_catalog! {
    /// Doc comments on a system become the enum's rustdoc.
    #[languages(zh, en)]
    pub system Cos: i32 {
        /// 后端HTTP返回码
        section Http in 400..=699 {
            400 HTTP_BAD_REQUEST "请求不合法，包体格式错误" en "Bad request",
        }
        section Proxy in -99..=-60 {
            -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH "bucket与签名中的bucket不匹配",
            #[shares_code(ERROR_PROXY_SIGN_BUCKET_NOTMATCH)]
            -61 ERROR_PROXY_INVALID_CMD_REQ "非法的CMD请求",
        }
        /// 保留错误段
        reserved 40000..=59999;
        /// retired in 2019: clients still send it
        reserved -46000;
        /// A longer explanation, shown by rustdoc and by the CLI's explain: what happened, what to do.
        -46628 FILE_NOT_EXIST "文件不存在",
        -29000 ERR_CCDMQ_OVERFLOW,
        #[name = "2RSP"]
        -296 RSP_ENCODE "打包失败",
        #[deprecated(note = "use FILE_NOT_EXIST")]
        -46001 OLD_FILE_MISSING "文件不存在",
    }
    pub system Other { 1 ONE "one" }
}

#[test]
fn smoke() {
    assert_eq!(Cos::from_code(-46628), Some(Cos::FileNotExist));
    assert_eq!(Cos::from_code(-61), Some(Cos::ErrorProxySignBucketNotmatch));
    assert_eq!(Cos::all_with_code(-61), [Cos::ErrorProxySignBucketNotmatch, Cos::ErrorProxyInvalidCmdReq]);
    assert_eq!(Cos::from_name("2RSP"), Some(Cos::RspEncode));
    assert_eq!(Cos::from_code(1), None);
    assert_eq!(Other::One.to_string(), "one (ONE, code 1)");
    assert_eq!(format!("{:?}", Cos::FileNotExist), "FileNotExist");
}
