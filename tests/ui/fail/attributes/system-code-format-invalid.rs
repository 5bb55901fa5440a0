use errcat::error_catalog;

error_catalog! {
    #[code_format = "E"]
    pub system A { 1 ONE }

    #[code_format = "E{:4}"]
    pub system B { 1 ONE }

    #[code_format = "{:#010x}"]
    pub system C { 1 ONE }

    #[code_format = "{}-{}"]
    pub system D { 1 ONE }

    #[code_format("E{:04}")]
    pub system F { 1 ONE }
}

fn main() {
    // Each system is generated, its codes written in decimal.
    assert_eq!(A::One.code_str(), "1");
    let _ = (B::One, C::One, D::One, F::One);
}
