//! A placeholder that only a translation has is an error on it; when the
//! primary message has none, the fix may be `none_in(…)`.
use errcat::error_catalog;

error_catalog! {
    #[languages(zh, en)]
    pub system Repo {
        250103 PARAMETER_MISSING "参数缺失" en "Parameter [{0}] is missing",
        250104 QUOTA_EXCEEDED "仓库 {repo} 超出配额" en "Repository {repo} exceeds its quota of {quota}",
    }
    pub system Plain {
        1 FULL "disk full",
        2 GONE "disk {disk} gone",
    }
}

fn main() {}
