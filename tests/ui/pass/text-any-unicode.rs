//! Any text is data: messages, documented names and doc comments holding
//! every bidirectional control (U+202A–U+202E, U+2066–U+2069), NUL, CR
//! and other control characters compile (the generated literals and the
//! variant docs escape them) and come back unchanged.
#![deny(warnings)]

use errcat::error_catalog;

error_catalog! {
    #[languages(en, ar)]
    pub system Text {
        /// A doc with \u{202e} escapes is kept as text: \u{2066}.
        #[doc = "and a doc attribute with the characters themselves: \u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2066}\u{2067}\u{2068}\u{2069}\0\r\u{1b}"]
        1 EVERY_CONTROL "a\u{202a}b\u{202b}c\u{202c}d\u{202d}e\u{202e}f\u{2066}g\u{2067}h\u{2068}i\u{2069}j\0k\rl\u{7}m\u{1b}n"
            ar "\u{202b}مرحبا\u{202c}\0",
        #[name = "NAME\u{202e}\0\r\u{2069}"]
        2 ODD_NAME "\u{2067}`*_[]<>|#~&\\\"",
    }
}

fn main() {
    assert_eq!(
        Text::EveryControl.message(),
        "a\u{202a}b\u{202b}c\u{202c}d\u{202d}e\u{202e}f\u{2066}g\u{2067}h\u{2068}i\u{2069}j\0k\rl\u{7}m\u{1b}n"
    );
    assert_eq!(Text::EveryControl.entry().message_in("ar"), Some("\u{202b}مرحبا\u{202c}\0"));
    assert!(Text::EveryControl.entry().doc().ends_with("\u{2067}\u{2068}\u{2069}\0\r\u{1b}"));
    assert_eq!(Text::OddName.name(), "NAME\u{202e}\0\r\u{2069}");
    assert_eq!(Text::from_name("NAME\u{202e}\0\r\u{2069}"), Some(Text::OddName));
    assert_eq!(Text::OddName.message(), "\u{2067}`*_[]<>|#~&\\\"");
    assert_eq!(Text::OddName.to_string(), "\u{2067}`*_[]<>|#~&\\\" (NAME\u{202e}\0\r\u{2069}, code 2)");
}
