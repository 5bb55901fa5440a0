//! Five real error-code catalogues, declared with `errcat`.
mod bkrepo;
mod cos;
mod mcsl;
mod polaris;
mod scm;

pub use bkrepo::BkRepo;
pub use cos::Cos;
pub use mcsl::Mcsl;
pub use polaris::Polaris;
pub use scm::Scm;
