//! The integer expressions C headers give their constants: literals
//! (`0x10`, `1u`, `'a'`), earlier names, `( )`, unary `- + ~ !`, the binary
//! operators of C from `*` to `||`, and `?:`. Evaluated in `i128` with
//! overflow checked, to a bounded nesting depth, so that no header can make
//! the importer recurse without end.

use std::collections::HashMap;

/// Deeper nesting than any real header has; the bound keeps the stack
/// small whatever the input.
const MAX_DEPTH: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    Number(i128),
    Name(String),
    Punct(&'static str),
    /// Anything else: a string, a stray character.
    Other(String),
}

const PUNCTS: &[&str] = &[
    "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "(", ")", "+", "-", "*", "/", "%", "<", ">", "&", "^", "|", "~",
    "!", "?", ":", ",", "{", "}", "=", ";",
];

/// The tokens of C code without comments or directives.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if byte.is_ascii_whitespace() {
            at += 1;
        } else if byte.is_ascii_digit() {
            let start = at;
            while at < bytes.len() && (bytes[at].is_ascii_alphanumeric() || bytes[at] == b'\'') {
                at += 1;
            }
            found
                .push(number(&text[start..at]).map_or_else(|| Token::Other(text[start..at].to_owned()), Token::Number));
        } else if byte.is_ascii_alphabetic() || byte == b'_' {
            let start = at;
            while at < bytes.len() && (bytes[at].is_ascii_alphanumeric() || bytes[at] == b'_') {
                at += 1;
            }
            found.push(Token::Name(text[start..at].to_owned()));
        } else if byte == b'\'' && at + 2 < bytes.len() && bytes[at + 2] == b'\'' && bytes[at + 1] != b'\\' {
            found.push(Token::Number(i128::from(bytes[at + 1])));
            at += 3;
        } else if let Some(punct) = PUNCTS.iter().find(|punct| text[at..].starts_with(**punct)) {
            found.push(Token::Punct(punct));
            at += punct.len();
        } else {
            let character = text[at..].chars().next().unwrap_or_default();
            found.push(Token::Other(character.to_string()));
            at += character.len_utf8().max(1);
        }
    }
    found
}

/// A C integer literal: decimal, `0x` hexadecimal, `0b` binary or `0`
/// octal, with `'` separators and `u`/`l` suffixes.
fn number(text: &str) -> Option<i128> {
    let digits = text.replace('\'', "");
    let digits = digits.trim_end_matches(['u', 'U', 'l', 'L']);
    let (radix, body) = if let Some(hex) = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
        (16, hex)
    } else if let Some(binary) = digits.strip_prefix("0b").or_else(|| digits.strip_prefix("0B")) {
        (2, binary)
    } else if digits.len() > 1 && digits.starts_with('0') {
        (8, &digits[1..])
    } else {
        (10, digits)
    };
    if body.is_empty() {
        return None;
    }
    i128::from_str_radix(body, radix).ok()
}

/// Why an expression has no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    UnknownName(String),
    NotAnInteger(String),
    TooDeep,
    Overflow,
    DivisionByZero,
    Empty,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::UnknownName(name) => write!(formatter, "it names `{name}`, which no earlier line defines"),
            Problem::NotAnInteger(text) => write!(formatter, "`{text}` is not part of an integer expression"),
            Problem::TooDeep => write!(formatter, "it nests deeper than {MAX_DEPTH} levels"),
            Problem::Overflow => write!(formatter, "its value overflows"),
            Problem::DivisionByZero => write!(formatter, "it divides by zero"),
            Problem::Empty => write!(formatter, "it is empty"),
        }
    }
}

pub fn evaluate(tokens: &[Token], names: &HashMap<String, i128>) -> Result<i128, Problem> {
    if tokens.is_empty() {
        return Err(Problem::Empty);
    }
    let mut parser = Parser { tokens, at: 0, names };
    let value = parser.conditional(0)?;
    match tokens.get(parser.at) {
        None => Ok(value),
        Some(token) => Err(Problem::NotAnInteger(describe(token))),
    }
}

fn describe(token: &Token) -> String {
    match token {
        Token::Number(value) => value.to_string(),
        Token::Name(name) => name.clone(),
        Token::Punct(punct) => (*punct).to_owned(),
        Token::Other(text) => text.clone(),
    }
}

struct Parser<'a> {
    tokens: &'a [Token],
    at: usize,
    names: &'a HashMap<String, i128>,
}

/// Binary operators by precedence, loosest first.
const LEVELS: &[&[&str]] = &[
    &["||"],
    &["&&"],
    &["|"],
    &["^"],
    &["&"],
    &["==", "!="],
    &["<", "<=", ">", ">="],
    &["<<", ">>"],
    &["+", "-"],
    &["*", "/", "%"],
];

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn eat(&mut self, punct: &str) -> bool {
        if matches!(self.peek(), Some(Token::Punct(found)) if *found == punct) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn conditional(&mut self, depth: usize) -> Result<i128, Problem> {
        if depth > MAX_DEPTH {
            return Err(Problem::TooDeep);
        }
        let condition = self.binary(0, depth)?;
        if !self.eat("?") {
            return Ok(condition);
        }
        let then = self.conditional(depth + 1)?;
        if !self.eat(":") {
            return Err(Problem::NotAnInteger(self.peek().map_or_else(|| "?".to_owned(), describe)));
        }
        let otherwise = self.conditional(depth + 1)?;
        Ok(if condition != 0 { then } else { otherwise })
    }

    fn binary(&mut self, level: usize, depth: usize) -> Result<i128, Problem> {
        if level == LEVELS.len() {
            return self.unary(depth);
        }
        let mut value = self.binary(level + 1, depth)?;
        loop {
            let Some(Token::Punct(operator)) = self.peek() else { return Ok(value) };
            let operator = *operator;
            if !LEVELS[level].contains(&operator) {
                return Ok(value);
            }
            self.at += 1;
            let right = self.binary(level + 1, depth)?;
            value = apply(operator, value, right)?;
        }
    }

    fn unary(&mut self, depth: usize) -> Result<i128, Problem> {
        if depth > MAX_DEPTH {
            return Err(Problem::TooDeep);
        }
        for operator in ["-", "+", "~", "!"] {
            if self.eat(operator) {
                let value = self.unary(depth + 1)?;
                return match operator {
                    "-" => value.checked_neg().ok_or(Problem::Overflow),
                    "~" => Ok(!value),
                    "!" => Ok(i128::from(value == 0)),
                    _ => Ok(value),
                };
            }
        }
        match self.peek().cloned() {
            Some(Token::Number(value)) => {
                self.at += 1;
                Ok(value)
            }
            Some(Token::Name(name)) => {
                self.at += 1;
                self.names.get(&name).copied().ok_or(Problem::UnknownName(name))
            }
            Some(Token::Punct("(")) => {
                self.at += 1;
                let value = self.conditional(depth + 1)?;
                if self.eat(")") { Ok(value) } else { Err(Problem::NotAnInteger("(".to_owned())) }
            }
            Some(token) => Err(Problem::NotAnInteger(describe(&token))),
            None => Err(Problem::Empty),
        }
    }
}

fn apply(operator: &str, left: i128, right: i128) -> Result<i128, Problem> {
    let shift = |amount: i128| u32::try_from(amount).ok().filter(|&amount| amount < 127).ok_or(Problem::Overflow);
    let value = match operator {
        "||" => Some(i128::from(left != 0 || right != 0)),
        "&&" => Some(i128::from(left != 0 && right != 0)),
        "|" => Some(left | right),
        "^" => Some(left ^ right),
        "&" => Some(left & right),
        "==" => Some(i128::from(left == right)),
        "!=" => Some(i128::from(left != right)),
        "<" => Some(i128::from(left < right)),
        "<=" => Some(i128::from(left <= right)),
        ">" => Some(i128::from(left > right)),
        ">=" => Some(i128::from(left >= right)),
        "<<" => left.checked_shl(shift(right)?).filter(|value| value >> shift(right).unwrap_or(0) == left),
        ">>" => left.checked_shr(shift(right)?),
        "+" => left.checked_add(right),
        "-" => left.checked_sub(right),
        "*" => left.checked_mul(right),
        "/" | "%" if right == 0 => return Err(Problem::DivisionByZero),
        "/" => left.checked_div(right),
        "%" => left.checked_rem(right),
        _ => None,
    };
    value.ok_or(Problem::Overflow)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Result<i128, Problem> {
        let names = HashMap::from([("SQLITE_IOERR".to_owned(), 10), ("A".to_owned(), 1)]);
        evaluate(&tokens(text), &names)
    }

    #[test]
    fn expressions_of_real_headers() {
        assert_eq!(value("(SQLITE_IOERR | (1<<8))"), Ok(266));
        assert_eq!(value("-(4095)"), Ok(-4095));
        assert_eq!(value("A + 1"), Ok(2));
        assert_eq!(value("0x10"), Ok(16));
        assert_eq!(value("010"), Ok(8));
        assert_eq!(value("1u << 31"), Ok(1 << 31));
        assert_eq!(value("0xFFFFFFFFUL"), Ok(0xFFFF_FFFF));
        assert_eq!(value("'a'"), Ok(97));
        assert_eq!(value("2 * 3 + 4 % 3 - ~0"), Ok(8));
        assert_eq!(value("A ? 5 : 6"), Ok(5));
        assert_eq!(value("1 < 2 && 3 >= 3 || 0"), Ok(1));
    }

    #[test]
    fn what_has_no_value() {
        assert_eq!(value(""), Err(Problem::Empty));
        assert_eq!(value("B + 1"), Err(Problem::UnknownName("B".into())));
        assert_eq!(value("\"3.45\""), Err(Problem::NotAnInteger("\"".into())));
        assert_eq!(value("1 / 0"), Err(Problem::DivisionByZero));
        assert_eq!(value("1 << 200"), Err(Problem::Overflow));
        assert_eq!(value("(1"), Err(Problem::NotAnInteger("(".into())));
        assert_eq!(value("f(1)"), Err(Problem::UnknownName("f".into())));
        assert_eq!(value("(int)1"), Err(Problem::UnknownName("int".into())));
        let deep = format!("{}1{}", "(".repeat(10_000), ")".repeat(10_000));
        assert_eq!(value(&deep), Err(Problem::TooDeep));
        let negations = format!("{}1", "-".repeat(10_000));
        assert_eq!(value(&negations), Err(Problem::TooDeep));
    }
}
