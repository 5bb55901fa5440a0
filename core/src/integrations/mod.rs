//! What errcat's types implement for the crates services use, each behind
//! the feature of the crate's name: only errcat can, by the orphan rule.

#[cfg(feature = "axum")]
mod axum;
#[cfg(feature = "miette")]
mod miette;
#[cfg(feature = "schemars")]
pub(crate) mod schemars;
#[cfg(feature = "tonic")]
mod tonic;
