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

    /// `#[grpc(…)]` on sections and entries, inherited as `#[http(…)]` is.
    pub system Api: u16 {
        #[grpc(INVALID_ARGUMENT)]
        section Client in 400..=499 {
            400 BAD_REQUEST,
            #[grpc(NOT_FOUND)]
            404 NO_SUCH_USER "no such user",
            section Auth in 401..=403 {
                401 NO_TOKEN,
                #[grpc(PERMISSION_DENIED)]
                403 FORBIDDEN,
            }
        }
        500 INTERNAL,
    }
}

// Every gRPC status name that `#[grpc(…)]` takes, each on its own entry.
error_catalog! {
    pub system EveryStatus: u8 {
        #[grpc(CANCELLED)] 1 CANCELLED,
        #[grpc(UNKNOWN)] 2 UNKNOWN,
        #[grpc(INVALID_ARGUMENT)] 3 INVALID_ARGUMENT,
        #[grpc(DEADLINE_EXCEEDED)] 4 DEADLINE_EXCEEDED,
        #[grpc(NOT_FOUND)] 5 NOT_FOUND,
        #[grpc(ALREADY_EXISTS)] 6 ALREADY_EXISTS,
        #[grpc(PERMISSION_DENIED)] 7 PERMISSION_DENIED,
        #[grpc(RESOURCE_EXHAUSTED)] 8 RESOURCE_EXHAUSTED,
        #[grpc(FAILED_PRECONDITION)] 9 FAILED_PRECONDITION,
        #[grpc(ABORTED)] 10 ABORTED,
        #[grpc(OUT_OF_RANGE)] 11 OUT_OF_RANGE,
        #[grpc(UNIMPLEMENTED)] 12 UNIMPLEMENTED,
        #[grpc(INTERNAL)] 13 INTERNAL,
        #[grpc(UNAVAILABLE)] 14 UNAVAILABLE,
        #[grpc(DATA_LOSS)] 15 DATA_LOSS,
        #[grpc(UNAUTHENTICATED)] 16 UNAUTHENTICATED,
    }
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

#[test]
fn grpc_statuses_are_declared_on_sections_and_entries_and_inherited() {
    use errcat::GrpcCode;
    let statuses: Vec<_> = Api::iter().map(|entry| (entry.name(), entry.entry().grpc_status())).collect();
    assert_eq!(
        statuses,
        [
            ("BAD_REQUEST", Some(GrpcCode::InvalidArgument)),
            ("NO_SUCH_USER", Some(GrpcCode::NotFound)),
            ("NO_TOKEN", Some(GrpcCode::InvalidArgument)),
            ("FORBIDDEN", Some(GrpcCode::PermissionDenied)),
            ("INTERNAL", None),
        ]
    );
    let sections: Vec<_> = Api::SYSTEM.sections().iter().map(errcat::Section::grpc_status).collect();
    assert_eq!(sections, [Some(GrpcCode::InvalidArgument), Some(GrpcCode::InvalidArgument)]);

    let status = over_the_wire(Raise::with_detail(Api::NoSuchUser, "alice").into());
    assert_eq!(status.code(), tonic::Code::NotFound);
    assert_eq!(status.message(), "no such user (NO_SUCH_USER, code 404): alice");
    assert_eq!(ReceivedCode::<Api>::from_status(&status), Some(ReceivedCode::Known(Api::NoSuchUser)));
    assert_eq!(over_the_wire(errcat::Error::new(Api::Forbidden).into()).code(), tonic::Code::PermissionDenied);
    assert_eq!(over_the_wire(errcat::Error::new(Api::Internal).into()).code(), tonic::Code::Unknown);
}

#[test]
fn every_status_name_the_macro_takes_is_the_grpc_code_of_that_name() {
    assert_eq!(EveryStatus::COUNT, errcat::GrpcCode::ALL.len());
    for entry in EveryStatus::iter() {
        let status = entry.entry().grpc_status().unwrap();
        assert_eq!(status.name(), entry.name());
        assert_eq!(i32::from(entry.code()), status.value());
        assert_eq!(tonic::Status::from(errcat::Error::new(entry)).code() as i32, status.value());
    }
}
