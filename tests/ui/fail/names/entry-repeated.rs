//! An entry written twice is one mistake: remove one copy.
use errcat::error_catalog;

error_catalog! {
    pub system Http {
        404 NOT_FOUND "未找到",
        500 INTERNAL "内部错误",
        404 NOT_FOUND "未找到",
    }
}

fn main() {
    assert_eq!(Http::from_code(404), Some(Http::NotFound));
    assert_eq!(Http::ALL.len(), 2);
}
