//! Every generated method, on a catalogue with every construct.

use std::collections::HashSet;
use std::error::Error;
use std::hash::{BuildHasher, RandomState};

use errcat::{Catalog, UnknownCode, error_catalog};

error_catalog! {
    /// Doc comments on a system become the enum's rustdoc.
    #[languages(zh, en)]
    pub system Cos: i32 {
        /// 后端HTTP返回码
        /// The HTTP status codes of the back end.
        section Http in 400..=699 {
            400 HTTP_BAD_REQUEST "请求不合法，包体格式错误" en "Bad request",
            401 HTTP_UNAUTHORIZED "权限验证失败",
        }
        section Proxy in -99..=-60 {
            -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH "bucket与签名中的bucket不匹配",
            #[shares_code(ERROR_PROXY_SIGN_BUCKET_NOTMATCH)]
            -61 ERROR_PROXY_INVALID_CMD_REQ "非法的CMD请求",
            #[shares_code(ERROR_PROXY_SIGN_BUCKET_NOTMATCH)]
            -61 ERROR_PROXY_THIRD "第三个",
        }
        /// 服务器错误
        section Server in 20000..=29999 {
            20001 UNEXPECTED_ERROR "意外错误",
            /// 文件错误
            section File in 21000..=21999 {
                21001 FILE_NOT_FOUND "文件不存在" en "File not found",
                /// 上传 / 下载错误
                section UploadDownload in 21100..=21199 {
                    21101 ALREADY_UPLOADING "已在上传",
                }
                21002 FILE_ALREADY_EXISTS "文件已存在",
            }
            20002 AFTER_FILE "after the nested section",
        }
        /// 保留错误段
        reserved 40000..=59999;
        /// retired in 2019: clients still send it
        reserved -46000;
        /// A longer explanation, shown by rustdoc and by the CLI's explain.
        ///
        /// What to do: check the path.
        -46628 FILE_NOT_EXIST "文件不存在",
        -29000 ERR_CCDMQ_OVERFLOW,
        #[name = "2RSP"]
        -296 RSP_ENCODE "打包失败",
        #[deprecated(note = "use FILE_NOT_EXIST")]
        -46001 OLD_FILE_MISSING "文件不存在",
        -0 SUCCESS "成功",
    }

    pub system Tiny: u8 { 0 OK "ok", 255 LAST }
    pub system Huge: i64 { -9223372036854775808 MIN "min", 9223372036854775807 MAX "max", 0 ZERO }
}

#[test]
fn all_lists_the_entries_in_declaration_order() {
    let names: Vec<&str> = Cos::ALL.iter().map(|entry| entry.name()).collect();
    assert_eq!(
        names,
        [
            "HTTP_BAD_REQUEST",
            "HTTP_UNAUTHORIZED",
            "ERROR_PROXY_SIGN_BUCKET_NOTMATCH",
            "ERROR_PROXY_INVALID_CMD_REQ",
            "ERROR_PROXY_THIRD",
            "UNEXPECTED_ERROR",
            "FILE_NOT_FOUND",
            "ALREADY_UPLOADING",
            "FILE_ALREADY_EXISTS",
            "AFTER_FILE",
            "FILE_NOT_EXIST",
            "ERR_CCDMQ_OVERFLOW",
            "2RSP",
            "OLD_FILE_MISSING",
            "SUCCESS",
        ]
    );
    for (index, entry) in Cos::ALL.iter().enumerate() {
        assert_eq!(entry.index(), index);
    }
}

#[test]
fn code_name_and_message() {
    const CODE: i32 = Cos::HttpBadRequest.code();
    const NAME: &str = Cos::HttpBadRequest.name();
    assert_eq!(Cos::FileNotExist.code(), -46628);
    assert_eq!(Cos::FileNotExist.name(), "FILE_NOT_EXIST");
    assert_eq!(Cos::FileNotExist.message(), "文件不存在");
    assert_eq!(Cos::RspEncode.name(), "2RSP");
    assert_eq!(Cos::ErrCcdmqOverflow.message(), "");
    assert_eq!(Cos::Success.code(), 0);
    assert_eq!((CODE, NAME), (400, "HTTP_BAD_REQUEST"));
}

#[test]
fn entry_metadata() {
    let entry = Cos::FileNotExist.entry();
    assert_eq!(entry.variant(), "FileNotExist");
    assert_eq!(
        entry.doc(),
        "A longer explanation, shown by rustdoc and by the CLI's explain.\n\nWhat to do: check the path."
    );
    assert_eq!(entry.section(), None);
    assert_eq!(entry.index(), Cos::FileNotExist.index());
    assert_eq!(entry.system().name(), "Cos");
    assert_eq!(entry.deprecated(), None);
    #[allow(deprecated)]
    let old = Cos::OldFileMissing;
    assert_eq!(old.entry().deprecated(), Some("use FILE_NOT_EXIST"));
    let texts = Cos::HttpBadRequest.entry().texts();
    assert_eq!(texts.len(), 1);
    assert_eq!((texts[0].language(), texts[0].text()), ("en", "Bad request"));
    assert!(Cos::HttpUnauthorized.entry().texts().is_empty());
}

#[test]
fn messages_in_each_language() {
    assert_eq!(Cos::HttpBadRequest.entry().message_in("zh"), Some("请求不合法，包体格式错误"));
    assert_eq!(Cos::HttpBadRequest.entry().message_in("en"), Some("Bad request"));
    assert_eq!(Cos::HttpUnauthorized.entry().message_in("en"), None);
    assert_eq!(Cos::ErrCcdmqOverflow.entry().message_in("zh"), None);
    assert_eq!(Cos::HttpBadRequest.entry().message_in("fr"), None);
}

#[test]
fn from_code_finds_the_first_entry_with_the_code() {
    const FOUND: Option<Cos> = Cos::from_code(400);
    assert_eq!(Cos::from_code(-46628), Some(Cos::FileNotExist));
    assert_eq!(Cos::from_code(-61), Some(Cos::ErrorProxySignBucketNotmatch));
    assert_eq!(Cos::from_code(0), Some(Cos::Success));
    assert_eq!(Cos::from_code(-46000), None);
    assert_eq!(Cos::from_code(1), None);
    assert_eq!(Cos::from_code(i32::MIN), None);
    assert_eq!(FOUND, Some(Cos::HttpBadRequest));
}

#[test]
fn all_with_code_lists_shared_codes_in_declaration_order() {
    assert_eq!(
        Cos::all_with_code(-61),
        [Cos::ErrorProxySignBucketNotmatch, Cos::ErrorProxyInvalidCmdReq, Cos::ErrorProxyThird]
    );
    assert_eq!(Cos::all_with_code(400), [Cos::HttpBadRequest]);
    assert!(Cos::all_with_code(402).is_empty());
    for &entry in Cos::ALL {
        assert!(Cos::all_with_code(entry.code()).contains(&entry));
        assert_eq!(Cos::from_code(entry.code()), Some(Cos::all_with_code(entry.code())[0]));
    }
}

#[test]
fn from_name_matches_the_documented_name_exactly() {
    for &entry in Cos::ALL {
        assert_eq!(Cos::from_name(entry.name()), Some(entry));
    }
    assert_eq!(Cos::from_name("2RSP"), Some(Cos::RspEncode));
    assert_eq!(Cos::from_name("RSP_ENCODE"), None);
    assert_eq!(Cos::from_name("file_not_exist"), None);
    assert_eq!(Cos::from_name("FileNotExist"), None);
    assert_eq!(Cos::from_name(""), None);
    assert_eq!(Cos::from_name(&"X".repeat(10_000)), None);
}

#[test]
fn sections_nest_as_declared() {
    let names: Vec<&str> = Cos::SYSTEM.sections().iter().map(errcat::Section::name).collect();
    assert_eq!(names, ["Http", "Proxy", "Server", "File", "UploadDownload"]);
    let http = &Cos::SYSTEM.sections()[0];
    assert_eq!(http.title(), "后端HTTP返回码");
    assert_eq!(http.doc(), "The HTTP status codes of the back end.");
    assert_eq!(http.range(), Some(400..=699));
    assert_eq!(http.parent(), None);
    assert_eq!(Cos::entries_in(http), [Cos::HttpBadRequest, Cos::HttpUnauthorized]);

    let upload = Cos::AlreadyUploading.section().unwrap();
    assert_eq!(upload.name(), "UploadDownload");
    assert_eq!(upload.title(), "上传 / 下载错误");
    let path: Vec<&str> = Cos::SYSTEM.section_path(upload).map(errcat::Section::name).collect();
    assert_eq!(path, ["Server", "File", "UploadDownload"]);

    let server = &Cos::SYSTEM.sections()[2];
    assert_eq!(
        Cos::entries_in(server),
        [Cos::UnexpectedError, Cos::FileNotFound, Cos::AlreadyUploading, Cos::FileAlreadyExists, Cos::AfterFile]
    );
    assert_eq!(Cos::FileAlreadyExists.section().map(errcat::Section::name), Some("File"));
    assert_eq!(Cos::AfterFile.section().map(errcat::Section::name), Some("Server"));
    assert_eq!(Cos::FileNotExist.section(), None);
    for (index, section) in Cos::SYSTEM.sections().iter().enumerate() {
        assert_eq!(section.index(), index);
    }
}

#[test]
fn system_metadata() {
    let system = Cos::SYSTEM;
    assert_eq!(system.name(), "Cos");
    assert_eq!(system.doc(), "Doc comments on a system become the enum's rustdoc.");
    assert_eq!(system.code_type(), "i32");
    assert_eq!(system.languages(), ["zh", "en"]);
    assert_eq!(system.len(), Cos::ALL.len());
    assert_eq!(system.entries().len(), Cos::ALL.len());
    for (entry, &variant) in system.entries().zip(Cos::ALL) {
        assert_eq!(entry, variant.entry());
        assert_eq!((entry.code(), entry.name(), entry.message()), (variant.code(), variant.name(), variant.message()));
    }
    assert_eq!(system.entry(Cos::ALL.len()), None);
    assert_eq!(system.entry(0), Some(Cos::ALL[0].entry()));
    let reserved: Vec<_> = system.reserved().iter().map(|reserved| (reserved.range(), reserved.doc())).collect();
    assert_eq!(reserved, [(40000..=59999, "保留错误段"), (-46000..=-46000, "retired in 2019: clients still send it")]);
    assert_eq!(Tiny::SYSTEM.code_type(), "u8");
    assert!(Tiny::SYSTEM.languages().is_empty());
}

#[test]
fn display_and_debug() {
    assert_eq!(Cos::FileNotExist.to_string(), "文件不存在 (FILE_NOT_EXIST, code -46628)");
    assert_eq!(Cos::ErrCcdmqOverflow.to_string(), "ERR_CCDMQ_OVERFLOW (code -29000)");
    assert_eq!(Cos::RspEncode.to_string(), "打包失败 (2RSP, code -296)");
    assert_eq!(format!("{:?}", Cos::FileNotExist), "FileNotExist");
    assert_eq!(format!("{:?}", Some(Tiny::Last)), "Some(Last)");
}

#[test]
fn conversions() {
    assert_eq!(i32::from(Cos::FileNotExist), -46628);
    assert_eq!(Cos::try_from(-46628), Ok(Cos::FileNotExist));
    let unknown: UnknownCode = Cos::try_from(12345).unwrap_err();
    assert_eq!((unknown.system(), unknown.code()), ("Cos", 12345));
    assert_eq!(unknown.to_string(), "no Cos entry has code 12345");
    assert_eq!("FILE_NOT_EXIST".parse::<Cos>(), Ok(Cos::FileNotExist));
    let unknown = "FILE_NOT_EXISTS".parse::<Cos>().unwrap_err();
    assert_eq!((unknown.system(), unknown.name()), ("Cos", "FILE_NOT_EXISTS"));
    assert_eq!(u8::from(Tiny::Last), 255);
    assert_eq!(Tiny::try_from(1u8).unwrap_err().code(), 1);
    assert_eq!(Huge::try_from(i64::MIN), Ok(Huge::Min));
    assert_eq!(Huge::try_from(1i64).unwrap_err().code(), 1);
}

#[test]
fn works_as_an_error() {
    fn fails() -> Result<(), Box<dyn Error + Send + Sync>> {
        Err(Cos::FileNotExist)?
    }
    let error = fails().unwrap_err();
    assert_eq!(error.to_string(), "文件不存在 (FILE_NOT_EXIST, code -46628)");
    assert!(error.source().is_none());
    assert_eq!(error.downcast_ref::<Cos>(), Some(&Cos::FileNotExist));
}

#[test]
fn copy_eq_and_hash() {
    let entry = Cos::FileNotExist;
    let copy = entry;
    assert_eq!(entry, copy);
    assert_ne!(Cos::ErrorProxySignBucketNotmatch, Cos::ErrorProxyInvalidCmdReq);
    let hasher = RandomState::new();
    assert_eq!(hasher.hash_one(entry), hasher.hash_one(copy));
    let distinct: HashSet<Cos> = Cos::ALL.iter().copied().collect();
    assert_eq!(distinct.len(), Cos::ALL.len());
}

/// Generic code sees the same catalogue through the `Catalog` trait.
fn summary<C: Catalog>() -> Vec<(String, &'static str, &'static str, Option<&'static str>)> {
    C::ALL
        .iter()
        .map(|&entry| {
            (entry.code().to_string(), entry.name(), entry.message(), entry.section().map(errcat::Section::name))
        })
        .collect()
}

#[test]
fn the_catalog_trait_matches_the_inherent_api() {
    let generic = summary::<Cos>();
    assert_eq!(generic.len(), Cos::ALL.len());
    for (&entry, (code, name, message, section)) in Cos::ALL.iter().zip(&generic) {
        assert_eq!(*code, entry.code().to_string());
        assert_eq!(*name, entry.name());
        assert_eq!(*message, entry.message());
        assert_eq!(*section, entry.section().map(errcat::Section::name));
        assert_eq!(<Cos as Catalog>::from_code(entry.code()), Cos::from_code(entry.code()));
        assert_eq!(<Cos as Catalog>::from_name(entry.name()), Some(entry));
        assert_eq!(<Cos as Catalog>::index(entry), entry.index());
        assert_eq!(Catalog::entry(entry), entry.entry());
    }
    assert_eq!(<Cos as Catalog>::all_with_code(-61).len(), 3);
    assert_eq!(<Tiny as Catalog>::SYSTEM.name(), "Tiny");
    assert_eq!(summary::<Huge>()[0].0, i64::MIN.to_string());
}

#[test]
fn other_code_types() {
    assert_eq!(Tiny::from_code(255), Some(Tiny::Last));
    assert_eq!(Tiny::from_code(254), None);
    assert_eq!(Huge::from_code(i64::MAX), Some(Huge::Max));
    assert_eq!(Huge::from_code(0), Some(Huge::Zero));
    assert_eq!(Huge::from_code(-1), None);
    assert_eq!(size_of::<Tiny>(), 1, "the enum's size depends on its entries, not on its code type");
    assert_eq!(size_of::<Huge>(), 1);
    assert_eq!(size_of::<Cos>(), 1);
}

mod http {
    use errcat::{Catalog, error_catalog};

    error_catalog! {
        pub system Service: u32 {
            #[http(400)]
            section Request in 400000..=499999 {
                400001 BAD_REQUEST,
                #[http(401)]
                section Auth in 401000..=401999 { 401001 TOKEN_EXPIRED }
                #[http(429)]
                400002 TOO_MANY,
            }
            section Plain in 500000..=599999 { 500001 UNTAGGED }
            #[http(612)]
            612 NON_STANDARD,
        }
    }

    #[test]
    fn statuses_are_inherited_and_overridden() {
        assert_eq!(Service::BadRequest.http_status(), Some(400));
        assert_eq!(Service::TokenExpired.http_status(), Some(401));
        assert_eq!(Service::TooMany.http_status(), Some(429));
        assert_eq!(Service::Untagged.http_status(), None);
        assert_eq!(Service::NonStandard.http_status(), Some(612));
        assert_eq!(Service::TokenExpired.entry().http_status(), Some(401));
        let sections: Vec<Option<u16>> = Service::SYSTEM.sections().iter().map(errcat::Section::http_status).collect();
        assert_eq!(sections, [Some(400), Some(401), None]);
        for &entry in Service::ALL {
            assert_eq!(Catalog::entry(entry).http_status(), entry.http_status());
        }
    }

    error_catalog! {
        pub system Untagged { 1 ONE }
    }

    #[test]
    fn no_status_without_the_attribute() {
        assert_eq!(Untagged::One.http_status(), None);
        assert_eq!(Untagged::One.entry().http_status(), None);
    }
}
