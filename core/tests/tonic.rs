//! `tonic::Status` from catalogue errors, through the wire form a gRPC
//! server sends (`grpc-status`, `grpc-message`, metadata headers) and back.

use errcat::{Raise, ReceivedCode, error_catalog};

error_catalog! {
    pub system Files: i64 {
        -46628 FILE_NOT_EXIST "文件不存在",
        #[name = "权限"]
        -7 DENIED "permission denied: \"x\"\nsecond line",
    }
    pub system Other { 1 ONE }
}

/// The status as a client sees it after the server wrote it as HTTP headers.
fn over_the_wire(status: tonic::Status) -> tonic::Status {
    let response: http::Response<()> = status.into_http();
    assert_eq!(response.headers()["content-type"], "application/grpc");
    tonic::Status::from_header_map(response.headers()).expect("the headers carry a gRPC status")
}

#[test]
fn an_entry_without_a_grpc_status_is_unknown_and_keeps_its_code() {
    let status = over_the_wire(Raise::with_detail(Files::FileNotExist, "/数据/a.txt").into());
    assert_eq!(status.code(), tonic::Code::Unknown);
    assert_eq!(status.message(), "文件不存在 (FILE_NOT_EXIST, code -46628): /数据/a.txt");
    assert_eq!(status.metadata().get("errcat-code").unwrap(), "-46628");
    assert_eq!(status.metadata().get("errcat-name").unwrap(), "FILE_NOT_EXIST");
    assert_eq!(status.metadata().get("errcat-system").unwrap(), "Files");
    assert_eq!(ReceivedCode::<Files>::from_status(&status), Some(ReceivedCode::Known(Files::FileNotExist)));
    assert_eq!(ReceivedCode::<Other>::from_status(&status), None);
}

#[test]
fn text_that_headers_cannot_hold_survives_exactly() {
    let status = over_the_wire(errcat::Error::new(Files::Denied).into());
    assert_eq!(status.message(), "permission denied: \"x\"\nsecond line (权限, code -7)");
    assert!(status.metadata().get("errcat-name").is_none());
    let name = status.metadata().get_bin("errcat-name-bin").unwrap().to_bytes().unwrap();
    assert_eq!(std::str::from_utf8(&name).unwrap(), "权限");
    assert_eq!(ReceivedCode::<Files>::from_status(&status), Some(ReceivedCode::Known(Files::Denied)));
}

#[test]
fn the_source_error_is_the_status_source() {
    let status: tonic::Status = Raise::with_source(Files::FileNotExist, std::io::Error::other("disk gone")).into();
    assert_eq!(std::error::Error::source(&status).unwrap().to_string(), "disk gone");
}

#[test]
fn every_grpc_code_converts_to_tonic_by_number() {
    for code in errcat::GrpcCode::ALL {
        let converted = tonic::Code::from(code);
        assert_eq!(converted as i32, code.value());
        assert_eq!(format!("{converted:?}").to_uppercase(), code.name().replace('_', ""));
    }
}
