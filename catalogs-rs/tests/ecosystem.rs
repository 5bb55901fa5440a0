//! The built-in catalogues in a service: serde round trips of every entry,
//! codes from newer servers, HTTP statuses, errors with context.

use std::error::Error as _;

use errcat::{ByName, Catalog, Raise, ReceivedCode, ReceivedReply, Reply};
use errcat_catalogs::{BkRepo, Cos, Mcsl, Polaris, Scm};

fn round_trip_every_entry<C: Catalog + serde::Serialize + serde::de::DeserializeOwned>() {
    for &entry in C::ALL {
        let json = serde_json::to_string(&entry).unwrap();
        assert_eq!(json, entry.code().to_string(), "{entry:?} serializes as its code");
        let back: C = serde_json::from_str(&json).unwrap();
        // Shared codes read back as the first entry with the code.
        assert_eq!(back, C::from_code(entry.code()).unwrap(), "{entry:?}");

        let by_name = serde_json::to_string(&ByName(entry)).unwrap();
        assert_eq!(by_name, serde_json::to_string(entry.name()).unwrap());
        assert_eq!(serde_json::from_str::<ByName<C>>(&by_name).unwrap(), ByName(entry));

        let code: ReceivedCode<C> = serde_json::from_str(&json).unwrap();
        assert_eq!(code, ReceivedCode::Known(back));
    }
}

#[test]
fn every_entry_of_every_catalogue_round_trips() {
    round_trip_every_entry::<Scm>();
    round_trip_every_entry::<BkRepo>();
    round_trip_every_entry::<Cos>();
    round_trip_every_entry::<Polaris>();
    round_trip_every_entry::<Mcsl>();
}

/// What a server writes, a client reads back whole, and writes back the same.
fn replies_read_back_on_the_client<C: Catalog>() {
    for &entry in C::ALL {
        for detail in [None, Some("/数据/\"a\" <b>&</b>\n\u{202E}")] {
            let reply = detail.map_or(Reply::new(entry), |detail| Reply::new(entry).with_detail(detail));
            let body = serde_json::to_string(&reply).unwrap();
            let received: ReceivedReply<C> = serde_json::from_str(&body).unwrap();
            assert_eq!(received.code(), ReceivedCode::new(entry.code()), "{body}");
            assert_eq!(received.entry(), Some(entry), "{body}: shared codes stay apart by name");
            assert_eq!(
                (received.name(), received.message(), received.detail()),
                (entry.name(), entry.message(), detail)
            );
            assert_eq!(serde_json::to_string(&received).unwrap(), body);
            let shown = detail.map_or(entry.to_string(), |detail| format!("{entry}: {detail}"));
            assert_eq!(received.to_string(), shown);
        }
    }
}

#[test]
fn every_reply_of_every_catalogue_reads_back_on_the_client() {
    replies_read_back_on_the_client::<Scm>();
    replies_read_back_on_the_client::<BkRepo>();
    replies_read_back_on_the_client::<Cos>();
    replies_read_back_on_the_client::<Polaris>();
    replies_read_back_on_the_client::<Mcsl>();
}

#[test]
fn unknown_codes_are_errors_or_kept() {
    let error = serde_json::from_str::<Cos>("12345").unwrap_err();
    assert_eq!(error.to_string(), "no Cos entry has code 12345");
    let kept: ReceivedCode<Cos> = serde_json::from_str("12345").unwrap();
    assert_eq!(kept, ReceivedCode::Unknown(12345));
    assert_eq!(serde_json::to_string(&kept).unwrap(), "12345");
    assert_eq!(kept.to_string(), "code 12345, unknown to Cos");
    let error = serde_json::from_str::<ByName<Cos>>(r#""ERROR_PROXY_AUTH_FAILD""#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("no Cos entry is named \"ERROR_PROXY_AUTH_FAILD\"; did you mean ERROR_PROXY_AUTH_FAILED?"),
        "{error}"
    );
}

#[test]
fn names_suggest_the_closest_entry() {
    let error = "It's a directory".parse::<Mcsl>().unwrap_err();
    assert_eq!(error.suggestion(), Some("It's A Directory"));
    let error = "ERROR_PROXY_SIGN_BUCKET_NOTMATCHED".parse::<Cos>().unwrap_err();
    assert_eq!(error.suggestion(), Some("ERROR_PROXY_SIGN_BUCKET_NOTMATCH"));
    assert_eq!("NOTHING_LIKE_IT_AT_ALL".parse::<Cos>().unwrap_err().suggestion(), None);
}

#[test]
fn http_statuses_come_from_the_sources() {
    assert_eq!(Cos::HttpBadRequest.http_status(), Some(400));
    assert_eq!(Cos::HttpFileNotexist.http_status(), Some(612));
    assert_eq!(Cos::from_code(-46628).unwrap().http_status(), None);
    for &entry in Polaris::ALL {
        let status = u16::try_from(entry.code() / 1000).unwrap();
        assert_eq!(entry.http_status(), Some(status), "{entry:?}");
    }
    assert_eq!(Polaris::from_code(404_001).and_then(Catalog::status_code), Some(http::StatusCode::NOT_FOUND));
    assert_eq!(Scm::ALL.iter().filter_map(|entry| entry.http_status()).count(), 0);
}

#[test]
fn errors_carry_detail_and_source() {
    fn read(path: &str) -> Result<String, errcat::Error<Cos>> {
        let cause = std::io::Error::from(std::io::ErrorKind::NotFound);
        Err(Cos::from_code(-46628).unwrap().with_detail(path).with_source(cause))
    }
    fn through_question_mark() -> Result<(), errcat::Error<Mcsl>> {
        Err(Mcsl::ItsADirectory)?
    }
    let error = read("/bucket/a.txt").unwrap_err();
    assert_eq!(error.code(), -46628);
    assert_eq!(error.detail(), Some("/bucket/a.txt"));
    assert!(error.source().is_some());
    let body = serde_json::to_value(Reply::from(&error)).unwrap();
    assert_eq!(body["code"], -46628);
    assert_eq!(body["detail"], "/bucket/a.txt");
    assert_eq!(through_question_mark().unwrap_err().entry(), Mcsl::ItsADirectory);
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(error);
    assert!(boxed.to_string().starts_with(Cos::from_code(-46628).unwrap().message()));
}

#[test]
fn mcsl_leaves_its_open_range_to_extensions() {
    let open: Vec<_> =
        Mcsl::SYSTEM.reserved().iter().filter(|reserved| reserved.is_open()).map(errcat::Reserved::range).collect();
    assert_eq!(open, [60000..=99999]);
}
