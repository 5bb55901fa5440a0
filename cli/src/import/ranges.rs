//! The second stage: settling the code type and the ranges of an outline
//! so that the macro's checks accept them: every code fits one code type,
//! every range fits it and lies inside the range that encloses it, sections
//! side by side do not overlap, and no reserved range holds an entry's
//! code. A range that breaks a rule is left out, and a row whose code no
//! type can hold with the others is not converted; each gets a report.
//! A string system's sections state prefixes instead: each must extend the
//! prefix of the section around it and none may be the start of a
//! sibling's.

use crate::import::Report;
use crate::import::code::CodeType;
use crate::import::headings::Range;
use crate::import::outline::{Item, Outline, Row};
use crate::view::format_range;

/// The code types an import chooses from, narrowest first; `None` names
/// the default `i32`.
fn code_types() -> [(Option<&'static str>, Range); 3] {
    [
        (None, (i32::MIN.into(), i32::MAX.into())),
        (Some("i64"), (i64::MIN.into(), i64::MAX.into())),
        (Some("u64"), (0, u64::MAX.into())),
    ]
}

/// What a heading says of the codes under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bound {
    Range(Range),
    /// A string system's prefix: `"22"`.
    Prefix(String),
}

/// Where a row stands once the ranges are settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fit {
    /// No code type holds it with the others: not converted.
    Dropped,
    /// The nearest range or prefix stated above it, with the line of its
    /// heading.
    Inside(Option<(Bound, usize)>),
}

pub struct Ranged {
    /// The outline, without the ranges that break a rule and without the
    /// rows dropped.
    pub outline: Outline,
    /// `None` for the default `i32`; `str` for a string system.
    pub code_type: Option<&'static str>,
    /// One per row of the outline.
    pub fits: Vec<Fit>,
}

/// An integer system's code (every row's code is one).
fn value(row: &Row) -> i128 {
    row.code.integer().unwrap_or_default()
}

/// Drops the rows no code type can hold, chooses the code type, then walks
/// the items: leaves out the ranges that break a rule and gives every row
/// the range that encloses it. A string system's prefixes are settled
/// instead.
pub fn settle(mut outline: Outline) -> Ranged {
    let forced = match outline.code_type {
        Some(CodeType::Str) => return settle_prefixes(outline),
        Some(CodeType::Integer(name, range)) => Some((name, range)),
        None => None,
    };
    let mut fits = drop_unrepresentable_rows(&outline.rows, forced, &mut outline.reports);
    let dropped = fits.iter().filter(|fit| **fit == Fit::Dropped).count();
    if dropped > 0 {
        remove_dropped(&mut outline.items, &fits);
        outline.rows_not_converted += dropped;
    }
    let (code_type, type_range) = match forced {
        Some(("i32", range)) => (None, range),
        Some((name, range)) => (Some(name), range),
        None => choose_code_type(&outline.items, &outline.rows, &fits),
    };
    let mut codes: Vec<(i128, usize)> = outline
        .rows
        .iter()
        .zip(&fits)
        .filter(|(_, fit)| **fit != Fit::Dropped)
        .map(|(row, _)| (value(row), row.line))
        .collect();
    codes.sort_unstable();
    let mut walk = Walk {
        type_name: code_type.unwrap_or("i32"),
        type_range,
        codes,
        fits: &mut fits,
        reports: &mut outline.reports,
    };
    walk.items(&mut outline.items, None);
    Ranged { outline, code_type, fits }
}

/// `forced`: the code type `--code-type` gives, and the codes it holds.
fn drop_unrepresentable_rows(rows: &[Row], forced: Option<(&str, Range)>, reports: &mut Vec<Report>) -> Vec<Fit> {
    let first_negative = rows.iter().find(|row| value(row) < 0).map(|row| row.line);
    rows.iter()
        .map(|row| {
            let code = value(row);
            let problem = if let Some((name, (low, high))) = forced {
                (code < low || code > high).then(|| {
                    format!(
                        "code {code} does not fit in {name}, the code type --code-type gives: the row is not converted"
                    )
                })
            } else if code < i128::from(i64::MIN) || code > i128::from(u64::MAX) {
                Some(format!("code {code} does not fit in 64 bits: the row is not converted"))
            } else {
                first_negative.filter(|_| code > i128::from(i64::MAX)).map(|line| {
                    format!(
                        "code {code} does not fit in i64, the code type that the negative codes need (line {line}): \
                         the row is not converted"
                    )
                })
            };
            match problem {
                Some(message) => {
                    reports.push(Report { line: row.line, message });
                    Fit::Dropped
                }
                None => Fit::Inside(None),
            }
        })
        .collect()
}

fn remove_dropped(items: &mut Vec<Item>, fits: &[Fit]) {
    items.retain_mut(|item| match item {
        Item::Entry(index) => fits[*index] != Fit::Dropped,
        Item::Section(section) => {
            remove_dropped(&mut section.items, fits);
            true
        }
        Item::Reserved(_) => true,
    });
}

/// The narrowest type that holds every code and every range; when none
/// does, the narrowest that holds the codes, and the ranges that do not
/// fit are left out.
fn choose_code_type(items: &[Item], rows: &[Row], fits: &[Fit]) -> (Option<&'static str>, Range) {
    let kept = || rows.iter().zip(fits).filter(|(_, fit)| **fit != Fit::Dropped).map(|(row, _)| value(row));
    let low = kept().min().unwrap_or(0);
    let high = kept().max().unwrap_or(0);
    let mut ranges = Vec::new();
    collect_ranges(items, &mut ranges);
    let types = code_types();
    let holds_codes = |&&(_, range): &&(Option<&'static str>, Range)| inside((low, high), range);
    let holds_ranges =
        |&&(_, range): &&(Option<&'static str>, Range)| ranges.iter().all(|&stated| inside(stated, range));
    types
        .iter()
        .filter(holds_codes)
        .find(holds_ranges)
        .or_else(|| types.iter().find(holds_codes))
        .copied()
        .unwrap_or(types[0])
}

fn collect_ranges(items: &[Item], ranges: &mut Vec<Range>) {
    for item in items {
        match item {
            Item::Section(section) => {
                ranges.extend(section.range);
                collect_ranges(&section.items, ranges);
            }
            Item::Reserved(reserved) => ranges.push(reserved.range),
            Item::Entry(_) => {}
        }
    }
}

fn inside((start, end): Range, (outer_start, outer_end): Range) -> bool {
    outer_start <= start && end <= outer_end
}

fn overlap((start, end): Range, (other_start, other_end): Range) -> bool {
    start <= other_end && other_start <= end
}

struct Walk<'a> {
    type_name: &'static str,
    type_range: Range,
    /// Every entry's code with its line, sorted.
    codes: Vec<(i128, usize)>,
    fits: &'a mut [Fit],
    reports: &'a mut Vec<Report>,
}

impl Walk<'_> {
    /// `enclosing`: the nearest range stated above these items, with the
    /// line of its heading.
    fn items(&mut self, items: &mut Vec<Item>, enclosing: Option<(Range, usize)>) {
        let mut siblings: Vec<(Range, usize)> = Vec::new();
        items.retain_mut(|item| match item {
            Item::Entry(index) => {
                self.fits[*index] = Fit::Inside(enclosing.map(|(range, line)| (Bound::Range(range), line)));
                true
            }
            Item::Section(section) => {
                if let Some(range) = section.range {
                    let overlapped =
                        siblings.iter().find(|&&(sibling, _)| overlap(range, sibling)).map(|&(sibling, line)| {
                            format!("overlaps {}, the range of the heading at line {line}", format_range(sibling))
                        });
                    if let Some(problem) = self.misplaced(range, enclosing).or(overlapped) {
                        self.reports.push(Report {
                            line: section.line,
                            message: format!(
                                "the range {} {problem}: the section is written without a range",
                                format_range(range)
                            ),
                        });
                        section.range = None;
                    } else {
                        siblings.push((range, section.line));
                    }
                }
                let inner = section.range.map(|range| (range, section.line)).or(enclosing);
                self.items(&mut section.items, inner);
                true
            }
            Item::Reserved(reserved) => {
                let problem = self.misplaced(reserved.range, enclosing).or_else(|| {
                    self.code_in(reserved.range)
                        .map(|(code, line)| format!("holds code {code}, which the entry at line {line} uses"))
                });
                if let Some(problem) = &problem {
                    self.reports.push(Report {
                        line: reserved.line,
                        message: format!(
                            "the reserved range {} {problem}: it is not written as reserved",
                            format_range(reserved.range)
                        ),
                    });
                }
                problem.is_none()
            }
        });
    }

    fn misplaced(&self, range: Range, enclosing: Option<(Range, usize)>) -> Option<String> {
        if !inside(range, self.type_range) {
            return Some(format!("does not fit in {}, the code type of the entries", self.type_name));
        }
        let (outer, line) = enclosing?;
        (!inside(range, outer))
            .then(|| format!("is not inside {}, the range stated by the heading at line {line}", format_range(outer)))
    }

    fn code_in(&self, (start, end): Range) -> Option<(i128, usize)> {
        let first = self.codes.partition_point(|&(code, _)| code < start);
        self.codes.get(first).copied().filter(|&(code, _)| code <= end)
    }
}

/// Every row inside the prefix stated above it; the prefixes that do not
/// extend their parent's, or that start a sibling's, left out; reserved
/// ranges, which are numbers, left out too.
fn settle_prefixes(mut outline: Outline) -> Ranged {
    let mut fits = vec![Fit::Inside(None); outline.rows.len()];
    let mut walk = PrefixWalk { fits: &mut fits, reports: &mut outline.reports };
    walk.items(&mut outline.items, None);
    Ranged { outline, code_type: Some("str"), fits }
}

struct PrefixWalk<'a> {
    fits: &'a mut [Fit],
    reports: &'a mut Vec<Report>,
}

impl PrefixWalk<'_> {
    /// `enclosing`: the nearest prefix stated above these items, with the
    /// line of its heading.
    fn items(&mut self, items: &mut Vec<Item>, enclosing: Option<(&str, usize)>) {
        let mut siblings: Vec<(String, usize)> = Vec::new();
        items.retain_mut(|item| match item {
            Item::Entry(index) => {
                self.fits[*index] =
                    Fit::Inside(enclosing.map(|(prefix, line)| (Bound::Prefix(prefix.to_owned()), line)));
                true
            }
            Item::Section(section) => {
                if let Some(prefix) = &section.prefix {
                    let problem = match enclosing {
                        Some((outer, line)) if !prefix.starts_with(outer) => {
                            Some(format!("does not extend {outer:?}, the prefix stated by the heading at line {line}"))
                        }
                        _ => siblings
                            .iter()
                            .find(|(sibling, _)| {
                                sibling.starts_with(prefix.as_str()) || prefix.starts_with(sibling.as_str())
                            })
                            .map(|(sibling, line)| {
                                format!("overlaps {sibling:?}, the prefix of the heading at line {line}")
                            }),
                    };
                    if let Some(problem) = problem {
                        self.reports.push(Report {
                            line: section.line,
                            message: format!(
                                "the prefix {prefix:?} {problem}: the section is written without a prefix"
                            ),
                        });
                        section.prefix = None;
                    } else {
                        siblings.push((prefix.clone(), section.line));
                    }
                }
                let inner = match &section.prefix {
                    Some(prefix) => Some((prefix.as_str(), section.line)),
                    None => enclosing,
                };
                self.items(&mut section.items, inner);
                true
            }
            Item::Reserved(reserved) => {
                self.reports.push(Report {
                    line: reserved.line,
                    message: format!(
                        "the {} range {} is a range of numbers and the codes are strings: it is not written",
                        if reserved.open { "open" } else { "reserved" },
                        format_range(reserved.range)
                    ),
                });
                false
            }
        });
    }
}

#[cfg(test)]
mod tests {
    /// A nested prefix extends its parent's, siblings' prefixes do not start
    /// one another, and a code outside its prefix is acknowledged: each
    /// break reported on its heading's or row's line.
    #[test]
    fn prefixes_that_break_the_rules_are_left_out() {
        let markdown = "## Class 22 — Data Exception\n\n| Error Code | Condition Name |\n|---|---|\n\
                        | 22000 | data_exception |\n| 01000 | warning |\n\n\
                        ### Class 22P — PostgreSQL's own\n\n| Error Code | Condition Name |\n|---|---|\n\
                        | 22P02 | invalid_text_representation |\n\n\
                        ### Class 2F — Not inside\n\n| Error Code | Condition Name |\n|---|---|\n\
                        | 2F000 | sql_routine_exception |\n\n\
                        ## Class 2 — Overlapping\n\n| Error Code | Condition Name |\n|---|---|\n\
                        | 20000 | case_not_found |\n";
        let conversion = crate::import::convert(markdown, "Pg", "pg.md").unwrap();
        let source = conversion.source();
        for written in [
            "section DataException in \"22\" {",
            "section PostgreSqlSOwn in \"22P\" {",
            "section NotInside {",
            "section Overlapping {",
            "#[outside_range]\n            \"01000\" warning,",
        ] {
            assert!(source.contains(written), "{written:?} not in:\n{source}");
        }
        let reports: Vec<(usize, &str)> =
            conversion.reports().iter().map(|report| (report.line, report.message.as_str())).collect();
        for wanted in [
            (6, "code \"01000\" does not start with \"22\", the prefix stated by the heading at line 1"),
            (14, "the prefix \"2F\" does not extend \"22\", the prefix stated by the heading at line 1"),
            (20, "the prefix \"2\" overlaps \"22\", the prefix of the heading at line 1"),
        ] {
            assert!(
                reports.iter().any(|(line, message)| *line == wanted.0 && message.starts_with(wanted.1)),
                "{wanted:?} not in {reports:#?}"
            );
        }
    }
}
