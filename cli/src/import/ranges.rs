//! The second stage: settling the code type and the ranges of an outline
//! so that the macro's checks accept them: every code fits one code type,
//! every range fits it and lies inside the range that encloses it, sections
//! side by side do not overlap, and no reserved range holds an entry's
//! code. A range that breaks a rule is left out, and a row whose code no
//! type can hold with the others is not converted; each gets a report.

use crate::import::Report;
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

/// Where a row stands once the ranges are settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// No code type holds it with the others: not converted.
    Dropped,
    /// The nearest range stated above it, with the line of its heading.
    Inside(Option<(Range, usize)>),
}

pub struct Ranged {
    /// The outline, without the ranges that break a rule and without the
    /// rows dropped.
    pub outline: Outline,
    /// `None` for the default `i32`.
    pub code_type: Option<&'static str>,
    /// One per row of the outline.
    pub fits: Vec<Fit>,
}

/// Drops the rows no code type can hold, chooses the code type, then walks
/// the items: leaves out the ranges that break a rule and gives every row
/// the range that encloses it.
pub fn settle(mut outline: Outline) -> Ranged {
    let mut fits = drop_unrepresentable_rows(&outline.rows, &mut outline.reports);
    let dropped = fits.iter().filter(|fit| **fit == Fit::Dropped).count();
    if dropped > 0 {
        remove_dropped(&mut outline.items, &fits);
        outline.rows_not_converted += dropped;
    }
    let (code_type, type_range) = choose_code_type(&outline.items, &outline.rows, &fits);
    let mut codes: Vec<(i128, usize)> = outline
        .rows
        .iter()
        .zip(&fits)
        .filter(|(_, fit)| **fit != Fit::Dropped)
        .map(|(row, _)| (row.code, row.line))
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

fn drop_unrepresentable_rows(rows: &[Row], reports: &mut Vec<Report>) -> Vec<Fit> {
    let first_negative = rows.iter().find(|row| row.code < 0).map(|row| row.line);
    rows.iter()
        .map(|row| {
            let problem = if row.code < i128::from(i64::MIN) || row.code > i128::from(u64::MAX) {
                Some(format!("code {} does not fit in 64 bits: the row is not converted", row.code))
            } else {
                first_negative.filter(|_| row.code > i128::from(i64::MAX)).map(|line| {
                    format!(
                        "code {} does not fit in i64, the code type that the negative codes need (line {line}): \
                         the row is not converted",
                        row.code
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
    let kept = || rows.iter().zip(fits).filter(|(_, fit)| **fit != Fit::Dropped).map(|(row, _)| row.code);
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
                self.fits[*index] = Fit::Inside(enclosing);
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
