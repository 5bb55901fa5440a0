//! A facade over errcat, as a company's shared error crate is: it depends on
//! errcat under another name (`ec`), declares a catalogue with
//! `#[errcat(crate = ec)]`, and re-exports errcat as `errcat_facade_example::errcat`
//! for crates that never depend on errcat themselves (see `tests/`).

/// errcat, for the crates that use this one.
pub use ec as errcat;

ec::error_catalog! {
    /// The errors every service of the company shares.
    #[errcat(crate = ec)]
    #[serde]
    #[url = "https://docs.example.com/errors/{code}"]
    pub system Shared: u16 {
        #[http(503)]
        #[grpc(UNAVAILABLE)]
        1 MAINTENANCE "the service is down for maintenance",
        2 QUOTA "the quota is exhausted",
    }
}
