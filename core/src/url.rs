//! Documentation URLs from a system's template (`#[url = "…/{code}"]`).

use alloc::string::String;
use core::fmt::Write as _;

/// The template with `{code}` and `{name}` filled in; the name is
/// percent-encoded outside URL's unreserved characters, so that a name such
/// as `文件` or `A B` still makes one valid path segment. Other text of the
/// template is kept as written.
pub fn fill(template: &str, code: impl core::fmt::Display, name: &str) -> String {
    let mut url = String::with_capacity(template.len() + name.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        url.push_str(&rest[..start]);
        let after = &rest[start..];
        if let Some(tail) = after.strip_prefix("{code}") {
            let _ = write!(url, "{code}");
            rest = tail;
        } else if let Some(tail) = after.strip_prefix("{name}") {
            push_encoded(&mut url, name);
            rest = tail;
        } else {
            url.push('{');
            rest = &after[1..];
        }
    }
    url.push_str(rest);
    url
}

fn push_encoded(url: &mut String, text: &str) {
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            url.push(char::from(byte));
        } else {
            let _ = write!(url, "%{byte:02X}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            fill("https://docs.example.com/errors/{code}", -46628, "X"),
            "https://docs.example.com/errors/-46628"
        );
        assert_eq!(fill("https://e.com/{name}#{code}", 7, "FILE_NOT_EXIST"), "https://e.com/FILE_NOT_EXIST#7");
        assert_eq!(fill("https://e.com/{name}", 7, "2RSP"), "https://e.com/2RSP");
        assert_eq!(fill("https://e.com/{name}", 7, "文 件"), "https://e.com/%E6%96%87%20%E4%BB%B6");
        assert_eq!(fill("https://e.com/{id}/{code}/{", 1, "X"), "https://e.com/{id}/1/{");
        assert_eq!(fill("https://e.com/static", 1, "X"), "https://e.com/static");
    }
}
