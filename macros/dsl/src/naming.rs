//! Names: documented names become enum variants (`FILE_NOT_EXIST` becomes
//! `FileNotExist`), and arbitrary documented names (`2RSP`, `Bad Request`)
//! become identifiers for the catalogue source.

use heck::{ToShoutySnakeCase, ToUpperCamelCase};

/// The variant for an entry's identifier: `UpperCamelCase`, then sanitized so
/// that it is a valid, lint-clean identifier. `None` when nothing is left
/// (an identifier made only of underscores).
pub fn variant_name(ident: &str) -> Option<String> {
    let ident = ident.strip_prefix("r#").unwrap_or(ident);
    let camel = single_case_camel(ident).unwrap_or_else(|| ident.to_upper_camel_case());
    if camel.is_empty() {
        return None;
    }
    Some(sanitize(camel))
}

/// `UpperCamelCase` of a name in ASCII letters, digits and `_` whose
/// letters are all of one case (`FILE_NOT_EXIST`, `snake_case`), as heck
/// makes it, without heck's general word splitting: such a name has no
/// case change inside a word, so its words are the runs between
/// underscores, each capitalized. `None` for any other name (mixed case,
/// other characters), which goes to heck.
fn single_case_camel(ident: &str) -> Option<String> {
    let bytes = ident.as_bytes();
    if !bytes.iter().all(|byte| byte.is_ascii_alphanumeric() || *byte == b'_')
        || (bytes.iter().any(u8::is_ascii_uppercase) && bytes.iter().any(u8::is_ascii_lowercase))
    {
        return None;
    }
    let mut camel = String::with_capacity(ident.len());
    for word in ident.split('_') {
        let mut bytes = word.bytes();
        if let Some(first) = bytes.next() {
            camel.push(char::from(first.to_ascii_uppercase()));
            camel.extend(bytes.map(|byte| char::from(byte.to_ascii_lowercase())));
        }
    }
    Some(camel)
}

fn sanitize(mut name: String) -> String {
    if name.starts_with(|first: char| first.is_ascii_digit()) {
        name.insert(0, 'E');
    }
    if name == "Self" {
        name.push('_');
    }
    name
}

/// An identifier for the catalogue source that stands for a documented name
/// which is not one: `SHOUTY_SNAKE_CASE`, only ASCII letters, digits and `_`,
/// never starting with a digit. `None` when the name has no letter or digit
/// to build from (e.g. a name in Chinese only).
pub fn identifier_for(name: &str) -> Option<String> {
    let cleaned: String = name
        .chars()
        .filter(|character| *character != '\'' && *character != '’')
        .map(|character| if character.is_ascii_alphanumeric() { character } else { ' ' })
        .collect();
    let shouty = cleaned.to_shouty_snake_case();
    if shouty.is_empty() {
        return None;
    }
    if shouty.starts_with(|first: char| first.is_ascii_digit()) {
        return Some(format!("E_{shouty}"));
    }
    Some(shouty)
}

/// Whether `name` can be written as the identifier of an entry, as is.
pub fn is_identifier(name: &str) -> bool {
    // An ASCII identifier with an uppercase letter is never a keyword
    // (`Self` aside): no need to tokenize it.
    let bytes = name.as_bytes();
    if bytes.first().is_some_and(|first| first.is_ascii_alphabetic() || *first == b'_')
        && bytes.iter().all(|byte| byte.is_ascii_alphanumeric() || *byte == b'_')
        && bytes.iter().any(u8::is_ascii_uppercase)
        && name != "Self"
    {
        return true;
    }
    syn::parse_str::<syn::Ident>(name).is_ok_and(|ident| ident == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shouty_names_become_upper_camel_case() {
        assert_eq!(variant_name("FILE_NOT_EXIST").as_deref(), Some("FileNotExist"));
        assert_eq!(variant_name("ERROR_PROXY_SIGN_BUCKET_NOTMATCH").as_deref(), Some("ErrorProxySignBucketNotmatch"));
        assert_eq!(variant_name("HTTP_GATEWAY_TIME_OUT").as_deref(), Some("HttpGatewayTimeOut"));
    }

    #[test]
    fn camel_names_keep_their_words() {
        assert_eq!(variant_name("ExecuteSuccess").as_deref(), Some("ExecuteSuccess"));
        assert_eq!(variant_name("InvalidRequestID").as_deref(), Some("InvalidRequestId"));
        assert_eq!(variant_name("ErrOffsetToZero").as_deref(), Some("ErrOffsetToZero"));
        assert_eq!(variant_name("snake_case_name").as_deref(), Some("SnakeCaseName"));
    }

    #[test]
    fn different_spellings_of_one_name_collide() {
        assert_eq!(variant_name("FILE_NOT_EXIST"), variant_name("FileNotExist"));
        assert_eq!(variant_name("FILE_NOT_EXIST"), variant_name("file_not_exist"));
    }

    #[test]
    fn results_are_valid_identifiers() {
        assert_eq!(variant_name("SELF").as_deref(), Some("Self_"));
        assert_eq!(variant_name("r#type").as_deref(), Some("Type"));
        assert_eq!(variant_name("_2RSP").as_deref(), Some("E2rsp"));
        assert_eq!(variant_name("__"), None);
        for ident in ["SELF", "r#type", "_2RSP", "E_1", "CRATE", "SUPER", "Self_"] {
            let variant = variant_name(ident).unwrap();
            assert!(is_identifier(&variant), "{ident} -> {variant}");
        }
    }

    #[test]
    fn documented_names_become_identifiers() {
        assert_eq!(identifier_for("2RSP").as_deref(), Some("E_2RSP"));
        assert_eq!(identifier_for("Bad Request").as_deref(), Some("BAD_REQUEST"));
        assert_eq!(identifier_for("It's A Directory").as_deref(), Some("ITS_A_DIRECTORY"));
        assert_eq!(identifier_for("Upload / Download Error").as_deref(), Some("UPLOAD_DOWNLOAD_ERROR"));
        assert_eq!(identifier_for("InvalidRequestID").as_deref(), Some("INVALID_REQUEST_ID"));
        assert_eq!(identifier_for("文件不存在"), None);
        assert_eq!(identifier_for(""), None);
    }

    /// The shortcut for single-case names gives what heck gives.
    #[test]
    fn single_case_names_convert_as_heck_converts_them() {
        for name in [
            "FILE_NOT_EXIST",
            "file_not_exist",
            "__A__B__",
            "E404",
            "ERROR_404X",
            "_2RSP",
            "X",
            "x",
            "A1B2_C3",
            "snake_case_name",
            "SELF",
            "ER_HASHCHK",
            "HTTP_GATEWAY_TIME_OUT",
            "a_1",
            "1_a",
            "ABC__",
            "_",
        ] {
            assert_eq!(single_case_camel(name), Some(name.to_upper_camel_case()), "{name}");
        }
        assert_eq!(single_case_camel("FileNotExist"), None);
        assert_eq!(single_case_camel("InvalidRequestID"), None);
        assert_eq!(single_case_camel("文件"), None);
        assert_eq!(single_case_camel("a-b"), None);
    }

    proptest::proptest! {
        #[test]
        fn variant_names_are_heck_s(name in "(r#)?[A-Za-z0-9_]{0,12}|[A-Z0-9_]{0,16}|[a-z0-9_]{0,16}") {
            let bare = name.strip_prefix("r#").unwrap_or(&name);
            let camel = bare.to_upper_camel_case();
            let expected = (!camel.is_empty()).then(|| sanitize(camel));
            proptest::prop_assert_eq!(variant_name(&name), expected);
        }

        #[test]
        fn identifiers_are_syn_s(name in "[A-Za-z0-9_]{0,12}|Self|self|[a-z]{1,6}") {
            let by_syn = syn::parse_str::<syn::Ident>(&name).is_ok_and(|ident| ident == name);
            proptest::prop_assert_eq!(is_identifier(&name), by_syn);
        }
    }

    #[test]
    fn identifiers_are_recognised() {
        assert!(is_identifier("FILE_NOT_EXIST"));
        assert!(is_identifier("_x"));
        assert!(!is_identifier("2RSP"));
        assert!(!is_identifier("Bad Request"));
        assert!(!is_identifier("type"));
        assert!(!is_identifier(""));
    }
}
