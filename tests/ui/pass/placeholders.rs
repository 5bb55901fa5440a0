//! Placeholders that agree in every language, escapes, printf conversions,
//! and `none_in(…)` for languages without placeholders.
use errcat::{Catalog, error_catalog};

error_catalog! {
    #[languages(zh, en)]
    pub system Storage {
        -46628 FILE_NOT_EXIST "文件 {path} 不存在" en "File {path} not found",
        -46629 COPY_FAILED "无法把 {from} 复制到 {to}" en "Cannot copy {from} to {to}: {from} is locked",
        -46630 BAD_JSON "应为 {{ 或 }}" en "expected {{ or }}",
        -46631 NO_TEXT,
        -46632 PERCENT "已完成 100%" en "100% done",
    }
    #[languages(zh, en)]
    #[placeholders(named, none_in(zh))]
    pub system Repo {
        250103 PARAMETER_MISSING "参数缺失" en "Parameter [{0}] is missing",
    }
    #[languages(en, de)]
    #[placeholders(printf)]
    pub system Server: u16 {
        1062 DUP_ENTRY "Duplicate entry '%-.192s' for key %d" de "Doppelter Eintrag '%-.192s' für Schlüssel %i",
        1136 ROW_COUNT "Column count doesn't match value count at row %ld",
        1 BRACES "{braces} are text in 100%% of cases",
    }
}

fn main() {
    assert_eq!(Storage::BadJson.render(&[]).to_string(), "应为 { 或 }");
    assert_eq!(Repo::ParameterMissing.render_in("en", &[("0", &"id")]).unwrap().to_string(), "Parameter [id] is missing");
    assert_eq!(Server::Braces.to_string(), "{braces} are text in 100% of cases (BRACES, code 1)");
}
