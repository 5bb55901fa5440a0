use errcat::error_catalog;

error_catalog! {
    pub system Cos { 1 ONE "one" }
    pub system Cos { 2 TWO "two" }
}

fn main() {}
