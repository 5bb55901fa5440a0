//! What the catalogues take from the upstream projects (`sources/upstream/`):
//! bkrepo's names, the second languages, and a note on every known anomaly.

use std::collections::HashMap;
use std::path::Path;

use errcat::Catalog;
use errcat_catalogs::{BkRepo, Cos, Polaris, Scm};

/// A tab-separated file: one map from column name to cell per line.
fn tsv(file: &str) -> Vec<HashMap<String, String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sources/upstream").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let mut lines = text.lines();
    let columns: Vec<&str> = lines.next().expect("a header line").split('\t').collect();
    lines
        .map(|line| {
            columns.iter().zip(line.split('\t')).map(|(column, cell)| ((*column).to_owned(), cell.to_owned())).collect()
        })
        .collect()
}

fn code(cell: &str) -> i32 {
    cell.parse().unwrap_or_else(|error| panic!("code {cell:?}: {error}"))
}

/// The cell as an optional text: `None` when empty.
fn text(row: &HashMap<String, String>, column: &str) -> Option<String> {
    Some(row[column].clone()).filter(|text| !text.is_empty())
}

/// For each upstream row, the entry at the same position: its code, name and
/// message in `language`, against the columns that give them.
fn assert_second_language<C: Catalog<Code = i32>>(
    file: &str,
    code_column: &str,
    text_column: &str,
    language: &str,
) -> usize {
    let rows = tsv(file);
    assert_eq!(rows.len(), C::ALL.len(), "{file}: one row per entry");
    let mut problems = Vec::new();
    for (index, (row, entry)) in rows.iter().zip(C::ALL).enumerate() {
        let upstream = (code(&row[code_column]), row["name"].clone(), text(row, text_column));
        let declared = (entry.code(), entry.name().to_owned(), entry.entry().message_in(language).map(str::to_owned));
        if upstream != declared {
            problems.push(format!("{file} row {}: upstream {upstream:?}, catalogue {declared:?}", index + 1));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    rows.iter().filter(|row| !row[text_column].is_empty()).count()
}

#[test]
fn scm_english_is_scm_error() {
    let translated =
        assert_second_language::<Scm>("sequoiacm.tsv", "code", "english_desc_ScmError_HEAD(2b397916)", "en");
    assert_eq!(translated, 71);
    assert_eq!(Scm::SYSTEM.languages(), ["zh", "en"]);
}

#[test]
fn bk_repo_names_and_english_are_bk_repo_s() {
    let translated = assert_second_language::<BkRepo>("bkrepo.tsv", "code", "english_message_if_found", "en");
    assert_eq!(translated, 79);
    assert_eq!(BkRepo::SYSTEM.languages(), ["zh", "en"]);
    assert_eq!(BkRepo::from_code(250_235), Some(BkRepo::AuthLoginFailed));
}

#[test]
fn polaris_chinese_is_polaris_s() {
    let translated = assert_second_language::<Polaris>("polaris.tsv", "seed_code", "zh.toml_HEAD", "zh");
    assert_eq!(translated, 110);
    assert_eq!(Polaris::SYSTEM.languages(), ["en", "zh"]);
}

#[test]
fn polaris_entries_whose_code_polaris_changed_say_so() {
    let mut noted = 0;
    for row in tsv("polaris.tsv") {
        let table = code(&row["seed_code"]);
        let entry = Polaris::from_name(&row["name"]).expect("every upstream name is an entry").entry();
        assert_eq!(entry.code(), table, "{}: the table's code", row["name"]);
        for own in [&row["code_2021_first_commit"], &row["code_HEAD_(spec)"]] {
            if code(own) != table {
                assert!(
                    entry.doc().contains(own.as_str()),
                    "{}: the doc should give Polaris's code {own}",
                    row["name"]
                );
                noted += 1;
            }
        }
    }
    assert_eq!(noted, 6);
}

/// The codes an anomaly row names: "-61", "-0", "100, 101",
/// "-46613/-46629", "-29090..-29095" (its two ends), "-29114..-29146 (17 rows)".
fn anomaly_codes(cell: &str) -> Vec<i32> {
    let cell = cell.split(" (").next().unwrap_or_default();
    cell.split([',', '/']).flat_map(|part| part.split("..")).map(|part| code(part.trim())).collect()
}

#[test]
fn every_cos_anomaly_is_visible() {
    let rows = tsv("cos-anomalies.tsv");
    assert_eq!(rows.len(), 15);
    let mut problems = Vec::new();
    for row in &rows {
        for code in anomaly_codes(&row["code"]) {
            let entries = Cos::all_with_code(code);
            let explained = entries.iter().any(|entry| !entry.entry().doc().is_empty());
            if entries.is_empty() || !(explained || entries.len() > 1) {
                problems.push(format!("{code} ({}): no entry explains it", row["anomaly"]));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
