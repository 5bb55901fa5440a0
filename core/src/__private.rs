//! Support for the code that `error_catalog!` generates. Not public API:
//! it changes whenever the macro does (the two crates are pinned together).

use core::fmt;

pub use errcat_phf::{hash_code, hash_name, position_in};

/// A URL template filled in, as `Entry::url` fills it: for tools that read
/// catalogues from source.
#[cfg(feature = "alloc")]
pub use crate::url::fill as fill_url;
#[cfg(feature = "serde")]
pub use ::serde;
#[cfg(feature = "alloc")]
pub use alloc::string::String;

#[cfg(feature = "serde")]
pub use crate::serde_support::{deserialize_entry, deserialize_name, serialize_entry, serialize_name};

use crate::{Section, Text};

/// `Display` of a generated enum: the message, the name and the code.
pub fn display(message: &str, name: &str, code: impl fmt::Display, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
    if message.is_empty() {
        write!(formatter, "{name} (code {code})")
    } else {
        write!(formatter, "{message} ({name}, code {code})")
    }
}

/// `Display` of a generated enum, its message rendered without arguments
/// (`{{` written as `{`, placeholders as they stand).
pub fn display_rendered(
    message: crate::Rendered<'_>,
    name: &str,
    code: impl fmt::Display,
    formatter: &mut fmt::Formatter<'_>,
) -> fmt::Result {
    if message.is_empty() {
        write!(formatter, "{name} (code {code})")
    } else {
        write!(formatter, "{message} ({name}, code {code})")
    }
}

/// The per-entry tables of a catalogue, one per field, indexed by the
/// entry's position in `ALL`. The names and messages are typed arrays;
/// every other text field is one literal (see [`Strings`]) and every
/// numeric field one byte string: the compiler reads one token for a whole
/// field. Fields that most entries leave empty are sparse.
#[derive(Debug)]
pub struct Tables {
    /// Integer codes as little-endian bytes, the code type's width each
    /// (read by [`code_i32`] and its siblings); empty for string codes,
    /// which are their own written forms.
    pub codes: &'static [u8],
    /// Typed arrays: `name()` and `message()` are the hot texts, read with
    /// one indexed load as a `[&str]` gives, where a [`Strings`] would read
    /// two offsets and check two char boundaries.
    pub names: &'static [&'static str],
    pub variants: &'static Strings,
    pub messages: &'static [&'static str],
    /// `(entry, doc)` for the entries with a doc comment, sorted by entry.
    pub docs: &'static [(u32, &'static str)],
    /// Where each entry's texts start in `texts`, plus where the last one
    /// ends, as little-endian `u32`s; empty when no entry has texts.
    pub text_starts: &'static [u8],
    pub texts: &'static [Text],
    /// `(entry, note)` for the deprecated entries, sorted by entry.
    pub deprecated: &'static [(u32, &'static str)],
    /// Each entry's HTTP status as a little-endian `u16`, 0 for none; empty
    /// when no entry has one.
    pub http: &'static [u8],
}

macro_rules! code_readers {
    ($($reader:ident: $type:ident),*) => {$(
        #[doc = concat!("The `", stringify!($type), "` code of entry `index` in a code table ([`Tables::codes`]).")]
        ///
        /// 0 past the table's end, which the generated code never reads.
        #[inline(always)]
        pub const fn $reader(codes: &[u8], index: usize) -> $type {
            const WIDTH: usize = ::core::mem::size_of::<$type>();
            match codes.split_at_checked(index * WIDTH) {
                Some((_, rest)) => match rest.first_chunk::<WIDTH>() {
                    Some(bytes) => $type::from_le_bytes(*bytes),
                    None => 0,
                },
                None => 0,
            }
        }
    )*};
}

code_readers!(code_i8: i8, code_i16: i16, code_i32: i32, code_i64: i64, code_u8: u8, code_u16: u16, code_u32: u32, code_u64: u64);

/// One text per entry, written as one literal: the texts concatenated, and
/// where each ends, as little-endian `u32`s after a leading 0. The text of
/// entry `i` runs from the `i`th offset to the next.
#[derive(Debug)]
pub struct Strings {
    text: &'static str,
    offsets: &'static [u8],
}

impl Strings {
    /// `offsets` holds one more `u32` than there are texts, the first 0.
    pub const fn new(text: &'static str, offsets: &'static [u8]) -> Self {
        Strings { text, offsets }
    }

    /// The text of entry `index`.
    ///
    /// ```
    /// use errcat::__private::Strings;
    ///
    /// let names = Strings::new("FULLGONE", &[0, 0, 0, 0, 4, 0, 0, 0, 8, 0, 0, 0]);
    /// assert_eq!((names.get(0), names.get(1), names.len()), ("FULL", "GONE", 2));
    /// ```
    #[inline]
    pub const fn get(&self, index: usize) -> &'static str {
        let pair = u64_at_byte(self.offsets, index * 4);
        let (start, end) = ((pair & 0xFFFF_FFFF) as usize, (pair >> 32) as usize);
        self.text.split_at(end).0.split_at(start).1
    }

    /// The number of texts.
    pub const fn len(&self) -> usize {
        (self.offsets.len() / 4).saturating_sub(1)
    }

    /// Whether there are none.
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every text, in order.
    pub fn iter(&'static self) -> impl Iterator<Item = &'static str> + Clone {
        (0..self.len()).map(|index| self.get(index))
    }
}

/// The little-endian `u16` at `index` (counted in `u16`s) of a byte
/// string; 0 past its end.
#[inline]
pub const fn u16_at(bytes: &[u8], index: usize) -> u16 {
    let at = index * 2;
    if at + 2 > bytes.len() {
        return 0;
    }
    u16::from_le_bytes([bytes[at], bytes[at + 1]])
}

/// The little-endian `u32` at `index` (counted in `u32`s) of a byte
/// string; 0 past its end.
#[inline]
pub const fn u32_at(bytes: &[u8], index: usize) -> u32 {
    let at = index * 4;
    if at + 4 > bytes.len() {
        return 0;
    }
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// The little-endian `u64` at byte `at` of a byte string; 0 past its end.
#[inline]
const fn u64_at_byte(bytes: &[u8], at: usize) -> u64 {
    if at + 8 > bytes.len() {
        return 0;
    }
    u64::from_le_bytes([
        bytes[at],
        bytes[at + 1],
        bytes[at + 2],
        bytes[at + 3],
        bytes[at + 4],
        bytes[at + 5],
        bytes[at + 6],
        bytes[at + 7],
    ])
}

/// The little-endian `u64` at `index` (counted in `u64`s) of a byte
/// string; 0 past its end.
#[inline]
pub const fn u64_at(bytes: &[u8], index: usize) -> u64 {
    u64_at_byte(bytes, index * 8)
}

/// Whether two names are equal but for letter case, by Unicode's lowercase
/// mapping, allocating nothing.
pub fn eq_ignore_case(left: &str, right: &str) -> bool {
    left.eq_ignore_ascii_case(right)
        || (!left.is_ascii() || !right.is_ascii())
            && left.chars().flat_map(char::to_lowercase).eq(right.chars().flat_map(char::to_lowercase))
}

/// The value for `index` in a sparse `(index, value)` table sorted by index.
pub(crate) fn sparse<T: Copy>(table: &[(u32, T)], index: usize) -> Option<T> {
    table.binary_search_by_key(&index, |&(at, _)| at as usize).ok().map(|found| table[found].1)
}

/// The innermost section holding the entry at `index`: sections come parent
/// first and a section's entries are contiguous, so it is the last section
/// whose entries contain the index.
pub const fn innermost_section<C>(sections: &[Section<C>], index: usize) -> Option<usize> {
    let mut section = sections.len();
    while section > 0 {
        section -= 1;
        let (start, end) = sections[section].entry_bounds();
        if start <= index && index < end {
            return Some(section);
        }
    }
    None
}

/// A message built during constant evaluation, for the panics that make
/// the cross-catalogue checks fail the build.
#[derive(Debug)]
pub struct Message {
    bytes: [u8; 512],
    len: usize,
}

impl Message {
    const fn new() -> Self {
        Message { bytes: [0; 512], len: 0 }
    }

    const fn text(mut self, text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut index = 0;
        while index < bytes.len() && self.len < self.bytes.len() {
            self.bytes[self.len] = bytes[index];
            self.len += 1;
            index += 1;
        }
        self
    }

    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    const fn code(mut self, code: i128) -> Self {
        if code < 0 {
            self = self.text("-");
        }
        let mut magnitude = code.unsigned_abs();
        let mut digits = [0u8; 40];
        let mut count = 0;
        loop {
            digits[count] = b'0' + (magnitude % 10) as u8;
            count += 1;
            magnitude /= 10;
            if magnitude == 0 {
                break;
            }
        }
        while count > 0 && self.len < self.bytes.len() {
            count -= 1;
            self.bytes[self.len] = digits[count];
            self.len += 1;
        }
        self
    }

    const fn ranges(mut self, ranges: &[(i128, i128)]) -> Self {
        let mut index = 0;
        while index < ranges.len() {
            if index > 0 {
                self = self.text(", ");
            }
            self = self.code(ranges[index].0).text("..=").code(ranges[index].1);
            index += 1;
        }
        self
    }

    const fn prefixes(mut self, prefixes: &[&str]) -> Self {
        let mut index = 0;
        while index < prefixes.len() {
            if index > 0 {
                self = self.text(", ");
            }
            self = self.text("\"").text(prefixes[index]).text("\"");
            index += 1;
        }
        self
    }

    /// The message; empty when the check passed.
    pub const fn as_str(&self) -> &str {
        // Every piece pushed is UTF-8; only an overflow could cut one, and
        // the messages here are far shorter than the buffer.
        match core::str::from_utf8(self.bytes.split_at(self.len).0) {
            Ok(message) => message,
            Err(_) => "a cross-catalogue check failed",
        }
    }

    /// Whether the check passed.
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Why two catalogues asserted disjoint are not: they share a code.
pub const fn shared_code(first: &str, second: &str, code: i128) -> Message {
    Message::new()
        .text("catalogues `")
        .text(first)
        .text("` and `")
        .text(second)
        .text("` share code ")
        .code(code)
        .text("; a code must mean one thing across the catalogues asserted disjoint")
}

/// Why two `str` catalogues asserted disjoint are not: they share a code.
pub const fn shared_code_str(first: &str, second: &str, code: &str) -> Message {
    Message::new()
        .text("catalogues `")
        .text(first)
        .text("` and `")
        .text(second)
        .text("` share code \"")
        .text(code)
        .text("\"; a code must mean one thing across the catalogues asserted disjoint")
}

/// The entry a text (a name, or a string code) hashes to in a perfect hash
/// table whose slots each hold the entry in the low 32 bits and the low
/// half of its text's hash above them; `None` when the halves differ, which
/// rejects most unknown texts without comparing them. The caller compares
/// the text.
#[inline]
pub const fn text_slot(text: &str, seed: u64, pilots: &[u8], slots: &[u8]) -> Option<usize> {
    let hash = hash_name(text.as_bytes(), seed);
    let slot = u64_at(slots, position_in(hash, pilots, slots.len() / 8));
    if slot >> 32 == hash & 0xFFFF_FFFF { Some((slot & 0xFFFF_FFFF) as usize) } else { None }
}

/// Whether two strings are equal, in a `const fn`.
///
/// ```
/// use errcat::__private::str_eq;
///
/// assert!(str_eq("22P02", "22P02"));
/// assert!(!str_eq("22P02", "22P0"));
/// assert!(!str_eq("22P02", "22P03"));
/// ```
#[inline]
pub const fn str_eq(one: &str, two: &str) -> bool {
    let (one, two) = (one.as_bytes(), two.as_bytes());
    if one.len() != two.len() {
        return false;
    }
    let mut index = 0;
    while index < one.len() {
        if one[index] != two[index] {
            return false;
        }
        index += 1;
    }
    true
}

/// Whether `text` starts with `prefix`, in a `const fn`, byte by byte.
const fn starts_with(text: &str, prefix: &str) -> bool {
    let (text, prefix) = (text.as_bytes(), prefix.as_bytes());
    if text.len() < prefix.len() {
        return false;
    }
    let mut index = 0;
    while index < prefix.len() {
        if text[index] != prefix[index] {
            return false;
        }
        index += 1;
    }
    true
}

/// [`check_extension`] for `str` systems, whose open declarations are
/// prefixes.
pub const fn check_extension_prefixes(
    system: &str,
    name: &str,
    code: &str,
    base: &str,
    open: &[&str],
    base_has_code: bool,
) -> Message {
    let mut index = 0;
    let mut inside = false;
    while index < open.len() {
        if starts_with(code, open[index]) {
            inside = true;
        }
        index += 1;
    }
    let entry = Message::new().text("code \"").text(code).text("\" of `").text(system).text("::").text(name).text("`");
    if base_has_code {
        entry
            .text(" is already used by `")
            .text(base)
            .text("`, which `")
            .text(system)
            .text("` extends; choose a code with a prefix `")
            .text(base)
            .text("` leaves open")
    } else if !inside && open.is_empty() {
        entry.text(" has none of the prefixes that `").text(base).text("` leaves open: it leaves none (`open \"…\";`)")
    } else if !inside {
        entry.text(" has none of the prefixes that `").text(base).text("` leaves open: ").prefixes(open)
    } else {
        Message::new()
    }
}

/// What is wrong with an entry of an extending system (`#[extends(Base)]`):
/// it collides with the base, or leaves the ranges the base leaves open.
/// Empty when nothing is.
pub const fn check_extension(
    system: &str,
    name: &str,
    code: i128,
    base: &str,
    open: &[(i128, i128)],
    base_has_code: bool,
) -> Message {
    let mut index = 0;
    let mut inside = false;
    while index < open.len() {
        if open[index].0 <= code && code <= open[index].1 {
            inside = true;
        }
        index += 1;
    }
    let entry = Message::new().text("code ").code(code).text(" of `").text(system).text("::").text(name).text("`");
    if base_has_code {
        entry
            .text(" is already used by `")
            .text(base)
            .text("`, which `")
            .text(system)
            .text("` extends; choose a code in the ranges `")
            .text(base)
            .text("` leaves open")
    } else if !inside && open.is_empty() {
        entry.text(" is outside the ranges that `").text(base).text("` leaves open: it leaves none (`open A..=B;`)")
    } else if !inside {
        entry
            .text(" is outside the ranges that `")
            .text(base)
            .text("` leaves open to the systems that extend it: ")
            .ranges(open)
    } else {
        Message::new()
    }
}

/// The serde impls of a generated enum that opts in with `#[serde]` (as its
/// codes) or `#[serde(by_name)]` (as its names). Without errcat's `serde`
/// feature, a compile error saying which feature to enable.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_items {
    ($catalog:ident) => {
        $crate::__serde_items!(@impl $catalog, serialize_entry, deserialize_entry, "Serializes as the entry's code.",
            "Reads an entry's code; a code with no entry is an error naming the catalogue and the code \
             (`errcat::ReceivedCode` keeps unknown codes).");
    };
    ($catalog:ident, by_name) => {
        $crate::__serde_items!(@impl $catalog, serialize_name, deserialize_name,
            "Serializes as the entry's documented name.",
            "Reads an entry's documented name; a name with no entry is an error naming the catalogue, the name \
             and the closest name.");
    };
    (@impl $catalog:ident, $serialize:ident, $deserialize:ident, $serialize_doc:literal, $deserialize_doc:literal) => {
        #[doc = $serialize_doc]
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $catalog {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::$serialize(*self, serializer)
            }
        }

        #[doc = $deserialize_doc]
        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $catalog {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::$deserialize(deserializer)
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_items {
    ($($input:tt)*) => {
        ::core::compile_error!(
            "`#[serde]` on a system needs errcat's `serde` feature: `errcat = { version = \"0.1\", features = [\"serde\"] }`"
        );
    };
}

#[cfg(feature = "schemars")]
pub use ::schemars;

/// `JsonSchema` for a generated enum that opts in: the schema of its codes,
/// or with `by_name` of its names. Without errcat's `schemars` feature, a
/// compile error saying which feature to enable.
#[cfg(feature = "schemars")]
#[doc(hidden)]
#[macro_export]
macro_rules! __json_schema_items {
    ($catalog:ident) => {
        $crate::__json_schema_items!(@impl $catalog, codes, "");
    };
    ($catalog:ident, by_name) => {
        $crate::__json_schema_items!(@impl $catalog, names, "Name");
    };
    (@impl $catalog:ident, $schema:ident, $suffix:literal) => {
        /// The schema of the catalogue's wire form: one of its codes (or names).
        #[automatically_derived]
        impl $crate::__private::schemars::JsonSchema for $catalog {
            fn schema_name() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                $crate::__private::Cow::Borrowed(::core::concat!(::core::stringify!($catalog), $suffix))
            }

            fn schema_id() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                $crate::__private::Cow::Borrowed(::core::concat!(
                    ::core::module_path!(),
                    "::",
                    ::core::stringify!($catalog),
                    $suffix
                ))
            }

            fn json_schema(
                _: &mut $crate::__private::schemars::SchemaGenerator,
            ) -> $crate::__private::schemars::Schema {
                $crate::schema::$schema::<Self>()
            }
        }
    };
}

#[cfg(not(feature = "schemars"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __json_schema_items {
    ($($input:tt)*) => {
        ::core::compile_error!(
            "`#[json_schema]` on a system needs errcat's `schemars` feature: `errcat = { version = \"0.1\", features = [\"schemars\"] }`"
        );
    };
}

#[cfg(feature = "alloc")]
pub use alloc::borrow::Cow;

#[cfg(test)]
mod tests {
    use super::{code_i16, code_i64, code_u8, code_u64};

    #[test]
    fn codes_are_read_in_their_width() {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&(-46628i64).to_le_bytes());
        bytes[8..].copy_from_slice(&u64::MAX.to_le_bytes());
        assert_eq!((code_i64(&bytes, 0), code_u64(&bytes, 1)), (-46628, u64::MAX));
        assert_eq!((code_i16(&bytes, 0), code_i16(&bytes, 1)), (0x49DC, -1)); // the low bytes of -46628
        assert_eq!((code_u8(&bytes, 15), code_u8(&bytes, 16), code_i64(&bytes, 2)), (0xFF, 0, 0));
    }
}
