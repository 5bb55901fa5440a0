//! The checks of a catalogue, one `check_*` function each. None stops at the
//! first problem; each takes linear or n·log n time in the number of
//! entries, so catalogues of tens of thousands of entries check quickly.

use rustc_hash::{FxBuildHasher, FxHashMap as HashMap};

use crate::ast::{CodeLiteral, CodeRange};
use crate::diagnostic::Diagnostics;
use crate::model::{Catalog, CodeType, Reserved};
use crate::plan::{Plan, VariantPlan};

/// Runs every check on every catalogue of one invocation, reporting what
/// the plan decided.
pub fn check_invocation(catalogs: &[Catalog], plans: &[Plan], diagnostics: &mut Diagnostics) {
    check_duplicate_systems(catalogs, plans, diagnostics);
    for (catalog, plan) in catalogs.iter().zip(plans) {
        check_code_types(catalog, plan, diagnostics);
        crate::string_codes::check(catalog, diagnostics);
        check_reversed_ranges(catalog, diagnostics);
        check_nested_ranges(catalog, diagnostics);
        check_sibling_overlaps(catalog, diagnostics);
        check_entry_ranges(catalog, plan, diagnostics);
        check_reserved_codes(catalog, diagnostics);
        check_repeated_entries(catalog, plan, diagnostics);
        check_duplicate_codes(catalog, plan, diagnostics);
        check_duplicate_names(catalog, plan, diagnostics);
        check_duplicate_variants(catalog, plan, diagnostics);
        check_duplicate_sections(catalog, diagnostics);
        check_languages(catalog, diagnostics);
        check_required_languages(catalog, diagnostics);
        check_retired(catalog, plan, diagnostics);
        check_retired_reuse(catalog, diagnostics);
        crate::placeholders::check_placeholders(catalog, diagnostics);
    }
}

/// Two systems of one invocation would be two enums of the same name.
fn check_duplicate_systems(catalogs: &[Catalog], plans: &[Plan], diagnostics: &mut Diagnostics) {
    for (catalog, plan) in catalogs.iter().zip(plans) {
        if let Some(first) = plan.repeats_system {
            diagnostics
                .error(
                    catalog.order,
                    catalog.ident.span(),
                    format!("system `{}` is declared twice in this invocation; rename one", catalog.ident),
                )
                .note(catalogs[first].ident.span(), "first declared here");
        }
    }
}

/// A code, or a range, must hold values of the system's code type.
fn check_code_types(catalog: &Catalog, plan: &Plan, diagnostics: &mut Diagnostics) {
    let code_type = catalog.code_type;
    let (min, max) = code_type.range();
    let message = |what: String, lowest: i128, highest: i128| {
        let fix = match CodeType::smallest_holding(lowest.min(0).min(min), highest.max(max)) {
            Some(wider) => format!("or declare a wider type: `system {}: {}`", catalog.ident, wider.name()),
            None => "no code type is wide enough".to_owned(),
        };
        format!(
            "{what} does not fit in `{}` ({min}..={max}), the code type of system `{}`; choose a code in that \
             range, {fix}",
            code_type.name(),
            catalog.ident,
        )
    };
    let ranges = catalog
        .sections
        .iter()
        .zip(&plan.sections)
        .filter(|(_, planned)| !planned.range_fits)
        .filter_map(|(section, _)| Some((section.order, section.range.as_ref()?)))
        .filter(|(_, range)| range.prefix().is_none())
        .chain(
            catalog
                .reserved
                .iter()
                .zip(&plan.reserved_fits)
                .filter(|(_, fits)| !**fits)
                .map(|(reserved, _)| (reserved.order, &reserved.range))
                .filter(|(_, range)| range.prefix().is_none()),
        );
    for (order, range) in ranges {
        let (lowest, highest) = (range.start.value.min(range.end.value), range.start.value.max(range.end.value));
        let what = if range.single { format!("code {range}") } else { format!("range {range}") };
        diagnostics.error(order, range.location, message(what, lowest, highest));
    }
    for (entry, planned) in catalog.entries.iter().zip(&plan.entries) {
        let value = entry.code.value;
        if !planned.code_fits && entry.code.text.is_none() {
            diagnostics.error(entry.order, entry.code.location, message(format!("code {value}"), value, value));
        }
    }
}

/// `A..=B` holds no code when A > B: always a typo.
fn check_reversed_ranges(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    let ranges = catalog
        .sections
        .iter()
        .filter_map(|section| Some((section.order, format!("section `{}`", section.ident), section.range.as_ref()?)))
        .chain(catalog.reserved.iter().map(|reserved| {
            let construct = if reserved.open { "an `open` range" } else { "a `reserved` range" };
            (reserved.order, construct.to_owned(), &reserved.range)
        }));
    for (order, owner, range) in ranges {
        if range.start.value > range.end.value {
            diagnostics.error(
                order,
                range.location,
                format!(
                    "the range {}..={} of {owner} is empty: its start is above its end; write {}..={}",
                    range.start.value, range.end.value, range.end.value, range.start.value
                ),
            );
        }
    }
}

fn is_valid(range: &CodeRange) -> bool {
    range.start.value <= range.end.value
}

/// A nested section, or a `reserved` range inside a section, must stay
/// within the range of the nearest enclosing section that declares one.
fn check_nested_ranges(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    let nested = catalog
        .sections
        .iter()
        .filter_map(|section| {
            let range = section.range.as_ref()?;
            Some((section.order, format!("section `{}`", section.ident), range, section.parent))
        })
        .chain(catalog.reserved.iter().map(|reserved| {
            (reserved.order, format!("`reserved {}`", reserved.range), &reserved.range, reserved.section)
        }));
    for (order, owner, range, parent) in nested {
        let Some(outer) = catalog.ranged_ancestor(parent) else { continue };
        let outer_section = &catalog.sections[outer];
        let Some(outer_range) = outer_section.range.as_ref() else { continue };
        if !is_valid(range) || !is_valid(outer_range) || outer_range.contains_range(range) {
            continue;
        }
        let (message, what) = if outer_range.prefix().is_some() {
            (
                format!(
                    "the prefix {range} of {owner} does not extend {outer_range}, the prefix of the enclosing \
                     section `{}`: a nested prefix starts with its parent's; write {outer_range} at its start",
                    outer_section.ident
                ),
                "prefix",
            )
        } else {
            (
                format!(
                    "the range {range} of {owner} is not inside {outer_range}, the range of the enclosing \
                     section `{}`; narrow it, or widen the enclosing range",
                    outer_section.ident
                ),
                "range",
            )
        };
        diagnostics
            .error(order, range.location, message)
            .note(outer_range.location, format!("the {what} of section `{}` is declared here", outer_section.ident));
    }
}

/// Sections side by side must not claim the same codes.
fn check_sibling_overlaps(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    let mut by_parent: HashMap<Option<usize>, Vec<usize>> = HashMap::default();
    for (index, section) in catalog.sections.iter().enumerate() {
        if section.range.as_ref().is_some_and(is_valid) {
            by_parent.entry(section.parent).or_default().push(index);
        }
    }
    let mut groups: Vec<Vec<usize>> = by_parent.into_values().collect();
    groups.sort_unstable();
    for mut siblings in groups {
        let range_of = |index: usize| {
            catalog.sections[index].range.as_ref().map_or((0, 0), |range| (range.start.value, range.end.value))
        };
        let prefix_of = |index: usize| catalog.sections[index].range.as_ref().and_then(CodeRange::prefix);
        // Integer ranges by start; prefixes in text order, where a prefix
        // comes just before the prefixes that extend it.
        siblings.sort_by(|&one, &two| (prefix_of(one), range_of(one), one).cmp(&(prefix_of(two), range_of(two), two)));
        let mut reach: Option<usize> = None;
        for index in siblings {
            if let Some(widest) = reach {
                let (Some(first_range), Some(second_range)) =
                    (&catalog.sections[widest].range, &catalog.sections[index].range)
                else {
                    continue;
                };
                if first_range.overlaps(second_range) {
                    let (first, second) = if widest < index { (widest, index) } else { (index, widest) };
                    let first = &catalog.sections[first];
                    let second = &catalog.sections[second];
                    let (Some(first_range), Some(second_range)) = (&first.range, &second.range) else { continue };
                    let message = if second_range.prefix().is_some() {
                        format!(
                            "the prefix {second_range} of section `{}` overlaps {first_range}, the prefix of section \
                             `{}`: a code could start with both; sections side by side must not share codes: make \
                             neither prefix the start of the other, or nest one section inside the other",
                            second.ident, first.ident
                        )
                    } else {
                        format!(
                            "the range {second_range} of section `{}` overlaps {first_range}, the range of section \
                             `{}`; sections side by side must not share codes: make the ranges disjoint, or nest \
                             one section inside the other",
                            second.ident, first.ident
                        )
                    };
                    let what = if first_range.prefix().is_some() { "prefix" } else { "range" };
                    diagnostics.error(second.order, second_range.location, message).note(
                        first_range.location,
                        format!("the {what} of section `{}` is declared here", first.ident),
                    );
                }
            }
            let extends_reach = match (reach, prefix_of(index)) {
                (None, _) => true,
                // A prefix covers the ones after it as long as they extend it.
                (Some(widest), Some(prefix)) => !prefix_of(widest).is_some_and(|covering| prefix.starts_with(covering)),
                (Some(widest), None) => range_of(index).1 > range_of(widest).1,
            };
            if extends_reach {
                reach = Some(index);
            }
        }
    }
}

/// An entry's code must lie in the range of its section (the nearest one
/// that declares a range), unless the entry says `#[outside_range]`; an
/// `#[outside_range]` that is not needed is stale.
fn check_entry_ranges(catalog: &Catalog, plan: &Plan, diagnostics: &mut Diagnostics) {
    for entry in catalog.entries.iter().filter(|entry| !entry.code.unusable) {
        let bound = catalog.ranged_ancestor(entry.section);
        let range = bound.and_then(|index| catalog.sections[index].range.as_ref()).filter(|range| is_valid(range));
        match (bound, range, entry.outside_range) {
            (_, _, Some(_)) if entry.outside_range_misspelt => {}
            (Some(index), Some(range), None) if !range.contains(&entry.code) => {
                let section = &catalog.sections[index];
                let path = &plan.sections[index].path;
                let message = if range.prefix().is_some() {
                    format!(
                        "code {} of `{}` does not start with {range}, the prefix of section `{path}`; move the \
                         entry to a section whose prefix it has, or mark a deliberate exception with \
                         `#[outside_range]`",
                        entry.code, entry.ident
                    )
                } else {
                    format!(
                        "code {} of `{}` is outside {range}, the range of section `{path}`; move the entry to a \
                         section whose range holds it, widen the range, or mark a deliberate exception with \
                         `#[outside_range]`",
                        entry.code, entry.ident
                    )
                };
                let what = if range.prefix().is_some() { "prefix" } else { "range" };
                diagnostics
                    .error(entry.order, entry.code.location, message)
                    .note(range.location, format!("the {what} of section `{}` is declared here", section.ident));
            }
            (Some(index), Some(range), Some(attribute)) if range.contains(&entry.code) => {
                let inside = if range.prefix().is_some() { "starts with" } else { "is inside" };
                let what = if range.prefix().is_some() { "prefix" } else { "range" };
                diagnostics.error(
                    entry.order,
                    attribute,
                    format!(
                        "`#[outside_range]` on `{}` is stale: code {} {inside} {range}, the {what} of section `{}`; \
                         remove the attribute",
                        entry.ident, entry.code, plan.sections[index].path
                    ),
                );
            }
            (None, _, Some(attribute)) => {
                diagnostics.error(
                    entry.order,
                    attribute,
                    format!(
                        "`#[outside_range]` on `{}` has no effect: no enclosing section declares a range; \
                         remove the attribute",
                        entry.ident
                    ),
                );
            }
            _ => {}
        }
    }
}

/// Finds the reservation that holds a code: for integer ranges, a sweep
/// over them sorted by start; for string prefixes, each prefix of the code
/// looked up by its text. Either way, linear in the catalogue.
enum ReservedFinder<'a> {
    Ranges {
        /// The reservations, sorted by start.
        sorted: Vec<usize>,
        /// `widest[k]`: among `sorted[..=k]`, the one that reaches furthest.
        widest: Vec<usize>,
    },
    Prefixes(HashMap<&'a str, usize>),
}

impl<'a> ReservedFinder<'a> {
    fn new(catalog: &'a Catalog, mut reserved: Vec<usize>) -> Self {
        if catalog.code_type == CodeType::Str {
            let mut prefixes = HashMap::default();
            for index in reserved {
                if let Some(prefix) = catalog.reserved[index].range.prefix() {
                    prefixes.entry(prefix).or_insert(index);
                }
            }
            return ReservedFinder::Prefixes(prefixes);
        }
        reserved.sort_by_key(|&index| catalog.reserved[index].range.start.value);
        let mut widest = Vec::with_capacity(reserved.len());
        for (position, &index) in reserved.iter().enumerate() {
            let reach = |candidate: usize| catalog.reserved[candidate].range.end.value;
            let best = match position {
                0 => index,
                _ if reach(index) > reach(widest[position - 1]) => index,
                _ => widest[position - 1],
            };
            widest.push(best);
        }
        ReservedFinder::Ranges { sorted: reserved, widest }
    }

    fn find<'c>(&self, catalog: &'c Catalog, code: &CodeLiteral) -> Option<&'c Reserved> {
        match self {
            ReservedFinder::Ranges { sorted, widest } => {
                let below = sorted.partition_point(|&index| catalog.reserved[index].range.start.value <= code.value);
                let candidate = &catalog.reserved[widest[below.checked_sub(1)?]];
                candidate.range.contains(code).then_some(candidate)
            }
            ReservedFinder::Prefixes(prefixes) => {
                let text = code.text.as_deref()?;
                let mut ends: Vec<usize> = text.char_indices().map(|(at, _)| at).skip(1).collect();
                ends.push(text.len());
                ends.into_iter().find_map(|end| prefixes.get(&text[..end])).map(|&index| &catalog.reserved[index])
            }
        }
    }
}

/// No entry may use a reserved code, nor one the system leaves open.
fn check_reserved_codes(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    let reserved: Vec<usize> =
        (0..catalog.reserved.len()).filter(|&index| is_valid(&catalog.reserved[index].range)).collect();
    if reserved.is_empty() {
        return;
    }
    let holding = ReservedFinder::new(catalog, reserved);
    for entry in catalog.entries.iter().filter(|entry| !entry.code.unusable) {
        let Some(candidate) = holding.find(catalog, &entry.code) else { continue };
        let code = &entry.code;
        let why = match candidate.doc.lines().next() {
            Some(line) if !line.trim().is_empty() => format!(" ({})", line.trim()),
            _ => String::new(),
        };
        let (message, note) = if candidate.open && candidate.range.prefix().is_some() {
            (
                format!(
                    "code {code} of `{}` starts with {}{why}, a prefix system `{}` leaves open to the systems that \
                     extend it; choose a code with another prefix",
                    entry.ident, candidate.range, catalog.ident
                ),
                "left open here",
            )
        } else if candidate.range.prefix().is_some() {
            (
                format!(
                    "code {code} of `{}` starts with the reserved prefix {}{why}; choose a code that is not reserved",
                    entry.ident, candidate.range
                ),
                "reserved here",
            )
        } else if candidate.open {
            (
                format!(
                    "code {code} of `{}` is in {}{why}, which system `{}` leaves open to the systems that extend \
                     it; choose a code outside the open range",
                    entry.ident, candidate.range, catalog.ident
                ),
                "left open here",
            )
        } else if candidate.range.single {
            (
                format!("code {code} of `{}` is reserved{why}; choose a code that is not reserved", entry.ident),
                "reserved here",
            )
        } else {
            (
                format!(
                    "code {code} of `{}` is in the reserved range {}{why}; choose a code that is not reserved",
                    entry.ident, candidate.range
                ),
                "reserved here",
            )
        };
        diagnostics.error(entry.order, entry.code.location, message).note(candidate.range.location, note);
    }
}

/// An entry declared twice, with the same code and name, is a copy: the
/// fix is to remove one, not to acknowledge a shared code.
fn check_repeated_entries(catalog: &Catalog, plan: &Plan, diagnostics: &mut Diagnostics) {
    for (entry, planned) in catalog.entries.iter().zip(&plan.entries) {
        let Some(first) = planned.repeats_entry else { continue };
        let first = &catalog.entries[first];
        diagnostics
            .error(
                entry.order,
                entry.name_location,
                format!("entry `{}` (code {}) is declared twice; remove one", entry.name, entry.code),
            )
            .note(first.name_location, format!("`{}` first declared here", first.name));
    }
}

/// A code names one entry, unless a later entry acknowledges the reuse with
/// `#[shares_code(FIRST)]`; an acknowledgement must name an earlier entry
/// with the same code, so that it goes stale loudly when either changes.
fn check_duplicate_codes(catalog: &Catalog, plan: &Plan, diagnostics: &mut Diagnostics) {
    // Sized for every entry; only looked up, never walked.
    let mut by_ident: HashMap<String, usize> = HashMap::with_capacity_and_hasher(catalog.entries.len(), FxBuildHasher);
    for (index, entry) in catalog.entries.iter().enumerate() {
        by_ident.entry(entry.ident.to_string()).or_insert(index);
    }
    for (index, entry) in catalog.entries.iter().enumerate() {
        let code = &entry.code;
        let first = plan.entries[index].first_with_code;
        match &entry.shares_code {
            None if plan.entries[index].repeats_entry.is_some() || entry.shares_code_unreadable => {}
            None => {
                if let Some(first) = first {
                    let first = &catalog.entries[first];
                    diagnostics
                        .error(
                            entry.order,
                            entry.code.location,
                            format!(
                                "code {code} is already used by `{}`; choose another code, or acknowledge the reuse \
                                 with `#[shares_code({})]` on `{}`",
                                first.ident, first.ident, entry.ident
                            ),
                        )
                        .note(first.code.location, format!("code {code} first declared here, by `{}`", first.ident));
                }
            }
            Some(target_ident) => {
                let fix = match first {
                    Some(first) => format!("name `{}`, the first entry with code {code}", catalog.entries[first].ident),
                    None => format!("no earlier entry has code {code}: remove the attribute"),
                };
                let problem = match by_ident.get(&target_ident.to_string()).copied() {
                    None => Some(format!(
                        "`#[shares_code({target_ident})]` names no entry of system `{}`; {fix}",
                        catalog.ident
                    )),
                    Some(target) if target == index => {
                        Some(format!("`#[shares_code({target_ident})]` names the entry itself; {fix}"))
                    }
                    Some(target) if target > index => Some(format!(
                        "`#[shares_code({target_ident})]` names an entry declared later: the acknowledgement belongs \
                         on the later entry; move it to `{target_ident}` as `#[shares_code({})]`",
                        entry.ident
                    )),
                    Some(target) if catalog.entries[target].code.value != code.value => Some(format!(
                        "`#[shares_code({target_ident})]` is stale: `{target_ident}` has code {}, not {code}; {fix}",
                        catalog.entries[target].code
                    )),
                    Some(_) => None,
                };
                if let Some(problem) = problem {
                    diagnostics.error(entry.order, target_ident.span(), problem);
                }
            }
        }
    }
}

/// `from_name` must find one entry per name.
fn check_duplicate_names(catalog: &Catalog, plan: &Plan, diagnostics: &mut Diagnostics) {
    for (entry, planned) in catalog.entries.iter().zip(&plan.entries) {
        let Some(first) = planned.first_with_name else { continue };
        let first = &catalog.entries[first];
        diagnostics
            .error(
                entry.order,
                entry.name_location,
                format!(
                    "the name `{}` is already used by the entry with code {}; names must be unique within \
                     system `{}`: rename one of them",
                    entry.name, first.code, catalog.ident
                ),
            )
            .note(first.name_location, format!("`{}` first declared here", first.name));
    }
}

/// Two identifiers that become the same variant after case conversion
/// (`FILE_NOT_EXIST` and `FileNotExist`) would be one variant twice.
fn check_duplicate_variants(catalog: &Catalog, plan: &Plan, diagnostics: &mut Diagnostics) {
    for (entry, planned) in catalog.entries.iter().zip(&plan.entries) {
        let VariantPlan::Repeats(first_index) = planned.variant else { continue };
        let first = &catalog.entries[first_index];
        let Some(variant) = entry.variant.as_deref() else { continue };
        if first.name == entry.name {
            continue;
        }
        let message = if first.ident == entry.ident {
            format!(
                "the identifier `{}` is already used by the entry with code {}; give each entry its own identifier",
                entry.ident, first.code
            )
        } else {
            format!(
                "`{}` and `{}` (code {}) both become the variant `{}::{variant}`; rename one of them",
                entry.ident, first.ident, first.code, catalog.ident
            )
        };
        diagnostics
            .error(entry.order, entry.ident.span(), message)
            .note(first.ident.span(), format!("`{}` first declared here", first.ident));
    }
}

/// Sections are looked up by name, so names are unique within a system.
fn check_duplicate_sections(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    let mut seen: HashMap<String, usize> = HashMap::default();
    for (index, section) in catalog.sections.iter().enumerate() {
        let first = *seen.entry(section.ident.to_string()).or_insert(index);
        if first != index {
            diagnostics
                .error(
                    section.order,
                    section.ident.span(),
                    format!(
                        "section `{}` is already declared in system `{}`; section names must be unique: rename one",
                        section.ident, catalog.ident
                    ),
                )
                .note(catalog.sections[first].ident.span(), "first declared here");
        }
    }
}

/// Every language tag of an entry is one the system declares, other than
/// the primary one, and appears once per entry.
fn check_languages(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    let mut declared: HashMap<String, usize> = HashMap::default();
    for (position, language) in catalog.languages.iter().enumerate() {
        if let Some(&first) = declared.get(&language.to_string()) {
            diagnostics
                .error(
                    catalog.order,
                    language.span(),
                    format!("language `{language}` is listed twice in `#[languages(…)]`"),
                )
                .note(catalog.languages[first].span(), "first listed here");
        } else {
            declared.insert(language.to_string(), position);
        }
    }
    for entry in &catalog.entries {
        let mut given: Vec<String> = Vec::new();
        for (language, _) in &entry.texts {
            let tag = language.to_string();
            let problem = match declared.get(&tag) {
                _ if given.contains(&tag) => Some(format!("the `{tag}` message of `{}` is given twice", entry.ident)),
                // The unreadable `#[languages(…)]` is the one error.
                None if catalog.languages_unreadable => None,
                None if catalog.languages.is_empty() => Some(format!(
                    "language `{tag}` is not declared: add `#[languages(…)]` to system `{}`, listing the language of \
                     the primary messages first, then `{tag}`",
                    catalog.ident
                )),
                None => Some(format!(
                    "language `{tag}` is not declared for system `{}`; it declares {}: add it to `#[languages(…)]` \
                     or fix the tag",
                    catalog.ident,
                    catalog.languages.iter().map(|language| format!("`{language}`")).collect::<Vec<_>>().join(", ")
                )),
                Some(0) => Some(format!(
                    "`{tag}` is the primary language of system `{}`: the entry's first string is its `{tag}` message",
                    catalog.ident
                )),
                Some(_) => None,
            };
            if let Some(problem) = problem {
                diagnostics.error(entry.order, language.span(), problem);
            }
            given.push(tag);
        }
    }
}

/// `#[require_all_languages]`: every entry has a text, not empty, in every
/// declared language, the primary one included.
fn check_required_languages(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    let Some(attribute) = catalog.require_all_languages else { return };
    if catalog.languages_unreadable {
        return;
    }
    if catalog.languages.is_empty() {
        diagnostics.error(
            catalog.order,
            attribute,
            format!(
                "`#[require_all_languages]` has no languages to require: system `{}` declares none; add \
                 `#[languages(…)]`, listing the language of the primary messages first",
                catalog.ident
            ),
        );
        return;
    }
    for entry in catalog.entries.iter().filter(|entry| !entry.partial) {
        let has_text = |position: usize, language: &syn::Ident| {
            if position == 0 {
                entry.message.as_ref().is_some_and(|message| !message.value.is_empty())
            } else {
                entry.texts.iter().any(|(tag, text)| tag == language && !text.value.is_empty())
            }
        };
        let missing: Vec<(usize, &syn::Ident)> = catalog
            .languages
            .iter()
            .enumerate()
            .filter(|&(position, language)| !has_text(position, language))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let listed = missing.iter().map(|(_, language)| format!("`{language}`")).collect::<Vec<_>>().join(", ");
        let shape = std::iter::once(format!("{} {} \"…\"", entry.code, entry.ident))
            .chain(catalog.languages.iter().skip(1).map(|language| format!("{language} \"…\"")))
            .collect::<Vec<_>>()
            .join(" ");
        diagnostics.error(
            entry.order,
            entry.ident.span(),
            format!(
                "entry `{}` has no text in {listed}: system `{}` requires one in every declared language \
                 (`#[require_all_languages]`), as in `{shape}`",
                entry.ident, catalog.ident
            ),
        );
    }
}

/// A `retired` code and name are declared once, and the code fits the
/// system's type.
fn check_retired(catalog: &Catalog, plan: &Plan, diagnostics: &mut Diagnostics) {
    let mut codes: HashMap<i128, usize> = HashMap::default();
    let mut names: HashMap<&str, usize> = HashMap::default();
    for (index, retired) in catalog.retired.iter().enumerate() {
        let value = &retired.code;
        // A string code in an integer system is reported as such, not as a
        // code that does not fit.
        if !plan.retired_fits[index] && retired.code.text.is_none() {
            diagnostics.error(
                retired.order,
                retired.code.location,
                format!(
                    "retired code {value} does not fit in `{}`, the code type of system `{}`; fix the code",
                    catalog.code_type.name(),
                    catalog.ident
                ),
            );
        }
        if let Some(&first) = codes.get(&value.value) {
            let first = &catalog.retired[first];
            diagnostics
                .error(
                    retired.order,
                    retired.code.location,
                    format!("code {value} is retired twice, as `{}` and `{}`; keep one", first.name, retired.name),
                )
                .note(first.code.location, format!("code {value} first retired here"));
        } else {
            codes.insert(value.value, index);
        }
        if let Some(&first) = names.get(retired.name.as_str()) {
            let first = &catalog.retired[first];
            diagnostics
                .error(
                    retired.order,
                    retired.name_location,
                    format!(
                        "the name `{}` is retired twice, with codes {} and {value}; a retired name had one code: \
                         keep one",
                        retired.name, first.code
                    ),
                )
                .note(first.name_location, format!("`{}` first retired here", first.name));
        } else {
            names.insert(retired.name.as_str(), index);
        }
    }
}

/// A retired code and name are out of use forever: clients that saw them
/// still read them with their old meaning.
fn check_retired_reuse(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    if catalog.retired.is_empty() {
        return;
    }
    let mut codes: HashMap<i128, usize> = HashMap::default();
    let mut names: HashMap<&str, usize> = HashMap::default();
    for (index, retired) in catalog.retired.iter().enumerate() {
        codes.entry(retired.code.value).or_insert(index);
        names.entry(retired.name.as_str()).or_insert(index);
    }
    let why = |retired: &crate::model::Retired| match retired.doc.lines().next().map(str::trim) {
        Some(line) if !line.is_empty() => format!(" ({line})"),
        _ => String::new(),
    };
    for entry in &catalog.entries {
        if let Some(&index) = codes.get(&entry.code.value) {
            let retired = &catalog.retired[index];
            diagnostics
                .error(
                    entry.order,
                    entry.code.location,
                    format!(
                        "code {} of `{}` is retired: it was `{}`{}; a retired code is never used again: choose \
                         another code",
                        entry.code,
                        entry.name,
                        retired.name,
                        why(retired)
                    ),
                )
                .note(retired.code.location, format!("`{}` retired here", retired.name));
        }
        if let Some(&index) = names.get(entry.name.as_str()) {
            let retired = &catalog.retired[index];
            diagnostics
                .error(
                    entry.order,
                    entry.name_location,
                    format!(
                        "the name `{}` is retired: it was code {}{}; a retired name is never used again: choose \
                         another name",
                        entry.name,
                        retired.code,
                        why(retired)
                    ),
                )
                .note(retired.name_location, format!("`{}` retired here", retired.name));
        }
    }
}
