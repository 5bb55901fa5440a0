//! What each column of a table holds, told by the words of its header, in
//! Chinese or English.

/// The role of one column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// The numeric code; `strong` for words that mean the error code itself
    /// (错误码, code), not for an HTTP status beside it.
    Code { strong: bool },
    /// The documented name.
    Name,
    /// A message in a language the header names (中文, English).
    Language(&'static str),
    /// A description in the language of its text (描述, 说明, message).
    Description,
    /// Anything else: its cells go to the entry's doc, after the header.
    Other,
}

const LANGUAGES: &[(&str, &[&str])] = &[
    ("zh", &["中文", "汉语", "chinese", "简体"]),
    ("en", &["英文", "english", "英语"]),
    ("ja", &["日文", "日语", "japanese"]),
];

const LANGUAGE_TAGS: &[(&str, &str)] = &[("zh", "zh"), ("zh-cn", "zh"), ("cn", "zh"), ("en", "en"), ("en-us", "en")];

const NAME_WORDS: &[&str] =
    &["名称", "名字", "错误名", "标识", "常量", "枚举", "name", "symbol", "identifier", "constant"];

const DESCRIPTION_WORDS: &[&str] = &[
    "描述",
    "说明",
    "原因",
    "信息",
    "含义",
    "提示",
    "消息",
    "解释",
    "备注",
    "description",
    "message",
    "reason",
    "meaning",
    "desc",
    "msg",
    "text",
    "detail",
    "explanation",
];

const CODE_WORDS: &[&str] = &["码", "编号", "code", "errno", "retcode", "status"];

const WEAK_CODE_WORDS: &[&str] = &["http", "状态", "status"];

pub fn classify(header: &str) -> Role {
    let header: String = header.trim().to_lowercase().chars().filter(|character| !"`*_".contains(*character)).collect();
    if let Some(&(_, language)) = LANGUAGE_TAGS.iter().find(|(tag, _)| header == *tag) {
        return Role::Language(language);
    }
    if let Some(&(language, _)) = LANGUAGES.iter().find(|(_, words)| words.iter().any(|word| header.contains(word))) {
        return Role::Language(language);
    }
    let has = |words: &[&str]| words.iter().any(|word| header.contains(word));
    if has(NAME_WORDS) {
        Role::Name
    } else if has(DESCRIPTION_WORDS) {
        Role::Description
    } else if has(CODE_WORDS) || header == "id" {
        Role::Code { strong: !has(WEAK_CODE_WORDS) }
    } else {
        Role::Other
    }
}

/// The language of a column of text: Chinese when any cell holds a Han
/// character, English otherwise.
pub fn language_of<'a>(texts: impl IntoIterator<Item = &'a str>) -> &'static str {
    if texts.into_iter().any(has_han) { "zh" } else { "en" }
}

fn has_han(text: &str) -> bool {
    text.chars().any(
        |character| matches!(character, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}'),
    )
}

/// The columns of a table, as the importer uses them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub code: usize,
    pub name: Option<usize>,
    /// Columns whose cells are messages: (column, language), the table's
    /// primary message first.
    pub messages: Vec<(usize, &'static str)>,
    /// Columns whose cells go to the doc; `labelled` ones after their header.
    pub doc: Vec<(usize, bool)>,
}

/// How the columns of a table map to an entry; `None` when no column holds
/// codes. Language columns (中文, English) are messages in their language;
/// a description column (描述, 说明) is a message in the language of its
/// text, unless a column before it, or a language column, already gives
/// that language: then it is the longer explanation, the doc (Mcsl's 中文
/// and 说明). Messages keep the order of their columns.
pub fn layout(header: &[String], rows: &[Vec<String>]) -> Option<Layout> {
    let roles: Vec<Role> = header.iter().map(|title| classify(title)).collect();
    let code = roles
        .iter()
        .position(|role| *role == Role::Code { strong: true })
        .or_else(|| roles.iter().position(|role| matches!(role, Role::Code { .. })))?;
    let column_text = |column: usize| rows.iter().filter_map(move |row| row.get(column).map(String::as_str));
    let mut name = None;
    let mut messages: Vec<(usize, &'static str)> = Vec::new();
    let mut descriptions = Vec::new();
    let mut doc = Vec::new();
    for (column, role) in roles.iter().enumerate() {
        match role {
            _ if column == code => {}
            Role::Name if name.is_none() => name = Some(column),
            Role::Language(language) if !messages.iter().any(|(_, taken)| taken == language) => {
                messages.push((column, language));
            }
            Role::Description => descriptions.push(column),
            _ => doc.push((column, true)),
        }
    }
    for column in descriptions {
        let language = language_of(column_text(column));
        if messages.iter().any(|(_, taken)| *taken == language) {
            doc.push((column, false));
        } else {
            messages.push((column, language));
        }
    }
    messages.sort_unstable();
    doc.sort_unstable();
    Some(Layout { code, name, messages, doc })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|text| (*text).to_owned()).collect()
    }

    #[test]
    fn headers_in_chinese_and_english() {
        assert_eq!(classify("错误码"), Role::Code { strong: true });
        assert_eq!(classify("响应码"), Role::Code { strong: true });
        assert_eq!(classify("Error Code"), Role::Code { strong: true });
        assert_eq!(classify("HTTP 状态码"), Role::Code { strong: false });
        assert_eq!(classify("错误码名称"), Role::Name);
        assert_eq!(classify("名称"), Role::Name);
        assert_eq!(classify("Name"), Role::Name);
        assert_eq!(classify("错误原因"), Role::Description);
        assert_eq!(classify("描述"), Role::Description);
        assert_eq!(classify("说明"), Role::Description);
        assert_eq!(classify("Description"), Role::Description);
        assert_eq!(classify("中文"), Role::Language("zh"));
        assert_eq!(classify("English message"), Role::Language("en"));
        assert_eq!(classify("en"), Role::Language("en"));
        assert_eq!(classify("HTTP Method"), Role::Other);
    }

    #[test]
    fn the_strong_code_column_wins() {
        let found =
            layout(&strings(&["HTTP 状态码", "错误码", "描述"]), &[strings(&["403", "-61", "签名错误"])]).unwrap();
        assert_eq!(found.code, 1);
        assert_eq!(found.doc, [(0, true)]);
        assert_eq!(found.messages, [(2, "zh")]);
    }

    #[test]
    fn language_columns_are_messages_and_descriptions_doc() {
        let header = strings(&["响应码", "名称", "中文", "说明"]);
        let found = layout(&header, &[strings(&["10001", "Bad Request", "无效请求", "无法解析请求"])]).unwrap();
        assert_eq!(found, Layout { code: 0, name: Some(1), messages: vec![(2, "zh")], doc: vec![(3, false)] });
    }

    #[test]
    fn descriptions_take_the_language_of_their_text() {
        let header = strings(&["错误码名称", "错误码", "描述"]);
        let found = layout(&header, &[strings(&["BadRequest", "400000", "bad request"])]).unwrap();
        assert_eq!(found.messages, [(2, "en")]);
        let header = strings(&["code", "描述", "Description"]);
        let found = layout(&header, &[strings(&["1", "坏", "bad"])]).unwrap();
        assert_eq!(found.messages, [(1, "zh"), (2, "en")]);
        let header = strings(&["Description", "code", "中文"]);
        let found = layout(&header, &[strings(&["bad", "1", "坏"])]).unwrap();
        assert_eq!((found.messages, found.doc), (vec![(0, "en"), (2, "zh")], vec![]));
    }

    #[test]
    fn a_table_without_codes_is_not_an_error_table() {
        assert_eq!(layout(&strings(&["名称", "描述"]), &[]), None);
    }
}
