use core::fmt;

/// A string code as received from elsewhere, known to the catalogue or not:
/// what [`ReceivedCode::Unknown`](crate::ReceivedCode::Unknown) holds for a
/// system with string codes. It compares, hashes, orders and shows as its
/// text.
///
/// A code known at compile time is borrowed ([`ReceivedText::from_static`]);
/// with the `alloc` feature, any received text is owned
/// ([`ReceivedText::new`]).
///
/// ```
/// use errcat::ReceivedText;
///
/// let known = ReceivedText::from_static("22P02");
/// assert_eq!(known.as_str(), "22P02");
/// assert_eq!(known.to_string(), "22P02");
/// ```
#[derive(Clone)]
pub struct ReceivedText(Text);

#[derive(Clone)]
enum Text {
    Static(&'static str),
    #[cfg(feature = "alloc")]
    Owned(alloc::boxed::Box<str>),
}

impl ReceivedText {
    /// A text known at compile time, e.g. a catalogue's own code.
    pub const fn from_static(text: &'static str) -> Self {
        ReceivedText(Text::Static(text))
    }

    /// Any text, copied (feature `alloc`).
    ///
    /// ```
    /// use errcat::ReceivedText;
    ///
    /// let received = String::from("NoSuchUpload");
    /// assert_eq!(ReceivedText::new(&received), ReceivedText::from_static("NoSuchUpload"));
    /// ```
    #[cfg(feature = "alloc")]
    pub fn new(text: &str) -> Self {
        ReceivedText(Text::Owned(text.into()))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Text::Static(text) => text,
            #[cfg(feature = "alloc")]
            Text::Owned(text) => text,
        }
    }
}

impl PartialEq for ReceivedText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for ReceivedText {}

impl PartialOrd for ReceivedText {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ReceivedText {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl core::hash::Hash for ReceivedText {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for ReceivedText {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), formatter)
    }
}

impl fmt::Display for ReceivedText {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

impl AsRef<str> for ReceivedText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for ReceivedText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for ReceivedText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
