//! The first stage for C and C++ headers: `#define NAME VALUE` lines and
//! `enum { A = 1, B, C = A }` blocks to an outline of rows, each value
//! evaluated over integers and earlier names (`expression.rs`), the comment
//! on the line, or the one right above it, as its message. Include guards
//! and defines without a value are skipped; a value that is no integer
//! expression is reported; sentinels (`CURL_LAST`, `ER_ERROR_FIRST`) are
//! reported and left out unless asked for.

use std::collections::{HashMap, HashSet};

use crate::import::Report;
use crate::import::code::Code;
use crate::import::expression::{self, Problem, Token};
use crate::import::outline::{Outline, Row};

/// Which constants of a header to keep.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Only the enumerators of the enum with this tag or typedef name.
    pub enum_name: Option<String>,
    /// Only names that start with one of these.
    pub prefixes: Vec<String>,
    /// From the constant of this name on, in file order.
    pub from: Option<String>,
    /// Up to the constant of this name, included.
    pub to: Option<String>,
    pub keep_sentinels: bool,
}

impl Selection {
    fn narrows(&self) -> bool {
        self.enum_name.is_some() || !self.prefixes.is_empty() || self.from.is_some() || self.to.is_some()
    }
}

struct Comment {
    start_line: usize,
    end_line: usize,
    /// Nothing but blanks before it on its first line.
    own_line: bool,
    text: String,
}

/// A constant as the header declares it.
struct Constant {
    name: String,
    line: usize,
    /// The last line of a define continued with `\`.
    end_line: usize,
    value: Vec<Token>,
    /// The value as written, for the doc.
    written: String,
    /// Set for an enumerator without `=`: the previous one plus one.
    follows: Option<usize>,
    /// The last enumerator of its enum.
    last_of_enum: bool,
    in_enum: Option<String>,
}

/// Splits the text into code (comments blanked, lines kept) and comments.
fn strip_comments(text: &str) -> (String, Vec<Comment>) {
    let mut code = String::with_capacity(text.len());
    let mut comments = Vec::new();
    let mut line = 1;
    let mut line_has_code = false;
    let mut chars = text.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(character) = chars.next() {
        if let Some(open) = quote {
            code.push(character);
            if character == '\\' {
                if let Some(next) = chars.next() {
                    code.push(next);
                }
            } else if character == open || character == '\n' {
                quote = None;
            }
            if character == '\n' {
                line += 1;
                line_has_code = false;
            }
            continue;
        }
        match (character, chars.peek()) {
            ('/', Some('*')) => {
                chars.next();
                let (start_line, own_line) = (line, !line_has_code);
                let mut body = String::new();
                let mut previous = ' ';
                for inner in chars.by_ref() {
                    if previous == '*' && inner == '/' {
                        body.pop();
                        break;
                    }
                    if inner == '\n' {
                        line += 1;
                        code.push('\n');
                    }
                    body.push(inner);
                    previous = inner;
                }
                code.push(' ');
                comments.push(Comment { start_line, end_line: line, own_line, text: comment_text(&body) });
            }
            ('/', Some('/')) => {
                let mut body = String::new();
                for inner in chars.by_ref() {
                    if inner == '\n' {
                        break;
                    }
                    body.push(inner);
                }
                comments.push(Comment {
                    start_line: line,
                    end_line: line,
                    own_line: !line_has_code,
                    text: comment_text(body.trim_start_matches('/')),
                });
                code.push('\n');
                line += 1;
                line_has_code = false;
            }
            ('\n', _) => {
                code.push('\n');
                line += 1;
                line_has_code = false;
            }
            _ => {
                if character == '"' || character == '\'' {
                    quote = Some(character);
                }
                if !character.is_whitespace() {
                    line_has_code = true;
                }
                code.push(character);
            }
        }
    }
    (code, comments)
}

/// A comment's words on one line: without the `*` that starts its lines.
fn comment_text(body: &str) -> String {
    body.lines()
        .map(|line| line.trim().trim_start_matches('*').trim())
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The constants of a header, in file order.
fn constants(code: &str) -> Vec<Constant> {
    let mut constants = Vec::new();
    let mut enum_tokens: Vec<(Token, usize)> = Vec::new();
    let mut lines = code.lines().enumerate().map(|(index, line)| (index + 1, line.to_owned())).peekable();
    while let Some((number, mut line)) = lines.next() {
        let mut end_line = number;
        while line.trim_end().ends_with('\\') {
            let trimmed = line.trim_end().len() - 1;
            line.truncate(trimmed);
            match lines.next() {
                Some((next_number, next)) => {
                    end_line = next_number;
                    line.push(' ');
                    line.push_str(&next);
                }
                None => break,
            }
        }
        let trimmed = line.trim_start();
        if let Some(directive) = trimmed.strip_prefix('#') {
            let directive = directive.trim_start();
            if let Some(rest) = directive.strip_prefix("define")
                && rest.starts_with(char::is_whitespace)
            {
                let rest = rest.trim_start();
                let end = rest
                    .find(|character: char| !(character.is_ascii_alphanumeric() || character == '_'))
                    .unwrap_or(rest.len());
                let (name, value) = rest.split_at(end);
                if !name.is_empty() && !value.starts_with('(') {
                    let written = value.trim().to_owned();
                    constants.push(Constant {
                        name: name.to_owned(),
                        line: number,
                        end_line,
                        value: expression::tokens(&written),
                        written,
                        follows: None,
                        last_of_enum: false,
                        in_enum: None,
                    });
                }
            }
            continue;
        }
        enum_tokens.extend(expression::tokens(&line).into_iter().map(|token| (token, number)));
    }
    let defines = constants.len();
    let mut enumerators = enums(&enum_tokens);
    for enumerator in &mut enumerators {
        enumerator.follows = enumerator.follows.map(|previous| previous + defines);
    }
    constants.append(&mut enumerators);
    // File order, with `follows` pointing at the same constants as before.
    let mut order: Vec<usize> = (0..constants.len()).collect();
    order.sort_by_key(|&index| constants[index].line);
    let mut position = vec![0; constants.len()];
    for (new, &old) in order.iter().enumerate() {
        position[old] = new;
    }
    let mut slots: Vec<Option<Constant>> = constants.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&old| slots[old].take())
        .map(|mut constant| {
            constant.follows = constant.follows.map(|previous| position[previous]);
            constant
        })
        .collect()
}

/// The enumerators of every `enum { … }`, with the enum's tag or typedef
/// name.
fn enums(tokens: &[(Token, usize)]) -> Vec<Constant> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        if tokens[at].0 != Token::Name("enum".to_owned()) {
            at += 1;
            continue;
        }
        let typedef = at > 0 && tokens[at - 1].0 == Token::Name("typedef".to_owned());
        let mut cursor = at + 1;
        let mut tag = None;
        if let Some((Token::Name(name), _)) = tokens.get(cursor) {
            tag = Some(name.clone());
            cursor += 1;
        }
        // `enum class E : int {`
        while let Some((token, _)) = tokens.get(cursor) {
            if *token == Token::Punct("{") || *token == Token::Punct(";") {
                break;
            }
            if let Token::Name(name) = token
                && tag.as_deref() == Some("class")
            {
                tag = Some(name.clone());
            }
            cursor += 1;
        }
        if tokens.get(cursor).map(|(token, _)| token) != Some(&Token::Punct("{")) {
            at = cursor;
            continue;
        }
        cursor += 1;
        let first = found.len();
        let mut previous: Option<usize> = None;
        while cursor < tokens.len() && tokens[cursor].0 != Token::Punct("}") {
            let Token::Name(name) = &tokens[cursor].0 else {
                cursor += 1;
                continue;
            };
            let line = tokens[cursor].1;
            cursor += 1;
            let mut value = Vec::new();
            let mut depth = 0usize;
            let explicit = tokens.get(cursor).map(|(token, _)| token) == Some(&Token::Punct("="));
            if explicit {
                cursor += 1;
            }
            while let Some((token, _)) = tokens.get(cursor) {
                match token {
                    Token::Punct("(") => depth += 1,
                    Token::Punct(")") => depth = depth.saturating_sub(1),
                    Token::Punct("," | "}") if depth == 0 => break,
                    _ => {}
                }
                value.push(token.clone());
                cursor += 1;
            }
            if tokens.get(cursor).map(|(token, _)| token) == Some(&Token::Punct(",")) {
                cursor += 1;
            }
            let written = value.iter().map(token_text).collect::<Vec<_>>().join(" ");
            found.push(Constant {
                name: name.clone(),
                line,
                end_line: line,
                value,
                written,
                follows: if explicit { None } else { previous },
                last_of_enum: false,
                in_enum: tag.clone(),
            });
            previous = Some(found.len() - 1);
        }
        cursor += 1;
        if typedef && let Some((Token::Name(name), _)) = tokens.get(cursor) {
            for constant in &mut found[first..] {
                constant.in_enum = Some(name.clone());
            }
            if let Some(tag) = &tag {
                // Either name selects it: keep the tag as an alias.
                for constant in &mut found[first..] {
                    constant.in_enum = Some(format!("{name}\u{0}{tag}"));
                }
            }
        }
        if let Some(last) = found[first..].last_mut() {
            last.last_of_enum = true;
        }
        at = cursor;
    }
    found
}

fn token_text(token: &Token) -> String {
    match token {
        Token::Number(value) => value.to_string(),
        Token::Name(name) => name.clone(),
        Token::Punct(punct) => (*punct).to_owned(),
        Token::Other(text) => text.clone(),
    }
}

fn in_enum(constant: &Constant, wanted: &str) -> bool {
    constant.in_enum.as_deref().is_some_and(|names| names.split('\u{0}').any(|name| name == wanted))
}

/// `_FIRST`, `_LAST`, `_MAX` at the end, or `ER_ERROR_FIRST_SECTION_2`.
fn sentinel_name(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    let trimmed = upper.trim_end_matches(|character: char| character.is_ascii_digit()).trim_end_matches('_');
    let trimmed = trimmed.strip_suffix("_SECTION").unwrap_or(trimmed);
    ["_FIRST", "_LAST", "_MAX"].iter().any(|suffix| trimmed.ends_with(suffix)) || trimmed == "LAST"
}

/// Every constant's value, in file order; a name a later line defines is
/// found in a second pass, as the preprocessor expands lazily.
fn evaluate_all(constants: &[Constant]) -> Vec<Option<Result<i128, Problem>>> {
    let mut names: HashMap<String, i128> = HashMap::new();
    let mut values: Vec<Option<Result<i128, Problem>>> = vec![None; constants.len()];
    for pass in 0..2 {
        for (index, constant) in constants.iter().enumerate() {
            if matches!(values[index], Some(Ok(_))) {
                continue;
            }
            let value = match constant.follows {
                Some(previous) if constant.value.is_empty() => match &values[previous] {
                    Some(Ok(value)) => value.checked_add(1).ok_or(Problem::Overflow),
                    _ => Err(Problem::UnknownName(constants[previous].name.clone())),
                },
                None if constant.value.is_empty() && constant.in_enum.is_some() => Ok(0),
                _ => expression::evaluate(&constant.value, &names),
            };
            if let Ok(value) = value {
                names.insert(constant.name.clone(), value);
            }
            if pass == 0 || value.is_ok() {
                values[index] = Some(value);
            }
        }
    }

    values
}

/// The indices of the constants the selection keeps.
fn select(constants: &[Constant], selection: &Selection) -> Vec<usize> {
    let mut selected: Vec<usize> = Vec::new();
    let mut started = selection.from.is_none();
    for (index, constant) in constants.iter().enumerate() {
        if selection.from.as_deref() == Some(constant.name.as_str()) {
            started = true;
        }
        let wanted = started
            && selection.enum_name.as_deref().is_none_or(|wanted| in_enum(constant, wanted))
            && (selection.prefixes.is_empty()
                || selection.prefixes.iter().any(|prefix| constant.name.starts_with(prefix.as_str())));
        if wanted {
            selected.push(index);
        }
        if selection.to.as_deref() == Some(constant.name.as_str()) {
            started = false;
        }
    }

    selected
}

/// An error naming the enums the header has, when `--enum` names another.
fn check_enum_exists(constants: &[Constant], selection: &Selection) -> Result<(), String> {
    if let Some(wanted) = &selection.enum_name
        && !constants.iter().any(|constant| in_enum(constant, wanted))
    {
        let mut names: Vec<&str> = constants
            .iter()
            .filter_map(|constant| constant.in_enum.as_deref())
            .flat_map(|names| names.split('\u{0}'))
            .collect();
        names.dedup();
        return Err(format!(
            "no enum named `{wanted}` in the header{}",
            if names.is_empty() { String::new() } else { format!("; its enums: {}", names.join(", ")) }
        ));
    }
    Ok(())
}

/// The comments that can be messages: those after code on a line, by
/// that line, and those on lines of their own, by the line below them.
fn messages(comments: &[Comment]) -> (HashMap<usize, &str>, HashMap<usize, &str>) {
    let trailing: HashMap<usize, &str> = comments
        .iter()
        .rev()
        .filter(|comment| !comment.own_line && !comment.text.is_empty())
        .map(|comment| (comment.start_line, comment.text.as_str()))
        .collect();
    let above: HashMap<usize, &str> = comments
        .iter()
        .filter(|comment| comment.own_line && !comment.text.is_empty())
        .map(|comment| (comment.end_line + 1, comment.text.as_str()))
        .collect();

    (trailing, above)
}

/// Reads the headers' text (several files joined, their lines numbered on
/// from one to the next) into an outline; `None` when it declares no
/// constant at all.
pub fn read(text: &str, selection: &Selection) -> Result<Option<Outline>, String> {
    let (code, comments) = strip_comments(text);
    let constants = constants(&code);
    check_enum_exists(&constants, selection)?;
    let (trailing, above) = messages(&comments);
    let values = evaluate_all(&constants);
    let selected = select(&constants, selection);

    let mut reports = Vec::new();
    let mut rows = Vec::new();
    let mut rows_read = 0;
    let mut rows_not_converted = 0;
    let mut with_value: HashMap<i128, usize> = HashMap::new();
    for &index in &selected {
        if let Some(Ok(value)) = values[index] {
            *with_value.entry(value).or_default() += 1;
        }
    }
    let mut seen = HashSet::new();
    for index in selected {
        let constant = &constants[index];
        let value = match &values[index] {
            Some(Ok(value)) => *value,
            Some(Err(Problem::Empty)) if constant.in_enum.is_none() => continue,
            Some(Err(problem)) => {
                let message = format!(
                    "`{}` is not an integer constant ({problem}): {}",
                    constant.name,
                    if selection.narrows() { "the row is not converted" } else { "skipped" }
                );
                reports.push(Report { line: constant.line, message });
                if selection.narrows() {
                    rows_read += 1;
                    rows_not_converted += 1;
                }
                continue;
            }
            None => continue,
        };
        if !seen.insert(constant.name.clone()) {
            reports.push(Report {
                line: constant.line,
                message: format!("`{}` is defined again: the later definition is skipped", constant.name),
            });
            continue;
        }
        let shared = with_value.get(&value).copied().unwrap_or(0) > 1;
        if sentinel_name(&constant.name) && (shared || constant.last_of_enum) {
            let why = if constant.last_of_enum { "the last of its enum" } else { "a code another name has" };
            let message = if selection.keep_sentinels {
                format!("`{}` ({value}) looks like a sentinel, {why}: kept, as --keep-sentinels asks", constant.name)
            } else {
                format!(
                    "`{}` ({value}) looks like a sentinel, {why}: left out; --keep-sentinels keeps it",
                    constant.name
                )
            };
            reports.push(Report { line: constant.line, message });
            if !selection.keep_sentinels {
                continue;
            }
        }
        rows_read += 1;
        let mut row = Row::new(constant.line, Code::Integer(value), Some(constant.name.clone()));
        let message = (constant.line..=constant.end_line)
            .find_map(|line| trailing.get(&line))
            .or_else(|| above.get(&constant.line));
        if let Some(message) = message {
            row.texts.push((None, (*message).to_owned()));
        }
        let plain = constant.value.len() == 1 && matches!(constant.value[0], Token::Number(number) if number == value)
            || constant.value.is_empty();
        match constant.value.as_slice() {
            [Token::Name(alias)] => row.doc.push(format!("Defined as `{alias}`.")),
            _ if !plain => row.doc.push(format!("Defined as `{}`.", constant.written)),
            _ => {}
        }
        rows.push(row);
    }
    if rows.is_empty() && rows_read == 0 {
        return Ok(None);
    }
    let items = (0..rows.len()).map(crate::import::outline::Item::Entry).collect();
    Ok(Some(Outline {
        title: None,
        doc: Vec::new(),
        items,
        rows,
        reports,
        languages: Vec::new(),
        rows_read,
        rows_not_converted,
        code_type: None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(text: &str, selection: &Selection) -> Vec<(String, i128, String)> {
        let outline = read(text, selection).unwrap().unwrap();
        outline
            .rows
            .iter()
            .map(|row| {
                let message = row.texts.first().map(|(_, text)| text.clone()).unwrap_or_default();
                (row.name.clone().unwrap(), row.code.integer().unwrap(), message)
            })
            .collect()
    }

    fn owned(list: &[(&str, i128, &str)]) -> Vec<(String, i128, String)> {
        list.iter().map(|(name, code, text)| ((*name).to_owned(), *code, (*text).to_owned())).collect()
    }

    #[test]
    fn defines_with_comments_and_expressions() {
        let header = "#ifndef GUARD_H\n#define GUARD_H\n\n#define EPERM 1 /* Operation not permitted */\n\
                      /* No such file */\n#define ENOENT (EPERM + 1)\n#define EWOULDBLOCK EPERM\n\
                      #define VERSION \"3.1\"\n#define FLAG\n#define MAX(a, b) ((a) > (b) ? (a) : (b))\n\
                      #define LONG \\\n  (1 << 4) // sixteen\n#endif\n";
        assert_eq!(
            entries(header, &Selection::default()),
            owned(&[
                ("EPERM", 1, "Operation not permitted"),
                ("ENOENT", 2, "No such file"),
                ("EWOULDBLOCK", 1, ""),
                ("LONG", 16, "sixteen")
            ])
        );
        let outline = read(header, &Selection::default()).unwrap().unwrap();
        assert_eq!(outline.reports.len(), 1, "{:?}", outline.reports);
        assert!(outline.reports[0].message.starts_with("`VERSION` is not an integer constant"));
    }

    #[test]
    fn enums_and_sentinels() {
        let header = "typedef enum {\n  CURLE_OK = 0,\n  CURLE_ONE,    /* 1 */\n  CURLE_TWO = CURLE_ONE + 1,\n\
                      CURLE_ALIAS = CURLE_ONE,\n  CURL_LAST /* never use! */\n} CURLcode;\nenum other { X = 5 };\n";
        let selection = Selection { enum_name: Some("CURLcode".into()), ..Selection::default() };
        assert_eq!(
            entries(header, &selection),
            owned(&[("CURLE_OK", 0, ""), ("CURLE_ONE", 1, "1"), ("CURLE_TWO", 2, ""), ("CURLE_ALIAS", 1, "")])
        );
        let keep = Selection { keep_sentinels: true, ..selection.clone() };
        assert_eq!(entries(header, &keep).last().unwrap(), &("CURL_LAST".to_owned(), 2, "never use!".to_owned()));
        let missing = Selection { enum_name: Some("Nope".into()), ..Selection::default() };
        assert!(read(header, &missing).err().unwrap().contains("CURLcode"));
    }

    #[test]
    fn prefixes_and_spans() {
        let header = "#define ER_FIRST 1000\n#define ER_A 1000\n#define ER_NOT_FIRST 1001\n#define X_B 7\n";
        let selection = Selection { prefixes: vec!["ER_".into()], ..Selection::default() };
        assert_eq!(entries(header, &selection), owned(&[("ER_A", 1000, ""), ("ER_NOT_FIRST", 1001, "")]));
        let span = Selection { from: Some("ER_A".into()), to: Some("ER_NOT_FIRST".into()), ..Selection::default() };
        assert_eq!(entries(header, &span), owned(&[("ER_A", 1000, ""), ("ER_NOT_FIRST", 1001, "")]));
    }
}
