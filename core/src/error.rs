use core::fmt;

/// A code that no entry of a catalogue has: the error of
/// `TryFrom<i32> for Cos` (or whatever the code type is).
///
/// ```
/// use errcat::error_catalog;
///
/// error_catalog! { pub system Disk { 1 FULL "disk full" } }
///
/// let error = Disk::try_from(7).unwrap_err();
/// assert_eq!(error.system(), "Disk");
/// assert_eq!(error.code(), 7);
/// assert_eq!(error.to_string(), "no Disk entry has code 7");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    system: &'static str,
    code: i128,
}

impl UnknownCode {
    /// Records that `system` has no entry with `code`.
    pub const fn new(system: &'static str, code: i128) -> Self {
        UnknownCode { system, code }
    }

    /// The name of the catalogue that was asked.
    pub const fn system(&self) -> &'static str {
        self.system
    }

    /// The rejected code, widened.
    pub const fn code(&self) -> i128 {
        self.code
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "no {} entry has code {}", self.system, self.code)
    }
}

impl core::error::Error for UnknownCode {}

/// How many bytes of a rejected name [`UnknownName`] keeps.
const KEPT_NAME_BYTES: usize = 64;

/// A name that no entry of a catalogue has: the error of `FromStr for Cos`.
///
/// It keeps the rejected name (up to 64 bytes, cut at a character boundary)
/// without allocating, so it works in `no_std` code.
///
/// ```
/// use errcat::error_catalog;
///
/// error_catalog! { pub system Disk { 1 FULL "disk full" } }
///
/// let error = "EMPTY".parse::<Disk>().unwrap_err();
/// assert_eq!(error.system(), "Disk");
/// assert_eq!(error.name(), "EMPTY");
/// assert_eq!(error.to_string(), r#"no Disk entry is named "EMPTY""#);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownName {
    system: &'static str,
    kept: [u8; KEPT_NAME_BYTES],
    kept_len: u8,
    truncated: bool,
}

impl UnknownName {
    /// Records that `system` has no entry named `name`.
    #[allow(clippy::cast_possible_truncation)]
    pub fn new(system: &'static str, name: &str) -> Self {
        let mut end = name.len().min(KEPT_NAME_BYTES);
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        let mut kept = [0; KEPT_NAME_BYTES];
        kept[..end].copy_from_slice(&name.as_bytes()[..end]);
        UnknownName { system, kept, kept_len: end as u8, truncated: end < name.len() }
    }

    /// The name of the catalogue that was asked.
    pub const fn system(&self) -> &'static str {
        self.system
    }

    /// The rejected name (its first 64 bytes when it was longer; see
    /// [`UnknownName::is_truncated`]).
    pub fn name(&self) -> &str {
        let kept = &self.kept[..usize::from(self.kept_len)];
        core::str::from_utf8(kept).unwrap_or_default()
    }

    /// Whether the rejected name was longer than what [`UnknownName::name`]
    /// returns.
    pub const fn is_truncated(&self) -> bool {
        self.truncated
    }
}

impl fmt::Display for UnknownName {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ellipsis = if self.truncated { "…" } else { "" };
        write!(formatter, "no {} entry is named \"{}{ellipsis}\"", self.system, self.name())
    }
}

impl core::error::Error for UnknownName {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::ToString;

    #[test]
    fn long_names_are_cut_at_a_character_boundary() {
        let long = "文".repeat(30);
        let error = UnknownName::new("Cos", &long);
        assert!(error.is_truncated());
        assert_eq!(error.name(), "文".repeat(21));
        assert!(error.to_string().ends_with("…\""));
    }

    #[test]
    fn short_names_are_kept_whole() {
        let error = UnknownName::new("Cos", "");
        assert!(!error.is_truncated());
        assert_eq!(error.name(), "");
    }
}
