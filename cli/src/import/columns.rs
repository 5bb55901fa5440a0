//! What each column of a table holds: told by the words of its header, in
//! English or Chinese, and by its cells, which settle what headers leave
//! open (a `Code` column of identifiers beside a column of integers), or
//! given with `--columns`. Every decision the cells made is reported.

use crate::import::code::{self, CodeType};

/// The role of one column, as its header words say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// The numeric code; `strong` for words that mean the error code itself
    /// (错误码, code, value), not for a status beside it.
    Code { strong: bool },
    /// The documented name (名称, symbol, constant, macro).
    Name,
    /// A phrase that names the entry in words (HTTP's reason phrase).
    Phrase,
    /// A message in the language the header names (中文, English, de).
    Language(String),
    /// A description in the language of its text (描述, message).
    Description,
    /// An HTTP status (HTTP, HTTP status).
    Http,
    /// errcat's own export: the entry's doc and notes.
    Notes,
    /// Anything else: its cells go to the entry's doc, after the header.
    Other,
}

/// Languages by BCP 47 tag, with the names headers give them: in English,
/// in the language itself, in Chinese. Tags are written with `_` for `-`,
/// as `#[languages(…)]` takes identifiers.
const LANGUAGES: &[(&str, &[&str])] = &[
    ("zh_Hant", &["繁體中文", "繁体中文", "繁體", "traditional chinese", "zh-hant", "zh-tw", "zh_hant", "zh-hk"]),
    ("zh", &["中文", "汉语", "漢語", "chinese", "简体", "zh", "zh-cn", "zh-hans", "zh_hans", "cn"]),
    ("en", &["英文", "english", "英语", "en", "en-us", "en-gb"]),
    ("ja", &["日本語", "日文", "日语", "japanese", "ja"]),
    ("ko", &["한국어", "韩语", "韩文", "korean", "ko"]),
    ("de", &["deutsch", "german", "德语", "德文", "de"]),
    ("fr", &["français", "francais", "french", "法语", "法文", "fr"]),
    ("es", &["español", "espanol", "spanish", "西班牙语", "es"]),
    ("it", &["italiano", "italian", "意大利语", "it"]),
    ("pt", &["português", "portugues", "portuguese", "葡萄牙语", "pt", "pt-br"]),
    ("ru", &["русский", "russian", "俄语", "ru"]),
];

const NAME_WORDS: &[&str] = &[
    "名称",
    "名字",
    "错误名",
    "标识",
    "常量",
    "枚举",
    "符号",
    "宏",
    "name",
    "symbol",
    "identifier",
    "constant",
    "macro",
    "enum",
];

/// Headers that are a name column when they are the whole header.
const NAME_HEADERS: &[&str] = &["error", "错误", "key", "ident"];

const PHRASE_WORDS: &[&str] = &["phrase", "短语", "title"];

const DESCRIPTION_WORDS: &[&str] = &[
    "描述",
    "说明",
    "原因",
    "信息",
    "含义",
    "提示",
    "消息",
    "解释",
    "description",
    "message",
    "reason",
    "meaning",
    "desc",
    "msg",
    "text",
    "detail",
    "explanation",
    "strerror",
    "comment",
    "remark",
    "备注",
    "注释",
];

const CODE_WORDS: &[&str] = &["码", "编号", "取值", "code", "errno", "retcode", "value", "number", "status", "值"];

const CODE_HEADERS: &[&str] = &["id", "no", "no.", "#", "num", "val"];

const WEAK_CODE_WORDS: &[&str] = &["http", "状态", "status"];

fn normalize(header: &str) -> String {
    header.trim().to_lowercase().chars().filter(|character| !"`*_".contains(*character)).collect()
}

fn words(header: &str) -> Vec<&str> {
    header
        .split(|character: char| !(character.is_alphanumeric() || character == '-'))
        .filter(|word| !word.is_empty())
        .collect()
}

/// The language a header names, by tag, name or endonym.
pub fn language_named(header: &str) -> Option<&'static str> {
    let header = normalize(header);
    let words = words(&header);
    LANGUAGES.iter().find_map(|(tag, names)| {
        let named = names
            .iter()
            .any(|name| if name.is_ascii() && name.len() <= 5 { words.contains(name) } else { header.contains(name) });
        named.then_some(*tag)
    })
}

pub fn classify(header: &str) -> Role {
    let normalized = normalize(header);
    if normalized == "notes" {
        return Role::Notes;
    }
    if let Some(language) = language_named(header) {
        return Role::Language(language.to_owned());
    }
    let words = words(&normalized);
    let has = |list: &[&str]| {
        list.iter().any(|word| {
            if word.is_ascii() {
                words.contains(word) || (word.len() > 4 && normalized.contains(word))
            } else {
                normalized.contains(word)
            }
        })
    };
    if has(NAME_WORDS) || NAME_HEADERS.contains(&normalized.as_str()) {
        Role::Name
    } else if has(PHRASE_WORDS) {
        Role::Phrase
    } else if has(DESCRIPTION_WORDS) {
        Role::Description
    } else if normalized == "http" || (has(&["http"]) && !has(&["code", "码", "status", "状态"])) {
        Role::Http
    } else if has(CODE_WORDS) || CODE_HEADERS.contains(&normalized.as_str()) {
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

/// An identifier as a name column holds it: `ER_DUP_KEY`, `NotFound`,
/// `` `CURLE_OK` ``.
pub fn is_identifier_cell(cell: &str) -> bool {
    let text = cell.trim().trim_matches('`');
    text.starts_with(|first: char| first.is_ascii_alphabetic() || first == '_')
        && text.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'_')
        && text.bytes().any(|byte| byte.is_ascii_alphabetic())
}

/// What the user decides instead of the guess: the roles `--columns` gives
/// (`code=Value,name=Symbol,de=German`) and the code type `--code-type`
/// gives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// (role, header), in the order given.
    pub roles: Vec<(Role, String)>,
    pub code_type: Option<CodeType>,
}

impl Overrides {
    pub fn parse(text: &str) -> Result<Overrides, String> {
        let mut roles = Vec::new();
        for pair in text.split(',').filter(|pair| !pair.trim().is_empty()) {
            let Some((role, header)) = pair.split_once('=') else {
                return Err(format!("`{pair}` in --columns is not ROLE=HEADER, as in code=Value,name=Symbol"));
            };
            let (role, header) = (role.trim(), header.trim());
            let role = match role.to_lowercase().as_str() {
                "code" => Role::Code { strong: true },
                "name" => Role::Name,
                "phrase" => Role::Phrase,
                "message" | "description" => Role::Description,
                "http" => Role::Http,
                "doc" => Role::Other,
                tag if is_language_tag(tag) => Role::Language(tag.replace('-', "_")),
                _ => {
                    return Err(format!(
                        "`{role}` in --columns is not a role: use code, name, phrase, message, http, doc or a \
                         language tag (en, de, zh-Hant)"
                    ));
                }
            };
            if header.is_empty() {
                return Err(format!("`{pair}` in --columns gives no header"));
            }
            roles.push((role, header.to_owned()));
        }
        Ok(Overrides { roles, code_type: None })
    }

    fn role_of(&self, header: &str) -> Option<&Role> {
        let header = header.trim();
        self.roles.iter().find(|(_, given)| given.eq_ignore_ascii_case(header)).map(|(role, _)| role)
    }
}

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split(['-', '_']);
    parts
        .next()
        .is_some_and(|first| (2..=3).contains(&first.len()) && first.bytes().all(|byte| byte.is_ascii_alphabetic()))
        && parts
            .all(|part| !part.is_empty() && part.len() <= 8 && part.bytes().all(|byte| byte.is_ascii_alphanumeric()))
}

/// The columns of a table, as the importer uses them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub code: usize,
    pub name: Option<usize>,
    /// Whether the name column holds phrases, not identifiers.
    pub phrase: bool,
    /// Columns whose cells are messages: (column, language), the table's
    /// primary message first.
    pub messages: Vec<(usize, String)>,
    pub http: Option<usize>,
    pub notes: Option<usize>,
    /// Columns whose cells go to the doc; `labelled` ones after their header.
    pub doc: Vec<(usize, bool)>,
    /// What the cells decided, in words, for the reports.
    pub guesses: Vec<String>,
}

/// Counts of a column's cells.
#[derive(Debug, Clone, Copy, Default)]
struct Cells {
    filled: usize,
    codes: usize,
    identifiers: usize,
    statuses: usize,
}

/// The HTTP status a cell gives, as `#[http(…)]` takes it (100 to 999):
/// `404`, or `404 (from `Section`)` as the Markdown export writes an
/// inherited one.
pub fn http_status(cell: &str) -> Option<u16> {
    let first = cell.split_whitespace().next()?.trim_matches('`');
    first.parse::<u16>().ok().filter(|status| (100..=999).contains(status))
}

fn count(rows: &[&[String]], column: usize) -> Cells {
    let mut cells = Cells::default();
    for cell in rows.iter().filter_map(|row| row.get(column)).map(|cell| cell.trim()).filter(|cell| !cell.is_empty()) {
        cells.filled += 1;
        if http_status(cell).is_some() {
            cells.statuses += 1;
        }
        if code::read(cell).is_ok() {
            cells.codes += 1;
        } else if is_identifier_cell(cell) {
            cells.identifiers += 1;
        }
    }
    cells
}

/// How the columns of a table map to an entry; `None` when no column holds
/// codes. Language columns are messages in their language; a description
/// column is a message in the language of its text, unless a column before
/// it, or a language column, already gives that language: then it is the
/// longer explanation, the doc (Mcsl's 中文 and 说明). Messages keep the
/// order of their columns.
pub fn layout(header: &[String], rows: &[&[String]], overrides: &Overrides) -> Option<Layout> {
    let mut roles: Vec<Role> = header.iter().map(|title| classify(title)).collect();
    let given: Vec<bool> = header
        .iter()
        .zip(&mut roles)
        .map(|(title, role)| match overrides.role_of(title) {
            Some(forced) => {
                *role = forced.clone();
                true
            }
            None => false,
        })
        .collect();
    let counts: Vec<Cells> = (0..header.len()).map(|column| count(rows, column)).collect();
    let mut guesses = Vec::new();
    let strings = overrides.code_type == Some(CodeType::Str);
    let code = choose_code(header, &mut roles, &given, &counts, strings, &mut guesses)?;
    roles[code] = Role::Code { strong: true };
    let (name, phrase, http) = choose_name_and_http(header, &roles, &given, &counts, code, &mut guesses);

    let column_text = |column: usize| rows.iter().filter_map(move |row| row.get(column).map(String::as_str));
    let mut messages: Vec<(usize, String)> = Vec::new();
    let mut descriptions = Vec::new();
    let mut doc = Vec::new();
    let mut notes = None;
    for (column, role) in roles.iter().enumerate() {
        match role {
            _ if column == code || Some(column) == name || Some(column) == http => {}
            Role::Language(language) if !messages.iter().any(|(_, taken)| taken == language) => {
                messages.push((column, language.clone()));
            }
            Role::Description | Role::Phrase => descriptions.push(column),
            Role::Notes if notes.is_none() => notes = Some(column),
            _ => doc.push((column, true)),
        }
    }
    for column in descriptions {
        let language = language_of(column_text(column));
        if messages.iter().any(|(_, taken)| taken == language) {
            doc.push((column, false));
        } else {
            messages.push((column, language.to_owned()));
        }
    }
    messages.sort_unstable();
    doc.sort_unstable();
    Some(Layout { code, name, phrase, messages, http, notes, doc, guesses })
}

/// The code column: the one the header names, unless its cells hold no
/// integers and another column's do (gRPC's `Code | Number`: not when the
/// codes are strings by `--code-type str`, nor for an HTTP status column
/// beside string codes such as `NoSuchKey`); or, when no header names one,
/// the column of codes in a table whose other headers are an error table's.
fn choose_code(
    header: &[String],
    roles: &mut [Role],
    given: &[bool],
    counts: &[Cells],
    strings: bool,
    guesses: &mut Vec<String>,
) -> Option<usize> {
    let title = |column: usize| header[column].as_str();
    let first_with = |roles: &[Role], wanted: &dyn Fn(&Role) -> bool| roles.iter().position(wanted);
    let by_header = first_with(roles, &|role| *role == Role::Code { strong: true })
        .or_else(|| first_with(roles, &|role| matches!(role, Role::Code { .. })));
    let holds_codes = |column: usize| counts[column].filled > 0 && counts[column].codes * 2 > counts[column].filled;
    let by_cells = (0..header.len())
        .filter(|&column| holds_codes(column) && !given[column])
        .filter(|&column| !matches!(roles[column], Role::Language(_) | Role::Description | Role::Phrase | Role::Notes))
        .min_by_key(|&column| match roles[column] {
            Role::Code { .. } => 0,
            Role::Other => 1,
            Role::Http => 2,
            _ => 3,
        });
    let code = match (by_header, by_cells) {
        (Some(column), _) if given[column] => column,
        (Some(column), Some(other))
            if counts[column].codes == 0
                && counts[column].filled > 0
                && other != column
                && !strings
                && !matches!(roles[other], Role::Http | Role::Code { strong: false }) =>
        {
            guesses.push(format!(
                "column `{}` holds no codes and column `{}` does: `{}` is the code column",
                title(column),
                title(other),
                title(other)
            ));
            if counts[column].identifiers * 2 > counts[column].filled
                && first_with(roles, &|role| *role == Role::Name).is_none()
            {
                roles[column] = Role::Name;
                guesses.push(format!("column `{}` holds identifiers: it is the name column", title(column)));
            } else {
                roles[column] = Role::Other;
            }
            other
        }
        (Some(column), _) => column,
        (None, Some(other))
            if roles.iter().any(|role| {
                matches!(role, Role::Name | Role::Description | Role::Phrase | Role::Language(_) | Role::Notes)
            }) =>
        {
            guesses.push(format!("column `{}` holds codes: it is the code column", title(other)));
            other
        }
        (None, _) => return None,
    };
    Some(code)
}

/// The name column (by header, else a column of identifiers, else a phrase
/// column standing in), whether it holds phrases, and the HTTP column.
fn choose_name_and_http(
    header: &[String],
    roles: &[Role],
    given: &[bool],
    counts: &[Cells],
    code: usize,
    guesses: &mut Vec<String>,
) -> (Option<usize>, bool, Option<usize>) {
    let title = |column: usize| header[column].as_str();
    let first_with = |roles: &[Role], wanted: &dyn Fn(&Role) -> bool| roles.iter().position(wanted);

    let mut name = first_with(roles, &|role| *role == Role::Name);
    let mut phrase = false;
    if name.is_none() {
        let identifiers = (0..header.len()).find(|&column| {
            column != code
                && !given[column]
                && matches!(roles[column], Role::Other | Role::Code { .. })
                && counts[column].filled > 0
                && counts[column].identifiers == counts[column].filled
        });
        if let Some(column) = identifiers {
            guesses.push(format!("column `{}` holds identifiers: it is the name column", title(column)));
            name = Some(column);
        } else if let Some(column) = first_with(roles, &|role| *role == Role::Phrase) {
            if !given[column] {
                guesses.push(format!("column `{}` holds phrases: they stand in as the names", title(column)));
            }
            name = Some(column);
            phrase = true;
        }
    }
    let http = (0..header.len()).find(|&column| {
        column != code
            && match roles[column] {
                Role::Http => given[column] || counts[column].statuses == counts[column].filled,
                Role::Code { .. } => counts[column].filled > 0 && counts[column].statuses == counts[column].filled,
                _ => false,
            }
    });
    if let Some(column) = http
        && !given[column]
        && roles[column] != Role::Http
    {
        guesses.push(format!("column `{}` holds HTTP statuses: they are written as #[http(…)]", title(column)));
    }

    (name, phrase, http)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|text| (*text).to_owned()).collect()
    }

    fn guess(header: &[&str], rows: &[&[&str]]) -> Layout {
        let rows: Vec<Vec<String>> = rows.iter().map(|row| strings(row)).collect();
        let rows: Vec<&[String]> = rows.iter().map(Vec::as_slice).collect();
        layout(&strings(header), &rows, &Overrides::default()).unwrap()
    }

    #[test]
    fn headers_in_chinese_and_english() {
        assert_eq!(classify("错误码"), Role::Code { strong: true });
        assert_eq!(classify("响应码"), Role::Code { strong: true });
        assert_eq!(classify("Error Code"), Role::Code { strong: true });
        assert_eq!(classify("Value"), Role::Code { strong: true });
        assert_eq!(classify("取值"), Role::Code { strong: true });
        assert_eq!(classify("HTTP 状态码"), Role::Code { strong: false });
        assert_eq!(classify("Status code"), Role::Code { strong: false });
        assert_eq!(classify("错误码名称"), Role::Name);
        assert_eq!(classify("Symbol"), Role::Name);
        assert_eq!(classify("常量"), Role::Name);
        assert_eq!(classify("符号"), Role::Name);
        assert_eq!(classify("Macro"), Role::Name);
        assert_eq!(classify("Error"), Role::Name);
        assert_eq!(classify("Reason phrase"), Role::Phrase);
        assert_eq!(classify("错误原因"), Role::Description);
        assert_eq!(classify("Meaning"), Role::Description);
        assert_eq!(classify("中文"), Role::Language("zh".into()));
        assert_eq!(classify("English message"), Role::Language("en".into()));
        assert_eq!(classify("Deutsch"), Role::Language("de".into()));
        assert_eq!(classify("de"), Role::Language("de".into()));
        assert_eq!(classify("日本語"), Role::Language("ja".into()));
        assert_eq!(classify("Français"), Role::Language("fr".into()));
        assert_eq!(classify("繁體中文"), Role::Language("zh_Hant".into()));
        assert_eq!(classify("HTTP"), Role::Http);
        assert_eq!(classify("HTTP Method"), Role::Http);
        assert_eq!(classify("SQLSTATE"), Role::Other);
        assert_eq!(classify("Code"), Role::Code { strong: true });
        assert_eq!(classify("Decode"), Role::Other);
    }

    #[test]
    fn the_strong_code_column_wins() {
        let found = guess(&["HTTP 状态码", "错误码", "描述"], &[&["403", "-61", "签名错误"]]);
        assert_eq!(found.code, 1);
        assert_eq!(found.http, Some(0));
        assert_eq!(found.messages, [(2, "zh".to_owned())]);
    }

    #[test]
    fn a_code_column_of_names_swaps_with_the_numbers() {
        let found =
            guess(&["Code", "Number", "Description"], &[&["OK", "0", "Not an error"], &["CANCELLED", "1", "x"]]);
        assert_eq!((found.code, found.name), (1, Some(0)));
        assert_eq!(found.guesses.len(), 2, "{:?}", found.guesses);
    }

    #[test]
    fn names_and_phrases_by_their_cells() {
        let found =
            guess(&["Error Code", "SQLSTATE", "Error", "Description"], &[&["1000", "HY000", "ER_HASHCHK", "hashchk"]]);
        assert_eq!((found.code, found.name, found.doc.clone()), (0, Some(2), vec![(1, true)]));
        let found = guess(&["Status code", "Reason phrase", "Description"], &[&["404", "Not Found", "Nothing"]]);
        assert_eq!((found.code, found.name, found.phrase), (0, Some(1), true));
        let found = guess(&["Value", "Symbol", "Description"], &[&["1", "EPERM", "Operation not permitted"]]);
        assert_eq!((found.code, found.name, found.guesses.len()), (0, Some(1), 0));
        let found = guess(&["", "x", "Description"], &[&["0x1", "`CURLE_OK`", "ok"]]);
        assert_eq!((found.code, found.name), (0, Some(1)));
    }

    #[test]
    fn overrides_win() {
        let overrides = Overrides::parse("code=B,name=A,de=C").unwrap();
        let row = strings(&["X", "1", "Hallo"]);
        let found = layout(&strings(&["A", "B", "C"]), &[row.as_slice()], &overrides).unwrap();
        assert_eq!((found.code, found.name, found.messages.clone()), (1, Some(0), vec![(2, "de".to_owned())]));
        assert!(Overrides::parse("colour=A").is_err());
        assert!(Overrides::parse("code").is_err());
    }

    #[test]
    fn a_table_without_codes_is_not_an_error_table() {
        assert_eq!(layout(&strings(&["名称", "描述"]), &[], &Overrides::default()), None);
    }
}
