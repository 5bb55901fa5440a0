//! axum (feature `axum`): an error or a reply is a response with the entry's
//! HTTP status and the JSON reply body.

use ::axum_core::response::{IntoResponse, Response};
use ::http::{HeaderValue, StatusCode, header};

use crate::{Catalog, Error, Reply};

/// The entry's HTTP status (`#[http(…)]`, 500 when it has none) and the
/// JSON body of [`Reply`]: `{"code": …, "name": …, "message": …}` plus
/// `"detail"`. The source error stays on the server.
///
/// ```
/// use axum_core::response::IntoResponse;
/// use errcat::{Raise, error_catalog};
///
/// error_catalog! { pub system Api { #[http(404)] 404001 NO_SUCH_USER "no such user", 1 PLAIN } }
///
/// let response = Api::NoSuchUser.with_detail("alice").into_response();
/// assert_eq!(response.status(), 404);
/// assert_eq!(response.headers()["content-type"], "application/json");
/// assert_eq!(errcat::Error::new(Api::Plain).into_response().status(), 500);
/// ```
impl<C: Catalog> IntoResponse for Error<C> {
    fn into_response(self) -> Response {
        Reply::from(&self).into_response()
    }
}

/// The entry's HTTP status (500 when it has none) and the reply as JSON.
///
/// ```
/// use axum_core::response::IntoResponse;
/// use errcat::{Reply, error_catalog};
///
/// error_catalog! { pub system Api { #[http(409)] 409001 TAKEN "name taken" } }
///
/// assert_eq!(Reply::new(Api::Taken).into_response().status(), 409);
/// ```
impl<C: Catalog> IntoResponse for Reply<'_, C> {
    fn into_response(self) -> Response {
        let status = self.entry().status_code().unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        match ::serde_json::to_vec(&self) {
            Ok(body) => {
                (status, [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body).into_response()
            }
            Err(_) => status.into_response(),
        }
    }
}
