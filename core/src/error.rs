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
    ///
    /// ```
    /// use errcat::UnknownCode;
    ///
    /// let error = UnknownCode::new("Disk", -3);
    /// assert_eq!((error.system(), error.code()), ("Disk", -3));
    /// assert_eq!(error.to_string(), "no Disk entry has code -3");
    /// ```
    pub const fn new(system: &'static str, code: i128) -> Self {
        UnknownCode { system, code }
    }

    /// The name of the catalogue that was asked.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert_eq!(Disk::try_from(2).unwrap_err().system(), "Disk");
    /// ```
    pub const fn system(&self) -> &'static str {
        self.system
    }

    /// The rejected code, widened.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Big: u64 { 1 ONE } }
    ///
    /// assert_eq!(Big::try_from(u64::MAX).unwrap_err().code(), 18_446_744_073_709_551_615);
    /// ```
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
    suggestion: Option<&'static str>,
}

impl UnknownName {
    /// Records that `system` has no entry named `name`.
    ///
    /// ```
    /// use errcat::UnknownName;
    ///
    /// let error = UnknownName::new("Disk", "EMPTY");
    /// assert_eq!((error.system(), error.name()), ("Disk", "EMPTY"));
    /// assert_eq!(error.suggestion(), None);
    /// assert!(!error.is_truncated());
    /// assert_eq!(error.to_string(), r#"no Disk entry is named "EMPTY""#);
    /// ```
    #[allow(clippy::cast_possible_truncation)]
    pub fn new(system: &'static str, name: &str) -> Self {
        let mut end = name.len().min(KEPT_NAME_BYTES);
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        let mut kept = [0; KEPT_NAME_BYTES];
        kept[..end].copy_from_slice(&name.as_bytes()[..end]);
        UnknownName { system, kept, kept_len: end as u8, truncated: end < name.len(), suggestion: None }
    }

    /// Records that `system` has no entry named `name`, and suggests the
    /// closest of `names`: the same name in other letter case, or one a few
    /// edits away.
    ///
    /// ```
    /// use errcat::UnknownName;
    ///
    /// let names = ["FILE_NOT_EXIST", "FILE_EXIST", "DIR_NOT_EMPTY"];
    /// let error = UnknownName::suggesting("Cos", "FILE_NOT_EXISTS", &names);
    /// assert_eq!(error.suggestion(), Some("FILE_NOT_EXIST"));
    /// assert_eq!(error.to_string(), r#"no Cos entry is named "FILE_NOT_EXISTS"; did you mean FILE_NOT_EXIST?"#);
    /// assert_eq!(UnknownName::suggesting("Cos", "file_exist", &names).suggestion(), Some("FILE_EXIST"));
    /// assert_eq!(UnknownName::suggesting("Cos", "TIMEOUT", &names).suggestion(), None);
    /// ```
    pub fn suggesting(system: &'static str, name: &str, names: &[&'static str]) -> Self {
        UnknownName::suggesting_among(system, name, names.iter().copied())
    }

    /// [`UnknownName::suggesting`] over any sequence of names that can be
    /// walked twice.
    ///
    /// ```
    /// use errcat::UnknownName;
    ///
    /// let names = ["FILE_NOT_EXIST", "FILE_EXIST"];
    /// let error = UnknownName::suggesting_among("Cos", "FILE_EXISTS", names.into_iter());
    /// assert_eq!(error.suggestion(), Some("FILE_EXIST"));
    /// ```
    pub fn suggesting_among(
        system: &'static str,
        name: &str,
        names: impl Iterator<Item = &'static str> + Clone,
    ) -> Self {
        UnknownName { suggestion: closest_name(name, names), ..UnknownName::new(system, name) }
    }

    /// The documented name closest to the rejected one, if any is close.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Disk { 1 DISK_FULL } }
    ///
    /// let error = "DISK_FUL".parse::<Disk>().unwrap_err();
    /// assert_eq!(error.suggestion(), Some("DISK_FULL"));
    /// ```
    pub const fn suggestion(&self) -> Option<&'static str> {
        self.suggestion
    }

    /// The name of the catalogue that was asked.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Disk { 1 FULL } }
    ///
    /// assert_eq!("EMPTY".parse::<Disk>().unwrap_err().system(), "Disk");
    /// ```
    pub const fn system(&self) -> &'static str {
        self.system
    }

    /// The rejected name (its first 64 bytes when it was longer; see
    /// [`UnknownName::is_truncated`]).
    ///
    /// ```
    /// use errcat::UnknownName;
    ///
    /// assert_eq!(UnknownName::new("Disk", "EMPTY").name(), "EMPTY");
    /// let long = "X".repeat(70);
    /// assert_eq!(UnknownName::new("Disk", &long).name(), "X".repeat(64));
    /// let wide = "文".repeat(30);
    /// assert_eq!(UnknownName::new("Disk", &wide).name(), "文".repeat(21));
    /// ```
    pub fn name(&self) -> &str {
        let kept = &self.kept[..usize::from(self.kept_len)];
        core::str::from_utf8(kept).unwrap_or_default()
    }

    /// Whether the rejected name was longer than what [`UnknownName::name`]
    /// returns.
    ///
    /// ```
    /// use errcat::UnknownName;
    ///
    /// assert!(!UnknownName::new("Disk", &"X".repeat(64)).is_truncated());
    /// let error = UnknownName::new("Disk", &"X".repeat(65));
    /// assert!(error.is_truncated());
    /// assert!(error.to_string().ends_with("…\""));
    /// ```
    pub const fn is_truncated(&self) -> bool {
        self.truncated
    }
}

impl fmt::Display for UnknownName {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ellipsis = if self.truncated { "…" } else { "" };
        write!(formatter, "no {} entry is named \"{}{ellipsis}\"", self.system, self.name())?;
        match self.suggestion {
            Some(suggestion) => write!(formatter, "; did you mean {suggestion}?"),
            None => Ok(()),
        }
    }
}

/// The longest name, in characters, that suggestions are computed for.
const LONGEST_COMPARED: usize = 64;

/// The name in `names` closest to `name`: equal but for letter case, else
/// the fewest edits, if they are few for the name's length.
fn closest_name(name: &str, names: impl Iterator<Item = &'static str> + Clone) -> Option<&'static str> {
    if let Some(same) = names.clone().find(|candidate| candidate.eq_ignore_ascii_case(name)) {
        return Some(same);
    }
    let length = name.chars().count();
    if length > LONGEST_COMPARED {
        return None;
    }
    let allowed = (length / 3).max(1);
    let mut best: Option<(usize, &'static str)> = None;
    for candidate in names {
        let bound = best.map_or(allowed, |(distance, _)| distance - 1);
        if candidate.chars().count().abs_diff(length) > bound {
            continue;
        }
        if let Some(distance) = edit_distance(name, candidate).filter(|&distance| distance <= bound) {
            best = Some((distance, candidate));
            if distance == 1 {
                break;
            }
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Levenshtein distance, ignoring ASCII letter case; `None` when either
/// string is longer than [`LONGEST_COMPARED`] characters.
fn edit_distance(left: &str, right: &str) -> Option<usize> {
    let mut previous = [0usize; LONGEST_COMPARED + 1];
    let mut current = [0usize; LONGEST_COMPARED + 1];
    let right_length = right.chars().count();
    if right_length > LONGEST_COMPARED || left.chars().count() > LONGEST_COMPARED {
        return None;
    }
    for (column, slot) in previous.iter_mut().enumerate().take(right_length + 1) {
        *slot = column;
    }
    for (row, left_char) in left.chars().enumerate() {
        current[0] = row + 1;
        for (column, right_char) in right.chars().enumerate() {
            let substitution = usize::from(!left_char.eq_ignore_ascii_case(&right_char));
            current[column + 1] =
                (previous[column] + substitution).min(previous[column + 1] + 1).min(current[column] + 1);
        }
        previous = current;
    }
    Some(previous[right_length])
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
    fn suggestions_are_close_names() {
        assert_eq!(edit_distance("kitten", "sitting"), Some(3));
        assert_eq!(edit_distance("", "abc"), Some(3));
        assert_eq!(edit_distance("ABC", "abc"), Some(0));
        let names = ["ERR_UPLOAD", "ERR_DOWNLOAD", "OK"];
        assert_eq!(closest_name("ERR_UPLAOD", names.into_iter()), Some("ERR_UPLOAD"));
        assert_eq!(closest_name("ok", names.into_iter()), Some("OK"));
        assert_eq!(closest_name("KO", names.into_iter()), None);
        assert_eq!(closest_name("COMPLETELY_DIFFERENT", names.into_iter()), None);
        assert_eq!(closest_name(&"X".repeat(100), names.into_iter()), None);
    }

    #[test]
    fn short_names_are_kept_whole() {
        let error = UnknownName::new("Cos", "");
        assert!(!error.is_truncated());
        assert_eq!(error.name(), "");
    }
}
