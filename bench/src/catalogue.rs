//! The catalogues measured. Real catalogues have sparse signed codes in
//! clusters (a section of 20 to 200 codes with gaps, far from the next one),
//! names of two to five words and short Chinese messages, a fifth of them
//! empty; the generated ones have that shape. The COS catalogue is taken
//! from `errcat-catalogs` once it declares `Cos`, and until then stood in
//! for by a generated one laid out like it.

use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};

use crate::random::Random;

/// The sizes that the build, expansion and size measurements use; the
/// first is the COS stand-in.
pub const SIZES: [usize; 3] = [COS_ENTRIES, 5_000, 20_000];

/// The entries of the COS catalogue (`catalogs-rs/sources/cos.md`).
pub const COS_ENTRIES: usize = 449;

/// What every implementation stores about an entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub code: i32,
    pub name: String,
    /// Empty when the entry has none.
    pub message: String,
}

/// A run of entries whose codes lie in `range`; errcat declares it as a
/// section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub entries: Range<usize>,
    pub range: (i32, i32),
}

#[derive(Clone, Debug)]
pub struct Catalogue {
    /// Short and stable: part of benchmark ids and crate names.
    pub id: String,
    pub description: String,
    /// In declaration order.
    pub entries: Vec<Entry>,
    /// Contiguous, in declaration order; empty for a catalogue declared
    /// elsewhere.
    pub sections: Vec<Section>,
    /// Whether this is the catalogue that `errcat-catalogs` declares.
    pub real: bool,
}

/// A cluster of codes: its first code, how many codes, and whether the
/// gaps inside it are wide (like HTTP statuses) or narrow.
struct Cluster {
    first: i32,
    count: usize,
    wide: bool,
}

/// The sections of `cos.md`: their first codes and sizes (the stand-in
/// draws the codes inside each).
const COS_LAYOUT: [(i32, usize, bool); 11] = [
    (400, 10, true),
    (0, 1, false),
    (-9999, 1, false),
    (-99, 37, false),
    (-199, 56, false),
    (-300, 19, false),
    (-4027, 27, false),
    (-5999, 29, false),
    (-6999, 9, false),
    (-46700, 115, false),
    (-29300, 145, false),
];

/// Catalogue sizes: the COS stand-in, then generated catalogues.
pub fn sized(entries: usize) -> Catalogue {
    if entries == COS_ENTRIES { cos_stand_in() } else { generated(entries) }
}

/// The real COS catalogue when `errcat-catalogs` declares it, else the
/// stand-in.
pub fn cos(workspace: &Path) -> Catalogue {
    real_cos(workspace).unwrap_or_else(cos_stand_in)
}

pub fn cos_stand_in() -> Catalogue {
    let mut random = Random::new(0xC05);
    let clusters = COS_LAYOUT.iter().map(|&(first, count, wide)| Cluster { first, count, wide }).collect();
    build(
        "cos",
        format!("COS stand-in: generated like cos.md ({COS_ENTRIES} entries, 11 clusters)"),
        &mut random,
        clusters,
    )
}

/// A catalogue of `entries` entries in clusters of 20 to 200 codes, placed
/// on both sides of zero with gaps of 100 to 20 000 between them.
pub fn generated(entries: usize) -> Catalogue {
    let mut random = Random::new(0xE44C_A700 ^ entries as u64);
    let mut clusters = Vec::new();
    let (mut below, mut above) = (-1000i64, 1000i64);
    let mut left = entries;
    while left > 0 {
        let count = random.between(20, 200).min(left);
        left -= count;
        let gap = i64::try_from(random.between(100, 20_000)).expect("small");
        // Narrow gaps average under 1.5 codes per entry; 2 is a safe bound
        // for the span, so clusters never overlap.
        let span = 2 * i64::try_from(count).expect("small");
        let first = if random.chance(50) {
            below -= gap + span;
            below
        } else {
            let first = above + gap;
            above = first + span;
            first
        };
        clusters.push(Cluster { first: i32::try_from(first).expect("codes fit in i32"), count, wide: false });
    }
    build(
        &entries.to_string(),
        format!("generated: {entries} entries in {} clusters", clusters.len()),
        &mut random,
        clusters,
    )
}

fn build(id: &str, description: String, random: &mut Random, clusters: Vec<Cluster>) -> Catalogue {
    let mut entries = Vec::new();
    let mut sections = Vec::new();
    for cluster in clusters {
        let start = entries.len();
        let mut code = cluster.first;
        for position in 0..cluster.count {
            if position > 0 {
                code += step(random, cluster.wide);
            }
            entries.push(Entry { code, name: name(random, entries.len() + 1), message: message(random) });
        }
        sections.push(Section { entries: start..entries.len(), range: (cluster.first, code) });
    }
    Catalogue { id: id.to_owned(), description, entries, sections, real: false }
}

fn step(random: &mut Random, wide: bool) -> i32 {
    let step = if wide {
        random.between(1, 60)
    } else if random.chance(85) {
        1
    } else if random.chance(80) {
        random.between(2, 4)
    } else {
        random.between(5, 20)
    };
    i32::try_from(step).expect("small step")
}

const WORDS: [&str; 64] = [
    "ACCESS", "APPID", "AUTH", "BUCKET", "CACHE", "CGI", "CHECK", "CMD", "CONFIG", "CONNECT", "COPY", "DATA", "DECODE",
    "DELETE", "DIR", "DOWNLOAD", "ENCODE", "EXIST", "EXPIRED", "FAILED", "FILE", "FORMAT", "GET", "HEAD", "INDEX",
    "INVALID", "KEY", "LENGTH", "LIST", "LOCK", "META", "MOVE", "NAME", "NOT", "OFFSET", "OSS", "OVERFLOW", "PARAM",
    "PART", "PATH", "PROCESS", "PROXY", "QUERY", "READ", "REQ", "ROUTE", "RSP", "SESSION", "SIGN", "SIZE", "SLICE",
    "SPACE", "STAT", "SVR", "TIMEOUT", "TOKEN", "UPDATE", "UPLOAD", "USER", "VERSION", "WRITE", "WRONG", "ZONE",
    "NOEXIST",
];

/// `ERR_<one to four words>_<number>`: unique through the number.
fn name(random: &mut Random, number: usize) -> String {
    let mut name = String::from("ERR");
    for _ in 0..random.between(1, 4) {
        name.push('_');
        let word = *random.pick(WORDS.as_slice());
        name.push_str(word);
    }
    name.push('_');
    name.push_str(&number.to_string());
    name
}

const FRAGMENTS: [&str; 32] = [
    "文件",
    "不存在",
    "签名",
    "过期",
    "服务",
    "内部错误",
    "请求",
    "不合法",
    "bucket",
    "超时",
    "权限",
    "验证失败",
    "读取",
    "配置",
    "失败",
    "分片",
    "上传",
    "下载",
    "目录",
    "非空",
    "长度",
    "超长",
    "参数",
    "错误",
    "appid",
    "会话",
    "无效",
    "路径",
    "已存在",
    "缓存",
    "打包",
    "解析",
];

/// One to four fragments; a fifth of the entries have no message, as in
/// cos.md.
fn message(random: &mut Random) -> String {
    if random.chance(20) {
        return String::new();
    }
    (0..random.between(1, 4)).map(|_| *random.pick(FRAGMENTS.as_slice())).collect()
}

/// The `Cos` system of `errcat-catalogs`, read from its source with errcat's
/// own front end; `None` until it is declared there (with `i32` codes).
pub fn real_cos(workspace: &Path) -> Option<Catalogue> {
    let mut files = Vec::new();
    rust_files(&workspace.join("catalogs-rs").join("src"), &mut files);
    files.sort();
    files.iter().find_map(|file| {
        let tokens: TokenStream = fs::read_to_string(file).ok()?.parse().ok()?;
        let entries = system_entries(tokens, "Cos")?;
        Some(Catalogue {
            id: "cos".to_owned(),
            description: format!("COS: `errcat_catalogs::Cos` ({} entries)", entries.len()),
            entries,
            sections: Vec::new(),
            real: true,
        })
    })
}

fn rust_files(directory: &Path, files: &mut Vec<PathBuf>) {
    let Ok(listing) = fs::read_dir(directory) else { return };
    for item in listing.flatten() {
        let path = item.path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
}

/// The entries of `system` in the first `error_catalog! { … }` of `tokens`
/// that declares it, at any depth.
fn system_entries(tokens: TokenStream, system: &str) -> Option<Vec<Entry>> {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (position, tree) in trees.iter().enumerate() {
        let found = match (tree, trees.get(position + 1), trees.get(position + 2)) {
            (TokenTree::Ident(ident), Some(TokenTree::Punct(bang)), Some(TokenTree::Group(body)))
                if ident == "error_catalog" && bang.as_char() == '!' =>
            {
                let (catalogs, _) = errcat_dsl::analyze(body.stream());
                catalogs.iter().find(|catalog| catalog.ident == system && catalog.code_type.name() == "i32").map(
                    |catalog| {
                        catalog
                            .entries
                            .iter()
                            .filter_map(|entry| {
                                Some(Entry {
                                    code: i32::try_from(entry.code.value).ok()?,
                                    name: entry.name.clone(),
                                    message: entry.message.as_ref().map(syn::LitStr::value).unwrap_or_default(),
                                })
                            })
                            .collect()
                    },
                )
            }
            (TokenTree::Group(group), _, _) => system_entries(group.stream(), system),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    fn check_shape(catalogue: &Catalogue) {
        let codes: HashSet<i32> = catalogue.entries.iter().map(|entry| entry.code).collect();
        assert_eq!(codes.len(), catalogue.entries.len(), "codes are unique");
        let names: HashSet<&str> = catalogue.entries.iter().map(|entry| entry.name.as_str()).collect();
        assert_eq!(names.len(), catalogue.entries.len(), "names are unique");
        let mut ranges: Vec<(i32, i32)> = catalogue.sections.iter().map(|section| section.range).collect();
        ranges.sort_unstable();
        assert!(ranges.windows(2).all(|pair| pair[0].1 < pair[1].0), "sections do not overlap");
        for section in &catalogue.sections {
            let (low, high) = section.range;
            assert!(catalogue.entries[section.entries.clone()].iter().all(|entry| (low..=high).contains(&entry.code)));
        }
        assert_eq!(catalogue.sections.last().map(|section| section.entries.end), Some(catalogue.entries.len()));
    }

    #[test]
    fn generated_catalogues_have_the_shape_of_real_ones() {
        for entries in SIZES {
            let catalogue = sized(entries);
            assert_eq!(catalogue.entries.len(), entries);
            check_shape(&catalogue);
            let negative = catalogue.entries.iter().filter(|entry| entry.code < 0).count();
            // COS is mostly negative; the generated catalogues are balanced.
            let (least, most) =
                if entries == COS_ENTRIES { (entries / 2, entries - 5) } else { (entries / 4, entries * 3 / 4) };
            assert!(negative > least && negative < most, "both signs: {negative} of {entries}");
            let empty = catalogue.entries.iter().filter(|entry| entry.message.is_empty()).count();
            assert!(empty > entries / 10 && empty < entries * 3 / 10, "a fifth without message: {empty}");
            let average = catalogue.entries.iter().map(|entry| entry.name.len()).sum::<usize>() / entries;
            assert!((15..=35).contains(&average), "name length {average}");
        }
    }

    #[test]
    fn generation_is_deterministic() {
        assert_eq!(generated(5_000).entries, generated(5_000).entries);
        assert_eq!(cos_stand_in().entries, cos_stand_in().entries);
    }

    #[test]
    fn finds_a_system_in_source() {
        let source = r#"
            mod cos {
                errcat::error_catalog! {
                    pub system Other { 1 ONE }
                    pub system Cos: i32 {
                        -46628 FILE_NOT_EXIST "文件不存在",
                        #[name = "2RSP"]
                        -296 RSP_ENCODE "打包失败\"",
                        -29000 ERR_CCDMQ_OVERFLOW,
                    }
                }
            }
        "#;
        let entries = system_entries(source.parse().unwrap(), "Cos").unwrap();
        let expected = [
            (-46628, "FILE_NOT_EXIST", "文件不存在"),
            (-296, "2RSP", "打包失败\""),
            (-29000, "ERR_CCDMQ_OVERFLOW", ""),
        ];
        assert_eq!(
            entries,
            expected.map(|(code, name, message)| Entry { code, name: name.into(), message: message.into() })
        );
        assert_eq!(system_entries(source.parse().unwrap(), "Missing"), None);
    }
}
