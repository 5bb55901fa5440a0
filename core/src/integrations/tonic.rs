//! tonic (feature `tonic`): an error is a `tonic::Status` with the entry's
//! gRPC code, the message, and the catalogue's code in metadata.

use alloc::sync::Arc;

use ::tonic::metadata::{AsciiMetadataValue, BinaryMetadataValue, MetadataMap};
use ::tonic::{Code as StatusCode, Status};

use crate::{Catalog, Error, GrpcCode, IntegerCode, ReceivedCode};

/// The metadata key of the catalogue code: `errcat-code: -46628`.
pub const CODE_KEY: &str = "errcat-code";
/// The metadata key of the entry's documented name (`errcat-name-bin`
/// when the name is not printable ASCII).
pub const NAME_KEY: &str = "errcat-name";
/// The metadata key of the catalogue's name (`errcat-system-bin` when it is
/// not printable ASCII).
pub const SYSTEM_KEY: &str = "errcat-system";

/// The gRPC code of the same name.
impl From<GrpcCode> for StatusCode {
    fn from(code: GrpcCode) -> Self {
        StatusCode::from_i32(code.value())
    }
}

/// The entry's gRPC code (`#[grpc(…)]`, `UNKNOWN` when it has none), the
/// error's `Display` as the message, the source error as the status's
/// source, and in metadata the catalogue code (`errcat-code`), the entry's
/// name (`errcat-name`) and the catalogue's (`errcat-system`);
/// [`ReceivedCode::from_status`] reads the code back on the client.
///
/// ```
/// use errcat::{Raise, error_catalog};
///
/// error_catalog! { pub system Storage { -46628 FILE_NOT_EXIST "文件不存在" } }
///
/// let status = tonic::Status::from(Storage::FileNotExist.with_detail("/a.txt"));
/// assert_eq!(status.code(), tonic::Code::Unknown);
/// assert_eq!(status.message(), "文件不存在 (FILE_NOT_EXIST, code -46628): /a.txt");
/// assert_eq!(status.metadata().get("errcat-code").unwrap(), "-46628");
/// assert_eq!(status.metadata().get("errcat-name").unwrap(), "FILE_NOT_EXIST");
/// assert_eq!(status.metadata().get("errcat-system").unwrap(), "Storage");
/// ```
impl<C: Catalog> From<Error<C>> for Status {
    fn from(mut error: Error<C>) -> Self {
        let entry = error.entry();
        let code = entry.grpc_status().map_or(StatusCode::Unknown, StatusCode::from);
        let mut status = Status::new(code, alloc::string::ToString::to_string(&error));
        let metadata = status.metadata_mut();
        insert_text(metadata, CODE_KEY, &alloc::string::ToString::to_string(&entry.code()));
        insert_text(metadata, NAME_KEY, entry.name());
        insert_text(metadata, SYSTEM_KEY, C::SYSTEM.name());
        if let Some(source) = error.take_source() {
            status.set_source(Arc::from(source));
        }
        status
    }
}

/// `key: text`, or `key-bin: text` when the text is not printable ASCII.
fn insert_text(metadata: &mut MetadataMap, key: &'static str, text: &str) {
    let printable = text.bytes().all(|byte| (b' '..=b'~').contains(&byte));
    if let Some(value) = printable.then(|| AsciiMetadataValue::try_from(text).ok()).flatten() {
        metadata.insert(key, value);
    } else {
        let key = alloc::format!("{key}-bin");
        if let Ok(key) = ::tonic::metadata::BinaryMetadataKey::from_bytes(key.as_bytes()) {
            metadata.insert_bin(key, BinaryMetadataValue::from_bytes(text.as_bytes()));
        }
    }
}

impl<C: Catalog> ReceivedCode<C>
where
    C::Code: IntegerCode,
{
    /// The catalogue code a `tonic::Status` carries in its metadata, as
    /// `From<errcat::Error<C>>` wrote it; `None` when the status has no
    /// `errcat-code`, names another catalogue in `errcat-system`, or carries
    /// a code that does not fit `C`'s code type. Feature `tonic`.
    ///
    /// ```
    /// use errcat::{ReceivedCode, error_catalog};
    ///
    /// error_catalog! {
    ///     pub system Storage { -46628 FILE_NOT_EXIST "文件不存在" }
    ///     pub system Other { 1 ONE }
    /// }
    ///
    /// let status = tonic::Status::from(errcat::Error::new(Storage::FileNotExist));
    /// assert_eq!(ReceivedCode::<Storage>::from_status(&status), Some(ReceivedCode::Known(Storage::FileNotExist)));
    /// assert_eq!(ReceivedCode::<Other>::from_status(&status), None);
    /// assert_eq!(ReceivedCode::<Storage>::from_status(&tonic::Status::internal("plain")), None);
    /// ```
    pub fn from_status(status: &Status) -> Option<Self> {
        let metadata = status.metadata();
        if read_text(metadata, SYSTEM_KEY).is_some_and(|system| system != C::SYSTEM.name()) {
            return None;
        }
        let code = metadata.get(CODE_KEY)?.to_str().ok()?.parse::<i128>().ok()?;
        C::Code::from_i128(code).map(ReceivedCode::new)
    }
}

fn read_text(metadata: &MetadataMap, key: &'static str) -> Option<alloc::string::String> {
    if let Some(value) = metadata.get(key) {
        return value.to_str().ok().map(alloc::string::ToString::to_string);
    }
    let bytes = metadata.get_bin(alloc::format!("{key}-bin").as_str())?.to_bytes().ok()?;
    alloc::string::String::from_utf8(bytes.to_vec()).ok()
}
