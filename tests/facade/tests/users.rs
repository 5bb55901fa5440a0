//! A crate that depends on the facade only: `::errcat` names nothing here,
//! and catalogues name errcat through the facade's re-export.

use errcat_facade_example::errcat::{self, Catalog, Raise};
use errcat_facade_example::{Shared, errcat::error_catalog};

error_catalog! {
    #[errcat(crate = errcat_facade_example::errcat)]
    #[serde(by_name)]
    pub system Orders: i32 {
        #[grpc(NOT_FOUND)]
        section Lookup in 100..=199 {
            /// No order has this id.
            100 NO_SUCH_ORDER "no such order",
        }
        -1 CANCELLED,
    }
    // The string form of the path, as serde's `#[serde(crate = "…")]`.
    #[errcat(crate = "errcat_facade_example::errcat")]
    pub system Billing: u8 { 7 DECLINED }
}

#[test]
fn a_catalogue_declared_through_the_facade_has_the_whole_api() {
    assert_eq!(Orders::from_code(100), Some(Orders::NoSuchOrder));
    assert_eq!(Orders::COUNT, 2);
    assert_eq!(<&str>::from(Orders::Cancelled), "CANCELLED");
    assert_eq!(Orders::from_name_ignore_case("no_such_order"), Some(Orders::NoSuchOrder));
    assert_eq!(Orders::NoSuchOrder.entry().grpc_status(), Some(errcat::GrpcCode::NotFound));
    assert_eq!(serde_json::to_string(&Orders::NoSuchOrder).unwrap(), r#""NO_SUCH_ORDER""#);
    let error: errcat::Error<Orders> = Orders::NoSuchOrder.with_detail("42");
    assert_eq!(error.to_string(), "no such order (NO_SUCH_ORDER, code 100): 42");
    assert_eq!(Billing::Declined.code(), 7);
    assert_eq!(<Billing as Catalog>::SYSTEM.name(), "Billing");
}

#[test]
fn the_facade_s_own_catalogue_names_errcat_by_its_renamed_dependency() {
    assert_eq!(Shared::Maintenance.http_status(), Some(503));
    assert_eq!(Shared::Maintenance.entry().url().as_deref(), Some("https://docs.example.com/errors/1"));
    assert_eq!(serde_json::to_string(&Shared::Quota).unwrap(), "2");
    assert_eq!(serde_json::from_str::<Shared>("1").unwrap(), Shared::Maintenance);
}
