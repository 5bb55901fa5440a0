//! `#[placeholders(…)]` takes `named` or `printf` and `none_in(…)` with
//! declared languages; a language of `none_in` carries no placeholders.
use errcat::error_catalog;

error_catalog! {
    #[placeholders(prinf)]
    pub system First {
        1 ONE "{ not checked",
    }
    #[languages(zh, en)]
    #[placeholders(none_in(zh, de))]
    pub system Second {
        1 ONE "文件 {path}" en "File {path}",
    }
    #[placeholders(named, printf)]
    pub system Third {
        1 ONE,
    }
    #[placeholders(printf)]
    #[placeholders(named)]
    pub system Fourth {
        1 ONE,
    }
}

fn main() {}
