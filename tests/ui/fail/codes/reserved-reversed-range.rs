use errcat::error_catalog;

error_catalog! {
    pub system Mcsl: u32 {
        reserved 59999..=40000;
        0 OK "成功",
    }
}

fn main() {}
