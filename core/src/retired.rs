//! Codes and names a system has given up for good: `retired CODE NAME;`.

/// A `retired` declaration: a code and a name once released and now out
/// of use forever. No entry of the system may take either again, and
/// `from_code` of the code returns `None`.
///
/// ```
/// use errcat::error_catalog;
///
/// error_catalog! {
///     pub system Store {
///         1 FULL,
///         /// Replaced by `FULL` in 2.0: the disk layer no longer tells quota from space.
///         retired 2 QUOTA_EXCEEDED;
///     }
/// }
///
/// let [retired] = Store::SYSTEM.retired() else { panic!("one retired code") };
/// assert_eq!((retired.code(), retired.name()), (2, "QUOTA_EXCEEDED"));
/// assert!(retired.doc().starts_with("Replaced by `FULL` in 2.0"));
/// assert_eq!(Store::from_code(2), None);
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct Retired<C: 'static> {
    code: C,
    name: &'static str,
    doc: &'static str,
}

impl<C: Copy> Retired<C> {
    #[doc(hidden)]
    pub const fn __new(code: C, name: &'static str, doc: &'static str) -> Self {
        Retired { code, name, doc }
    }

    /// The retired code.
    pub const fn code(&self) -> C {
        self.code
    }

    /// The documented name the code had: `#[name = "…"]`, or the identifier.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The declaration's doc comment: why the code was retired, and since when.
    pub const fn doc(&self) -> &'static str {
        self.doc
    }
}
