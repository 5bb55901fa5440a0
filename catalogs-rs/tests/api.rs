//! The generated API on the real catalogues.

use errcat::Catalog;
use errcat_catalogs::{BkRepo, Cos, Mcsl, Polaris, Scm};

#[test]
fn cos_from_code() {
    assert_eq!(Cos::from_code(-46628), Some(Cos::CosFileNotExistErr));
    assert_eq!(Cos::CosFileNotExistErr.name(), "COS_FILE_NOT_EXIST_ERR");
    assert_eq!(Cos::CosFileNotExistErr.message(), "文件不存在");
    assert_eq!(Cos::from_code(-1), None);
}

#[test]
fn a_shared_code_finds_its_first_entry() {
    assert_eq!(Cos::from_code(-61), Some(Cos::ErrorProxySignBucketNotmatch));
    assert_eq!(Cos::all_with_code(-61), [Cos::ErrorProxySignBucketNotmatch, Cos::ErrorProxyInvalidCmdReq]);
    assert_eq!(Cos::all_with_code(-46024), [Cos::CosCosdeleteTimeoutErr, Cos::CosTempUsridxTimeoutErr]);
    assert_eq!(Cos::from_code(-29095), Some(Cos::ErrUploadbykeyDatasizeChange));
    assert_eq!(Cos::all_with_code(-29095), [Cos::ErrUploadbykeyDatasizeChange, Cos::ErrNovalidOfflinesvr]);
    assert_eq!(Cos::all_with_code(-46628), [Cos::CosFileNotExistErr]);
    assert_eq!(Cos::all_with_code(-1), []);
}

#[test]
fn exactly_eight_cos_codes_are_shared() {
    let mut shared: Vec<i32> =
        Cos::ALL.iter().map(|entry| entry.code()).filter(|&code| Cos::all_with_code(code).len() > 1).collect();
    shared.sort_unstable();
    shared.dedup();
    assert_eq!(shared, [-46024, -29095, -29094, -29093, -29092, -29091, -29090, -61]);
}

#[test]
fn names_that_are_not_identifiers() {
    assert_eq!(Cos::from_name("2RSP"), Some(Cos::E2rsp));
    assert_eq!(Cos::E2rsp.code(), -296);
    assert_eq!(Cos::from_name("E_2RSP"), None);
    let directory = Mcsl::from_name("It's A Directory");
    assert_eq!(directory, Some(Mcsl::ItsADirectory));
    assert_eq!(Mcsl::ItsADirectory.code(), 21004);
    assert_eq!(Mcsl::ItsADirectory.message(), "那是目录");
    assert_eq!(Mcsl::ItsADirectory.entry().doc(), "访问的路径是目录而不是文件");
    assert_eq!(Mcsl::from_name("ITS_A_DIRECTORY"), None);
}

#[test]
fn polaris_keeps_the_table_s_codes() {
    assert_eq!(Polaris::from_code(400_309), Some(Polaris::NotFoundTagConfig));
    assert_eq!(Polaris::NotFoundTagConfig.message(), "not found tag config");
    assert_eq!(Polaris::NotFoundTagConfig.entry().message_in("zh"), Some("标签配置未找到"));
    assert_eq!(Polaris::from_code(400_310), Some(Polaris::NotFoundMasterConfig));
    assert_eq!(Polaris::from_code(403_001), Some(Polaris::IpRateLimit));
    assert_eq!(Polaris::from_code(429_002), None);
    assert_eq!(Polaris::IpRateLimit.entry().message_in("zh"), None);
}

/// Each Mcsl section as (name, range, parent's name), in declaration order.
#[test]
fn mcsl_sections_nest_as_the_table_does() {
    let sections = Mcsl::SYSTEM.sections();
    let tree: Vec<_> = sections
        .iter()
        .map(|section| {
            let range = section.range().map(|range| (*range.start(), *range.end()));
            (section.name(), range, section.parent().map(|parent| sections[parent].name()))
        })
        .collect();
    assert_eq!(
        tree,
        [
            ("Request", Some((10000, 19999)), None),
            ("Param", Some((11000, 11999)), Some("Request")),
            ("Server", Some((20000, 29999)), None),
            ("File", Some((21000, 21999)), Some("Server")),
            ("UploadDownload", Some((21100, 21199)), Some("File")),
            ("Instance", Some((30000, 39999)), None),
        ]
    );
    let path = |entry: Mcsl| -> Vec<&str> {
        entry
            .section()
            .map(|section| Mcsl::SYSTEM.section_path(section).map(errcat::Section::name).collect())
            .unwrap_or_default()
    };
    assert_eq!(path(Mcsl::Ok), [""; 0]);
    assert_eq!(path(Mcsl::BadParam), ["Request", "Param"]);
    assert_eq!(path(Mcsl::UnexpectedError), ["Server"]);
    assert_eq!(path(Mcsl::DiskFull), ["Server", "File"]);
    assert_eq!(path(Mcsl::NotDownloading), ["Server", "File", "UploadDownload"]);
    assert_eq!(Mcsl::FileTooBig.entry().section_index(), Some(4));
    let server = &sections[2];
    assert_eq!(server.title(), "Server Error - 服务器错误");
    assert_eq!(Mcsl::entries_in(server).len(), 13);
    assert_eq!(Mcsl::entries_in(&sections[4]).first(), Some(&Mcsl::AlreadyUploading));
}

#[test]
fn sections_follow_the_headings() {
    let titles = |sections: &[errcat::Section<i32>]| -> Vec<String> {
        sections.iter().map(|section| section.title().to_owned()).collect()
    };
    assert_eq!(
        titles(Cos::SYSTEM.sections()),
        [
            "后端HTTP返回码",
            "业务返回码",
            "PROXY 错误码",
            "CMD 错误码",
            "文件缓存的错误码",
            "文件插件错误码",
            "CGI 错误码",
            "OSS 错误码",
            "Access 错误码",
            "Httpsvr 错误码"
        ]
    );
    assert_eq!(
        titles(BkRepo::SYSTEM.sections()),
        ["Common 错误码", "Auth 错误码", "Generic 错误码", "Repository 错误码"]
    );
    let ranges: Vec<_> = BkRepo::SYSTEM
        .sections()
        .iter()
        .map(|section| section.range().map(|range| (*range.start(), *range.end())))
        .collect();
    assert_eq!(
        ranges,
        [Some((250_100, 250_199)), Some((250_200, 250_299)), Some((251_200, 251_299)), Some((251_500, 251_599))]
    );
    assert_eq!(BkRepo::Success.section().map(errcat::Section::name), Some("Common"));
    assert!(Scm::SYSTEM.sections().is_empty());
    assert!(Polaris::SYSTEM.sections().is_empty());
}

/// The rows that lie outside the range of their section, as the table has
/// them, and nothing else.
#[test]
fn rows_outside_their_section_s_range() {
    fn outside<C: Catalog<Code = i32>>() -> Vec<i32> {
        C::ALL
            .iter()
            .filter(|entry| {
                entry.section().and_then(errcat::Section::range).is_some_and(|range| !range.contains(&entry.code()))
            })
            .map(|entry| entry.code())
            .collect()
    }
    assert_eq!(outside::<Cos>(), [-50121, -50122, 100, 101, -29996]);
    assert_eq!(outside::<BkRepo>(), [0]);
    assert_eq!(outside::<Mcsl>(), [0; 0]);
}

#[test]
fn display() {
    assert_eq!(Cos::CosFileNotExistErr.to_string(), "文件不存在 (COS_FILE_NOT_EXIST_ERR, code -46628)");
    assert_eq!(Cos::E2rsp.to_string(), "打包失败 (2RSP, code -296)");
    assert_eq!(Mcsl::ItsADirectory.to_string(), "那是目录 (It's A Directory, code 21004)");
    assert_eq!(Polaris::NotFoundTagConfig.to_string(), "not found tag config (NotFoundTagConfig, code 400309)");
    assert_eq!(Scm::FileNotFound.to_string(), "文件不存在 (FILE_NOT_FOUND, code -262)");
    assert_eq!(BkRepo::Success.to_string(), "成功 (SUCCESS, code 0)");
}

#[test]
fn unknown_codes_and_names_are_errors() {
    let error = Cos::try_from(-1).unwrap_err();
    assert_eq!(error.to_string(), "no Cos entry has code -1");
    assert_eq!(error.code(), -1);
    assert_eq!(Mcsl::try_from(40000).unwrap_err().to_string(), "no Mcsl entry has code 40000");
    assert_eq!(Polaris::try_from(429_002).unwrap_err().system(), "Polaris");
    assert_eq!(BkRepo::try_from(250_101).unwrap_err().code(), 250_101);
    assert_eq!(Scm::try_from(-100).unwrap_err().to_string(), "no Scm entry has code -100");

    let error = "FILE_NOT_EXIST".parse::<Cos>().unwrap_err();
    assert_eq!(error.to_string(), r#"no Cos entry is named "FILE_NOT_EXIST""#);
    assert_eq!("It's a directory".parse::<Mcsl>().unwrap_err().name(), "It's a directory");
    assert_eq!("AUTH_EXT_PERMISSION_NOT_EXIST".parse::<BkRepo>().unwrap_err().system(), "BkRepo");

    assert_eq!("It's A Directory".parse::<Mcsl>(), Ok(Mcsl::ItsADirectory));
    assert_eq!(Cos::try_from(-61), Ok(Cos::ErrorProxySignBucketNotmatch));
    assert_eq!(i32::from(Polaris::NotFoundMasterConfig), 400_310);
}

#[test]
fn entry_counts() {
    assert_eq!(
        [Scm::ALL.len(), BkRepo::ALL.len(), Cos::ALL.len(), Polaris::ALL.len(), Mcsl::ALL.len()],
        [71, 92, 449, 112, 25]
    );
}

#[test]
fn languages_primary_first() {
    assert_eq!(Scm::SYSTEM.languages(), ["zh", "en"]);
    assert_eq!(BkRepo::SYSTEM.languages(), ["zh", "en"]);
    assert_eq!(Cos::SYSTEM.languages(), ["zh"]);
    assert_eq!(Polaris::SYSTEM.languages(), ["en", "zh"]);
    assert_eq!(Mcsl::SYSTEM.languages(), ["zh"]);
    assert_eq!(Scm::FileNotFound.entry().message_in("en"), Some("File not found"));
    assert_eq!(BkRepo::Success.entry().message_in("en"), None);
    assert_eq!(Polaris::ExecuteSuccess.entry().message_in("en"), Some("execute success"));
}

#[test]
fn bkrepo_s_english_messages_take_their_message_format_arguments() {
    let missing = BkRepo::ParameterMissing;
    assert_eq!(missing.entry().message_in("en"), Some("Parameter [{0}] is missing"));
    assert_eq!(
        missing.render_in("en", &[("0", &"projectId")]).map(|text| text.to_string()).as_deref(),
        Some("Parameter [projectId] is missing")
    );
    assert_eq!(missing.render(&[("0", &"projectId")]).to_string(), "参数缺失");
    let listing = BkRepo::ListDirNotAllowed.render_in("en", &[("0", &"generic-local"), ("1", &"/a/b")]);
    assert_eq!(
        listing.map(|text| text.to_string()).as_deref(),
        Some("Repository[generic-local] does not allow listing directories[/a/b]")
    );
    let error = errcat::Error::new(BkRepo::ResourceNotFound).with_arg("0", "/generic-local/a.txt");
    assert_eq!(error.to_string(), "资源不存在 (RESOURCE_NOT_FOUND, code 250108)");
    assert_eq!(
        error.message_in("en").map(|text| text.to_string()).as_deref(),
        Some("Resource [/generic-local/a.txt] not found")
    );
}

/// Every message of the real catalogues reads without a malformed
/// placeholder, so rendering writes each exactly as declared when no
/// argument is given.
#[test]
fn real_messages_render_unchanged_without_arguments() {
    fn check<C: Catalog>() {
        for entry in C::ALL.iter().map(|entry| entry.entry()) {
            let languages = C::SYSTEM.languages().iter().copied();
            for language in languages {
                if let Some(rendered) = entry.render_in(language, &[]) {
                    assert_eq!(rendered.to_string(), rendered.template(), "{} in {language}", entry.name());
                }
            }
            assert_eq!(entry.render(&[]).to_string(), entry.message());
        }
    }
    check::<Cos>();
    check::<BkRepo>();
    check::<Polaris>();
    check::<Mcsl>();
    check::<Scm>();
}
