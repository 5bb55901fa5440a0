//! The plan: every decision that both the checks and the expansion depend
//! on, taken once from the model. The checks report from it; the expansion
//! emits from it and decides nothing itself.
//!
//! For a valid catalogue the plan keeps everything: every system is
//! expanded, every entry becomes a variant with its own code. On a
//! catalogue with mistakes it says what the expansion leaves out or
//! neutralises (a second system of the same name, a second entry of the
//! same variant, a code outside the code type) so that code naming the
//! enum does not fail a second time.

use std::collections::hash_map::Entry as MapEntry;

use rustc_hash::{FxBuildHasher, FxHashMap as HashMap, FxHashSet as HashSet};

use crate::ast::CodeRange;
use crate::model::{Catalog, CodeType};

/// The decisions about one system.
pub struct Plan {
    /// The first earlier system of the invocation with the same name, if
    /// any: then this one is not expanded.
    pub repeats_system: Option<usize>,
    /// One per entry of the model, in the same order.
    pub entries: Vec<EntryPlan>,
    /// The entries that become variants, as indices into
    /// `Catalog::entries`, in declaration order: the order of `ALL`.
    pub variants: Vec<usize>,
    /// One per section of the model, in the same order.
    pub sections: Vec<SectionPlan>,
    /// Per `reserved`/`open` declaration: whether its range fits the code
    /// type (only those are emitted).
    pub reserved_fits: Vec<bool>,
    /// Per `retired` declaration: whether its code fits the code type (only
    /// those are emitted).
    pub retired_fits: Vec<bool>,
    /// The variants grouped by code, sorted by code; within a group, in
    /// declaration order. `from_code` answers the first of each group.
    pub code_groups: Vec<CodeGroup>,
    /// The variants `from_name` finds, as positions in `variants`: the first
    /// variant of each documented name.
    pub named_variants: Vec<usize>,
}

pub struct EntryPlan {
    pub variant: VariantPlan,
    /// Whether the code fits the system's code type.
    pub code_fits: bool,
    /// The code the tables carry: the entry's own, or 0 when it does not fit.
    pub code: i128,
    /// The first earlier entry with the same code, if any.
    pub first_with_code: Option<usize>,
    /// The first earlier entry with the same documented name, if any; none
    /// for a repeated entry, whose one mistake is [`Self::repeats_entry`].
    pub first_with_name: Option<usize>,
    /// The earlier entry this one repeats (the same code and the same
    /// documented name), if any: one mistake, reported once as a repeated
    /// entry rather than as a reused code and a reused name.
    pub repeats_entry: Option<usize>,
    /// The HTTP status, declared on the entry or inherited.
    pub http: Option<Http>,
    /// The gRPC status (1 to 16), declared on the entry or inherited.
    pub grpc: Option<u8>,
}

/// What becomes of an entry in the enum.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum VariantPlan {
    /// The entry is the variant at this position of `ALL`.
    Kept(usize),
    /// An earlier entry (an index into `Catalog::entries`) already has the
    /// variant this entry would become.
    Repeats(usize),
    /// The identifier has nothing to build a variant from.
    Missing,
}

/// An HTTP status and where it is declared.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Http {
    pub status: u16,
    pub declared_on: HttpSource,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum HttpSource {
    /// `#[http(…)]` on the entry itself.
    Entry,
    /// `#[http(…)]` on this section (an index into `Catalog::sections`),
    /// the entry's own or an enclosing one.
    Section(usize),
}

pub struct SectionPlan {
    /// The section's name with its parents', e.g. `Server::File`.
    pub path: String,
    /// Whether the declared range fits the code type (only then is it
    /// emitted).
    pub range_fits: bool,
    /// The HTTP status, declared on the section or inherited.
    pub http: Option<Http>,
    /// The gRPC status (1 to 16), declared on the section or inherited.
    pub grpc: Option<u8>,
}

/// The variants that share one code.
pub struct CodeGroup {
    pub code: i128,
    /// Positions in `Plan::variants`, in declaration order.
    pub variants: Vec<usize>,
}

impl Plan {
    /// Whether this system is expanded.
    pub fn is_expanded(&self) -> bool {
        self.repeats_system.is_none()
    }
}

/// Plans every system of one invocation.
pub fn plan_invocation(catalogs: &[Catalog]) -> Vec<Plan> {
    let mut first_of_name: HashMap<String, usize> = HashMap::default();
    catalogs
        .iter()
        .enumerate()
        .map(|(index, catalog)| {
            let repeats_system = match first_of_name.entry(catalog.ident.to_string()) {
                MapEntry::Vacant(slot) => {
                    slot.insert(index);
                    None
                }
                MapEntry::Occupied(first) => Some(*first.get()),
            };
            plan_catalog(catalog, repeats_system)
        })
        .collect()
}

fn range_fits(code_type: CodeType, range: &CodeRange) -> bool {
    code_type.contains(range.start.value) && code_type.contains(range.end.value)
}

fn plan_catalog(catalog: &Catalog, repeats_system: Option<usize>) -> Plan {
    let sections = plan_sections(catalog);
    // Sized for every entry, so that none grows as it fills (they are
    // only looked up, never walked).
    let count = catalog.entries.len();
    let mut first_with_code: HashMap<i128, usize> = HashMap::with_capacity_and_hasher(count, FxBuildHasher);
    let mut first_with_name: HashMap<&str, usize> = HashMap::with_capacity_and_hasher(count, FxBuildHasher);
    let mut first_with_code_and_name: HashMap<(i128, &str), usize> =
        HashMap::with_capacity_and_hasher(count, FxBuildHasher);
    let mut first_with_variant: HashMap<&str, usize> = HashMap::with_capacity_and_hasher(count, FxBuildHasher);
    let mut variants = Vec::with_capacity(catalog.entries.len());
    let mut entries = Vec::with_capacity(catalog.entries.len());
    for (index, entry) in catalog.entries.iter().enumerate() {
        let variant = match entry.variant.as_deref() {
            None => VariantPlan::Missing,
            Some(variant) => match first_with_variant.entry(variant) {
                MapEntry::Occupied(first) => VariantPlan::Repeats(*first.get()),
                MapEntry::Vacant(slot) => {
                    slot.insert(index);
                    variants.push(index);
                    VariantPlan::Kept(variants.len() - 1)
                }
            },
        };
        let code_fits = catalog.code_type.contains(entry.code.value);
        let http = match entry.http {
            Some((status, _)) => Some(Http { status, declared_on: HttpSource::Entry }),
            None => entry.section.and_then(|section| sections[section].http),
        };
        let grpc = match entry.grpc {
            Some((grpc, _)) => Some(grpc),
            None => entry.section.and_then(|section| sections[section].grpc),
        };
        let repeats_entry = earlier(&mut first_with_code_and_name, (entry.code.value, entry.name.as_str()), index);
        let first_with_name =
            earlier(&mut first_with_name, entry.name.as_str(), index).filter(|_| repeats_entry.is_none());
        entries.push(EntryPlan {
            variant,
            code_fits,
            code: if code_fits { entry.code.value } else { 0 },
            // An unusable code is reported once, when read.
            first_with_code: earlier(&mut first_with_code, entry.code.value, index).filter(|_| !entry.code.unusable),
            first_with_name,
            repeats_entry,
            http,
            grpc,
        });
    }
    let code_groups = group_by_code(&entries, &variants);
    let mut seen_names: HashSet<&str> = HashSet::default();
    let named_variants = (0..variants.len())
        .filter(|&position| seen_names.insert(catalog.entries[variants[position]].name.as_str()))
        .collect();
    Plan {
        repeats_system,
        entries,
        variants,
        sections,
        reserved_fits: catalog.reserved.iter().map(|reserved| range_fits(catalog.code_type, &reserved.range)).collect(),
        retired_fits: catalog.retired.iter().map(|retired| catalog.code_type.contains(retired.code.value)).collect(),
        code_groups,
        named_variants,
    }
}

/// The index recorded first for `key`, recording `index` if it is the first.
fn earlier<K: std::hash::Hash + Eq>(firsts: &mut HashMap<K, usize>, key: K, index: usize) -> Option<usize> {
    match firsts.entry(key) {
        MapEntry::Occupied(first) => Some(*first.get()),
        MapEntry::Vacant(slot) => {
            slot.insert(index);
            None
        }
    }
}

/// Sections come parent first, so one pass top-down resolves every path
/// and inherited status without recursion.
fn plan_sections(catalog: &Catalog) -> Vec<SectionPlan> {
    let mut planned: Vec<SectionPlan> = Vec::with_capacity(catalog.sections.len());
    for (index, section) in catalog.sections.iter().enumerate() {
        let parent = section.parent.filter(|&parent| parent < index).map(|parent| &planned[parent]);
        let path = match parent {
            Some(parent) => format!("{}::{}", parent.path, section.ident),
            None => section.ident.to_string(),
        };
        let http = match section.http {
            Some((status, _)) => Some(Http { status, declared_on: HttpSource::Section(index) }),
            None => parent.and_then(|parent| parent.http),
        };
        let grpc = section.grpc.map(|(grpc, _)| grpc).or_else(|| parent.and_then(|parent| parent.grpc));
        let range_fits = section.range.as_ref().is_some_and(|range| range_fits(catalog.code_type, range));
        planned.push(SectionPlan { path, range_fits, http, grpc });
    }
    planned
}

fn group_by_code(entries: &[EntryPlan], variants: &[usize]) -> Vec<CodeGroup> {
    let mut by_code: Vec<usize> = (0..variants.len()).collect();
    by_code.sort_by_key(|&position| entries[variants[position]].code);
    by_code
        .chunk_by(|&left, &right| entries[variants[left]].code == entries[variants[right]].code)
        .map(|run| CodeGroup { code: entries[variants[run[0]]].code, variants: run.to_vec() })
        .collect()
}
