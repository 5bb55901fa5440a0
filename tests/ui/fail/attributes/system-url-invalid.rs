use errcat::error_catalog;

error_catalog! {
    #[url = "https://docs.example.com/errors/{id}"]
    pub system A { 1 ONE }

    #[url = "https://docs.example.com/errors/"]
    pub system B { 1 ONE }

    #[url("https://docs.example.com/{code}")]
    pub system C { 1 ONE }
}

fn main() {
    let _ = (A::One, B::One, C::One);
}
