//! Settling the code type and the ranges of a draft so that the macro's
//! checks accept them: every code fits one code type, every range fits it
//! and lies inside the range that encloses it, sections side by side do not
//! overlap, and no reserved range holds an entry's code. A range that
//! breaks a rule is left out, and a row whose code no type can hold with
//! the others is not converted; each gets a report.

use crate::import::draft::{Item, RawRow, Report};
use crate::view::format_range;

type Range = (i128, i128);

/// The code types an import chooses from, narrowest first; `None` names
/// the default `i32`.
fn code_types() -> [(Option<&'static str>, Range); 3] {
    [
        (None, (i32::MIN.into(), i32::MAX.into())),
        (Some("i64"), (i64::MIN.into(), i64::MAX.into())),
        (Some("u64"), (0, u64::MAX.into())),
    ]
}

pub struct Settled {
    /// `None` for the default `i32`.
    pub code_type: Option<&'static str>,
    pub rows_not_converted: usize,
}

/// Drops the rows no code type can hold, chooses the code type, then walks
/// the items: leaves out the ranges that break a rule and gives every row
/// the range that encloses it.
pub fn settle(items: &mut Vec<Item>, rows: &mut Vec<RawRow>, reports: &mut Vec<Report>) -> Settled {
    let rows_not_converted = drop_unrepresentable_rows(items, rows, reports);
    let (code_type, type_range) = choose_code_type(items, rows);
    let mut codes: Vec<(i128, usize)> = rows.iter().map(|row| (row.code, row.line)).collect();
    codes.sort_unstable();
    let mut walk = Walk { type_name: code_type.unwrap_or("i32"), type_range, codes, rows, reports };
    walk.items(items, None);
    Settled { code_type, rows_not_converted }
}

fn drop_unrepresentable_rows(items: &mut Vec<Item>, rows: &mut Vec<RawRow>, reports: &mut Vec<Report>) -> usize {
    let first_negative = rows.iter().find(|row| row.code < 0).map(|row| row.line);
    let mut new_index = Vec::with_capacity(rows.len());
    let mut kept = 0;
    for row in rows.iter() {
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
        if let Some(message) = problem {
            reports.push(Report { line: row.line, message });
            new_index.push(None);
        } else {
            new_index.push(Some(kept));
            kept += 1;
        }
    }
    let dropped = rows.len() - kept;
    if dropped > 0 {
        let mut index = 0;
        rows.retain(|_| {
            index += 1;
            new_index[index - 1].is_some()
        });
        renumber(items, &new_index);
    }
    dropped
}

fn renumber(items: &mut Vec<Item>, new_index: &[Option<usize>]) {
    items.retain_mut(|item| match item {
        Item::Entry(index) => match new_index[*index] {
            Some(new) => {
                *index = new;
                true
            }
            None => false,
        },
        Item::Section(section) => {
            renumber(&mut section.items, new_index);
            true
        }
        Item::Reserved(_) => true,
    });
}

/// The narrowest type that holds every code and every range; when none
/// does, the narrowest that holds the codes, and the ranges that do not
/// fit are left out.
fn choose_code_type(items: &[Item], rows: &[RawRow]) -> (Option<&'static str>, Range) {
    let low = rows.iter().map(|row| row.code).min().unwrap_or(0);
    let high = rows.iter().map(|row| row.code).max().unwrap_or(0);
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
    rows: &'a mut [RawRow],
    reports: &'a mut Vec<Report>,
}

impl Walk<'_> {
    /// `enclosing`: the nearest range stated above these items, with the
    /// line of its heading.
    fn items(&mut self, items: &mut Vec<Item>, enclosing: Option<(Range, usize)>) {
        let mut siblings: Vec<(Range, usize)> = Vec::new();
        items.retain_mut(|item| match item {
            Item::Entry(index) => {
                self.rows[*index].range = enclosing;
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
