use errcat::error_catalog;

error_catalog! {
    #[languages(zh, en)]
    pub system Scm {
        -101 INVALID_ARGUMENT "非法参数" en "Invalid argument",
        -102 INVALID_ID "非法ID" eng "Invalid id",
    }
    pub system Plain {
        1 ONE "一" en "one",
    }
}

fn main() {}
