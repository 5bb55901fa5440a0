use errcat::error_catalog;

error_catalog! {
    // Under a true predicate, `serde` needs errcat's feature as written bare.
    #[cfg_attr(all(), serde(by_name))]
    pub system A { 1 ONE }

    // The macro reads its input before any `cfg`: only `serde` and
    // `json_schema` may be guarded.
    #[cfg_attr(all(), languages(en))]
    pub system B { 1 ONE }
}

fn main() {
    let _ = (A::One, B::One);
}
