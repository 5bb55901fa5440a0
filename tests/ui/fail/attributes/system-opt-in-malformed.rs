use errcat::error_catalog;

error_catalog! {
    #[serde(by_code)]
    pub system A { 1 ONE }

    #[serde]
    #[serde(by_name)]
    #[json_schema(by_name)]
    pub system B { 1 ONE }

    #[errcat(krate = ::errcat)]
    pub system C { 1 ONE }

    #[errcat(crate = 42)]
    pub system D { 1 ONE }
}

fn main() {
    // Each system is generated, without what its attribute could not say.
    let _ = (A::One, B::One, C::One, D::One);
}
