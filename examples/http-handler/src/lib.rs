//! A small HTTP-style file service whose errors come from catalogues: its
//! own (`Api`, declared here) and `SequoiaCM`'s (the storage behind it).
//!
//! Handlers return `Result<_, ServiceError>`; `?` turns catalogue entries
//! and `errcat::Error`s into it, thiserror's `#[from]` keeps each one whole,
//! and [`handle`] turns any error into a JSON reply with the entry's HTTP
//! status: `{"code": …, "name": …, "message": …, "detail": …}`.

use std::collections::BTreeMap;

use errcat::{Raise, Reply, error_catalog};
use errcat_catalogs::Scm;

error_catalog! {
    /// The errors of the file service's API.
    #[languages(en, zh)]
    pub system Api: u32 {
        /// Problems with the request itself.
        #[http(400)]
        section Request in 400_000..=499_999 {
            400_001 BAD_PATH      "the path is not valid"        zh "路径无效",
            #[http(405)]
            400_002 BAD_METHOD    "the method is not supported"  zh "不支持该方法",
            #[http(404)]
            404_001 NO_SUCH_FILE  "the file does not exist"      zh "文件不存在",
        }
        /// Problems on the service's side.
        #[http(500)]
        section Server in 500_000..=599_999 {
            500_001 STORAGE_FAILED "the storage failed"          zh "存储失败",
        }
    }
}

/// An incoming request.
#[derive(Debug)]
pub struct Request<'a> {
    pub method: &'a str,
    pub path: &'a str,
}

/// The answer: an HTTP status and a JSON body.
#[derive(Debug, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

/// Everything a handler can fail with, each a catalogue error.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error(transparent)]
    Api(#[from] errcat::Error<Api>),
    #[error(transparent)]
    Storage(#[from] errcat::Error<Scm>),
}

impl From<Api> for ServiceError {
    fn from(entry: Api) -> Self {
        ServiceError::Api(entry.into())
    }
}

impl ServiceError {
    /// The HTTP status of the reply: the entry's, or 500 for a storage
    /// error, which has none.
    pub fn status(&self) -> u16 {
        match self {
            ServiceError::Api(error) => error.entry().http_status(),
            ServiceError::Storage(error) => error.entry().http_status(),
        }
        .unwrap_or(500)
    }

    /// The JSON body of the reply.
    pub fn body(&self) -> String {
        let body = match self {
            ServiceError::Api(error) => serde_json::to_string(&Reply::from(error)),
            ServiceError::Storage(error) => serde_json::to_string(&Reply::from(error)),
        };
        body.unwrap_or_else(|error| format!(r#"{{"message":"{error}"}}"#))
    }
}

/// The files the storage holds, and a storage that may fail.
#[derive(Debug, Default)]
pub struct Storage {
    pub files: BTreeMap<String, String>,
    pub broken: bool,
}

impl Storage {
    fn read(&self, path: &str) -> Result<Option<&str>, errcat::Error<Scm>> {
        if self.broken {
            let cause = std::io::Error::other("connection reset by peer");
            return Err(Scm::NetworkIo.with_detail(format!("reading {path}")).with_source(cause));
        }
        Ok(self.files.get(path).map(String::as_str))
    }
}

/// `GET /files/NAME`: the file's content.
pub fn get_file(storage: &Storage, request: &Request) -> Result<String, ServiceError> {
    if request.method != "GET" {
        return Err(Api::BadMethod.with_detail(request.method).into());
    }
    let name = request.path.strip_prefix("/files/").filter(|name| !name.is_empty()).ok_or(Api::BadPath)?;
    let content = storage.read(name)?.ok_or_else(|| Api::NoSuchFile.with_detail(name))?;
    Ok(serde_json::json!({ "name": name, "content": content }).to_string())
}

/// Answers a request: 200 with the file, or the error's status and reply.
pub fn handle(storage: &Storage, request: &Request) -> Response {
    match get_file(storage, request) {
        Ok(body) => Response { status: 200, body },
        Err(error) => Response { status: error.status(), body: error.body() },
    }
}

/// The same handler where anything may fail: `anyhow` keeps the catalogue
/// error, which can be found again by downcasting.
pub fn handle_with_anyhow(storage: &Storage, request: &Request) -> anyhow::Result<String> {
    Ok(get_file(storage, request)?)
}

#[cfg(test)]
mod tests {
    use errcat::Catalog;

    use super::*;

    fn storage() -> Storage {
        let mut storage = Storage::default();
        storage.files.insert("a.txt".to_owned(), "hello".to_owned());
        storage
    }

    fn json(body: &str) -> serde_json::Value {
        serde_json::from_str(body).unwrap()
    }

    #[test]
    fn found_files_are_200() {
        let response = handle(&storage(), &Request { method: "GET", path: "/files/a.txt" });
        assert_eq!(response.status, 200);
        assert_eq!(json(&response.body)["content"], "hello");
    }

    #[test]
    fn errors_reply_with_their_entry_and_status() {
        let response = handle(&storage(), &Request { method: "GET", path: "/files/b.txt" });
        assert_eq!(response.status, 404);
        let body = json(&response.body);
        assert_eq!(body["code"], 404_001);
        assert_eq!(body["name"], "NO_SUCH_FILE");
        assert_eq!(body["message"], "the file does not exist");
        assert_eq!(body["detail"], "b.txt");

        let response = handle(&storage(), &Request { method: "PUT", path: "/files/a.txt" });
        assert_eq!((response.status, json(&response.body)["code"].as_u64()), (405, Some(400_002)));
        let response = handle(&storage(), &Request { method: "GET", path: "/other" });
        assert_eq!((response.status, json(&response.body)["name"].as_str()), (400, Some("BAD_PATH")));
    }

    #[test]
    fn storage_errors_keep_their_code_and_cause() {
        let broken = Storage { broken: true, ..storage() };
        let response = handle(&broken, &Request { method: "GET", path: "/files/a.txt" });
        assert_eq!(response.status, 500);
        let body = json(&response.body);
        assert_eq!(body["code"], Scm::NetworkIo.code());
        assert_eq!(body["detail"], "reading a.txt");

        let error = get_file(&broken, &Request { method: "GET", path: "/files/a.txt" }).unwrap_err();
        // `#[error(transparent)]` forwards to the catalogue error's source.
        let source = std::error::Error::source(&error);
        assert_eq!(source.map(ToString::to_string).as_deref(), Some("connection reset by peer"));
    }

    #[test]
    fn anyhow_keeps_the_catalogue_error() {
        let error = handle_with_anyhow(&storage(), &Request { method: "GET", path: "/files/c.txt" }).unwrap_err();
        let service = error.downcast_ref::<ServiceError>().unwrap();
        assert!(matches!(service, ServiceError::Api(error) if error.entry() == Api::NoSuchFile));
        assert_eq!(error.to_string(), "the file does not exist (NO_SUCH_FILE, code 404001): c.txt");
    }

    #[test]
    fn statuses_convert_to_http_status_codes() {
        assert_eq!(Api::NoSuchFile.status_code(), Some(http::StatusCode::NOT_FOUND));
        assert_eq!(Api::StorageFailed.status_code(), Some(http::StatusCode::INTERNAL_SERVER_ERROR));
    }
}
