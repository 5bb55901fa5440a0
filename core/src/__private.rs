//! Support for the code that `error_catalog!` generates. Not public API:
//! it changes whenever the macro does (the two crates are pinned together).

use core::fmt;

pub use errcat_phf::{hash_code, hash_name, position};

use crate::{Entry, RawCode};

/// `Display` of a generated enum: the message, the name and the code.
pub fn display<C: RawCode>(entry: &Entry<C>, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
    if entry.message().is_empty() {
        write!(formatter, "{} (code {})", entry.name(), entry.code())
    } else {
        write!(formatter, "{} ({}, code {})", entry.message(), entry.name(), entry.code())
    }
}
