//! `#[baseline = "errcat.lock"]`: a system held to its committed lock file
//! (format in [`crate::lock`]). Released entries stay: one removed without
//! being retired, renumbered, renamed, or whose code now carries another
//! name is a compile error on the offending token; under
//! `#[baseline(strict_texts)]` a changed text is one too. New entries are
//! fine.

use std::collections::hash_map::Entry as MapEntry;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use syn::{Attribute, Expr, ExprLit, Lit, LitStr, Meta};

use crate::diagnostic::{Diagnostics, Location};
use crate::lock::{self, Lock, LockedCode, LockedEntry, LockedSystem};
use crate::model::{Catalog, Entry};
use crate::naming;

/// What a system's `#[baseline…]` attributes say.
pub struct BaselineAttr {
    /// `#[baseline = "…"]`: the lock file, relative to the manifest directory.
    pub path: Option<LitStr>,
    /// `#[baseline(strict_texts)]`, and where it is written.
    pub strict_texts: Option<Location>,
}

/// Reads `#[baseline = "errcat.lock"]` or `#[baseline(strict_texts)]`.
pub fn read_attr(attr: &Attribute, baseline: &mut Option<BaselineAttr>, order: usize, diagnostics: &mut Diagnostics) {
    let slot = baseline.get_or_insert(BaselineAttr { path: None, strict_texts: None });
    match &attr.meta {
        Meta::NameValue(pair) => match &pair.value {
            Expr::Lit(ExprLit { lit: Lit::Str(path), .. }) if slot.path.is_none() && !path.value().is_empty() => {
                slot.path = Some(path.clone());
            }
            _ if slot.path.is_some() => {
                diagnostics.error(
                    order,
                    Location::of(attr),
                    "duplicate `#[baseline = \"…\"]`: a system has one baseline",
                );
            }
            _ => {
                diagnostics.error(
                    order,
                    Location::of(attr),
                    "expected `#[baseline = \"errcat.lock\"]`, the lock file relative to the crate's manifest directory",
                );
            }
        },
        Meta::List(_) => {
            let parsed = attr.parse_args::<syn::Ident>();
            match parsed {
                Ok(ident) if ident == "strict_texts" && slot.strict_texts.is_none() => {
                    slot.strict_texts = Some(Location::of(attr));
                }
                _ => {
                    diagnostics.error(
                        order,
                        Location::of(attr),
                        "expected `#[baseline(strict_texts)]`, making a changed text a compile error, or \
                         `#[baseline = \"errcat.lock\"]`",
                    );
                }
            }
        }
        Meta::Path(_) => {
            diagnostics.error(
                order,
                Location::of(attr),
                "expected `#[baseline = \"errcat.lock\"]`, the lock file relative to the crate's manifest directory",
            );
        }
    }
}

/// `#[baseline(strict_texts)]` needs a baseline to be strict about.
pub fn check_attr_pair(baseline: &mut Option<BaselineAttr>, order: usize, diagnostics: &mut Diagnostics) {
    if let Some(BaselineAttr { path: None, strict_texts }) = baseline {
        if let Some(location) = strict_texts {
            diagnostics.error(
                order,
                *location,
                "`#[baseline(strict_texts)]` needs the baseline itself: add `#[baseline = \"errcat.lock\"]`",
            );
        }
        *baseline = None;
    }
}

/// Checks every system that declares a baseline against it. Relative paths
/// are resolved against `manifest_dir`; `None` means it is unknown. Returns
/// the files read, for the expansion to track.
pub fn check_baselines(
    catalogs: &[Catalog],
    manifest_dir: Option<&Path>,
    diagnostics: &mut Diagnostics,
) -> Vec<PathBuf> {
    let mut files: HashMap<PathBuf, Result<Lock, String>> = HashMap::default();
    let mut read = Vec::new();
    for catalog in catalogs {
        let Some(BaselineAttr { path: Some(literal), strict_texts }) = &catalog.baseline else { continue };
        let written = literal.value();
        let path = match (Path::new(&written).is_absolute(), manifest_dir) {
            (true, _) => PathBuf::from(&written),
            (false, Some(dir)) => dir.join(&written),
            (false, None) => {
                diagnostics.error(
                    catalog.order,
                    literal.span(),
                    format!(
                        "cannot find the baseline `{written}`: the crate's manifest directory is unknown \
                         (CARGO_MANIFEST_DIR is not set); build with cargo, or give an absolute path"
                    ),
                );
                continue;
            }
        };
        let lock = match files.entry(path.clone()) {
            MapEntry::Occupied(known) => known.into_mut(),
            MapEntry::Vacant(slot) => {
                let loaded = std::fs::read_to_string(&path);
                if loaded.is_ok() {
                    read.push(path);
                }
                slot.insert(loaded.map_err(|error| read_failure(&written, &error)).and_then(|text| {
                    Lock::parse(&text).map_err(|error| {
                        format!(
                            "the baseline `{written}` does not parse: {error}; fix that line, or restore the file \
                             from version control"
                        )
                    })
                }))
            }
        };
        let lock = match lock {
            Ok(lock) => lock,
            Err(message) => {
                diagnostics.error(catalog.order, literal.span(), message.clone());
                continue;
            }
        };
        let Some(system) = lock.system(&catalog.ident.to_string()) else {
            let known: Vec<&str> = lock.systems.iter().map(|system| system.name.as_str()).collect();
            let recorded = if known.is_empty() { "no system".to_owned() } else { format!("only {}", known.join(", ")) };
            diagnostics.error(
                catalog.order,
                literal.span(),
                format!(
                    "the baseline `{written}` has no system `{}` (it records {recorded}); record it with \
                     `errcat lock --update`, or fix the path",
                    catalog.ident
                ),
            );
            continue;
        };
        let baseline = Baseline::new(system, &written, literal);
        let declared = Declared::of(catalog);
        check_renumbered_and_reused(catalog, &baseline, &declared, diagnostics);
        check_removed(catalog, &baseline, &declared, diagnostics);
        check_retired_kept(catalog, &baseline, &declared, diagnostics);
        if strict_texts.is_some() {
            check_texts(catalog, &baseline, diagnostics);
        }
    }
    read
}

fn read_failure(written: &str, error: &std::io::Error) -> String {
    if error.kind() == std::io::ErrorKind::NotFound {
        format!(
            "the baseline `{written}` does not exist (the path is relative to the crate's manifest directory); \
             write it with `errcat lock`, or fix the path"
        )
    } else {
        let reason = error.to_string();
        let reason = reason.split(" (os error").next().unwrap_or_default().to_lowercase();
        format!("cannot read the baseline `{written}`: {reason}")
    }
}

/// One system's baseline, indexed, and how the attribute names it.
struct Baseline<'a> {
    system: &'a LockedSystem,
    written: &'a str,
    literal: &'a LitStr,
    released_by_name: HashMap<&'a str, Vec<&'a LockedEntry>>,
    released_by_code: HashMap<&'a LockedCode, Vec<&'a LockedEntry>>,
    retired_by_code: HashMap<&'a LockedCode, &'a LockedEntry>,
    retired_by_name: HashMap<&'a str, &'a LockedEntry>,
}

impl<'a> Baseline<'a> {
    fn new(system: &'a LockedSystem, written: &'a str, literal: &'a LitStr) -> Self {
        let mut baseline = Baseline {
            system,
            written,
            literal,
            released_by_name: HashMap::default(),
            released_by_code: HashMap::default(),
            retired_by_code: HashMap::default(),
            retired_by_name: HashMap::default(),
        };
        for entry in &system.entries {
            if entry.retired {
                baseline.retired_by_code.entry(&entry.code).or_insert(entry);
                baseline.retired_by_name.entry(&entry.name).or_insert(entry);
            } else {
                baseline.released_by_name.entry(&entry.name).or_default().push(entry);
                baseline.released_by_code.entry(&entry.code).or_default().push(entry);
            }
        }
        baseline
    }

    fn released(&self) -> impl Iterator<Item = &LockedEntry> {
        self.system.entries.iter().filter(|entry| !entry.retired)
    }

    fn retired(&self) -> impl Iterator<Item = &LockedEntry> {
        self.system.entries.iter().filter(|entry| entry.retired)
    }

    fn released_named(&self, name: &str) -> &[&'a LockedEntry] {
        self.released_by_name.get(name).map_or(&[], Vec::as_slice)
    }

    fn released_with_code(&self, code: &LockedCode) -> &[&'a LockedEntry] {
        self.released_by_code.get(code).map_or(&[], Vec::as_slice)
    }
}

/// What the current version of a system declares, for look-ups.
struct Declared<'a> {
    names: HashSet<&'a str>,
    codes: HashSet<LockedCode>,
    retired_names: HashSet<&'a str>,
    retired_codes: HashSet<LockedCode>,
}

impl<'a> Declared<'a> {
    fn of(catalog: &'a Catalog) -> Self {
        Declared {
            names: catalog.entries.iter().map(|entry| entry.name.as_str()).collect(),
            codes: catalog.entries.iter().map(|entry| LockedCode::of(&entry.code)).collect(),
            retired_names: catalog.retired.iter().map(|retired| retired.name.as_str()).collect(),
            retired_codes: catalog.retired.iter().map(|retired| LockedCode::of(&retired.code)).collect(),
        }
    }

    fn has_name(&self, name: &str) -> bool {
        self.names.contains(name) || self.retired_names.contains(name)
    }

    fn has_code(&self, code: &LockedCode) -> bool {
        self.codes.contains(code)
    }
}

fn code_of(entry: &Entry) -> LockedCode {
    LockedCode::of(&entry.code)
}

/// `retired CODE NAME;`, as the source would write it.
fn retired_declaration(code: &LockedCode, name: &str) -> String {
    if naming::is_identifier(name) {
        format!("`retired {code} {name};`")
    } else {
        let ident = naming::identifier_for(name).unwrap_or_else(|| "IDENT".to_owned());
        format!("`#[name = {}] retired {code} {ident};`", lock::quote(name))
    }
}

fn names(entries: &[&LockedEntry]) -> String {
    entries.iter().map(|entry| format!("`{}`", entry.name)).collect::<Vec<_>>().join(", ")
}

fn codes(entries: &[&LockedEntry]) -> String {
    entries.iter().map(|entry| entry.code.to_string()).collect::<Vec<_>>().join(", ")
}

/// A released entry keeps its code, and a released code keeps its name:
/// clients match on both. An entry whose name was released with another
/// code is renumbered; an entry unknown to the baseline that takes a
/// released code renames that entry when the old name is gone, and reuses
/// the code when the old name lives on elsewhere.
fn check_renumbered_and_reused(
    catalog: &Catalog,
    baseline: &Baseline,
    declared: &Declared,
    diagnostics: &mut Diagnostics,
) {
    let file = baseline.written;
    for entry in &catalog.entries {
        let code = code_of(entry);
        let same_name = baseline.released_named(&entry.name);
        let at_code: Vec<&LockedEntry> =
            baseline.released_with_code(&code).iter().copied().filter(|locked| locked.name != entry.name).collect();
        let renumbered = !same_name.is_empty() && !same_name.iter().any(|locked| locked.code == code);
        let code_taken = !at_code.is_empty() && same_name.iter().all(|locked| locked.code != code);
        let renamed =
            code_taken && same_name.is_empty() && at_code.iter().all(|locked| !declared.has_name(&locked.name));
        if renumbered {
            let mut message = format!(
                "`{}` has code {code} here but was released with code {} (baseline `{file}`); a released code \
                 never changes: restore code {}, or give the new code an entry of its own and retire this one \
                 with {}",
                entry.name,
                codes(same_name),
                same_name[0].code,
                retired_declaration(&same_name[0].code, &entry.name)
            );
            if code_taken {
                let _ = write!(message, "; code {code} was released as {}", names(&at_code));
            }
            diagnostics.error(entry.order, entry.code.location, message);
        } else if renamed {
            diagnostics.error(
                entry.order,
                entry.name_location,
                format!(
                    "`{}` renames {}, released with code {code} (baseline `{file}`); a released entry keeps its \
                     name, which clients match on: restore the name {}, with `#[name = \"…\"]` if the identifier \
                     changes",
                    entry.name,
                    names(&at_code),
                    names(&at_code[..1])
                ),
            );
        } else if code_taken {
            diagnostics.error(
                entry.order,
                entry.code.location,
                format!(
                    "code {code} now carries `{}`, but was released as {} (baseline `{file}`); a released code keeps \
                     its meaning: give `{}` a code of its own",
                    entry.name,
                    names(&at_code),
                    entry.name
                ),
            );
        }
        let still_retired = |locked: &LockedEntry| {
            declared.retired_codes.contains(&code) || declared.retired_names.contains(locked.name.as_str())
        };
        let retired_here = [baseline.retired_by_code.get(&code), baseline.retired_by_name.get(entry.name.as_str())];
        if let Some(locked) = retired_here.into_iter().flatten().copied().find(|locked| !still_retired(locked)) {
            let (what, location, fix) = if locked.code == code {
                (format!("code {code} of `{}`", entry.name), entry.code.location, "code")
            } else {
                (format!("the name `{}`", entry.name), entry.name_location, "name")
            };
            diagnostics.error(
                entry.order,
                location,
                format!(
                    "{what} was retired in the baseline `{file}`, as {} `{}`; a retired {fix} is never used \
                     again: choose another {fix}, and restore {}",
                    locked.code,
                    locked.name,
                    retired_declaration(&locked.code, &locked.name)
                ),
            );
        }
    }
}

/// A released entry never disappears: it stays, or is retired.
fn check_removed(catalog: &Catalog, baseline: &Baseline, declared: &Declared, diagnostics: &mut Diagnostics) {
    for locked in baseline.released() {
        if declared.has_name(&locked.name) || declared.has_code(&locked.code) {
            continue;
        }
        diagnostics.error(
            catalog.order,
            baseline.literal.span(),
            format!(
                "`{}` (code {}) is in the baseline `{}` but no longer declared in system `{}`; a released entry \
                 stays: restore it, or retire it with {}",
                locked.name,
                locked.code,
                baseline.written,
                catalog.ident,
                retired_declaration(&locked.code, &locked.name)
            ),
        );
    }
}

/// A retirement is forever: the baseline's `retired` declarations stay,
/// with their codes; a released entry retired later keeps its code.
fn check_retired_kept(catalog: &Catalog, baseline: &Baseline, declared: &Declared, diagnostics: &mut Diagnostics) {
    for retired in &catalog.retired {
        let code = LockedCode::of(&retired.code);
        let released: Vec<&LockedEntry> = baseline
            .released_named(&retired.name)
            .iter()
            .copied()
            .chain(baseline.retired_by_name.get(retired.name.as_str()).copied())
            .collect();
        if !released.is_empty() && released.iter().all(|locked| locked.code != code) {
            diagnostics.error(
                retired.order,
                retired.code.location,
                format!(
                    "`{}` was released with code {} (baseline `{}`); retire it under that code: {}",
                    retired.name,
                    codes(&released),
                    baseline.written,
                    retired_declaration(&released[0].code, &retired.name)
                ),
            );
        }
    }
    for locked in baseline.retired() {
        let kept = declared.retired_names.contains(locked.name.as_str());
        let taken = declared.names.contains(locked.name.as_str()) || declared.has_code(&locked.code);
        if kept || taken {
            continue;
        }
        diagnostics.error(
            catalog.order,
            baseline.literal.span(),
            format!(
                "the retired code {} `{}` of the baseline `{}` is no longer declared in system `{}`; a retirement is \
                 forever: restore {}",
                locked.code,
                locked.name,
                baseline.written,
                catalog.ident,
                retired_declaration(&locked.code, &locked.name)
            ),
        );
    }
}

/// Under `#[baseline(strict_texts)]`, a released entry's texts stay as they
/// were released; a new translation is fine.
fn check_texts(catalog: &Catalog, baseline: &Baseline, diagnostics: &mut Diagnostics) {
    for entry in &catalog.entries {
        let code = code_of(entry);
        let Some(locked) = baseline.released_named(&entry.name).iter().find(|locked| locked.code == code) else {
            continue;
        };
        let current: Vec<(String, u64, Location)> = entry
            .message
            .iter()
            .map(|message| (lock::language_key(catalog.primary_language()), message))
            .chain(entry.texts.iter().map(|(language, text)| (lock::language_key(Some(language)), text)))
            .map(|(language, message)| {
                (language, lock::text_hash(&message.value), Location::from(message.literal.span()))
            })
            .collect();
        for (language, hash) in &locked.texts {
            let problem = match current.iter().find(|(key, _, _)| key == language) {
                Some((_, now, _)) if now == hash => continue,
                Some((_, _, location)) => (*location, "changed"),
                None => (entry.name_location, "was removed"),
            };
            diagnostics.error(
                entry.order,
                problem.0,
                format!(
                    "the `{language}` text of `{}` {} since the baseline `{}`, and system `{}` has \
                     `#[baseline(strict_texts)]`; restore the released text, or record the change with \
                     `errcat lock --update`",
                    entry.name, problem.1, baseline.written, catalog.ident
                ),
            );
        }
    }
}

/// Makes cargo rebuild when a baseline changes: each file read is included,
/// unused, in a `const _`.
pub fn expand_tracking(files: &[PathBuf]) -> TokenStream {
    files
        .iter()
        .filter_map(|path| path.to_str())
        .map(|path| {
            let path = Literal::string(path);
            quote!(
                const _: &[::core::primitive::u8] = ::core::include_bytes!(#path);
            )
        })
        .collect()
}
