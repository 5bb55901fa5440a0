//! The whole grammar, as the documentation shows it.
#![deny(warnings)]

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
        },
        /// Nested sections, with and without ranges.
        section Server in 20000..=29999 {
            20001 UNEXPECTED_ERROR "意外错误",
            section File in 21000..=21999 {
                21001 FILE_NOT_FOUND "文件不存在" en "File not found",
                /// Upload / Download Error - 上传 / 下载错误
                section UploadDownload in 21100..=21199 {
                    21101 ALREADY_UPLOADING "已在上传",
                }
                #[outside_range]
                29999 FILE_LATE "outside its section's range, on purpose",
            }
            section Unranged {
                22000 UNRANGED "inside the enclosing range"
            }
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
        -0 SUCCESS r"成功",
        0x10 HEX_CODE "hexadecimal codes are integers too"
    }
    pub system Other { 1 ONE "one" }
    pub(crate) system Crate { 1 ONE }
    #[derive(PartialOrd, Ord)]
    #[non_exhaustive]
    system Private: u8 { 255 LAST "last" }
}

fn main() {
    assert_eq!(Cos::from_code(-46628), Some(Cos::FileNotExist));
    assert_eq!(Cos::all_with_code(-61).len(), 2);
    assert_eq!(Cos::from_code(0), Some(Cos::Success));
    assert_eq!(Cos::from_code(16), Some(Cos::HexCode));
    assert_eq!(Other::from_code(1), Some(Other::One));
    assert_eq!(Crate::One.message(), "");
    assert!(Private::Last >= Private::Last);
}
