//! The Rust source of a catalogue in errcat and in each alternative. Every
//! implementation defines a type `ErrorCode` with the same inherent API,
//! `from_code`, `from_name`, `code`, `name`, `message` and `Display`
//! (`文件不存在 (FILE_NOT_EXIST, code -46628)`), each written the way its
//! technique would naturally be used.
//!
//! Codes shared by several entries (the real COS has some) keep errcat's
//! meaning where the technique allows: `from_code` finds the first entry.
//! The alternatives that represent an entry by its code (C and D) cannot
//! tell such entries apart.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use crate::catalogue::Catalogue;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Implementation {
    Errcat,
    /// A: `#[repr(i32)]` enum, derives, one `match` per method.
    Match,
    /// B: strum and `num_enum` derives.
    StrumNumEnum,
    /// C: phf maps, keyed by code and by name.
    Phf,
    /// D: std `HashMap`s behind `LazyLock`.
    HashMap,
    /// E: sorted static slices, binary search.
    SortedSlices,
}

impl Implementation {
    pub const ALL: [Implementation; 6] = [
        Implementation::Errcat,
        Implementation::Match,
        Implementation::StrumNumEnum,
        Implementation::Phf,
        Implementation::HashMap,
        Implementation::SortedSlices,
    ];

    /// Part of benchmark ids and crate names.
    pub const fn id(self) -> &'static str {
        match self {
            Implementation::Errcat => "errcat",
            Implementation::Match => "a-match",
            Implementation::StrumNumEnum => "b-strum",
            Implementation::Phf => "c-phf",
            Implementation::HashMap => "d-hashmap",
            Implementation::SortedSlices => "e-sorted",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Implementation::Errcat => "errcat",
            Implementation::Match => "A match",
            Implementation::StrumNumEnum => "B strum+num_enum",
            Implementation::Phf => "C phf",
            Implementation::HashMap => "D HashMap",
            Implementation::SortedSlices => "E sorted slices",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Implementation::ALL.into_iter().find(|implementation| implementation.id() == id)
    }

    /// A and B are left out above 5 000 entries: their release builds take
    /// more than five minutes at 20 000.
    pub fn built_at(self, entries: usize) -> bool {
        !matches!(self, Implementation::Match | Implementation::StrumNumEnum) || entries <= 5_000
    }

    /// The `[dependencies]` lines of a crate that holds this implementation.
    pub fn dependencies(self, errcat_path: &str) -> Vec<String> {
        match self {
            Implementation::Errcat => vec![format!("errcat = {{ path = {errcat_path:?} }}")],
            Implementation::Match | Implementation::HashMap | Implementation::SortedSlices => Vec::new(),
            Implementation::StrumNumEnum => {
                vec![STRUM.to_owned(), NUM_ENUM.to_owned()]
            }
            Implementation::Phf => vec![PHF.to_owned()],
        }
    }
}

/// The versions that `bench/Cargo.toml` uses too.
pub const STRUM: &str = r#"strum = { version = "0.28", features = ["derive"] }"#;
pub const NUM_ENUM: &str = r#"num_enum = "0.7""#;
pub const PHF: &str = r#"phf = { version = "0.14", features = ["macros"] }"#;

/// A module body defining `ErrorCode`.
pub fn module(implementation: Implementation, catalogue: &Catalogue) -> String {
    match implementation {
        Implementation::Errcat if catalogue.real => "pub use ::errcat_catalogs::Cos as ErrorCode;\n".to_owned(),
        Implementation::Errcat => format!("::errcat::error_catalog! {{\n{}}}\n", errcat_body(catalogue)),
        Implementation::Match => match_enum(catalogue),
        Implementation::StrumNumEnum => strum_num_enum(catalogue),
        Implementation::Phf => phf_maps(catalogue),
        Implementation::HashMap => hash_maps(catalogue),
        Implementation::SortedSlices => sorted_slices(catalogue),
    }
}

/// What goes inside `error_catalog! { … }`: one system, a section per
/// cluster of codes.
pub fn errcat_body(catalogue: &Catalogue) -> String {
    let mut source = String::from("    /// Generated for errcat's benchmarks.\n    pub system ErrorCode: i32 {\n");
    let entries = |source: &mut String, range: std::ops::Range<usize>, indent: &str| {
        for entry in &catalogue.entries[range] {
            let _ = write!(source, "{indent}{} {}", entry.code, entry.name);
            if !entry.message.is_empty() {
                let _ = write!(source, " {:?}", entry.message);
            }
            source.push_str(",\n");
        }
    };
    if catalogue.sections.is_empty() {
        entries(&mut source, 0..catalogue.entries.len(), "        ");
    }
    for (number, section) in catalogue.sections.iter().enumerate() {
        let (low, high) = section.range;
        let _ =
            writeln!(source, "        /// 第{}段错误码\n        section S{number} in {low}..={high} {{", number + 1);
        entries(&mut source, section.entries.clone(), "            ");
        source.push_str("        }\n");
    }
    source.push_str("    }\n");
    source
}

/// The catalogue as a system with string codes, `ErrorCodeStr`: each code
/// written as its decimal text (`"-46628"`), the entries that share a code
/// acknowledging it, no sections (a string system's sections take prefixes,
/// which decimal codes do not fall into). The string `from_code` of the
/// benchmark looks these up, beside `from_name` on the same enum.
pub fn errcat_str_module(catalogue: &Catalogue) -> String {
    let mut source = String::from(
        "::errcat::error_catalog! {\n    /// Generated for errcat's benchmarks: string codes.\n    \
         pub system ErrorCodeStr: str {\n",
    );
    // Identifiers of their own, the documented names as `#[name]`: a real
    // catalogue's names need not be identifiers.
    let mut first_with_code: HashMap<i32, usize> = HashMap::new();
    for (index, entry) in catalogue.entries.iter().enumerate() {
        let _ = writeln!(source, "        #[name = {:?}]", entry.name);
        match first_with_code.get(&entry.code) {
            Some(first) => {
                let _ = writeln!(source, "        #[shares_code(E{first})]");
            }
            None => {
                first_with_code.insert(entry.code, index);
            }
        }
        let _ = write!(source, "        \"{}\" E{index}", entry.code);
        if !entry.message.is_empty() {
            // Braces doubled: a message states them, it has no placeholders.
            let _ = write!(source, " {:?}", entry.message.replace('{', "{{").replace('}', "}}"));
        }
        source.push_str(",\n");
    }
    source.push_str("    }\n}\n");
    source
}

/// The Display of every implementation, errcat's format.
const DISPLAY_FUNCTION: &str = r#"
fn display(formatter: &mut ::core::fmt::Formatter<'_>, code: i32, name: &str, message: &str) -> ::core::fmt::Result {
    if message.is_empty() {
        ::core::write!(formatter, "{name} (code {code})")
    } else {
        ::core::write!(formatter, "{message} ({name}, code {code})")
    }
}
"#;

/// Variant names for the enums of A and B: the name in `UpperCamelCase`,
/// with a prefix where it starts with a digit, and a suffix on a clash.
fn variants(catalogue: &Catalogue) -> Vec<String> {
    let mut seen = HashSet::new();
    catalogue
        .entries
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            let mut variant: String = entry
                .name
                .split(|character: char| !character.is_ascii_alphanumeric())
                .filter(|word| !word.is_empty())
                .map(|word| word[..1].to_ascii_uppercase() + &word[1..].to_ascii_lowercase())
                .collect();
            if !variant.starts_with(|character: char| character.is_ascii_alphabetic()) {
                variant.insert(0, 'E');
            }
            if !seen.insert(variant.clone()) {
                variant = format!("{variant}Entry{index}");
                seen.insert(variant.clone());
            }
            variant
        })
        .collect()
}

/// Discriminants for A and B: the code, or for a later entry sharing a
/// code, an unused value.
fn discriminants(catalogue: &Catalogue) -> Vec<i32> {
    let codes: HashSet<i32> = catalogue.entries.iter().map(|entry| entry.code).collect();
    let mut taken = HashSet::new();
    let mut spare = i32::MAX;
    catalogue
        .entries
        .iter()
        .map(|entry| {
            if taken.insert(entry.code) {
                entry.code
            } else {
                while codes.contains(&spare) {
                    spare -= 1;
                }
                let value = spare;
                spare -= 1;
                value
            }
        })
        .collect()
}

/// Whether this entry is the first with its code, for each entry.
fn first_with_code(catalogue: &Catalogue) -> Vec<bool> {
    let mut seen = HashSet::new();
    catalogue.entries.iter().map(|entry| seen.insert(entry.code)).collect()
}

fn match_enum(catalogue: &Catalogue) -> String {
    let variants = variants(catalogue);
    let discriminants = discriminants(catalogue);
    let first = first_with_code(catalogue);
    let mut source =
        String::from("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n#[repr(i32)]\npub enum ErrorCode {\n");
    for (variant, discriminant) in variants.iter().zip(&discriminants) {
        let _ = writeln!(source, "    {variant} = {discriminant},");
    }
    source.push_str("}\n\nimpl ErrorCode {\n    pub fn from_code(code: i32) -> Option<Self> {\n        match code {\n");
    for ((entry, variant), &first) in catalogue.entries.iter().zip(&variants).zip(&first) {
        if first {
            let _ = writeln!(source, "            {} => Some(Self::{variant}),", entry.code);
        }
    }
    source.push_str("            _ => None,\n        }\n    }\n\n");
    source.push_str("    pub fn from_name(name: &str) -> Option<Self> {\n        match name {\n");
    for (entry, variant) in catalogue.entries.iter().zip(&variants) {
        let _ = writeln!(source, "            {:?} => Some(Self::{variant}),", entry.name);
    }
    source.push_str("            _ => None,\n        }\n    }\n");
    let mut method = |signature: &str, value: &dyn Fn(usize) -> String| {
        let _ = write!(source, "\n    pub fn {signature} {{\n        match self {{\n");
        for (index, variant) in variants.iter().enumerate() {
            let _ = writeln!(source, "            Self::{variant} => {},", value(index));
        }
        source.push_str("        }\n    }\n");
    };
    method("code(self) -> i32", &|index| catalogue.entries[index].code.to_string());
    method("name(self) -> &'static str", &|index| format!("{:?}", catalogue.entries[index].name));
    method("message(self) -> &'static str", &|index| format!("{:?}", catalogue.entries[index].message));
    source.push_str("}\n");
    source.push_str(DISPLAY_BY_METHODS);
    source.push_str(DISPLAY_FUNCTION);
    source
}

const DISPLAY_BY_METHODS: &str = r"
impl ::core::fmt::Display for ErrorCode {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        display(formatter, self.code(), self.name(), self.message())
    }
}
";

fn strum_num_enum(catalogue: &Catalogue) -> String {
    let variants = variants(catalogue);
    let discriminants = discriminants(catalogue);
    let mut source = String::from(
        "#[derive(\n    Clone, Copy, Debug, PartialEq, Eq, Hash,\n    ::num_enum::IntoPrimitive, ::num_enum::TryFromPrimitive,\n    \
         ::strum::EnumString, ::strum::IntoStaticStr, ::strum::EnumMessage,\n)]\n#[repr(i32)]\npub enum ErrorCode {\n",
    );
    for ((entry, variant), discriminant) in catalogue.entries.iter().zip(&variants).zip(&discriminants) {
        if entry.message.is_empty() {
            let _ = writeln!(source, "    #[strum(to_string = {:?})]", entry.name);
        } else {
            let _ = writeln!(source, "    #[strum(to_string = {:?}, message = {:?})]", entry.name, entry.message);
        }
        let _ = writeln!(source, "    {variant} = {discriminant},");
    }
    let shared: Vec<String> = catalogue
        .entries
        .iter()
        .zip(&variants)
        .zip(&discriminants)
        .filter(|((entry, _), discriminant)| entry.code != **discriminant)
        .map(|((entry, variant), _)| format!("            Self::{variant} => {},\n", entry.code))
        .collect();
    let code_body = if shared.is_empty() {
        "i32::from(self)".to_owned()
    } else {
        format!("match self {{\n{}            _ => i32::from(self),\n        }}", shared.concat())
    };
    let _ = write!(
        source,
        r#"}}

impl ErrorCode {{
    pub fn from_code(code: i32) -> Option<Self> {{
        Self::try_from(code).ok()
    }}

    pub fn from_name(name: &str) -> Option<Self> {{
        name.parse().ok()
    }}

    pub fn code(self) -> i32 {{
        {code_body}
    }}

    pub fn name(self) -> &'static str {{
        self.into()
    }}

    pub fn message(self) -> &'static str {{
        ::strum::EnumMessage::get_message(&self).unwrap_or("")
    }}
}}
"#
    );
    source.push_str(DISPLAY_BY_METHODS);
    source.push_str(DISPLAY_FUNCTION);
    source
}

/// The entries by code (the first of a shared code) and by name.
fn code_keyed(catalogue: &Catalogue) -> Vec<(i32, &str, &str)> {
    let first = first_with_code(catalogue);
    catalogue
        .entries
        .iter()
        .zip(first)
        .filter(|(_, first)| *first)
        .map(|(entry, _)| (entry.code, entry.name.as_str(), entry.message.as_str()))
        .collect()
}

const CODE_HANDLE: &str = "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub struct ErrorCode(i32);\n";

fn phf_maps(catalogue: &Catalogue) -> String {
    let mut source = String::from(CODE_HANDLE);
    source.push_str("\nstatic ENTRIES: ::phf::Map<i32, (&'static str, &'static str)> = ::phf::phf_map! {\n");
    for (code, name, message) in code_keyed(catalogue) {
        let _ = writeln!(source, "    {code}i32 => ({name:?}, {message:?}),");
    }
    source.push_str("};\n\nstatic BY_NAME: ::phf::Map<&'static str, i32> = ::phf::phf_map! {\n");
    for entry in &catalogue.entries {
        let _ = writeln!(source, "    {:?} => {},", entry.name, entry.code);
    }
    source.push_str(
        r"};

impl ErrorCode {
    pub fn from_code(code: i32) -> Option<Self> {
        ENTRIES.contains_key(&code).then_some(Self(code))
    }

    pub fn from_name(name: &str) -> Option<Self> {
        BY_NAME.get(name).map(|&code| Self(code))
    }

    pub fn code(self) -> i32 {
        self.0
    }

    pub fn name(self) -> &'static str {
        ENTRIES[&self.0].0
    }

    pub fn message(self) -> &'static str {
        ENTRIES[&self.0].1
    }
}

impl ::core::fmt::Display for ErrorCode {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        let (name, message) = ENTRIES[&self.0];
        display(formatter, self.0, name, message)
    }
}
",
    );
    source.push_str(DISPLAY_FUNCTION);
    source
}

fn hash_maps(catalogue: &Catalogue) -> String {
    let mut source = String::from(CODE_HANDLE);
    source.push_str("\nstatic TABLE: &[(i32, &str, &str)] = &[\n");
    for entry in &catalogue.entries {
        let _ = writeln!(source, "    ({}, {:?}, {:?}),", entry.code, entry.name, entry.message);
    }
    source.push_str(
        r"];

type Map<K, V> = ::std::collections::HashMap<K, V>;

static BY_CODE: ::std::sync::LazyLock<Map<i32, (&'static str, &'static str)>> = ::std::sync::LazyLock::new(|| {
    let mut map = Map::with_capacity(TABLE.len());
    for &(code, name, message) in TABLE {
        map.entry(code).or_insert((name, message));
    }
    map
});

static BY_NAME: ::std::sync::LazyLock<Map<&'static str, i32>> =
    ::std::sync::LazyLock::new(|| TABLE.iter().map(|&(code, name, _)| (name, code)).collect());

impl ErrorCode {
    pub fn from_code(code: i32) -> Option<Self> {
        BY_CODE.contains_key(&code).then_some(Self(code))
    }

    pub fn from_name(name: &str) -> Option<Self> {
        BY_NAME.get(name).map(|&code| Self(code))
    }

    pub fn code(self) -> i32 {
        self.0
    }

    pub fn name(self) -> &'static str {
        BY_CODE[&self.0].0
    }

    pub fn message(self) -> &'static str {
        BY_CODE[&self.0].1
    }
}

impl ::core::fmt::Display for ErrorCode {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        let (name, message) = BY_CODE[&self.0];
        display(formatter, self.0, name, message)
    }
}
",
    );
    source.push_str(DISPLAY_FUNCTION);
    source
}

fn sorted_slices(catalogue: &Catalogue) -> String {
    let mut by_code: Vec<usize> = (0..catalogue.entries.len()).collect();
    by_code.sort_by_key(|&index| catalogue.entries[index].code);
    let position: HashMap<usize, usize> = by_code.iter().enumerate().map(|(at, &index)| (index, at)).collect();
    let mut by_name: Vec<usize> = (0..catalogue.entries.len()).collect();
    by_name.sort_by(|&left, &right| catalogue.entries[left].name.cmp(&catalogue.entries[right].name));

    let mut source = String::from(
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub struct ErrorCode(u32);\n\nstatic CODES: &[i32] = &[\n",
    );
    for &index in &by_code {
        let _ = writeln!(source, "    {},", catalogue.entries[index].code);
    }
    source.push_str("];\n\nstatic NAMES: &[&str] = &[\n");
    for &index in &by_code {
        let _ = writeln!(source, "    {:?},", catalogue.entries[index].name);
    }
    source.push_str("];\n\nstatic MESSAGES: &[&str] = &[\n");
    for &index in &by_code {
        let _ = writeln!(source, "    {:?},", catalogue.entries[index].message);
    }
    source.push_str("];\n\nstatic BY_NAME: &[(&str, u32)] = &[\n");
    for &index in &by_name {
        let _ = writeln!(source, "    ({:?}, {}),", catalogue.entries[index].name, position[&index]);
    }
    source.push_str(
        r"];

impl ErrorCode {
    pub fn from_code(code: i32) -> Option<Self> {
        let at = CODES.partition_point(|&other| other < code);
        (CODES.get(at) == Some(&code)).then_some(Self(at as u32))
    }

    pub fn from_name(name: &str) -> Option<Self> {
        BY_NAME.binary_search_by(|&(other, _)| other.cmp(name)).ok().map(|at| Self(BY_NAME[at].1))
    }

    pub fn code(self) -> i32 {
        CODES[self.0 as usize]
    }

    pub fn name(self) -> &'static str {
        NAMES[self.0 as usize]
    }

    pub fn message(self) -> &'static str {
        MESSAGES[self.0 as usize]
    }
}
",
    );
    source.push_str(DISPLAY_BY_METHODS);
    source.push_str(DISPLAY_FUNCTION);
    source
}

/// The `main.rs` of a catalogue crate for the build and size measurements:
/// the catalogue, and a `main` that reaches every method with inputs the
/// compiler cannot see, so that all of it is compiled into the binary.
pub fn build_crate_main(implementation: Implementation, catalogue: &Catalogue) -> String {
    format!(
        r#"mod catalogue {{
{}}}

use catalogue::ErrorCode;

fn main() {{
    for argument in ::std::env::args().skip(1) {{
        let found = match argument.parse::<i32>() {{
            Ok(code) => ErrorCode::from_code(code),
            Err(_) => ErrorCode::from_name(&argument),
        }};
        if let Some(entry) = found {{
            println!("{{entry}} {{entry:?}} {{}} {{}} {{}}", entry.code(), entry.name(), entry.message());
        }}
    }}
}}
"#,
        module(implementation, catalogue)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{self, Entry};

    #[test]
    fn variants_are_identifiers_without_clashes() {
        let mut catalogue = catalogue::generated(50);
        catalogue.entries[0].name = "2RSP".to_owned();
        catalogue.entries[1].name = "ERR_A".to_owned();
        catalogue.entries[2].name = "ERR__A".to_owned();
        let variants = variants(&catalogue);
        assert_eq!(variants[..3], ["E2rsp", "ErrA", "ErrAEntry2"]);
        assert_eq!(variants.iter().collect::<HashSet<_>>().len(), variants.len());
    }

    #[test]
    fn shared_codes_get_spare_discriminants() {
        let mut catalogue = catalogue::generated(30);
        catalogue.entries.push(Entry { code: catalogue.entries[3].code, name: "DUP".into(), message: String::new() });
        let discriminants = discriminants(&catalogue);
        assert_eq!(discriminants[..30], catalogue.entries[..30].iter().map(|entry| entry.code).collect::<Vec<_>>());
        assert_eq!(discriminants[30], i32::MAX);
        assert_eq!(code_keyed(&catalogue).len(), 30);
    }

    #[test]
    fn errcat_source_expands_without_errors() {
        let catalogue = catalogue::cos_stand_in();
        let tokens: proc_macro2::TokenStream = errcat_body(&catalogue).parse().unwrap();
        let (catalogs, _) = errcat_dsl::analyze(tokens.clone());
        assert_eq!(catalogs.len(), 1);
        assert_eq!(catalogs[0].entries.len(), catalogue.entries.len());
        assert_eq!(catalogs[0].sections.len(), catalogue.sections.len());
        assert!(!errcat_dsl::expand(tokens).to_string().contains("compile_error"));
    }

    #[test]
    fn the_string_coded_source_expands_without_errors() {
        for catalogue in [catalogue::cos(), catalogue::generated(300)] {
            let tokens: proc_macro2::TokenStream = errcat_str_module(&catalogue)
                .trim()
                .strip_prefix("::errcat::error_catalog! {")
                .and_then(|body| body.strip_suffix('}'))
                .unwrap()
                .parse()
                .unwrap();
            let (catalogs, diagnostics) = errcat_dsl::analyze(tokens.clone());
            assert!(diagnostics.is_empty(), "the string-coded {} has problems", catalogue.id);
            assert_eq!(catalogs[0].entries.len(), catalogue.entries.len());
            assert!(!errcat_dsl::expand(tokens).to_string().contains("compile_error"));
        }
    }

    #[test]
    fn every_implementation_holds_every_entry() {
        let catalogue = catalogue::generated(40);
        for implementation in Implementation::ALL {
            let source = module(implementation, &catalogue);
            for entry in &catalogue.entries {
                assert!(
                    source.contains(&format!("{:?}", entry.name)) || source.contains(&entry.name),
                    "{implementation:?}"
                );
            }
            assert!(source.parse::<proc_macro2::TokenStream>().is_ok(), "{implementation:?}");
        }
    }
}
