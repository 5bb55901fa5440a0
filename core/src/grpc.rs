use core::fmt;

/// A gRPC status code: what an entry declared with `#[grpc(NOT_FOUND)]`
/// answers over gRPC (see [`Entry::grpc_status`](crate::Entry::grpc_status)).
///
/// The variants are gRPC's canonical codes, with their numbers, except `OK`:
/// an error never succeeds. The feature `tonic` converts them to
/// `tonic::Code`; without it they are plain data.
///
/// ```
/// use errcat::GrpcCode;
///
/// assert_eq!(GrpcCode::NotFound.value(), 5);
/// assert_eq!(GrpcCode::NotFound.name(), "NOT_FOUND");
/// assert_eq!(GrpcCode::from_value(16), Some(GrpcCode::Unauthenticated));
/// assert_eq!(GrpcCode::from_value(0), None);
/// assert_eq!(GrpcCode::from_name("PERMISSION_DENIED"), Some(GrpcCode::PermissionDenied));
/// assert_eq!(GrpcCode::ALL.len(), 16);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum GrpcCode {
    /// `CANCELLED` (1): the operation was cancelled, typically by the caller.
    Cancelled = 1,
    /// `UNKNOWN` (2): an error with no better code.
    Unknown = 2,
    /// `INVALID_ARGUMENT` (3): the client sent an argument that is invalid whatever the state.
    InvalidArgument = 3,
    /// `DEADLINE_EXCEEDED` (4): the deadline expired before the operation completed.
    DeadlineExceeded = 4,
    /// `NOT_FOUND` (5): a requested entity was not found.
    NotFound = 5,
    /// `ALREADY_EXISTS` (6): the entity the client tried to create exists.
    AlreadyExists = 6,
    /// `PERMISSION_DENIED` (7): the caller may not run the operation.
    PermissionDenied = 7,
    /// `RESOURCE_EXHAUSTED` (8): a quota or a resource ran out.
    ResourceExhausted = 8,
    /// `FAILED_PRECONDITION` (9): the system is not in the state the operation needs.
    FailedPrecondition = 9,
    /// `ABORTED` (10): the operation was aborted, typically by a concurrency conflict.
    Aborted = 10,
    /// `OUT_OF_RANGE` (11): the operation went past the valid range.
    OutOfRange = 11,
    /// `UNIMPLEMENTED` (12): the operation is not implemented or not supported.
    Unimplemented = 12,
    /// `INTERNAL` (13): an invariant of the server is broken.
    Internal = 13,
    /// `UNAVAILABLE` (14): the service is unavailable for now; retrying may help.
    Unavailable = 14,
    /// `DATA_LOSS` (15): unrecoverable data loss or corruption.
    DataLoss = 15,
    /// `UNAUTHENTICATED` (16): the request has no valid credentials.
    Unauthenticated = 16,
}

impl GrpcCode {
    /// Every code, in numeric order.
    pub const ALL: [GrpcCode; 16] = [
        GrpcCode::Cancelled,
        GrpcCode::Unknown,
        GrpcCode::InvalidArgument,
        GrpcCode::DeadlineExceeded,
        GrpcCode::NotFound,
        GrpcCode::AlreadyExists,
        GrpcCode::PermissionDenied,
        GrpcCode::ResourceExhausted,
        GrpcCode::FailedPrecondition,
        GrpcCode::Aborted,
        GrpcCode::OutOfRange,
        GrpcCode::Unimplemented,
        GrpcCode::Internal,
        GrpcCode::Unavailable,
        GrpcCode::DataLoss,
        GrpcCode::Unauthenticated,
    ];

    const NAMES: [&'static str; 16] = [
        "CANCELLED",
        "UNKNOWN",
        "INVALID_ARGUMENT",
        "DEADLINE_EXCEEDED",
        "NOT_FOUND",
        "ALREADY_EXISTS",
        "PERMISSION_DENIED",
        "RESOURCE_EXHAUSTED",
        "FAILED_PRECONDITION",
        "ABORTED",
        "OUT_OF_RANGE",
        "UNIMPLEMENTED",
        "INTERNAL",
        "UNAVAILABLE",
        "DATA_LOSS",
        "UNAUTHENTICATED",
    ];

    /// The code's number on the wire (`grpc-status`).
    ///
    /// ```
    /// assert_eq!(errcat::GrpcCode::Internal.value(), 13);
    /// ```
    pub const fn value(self) -> i32 {
        self as i32
    }

    /// The code with this number; `None` for `0` (`OK`) and numbers gRPC
    /// does not define.
    ///
    /// ```
    /// use errcat::GrpcCode;
    ///
    /// assert_eq!(GrpcCode::from_value(5), Some(GrpcCode::NotFound));
    /// assert_eq!(GrpcCode::from_value(17), None);
    /// assert_eq!(GrpcCode::from_value(-1), None);
    /// ```
    pub const fn from_value(value: i32) -> Option<Self> {
        if value >= 1 && value <= 16 {
            #[allow(clippy::cast_sign_loss)]
            Some(GrpcCode::ALL[(value - 1) as usize])
        } else {
            None
        }
    }

    /// The code's name as gRPC spells it, e.g. `"NOT_FOUND"`.
    ///
    /// ```
    /// assert_eq!(errcat::GrpcCode::DeadlineExceeded.name(), "DEADLINE_EXCEEDED");
    /// ```
    pub const fn name(self) -> &'static str {
        GrpcCode::NAMES[self as usize - 1]
    }

    /// The code with this name as gRPC spells it (`"NOT_FOUND"`), exactly.
    ///
    /// ```
    /// use errcat::GrpcCode;
    ///
    /// assert_eq!(GrpcCode::from_name("UNAVAILABLE"), Some(GrpcCode::Unavailable));
    /// assert_eq!(GrpcCode::from_name("not_found"), None);
    /// assert_eq!(GrpcCode::from_name("OK"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Self> {
        GrpcCode::NAMES.iter().position(|candidate| *candidate == name).map(|index| GrpcCode::ALL[index])
    }
}

/// The name as gRPC spells it: `NOT_FOUND`.
impl fmt::Display for GrpcCode {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::GrpcCode;

    #[test]
    fn numbers_and_names_agree() {
        for (index, code) in GrpcCode::ALL.into_iter().enumerate() {
            assert_eq!(code.value(), i32::try_from(index).unwrap() + 1);
            assert_eq!(GrpcCode::from_value(code.value()), Some(code));
            assert_eq!(GrpcCode::from_name(code.name()), Some(code));
        }
    }
}
