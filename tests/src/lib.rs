//! The lint test: catalogues expanded into a `#![no_std]` library that
//! denies every warning, requires documentation of public items and rejects
//! unneeded qualifications; CI also runs clippy (pedantic) over it. Any lint
//! the generated code trips fails the build.
#![no_std]
#![deny(warnings, missing_docs, unused_qualifications, unused_imports, unreachable_pub)]
#![forbid(unsafe_code)]

use errcat::error_catalog;

error_catalog! {
    /// Every construct of the grammar, so that every generated item is linted.
    #[languages(zh, en)]
    pub system Linted: i64 {
        /// 后端HTTP返回码
        section Http in 400..=699 {
            400 HTTP_BAD_REQUEST "请求不合法" en "Bad request",
            section Inner in 600..=649 { 600 INNER "内部" }
        }
        section Proxy in -99..=-60 {
            -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH "bucket与签名中的bucket不匹配",
            #[shares_code(ERROR_PROXY_SIGN_BUCKET_NOTMATCH)]
            -61 ERROR_PROXY_INVALID_CMD_REQ "非法的CMD请求",
            #[outside_range]
            7 OUTSIDE,
        }
        /// 保留错误段
        reserved 40000..=59999;
        reserved -46000;
        /// A longer explanation.
        -46628 FILE_NOT_EXIST "文件不存在",
        -29000 ERR_CCDMQ_OVERFLOW,
        #[name = "2RSP"]
        -296 RSP_ENCODE "打包失败 *not emphasis* <b>not html</b> [not a link]",
        #[deprecated(note = "use FILE_NOT_EXIST")]
        -46001 OLD_FILE_MISSING "文件不存在",
        /// Folded into `FILE_NOT_EXIST` in 2.0.
        retired -46002 FILE_GONE;
        #[name = "Old *Name*"]
        retired -46003 OLD_NAME;
    }

    /// A catalogue with one-byte codes.
    pub system Tiny: u8 { 0 OK "ok", 255 LAST "last" }

    /// A catalogue without entries.
    pub system Nothing {}
}
