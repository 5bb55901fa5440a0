//! The catalogues measured. Real catalogues have sparse signed codes in
//! clusters (a section of 20 to 200 codes with gaps, far from the next one),
//! names of two to five words and short Chinese messages, a fifth of them
//! empty; the generated ones have that shape. The lookups use the real COS
//! catalogue of `errcat-catalogs`; the build, expansion and size
//! measurements use a generated stand-in laid out like it, so that every
//! size is generated alike.

use std::ops::Range;

use errcat_catalogs::Cos;

use crate::random::Random;

/// The sizes that the build, expansion and size measurements use; the
/// first is the COS stand-in.
pub const SIZES: [usize; 3] = [COS_ENTRIES, 5_000, 20_000];

/// The entries of the COS catalogue (`catalogs-rs/sources/cos.md`).
pub const COS_ENTRIES: usize = 449;

/// The entries of the catalogue shaped like a database server's error list.
pub const DATABASE_ENTRIES: usize = 1_300;

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

/// The COS catalogue of `errcat-catalogs`, as declared there (sections
/// left out: the alternatives have none).
pub fn cos() -> Catalogue {
    let entries: Vec<Entry> = Cos::ALL
        .iter()
        .map(|entry| Entry { code: entry.code(), name: entry.name().to_owned(), message: entry.message().to_owned() })
        .collect();
    Catalogue {
        id: "cos".to_owned(),
        description: format!("COS: `errcat_catalogs::Cos` ({} entries)", entries.len()),
        entries,
        sections: Vec::new(),
        real: true,
    }
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

/// The five ranges of the database-server catalogue: its first code and how
/// many dense codes (server, client, newer server, and two later ranges, as
/// in the error lists of MySQL-like servers).
const DATABASE_LAYOUT: [(i32, usize); 5] = [(1000, 760), (2000, 70), (3000, 240), (10000, 150), (13000, 80)];

/// A catalogue shaped like a database server's error list: about 1 300
/// entries, dense codes in five ranges, names `ER_<words>`, long English
/// messages with `%s`-style placeholders.
pub fn database_server() -> Catalogue {
    let mut random = Random::new(0xDA7A_BA5E);
    let mut entries = Vec::new();
    let mut sections = Vec::new();
    let mut names = std::collections::HashSet::new();
    for (first, count) in DATABASE_LAYOUT {
        let start = entries.len();
        for offset in 0..count {
            let code = first + i32::try_from(offset).expect("small");
            let mut name = String::from("ER");
            for _ in 0..random.between(2, 5) {
                name.push('_');
                name.push_str(random.pick::<&str>(DATABASE_WORDS.as_slice()));
            }
            if !names.insert(name.clone()) {
                name = format!("{name}_{code}");
                names.insert(name.clone());
            }
            entries.push(Entry { code, name, message: database_message(&mut random) });
        }
        let last = first + i32::try_from(count).expect("small") - 1;
        sections.push(Section { entries: start..entries.len(), range: (first, last) });
    }
    debug_assert_eq!(entries.len(), DATABASE_ENTRIES);
    Catalogue {
        id: "database".to_owned(),
        description: format!(
            "database server: {DATABASE_ENTRIES} entries, dense codes in five ranges, English messages"
        ),
        entries,
        sections,
        real: false,
    }
}

const DATABASE_WORDS: [&str; 40] = [
    "ACCESS",
    "ALTER",
    "BAD",
    "BINLOG",
    "CANT",
    "COLUMN",
    "CREATE",
    "DB",
    "DENIED",
    "DROP",
    "DUP",
    "ENTRY",
    "ERROR",
    "FIELD",
    "FILE",
    "FOREIGN",
    "FULL",
    "GTID",
    "INDEX",
    "INVALID",
    "KEY",
    "LOCK",
    "NET",
    "NO",
    "NOT",
    "OPEN",
    "PACKET",
    "PARTITION",
    "QUERY",
    "READ",
    "REPLICA",
    "ROW",
    "SERVER",
    "SQL",
    "TABLE",
    "TIMEOUT",
    "TOO",
    "UNKNOWN",
    "USER",
    "WRONG",
];

const DATABASE_PHRASES: [&str; 24] = [
    "Can't create table",
    "Unknown column",
    "in 'field list'",
    "Duplicate entry",
    "for key",
    "Table",
    "doesn't exist",
    "Access denied for user",
    "to database",
    "Lock wait timeout exceeded;",
    "try restarting transaction",
    "Got a packet bigger than 'max_allowed_packet' bytes",
    "The used command is not allowed with this MySQL version",
    "Incorrect",
    "value:",
    "for column",
    "at row",
    "Cannot add or update a child row:",
    "a foreign key constraint fails",
    "Replica I/O thread",
    "while reading the binary log",
    "Error on rename of",
    "to",
    "(errno:",
];

const PLACEHOLDERS: [&str; 5] = ["'%s'", "%s", "%d", "'%-.192s'", "%lu"];

/// Four to twelve phrases and placeholders: 60 to 250 characters.
fn database_message(random: &mut Random) -> String {
    let mut message = String::new();
    for _ in 0..random.between(4, 12) {
        if !message.is_empty() {
            message.push(' ');
        }
        if random.chance(35) {
            message.push_str(random.pick::<&str>(PLACEHOLDERS.as_slice()));
        } else {
            message.push_str(random.pick::<&str>(DATABASE_PHRASES.as_slice()));
        }
    }
    message
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
    fn the_database_catalogue_has_the_shape_of_a_database_servers() {
        let catalogue = database_server();
        check_shape(&catalogue);
        assert_eq!(catalogue.entries.len(), DATABASE_ENTRIES);
        assert_eq!(catalogue.sections.len(), 5);
        for section in &catalogue.sections {
            let (low, high) = section.range;
            assert_eq!(usize::try_from(high - low + 1).unwrap(), section.entries.len(), "dense codes");
        }
        let placeholders = catalogue.entries.iter().filter(|entry| entry.message.contains('%')).count();
        assert!(placeholders > DATABASE_ENTRIES / 2, "most messages have placeholders");
        let mean = catalogue.entries.iter().map(|entry| entry.message.len()).sum::<usize>() / DATABASE_ENTRIES;
        assert!((60..=250).contains(&mean), "long messages: {mean} characters on average");
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
    fn cos_is_the_real_catalogue() {
        let cos = cos();
        assert_eq!(cos.entries.len(), COS_ENTRIES);
        assert_eq!(cos.entries.iter().find(|entry| entry.name == "2RSP").map(|entry| entry.code), Some(-296));
    }
}
