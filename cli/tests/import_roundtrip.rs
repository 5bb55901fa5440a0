//! `errcat export X --format markdown | errcat import -` gives back the same
//! catalogue: for generated catalogues (random sections, ranges, nesting,
//! reserved and open ranges, languages, shared codes, codes outside their
//! range, deprecations, texts and docs full of Markdown metacharacters) and
//! for the five built-ins. Both sides are read by the macro's front end
//! (`errcat list --catalog FILE --json`) and compared entry by entry; the
//! built-ins are also compiled, once, and compared with `errcat_catalogs`.

mod support;

use std::fmt::Write;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use proptest::prelude::*;
use serde_json::Value;
use support::errcat;

fn work_dir() -> PathBuf {
    let directory = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("import-roundtrip");
    std::fs::create_dir_all(&directory).unwrap();
    directory
}

/// `errcat import - --system SYSTEM -o OUTPUT` with `markdown` on stdin.
fn import_from_stdin(markdown: &str, system: &str, output: &Path) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(["import", "-", "--system", system, "--force", "-o", output.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(markdown.as_bytes()).unwrap();
    let done = child.wait_with_output().unwrap();
    (done.status.code().unwrap_or(-1), String::from_utf8(done.stderr).unwrap())
}

/// What must survive the round trip, from `list SYSTEM --json`: every
/// entry but its variant, and the sections and reserved ranges.
fn essentials(json: &Value) -> (Vec<Value>, Vec<Value>, Vec<Value>) {
    let entries = json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| {
            let mut entry = entry.clone();
            let object = entry.as_object_mut().unwrap();
            object.remove("variant");
            object.remove("system");
            entry
        })
        .collect();
    let sections = json["system"]["sections"].as_array().unwrap().clone();
    let reserved = json["system"]["reserved"].as_array().unwrap().clone();
    (entries, sections, reserved)
}

/// Exports `system` (from `catalog`, or a built-in), imports the page back,
/// and compares the two catalogues; returns the imported source's path.
fn round_trip(system: &str, catalog: Option<&Path>, name: &str) -> Result<PathBuf, TestCaseError> {
    let with_catalog = |args: &[&str]| -> Vec<String> {
        let mut all: Vec<String> = args.iter().map(|arg| (*arg).to_owned()).collect();
        if let Some(path) = catalog {
            all.extend(["--catalog".to_owned(), path.to_str().unwrap().to_owned()]);
        }
        all
    };
    let run = |args: Vec<String>| errcat(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let exported = run(with_catalog(&["export", system, "--format", "markdown"]));
    prop_assert_eq!(exported.code, 0, "{}", exported.stderr);
    let original = run(with_catalog(&["list", system, "--json"]));
    prop_assert_eq!(original.code, 0, "{}", original.stderr);

    let imported = work_dir().join(format!("{name}.rs"));
    let (code, stderr) = import_from_stdin(&exported.stdout, system, &imported);
    prop_assert_eq!(code, 0, "{}\n{}", stderr, exported.stdout);
    let back = errcat(&["list", system, "--catalog", imported.to_str().unwrap(), "--json"]);
    prop_assert_eq!(back.code, 0, "{}\n{}", back.stderr, std::fs::read_to_string(&imported).unwrap());

    let (entries, sections, reserved) = essentials(&original.json());
    let (mut entries_back, sections_back, reserved_back) = essentials(&back.json());
    // A catalogue that declares no language exports a `Message` column; the
    // import declares the language of its text (`en`, `zh`): the texts
    // are the same, only their tag is new.
    if original.json()["system"]["languages"].as_array().is_some_and(Vec::is_empty) {
        for entry in &mut entries_back {
            for text in entry["texts"].as_array_mut().unwrap() {
                text["language"] = Value::Null;
            }
        }
    }
    prop_assert_eq!(entries.len(), entries_back.len(), "{}", exported.stdout);
    for (entry, entry_back) in entries.iter().zip(&entries_back) {
        prop_assert_eq!(entry, entry_back, "\n{}", exported.stdout);
    }
    prop_assert_eq!(sections, sections_back, "\n{}", exported.stdout);
    prop_assert_eq!(reserved, reserved_back, "\n{}", exported.stdout);
    Ok(imported)
}

/// A small deterministic generator for the catalogue's shape; proptest
/// gives the seed and the texts.
struct Shape {
    state: u64,
}

impl Shape {
    fn next(&mut self, bound: u64) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state % bound.max(1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next(100) < percent
    }
}

struct Generator<'a> {
    shape: Shape,
    texts: &'a [String],
    languages: Vec<&'static str>,
    used: usize,
    entries: usize,
    sections: usize,
    /// Codes already given to an entry: a new entry that does not share a
    /// code takes a free one, or the catalogue would not compile.
    codes: std::collections::HashSet<i64>,
}

const WORDS: &[&str] = &["alpha", "Beta", "gamma", "δέλτα", "上传", "Echo", "fox", "Golf"];

impl Generator<'_> {
    /// A random text as a message that says it literally: its braces
    /// doubled, since a brace in a message starts a placeholder.
    fn text(&mut self) -> String {
        self.used += 1;
        self.texts[self.used % self.texts.len()].replace('{', "{{").replace('}', "}}")
    }

    fn words(&mut self) -> String {
        let count = 1 + self.shape.next(3);
        (0..count)
            .map(|_| WORDS[usize::try_from(self.shape.next(WORDS.len() as u64)).unwrap()])
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Entries with codes in `range`, then maybe nested sections in it.
    /// `stated`: whether the section states `range`.
    fn block(&mut self, source: &mut String, range: (i64, i64), stated: bool, depth: usize, indent: &str) {
        // At least one entry at the top: a catalogue of nothing has no table to read back.
        let count = self.shape.next(4) + u64::from(depth == 0);
        let mut previous: Option<(i64, String, bool)> = None;
        for _ in 0..count {
            self.entries += 1;
            let name =
                format!("E{}_{}", self.entries, WORDS[usize::try_from(self.shape.next(3)).unwrap()].to_uppercase());
            let mut code =
                range.0 + i64::try_from(self.shape.next(u64::try_from(range.1 - range.0).unwrap() / 2)).unwrap();
            if self.shape.chance(20) {
                let doc = self.text().replace('\r', "");
                for line in doc.lines().filter(|line| !line.trim().is_empty()) {
                    let _ = writeln!(source, "{indent}#[doc = {:?}]", line.trim_end());
                }
            }
            if self.shape.chance(15) {
                let _ = writeln!(source, "{indent}#[name = \"{} name {}\"]", self.words(), self.entries);
            }
            let mut outside = false;
            let mut sharing = false;
            if let Some((shared, first, first_outside)) = &previous
                && self.shape.chance(25)
            {
                sharing = true;
                code = *shared;
                outside = *first_outside;
                let _ = writeln!(source, "{indent}#[shares_code({first})]");
            } else if stated && self.shape.chance(10) {
                code = -1 - i64::try_from(self.shape.next(50)).unwrap();
                outside = true;
            }
            if !sharing && !self.codes.insert(code) {
                // Taken by an entry elsewhere: the next free code the same way
                // (down for the codes outside every range, up inside one).
                let step = if outside { -1 } else { 1 };
                while !self.codes.insert(code) {
                    code += step;
                }
            }
            if outside {
                let _ = writeln!(source, "{indent}#[outside_range]");
            }
            if self.shape.chance(10) {
                let _ = writeln!(source, "{indent}#[deprecated = \"use {} instead\"]", self.words());
            }
            let mut line = format!("{indent}{code} {name}");
            if self.shape.chance(85) {
                let _ = write!(line, " {:?}", self.text());
                for language in self.languages.clone().iter().skip(1) {
                    if self.shape.chance(70) {
                        let _ = write!(line, " {language} {:?}", self.text());
                    }
                }
            }
            let _ = writeln!(source, "{line},");
            previous = Some((code, name, outside));
        }
        if depth >= 2 {
            return;
        }
        let width = (range.1 - range.0 + 1) / 10;
        for slot in 1..=self.shape.next(3) {
            self.sections += 1;
            let start = range.0 + width * i64::try_from(slot * 2).unwrap();
            let inner = (start, start + width - 1);
            let _ = writeln!(source, "{indent}/// {} {}", self.words(), self.sections);
            if self.shape.chance(40) {
                let _ = writeln!(source, "{indent}///\n{indent}/// {} and {}.", self.words(), self.words());
            }
            let stated = self.shape.chance(75);
            let range_text = if stated { format!(" in {}..={}", inner.0, inner.1) } else { String::new() };
            let section = format!("Part{}", self.sections);
            let _ = writeln!(source, "{indent}section {section}{range_text} {{");
            self.block(source, inner, stated, depth + 1, &format!("{indent}    "));
            let _ = writeln!(source, "{indent}}}");
        }
    }
}

fn generated(seed: u64, texts: &[String]) -> String {
    let mut shape = Shape { state: seed | 1 };
    let all = ["en", "zh", "de", "ja"];
    let languages: Vec<&'static str> = (0..shape.next(4)).map(|index| all[usize::try_from(index).unwrap()]).collect();
    let mut source = String::from("errcat::error_catalog! {\n    /// Generated.\n");
    if !languages.is_empty() {
        let _ = writeln!(source, "    #[languages({})]", languages.join(", "));
    }
    source.push_str("    pub system Gen: i64 {\n");
    let mut generator = Generator {
        shape,
        texts,
        languages,
        used: 0,
        entries: 0,
        sections: 0,
        codes: std::collections::HashSet::new(),
    };
    if generator.shape.chance(50) {
        source.push_str("        /// Withheld for partners.\n        reserved 900000..=900999;\n");
    }
    if generator.shape.chance(50) {
        source.push_str("        /// Free for new codes.\n        open 901000..=901999;\n");
    }
    generator.block(&mut source, (0, 99_999), false, 0, "        ");
    source.push_str("    }\n}\n");
    source
}

/// A text for a system of the default placeholder syntax. Markdown does
/// not say which syntax a system uses: the import takes printf's when
/// enough messages carry printf conversions, and says so. So these texts
/// carry none (a `%` that starts no conversion stays).
fn plain_text() -> impl Strategy<Value = String> {
    text().prop_filter("a printf conversion", |text| !carries_printf(text))
}

/// Whether a text holds a printf conversion (`%c`, `% d`), which the
/// import reads as a placeholder when enough messages carry one.
fn carries_printf(text: &str) -> bool {
    errcat_placeholders::pieces(text, ::errcat::PlaceholderSyntax::Printf).any(|piece| piece.placeholder().is_some())
}

/// Texts with everything Markdown would otherwise eat.
fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[ a-zA-Z0-9`*_<>|&#\\[\\]()!\\\\~+.=:;'\"/{}$%^-]{0,6}( ?[中文é\u{202e}\t\n<br>&#32;]{0,3}[a-z`*_|]{0,5}){0,3}[ ]{0,2}")
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_catalogues_survive_export_and_import(seed in any::<u64>(), texts in proptest::collection::vec(plain_text(), 48)) {
        let source = generated(seed, &texts);
        let path = work_dir().join("generated.rs");
        std::fs::write(&path, &source).unwrap();
        let checked = errcat(&["check", path.to_str().unwrap()]);
        prop_assert_eq!(checked.code, 0, "the generator's own catalogue:\n{}\n{}", source, checked.stdout);
        round_trip("Gen", Some(&path), "generated-back")?;
        let open = source.contains("open 901000..=901999;");
        let back = std::fs::read_to_string(work_dir().join("generated-back.rs")).unwrap();
        prop_assert_eq!(back.contains("open 901000..=901999;"), open, "{}", back);
    }
}

const BUILT_INS: [&str; 5] = ["Cos", "BkRepo", "Scm", "Polaris", "Mcsl"];

#[test]
fn the_five_built_ins_survive_export_and_import_and_compile() {
    let cases = trybuild::TestCases::new();
    for system in BUILT_INS {
        let imported = round_trip(system, None, &system.to_lowercase()).unwrap();
        let mut source = std::fs::read_to_string(&imported).unwrap();
        let _ = write!(
            source,
            "
fn main() {{
    use errcat::{{Catalog, IntegerCode}};
    let original = errcat_catalogs::{system}::ALL;
    assert_eq!({system}::ALL.len(), original.len());
    for (entry, from) in {system}::ALL.iter().zip(original) {{
        let (entry, from) = (Catalog::entry(*entry), Catalog::entry(*from));
        assert_eq!(entry.code().to_i128(), from.code().to_i128());
        assert_eq!(entry.name(), from.name());
        assert_eq!(entry.message(), from.message());
        assert_eq!(entry.doc(), from.doc());
        let texts = |texts: &[errcat::Text]| texts.iter().map(|text| (text.language(), text.text())).collect::<Vec<_>>();
        assert_eq!(texts(entry.texts()), texts(from.texts()));
    }}
}}
"
        );
        let compiled = work_dir().join(format!("{}-compiled.rs", system.to_lowercase()));
        std::fs::write(&compiled, source).unwrap();
        cases.pass(&compiled);
    }
}

/// The generator itself: over many seeds (the one CI once found first), every
/// catalogue it writes compiles, so a failure of the property above is the
/// round trip's, never the generator's.
#[test]
fn the_generator_writes_only_catalogues_that_check() {
    let texts: Vec<String> = (0..48).map(|index| format!("text {index}")).collect();
    let directory = work_dir().join("generator");
    std::fs::create_dir_all(&directory).unwrap();
    let mut paths = Vec::new();
    for seed in (0..400).chain([14_221_684_366_735_028_374]) {
        let path = directory.join(format!("seed-{seed}.rs"));
        std::fs::write(&path, generated(seed, &texts)).unwrap();
        paths.push(path.to_str().unwrap().to_owned());
    }
    let mut arguments = vec!["check"];
    arguments.extend(paths.iter().map(String::as_str));
    let checked = errcat(&arguments);
    assert_eq!(checked.code, 0, "{}", checked.stdout);
    // 401 catalogues still end on one line: the first few names, then a count.
    assert_eq!(
        checked.stdout,
        "checked 401 catalogues (Gen, Gen, Gen, Gen, Gen, Gen, Gen, Gen, and 393 more) in 401 files: no problems\n"
    );
}
