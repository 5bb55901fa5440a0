//! `..` for `..=` in a section header costs only the range: the section
//! keeps its entries, and the other sections are generated as declared.
use errcat::error_catalog;

error_catalog! {
    pub system Api {
        section Rpc in 1000..1999 {
            1000 RPC_TIMEOUT "调用超时",
        }
        section Http in 400..=599 {
            404 NOT_FOUND "未找到",
        }
    }
}

fn main() {
    assert_eq!(Api::from_code(404), Some(Api::NotFound));
    assert_eq!(Api::RpcTimeout.section().map(|section| section.name()), Some("Rpc"));
}
