use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        #[http(1000)]
        section Http in 400..=699 {
            404 HTTP_NOT_FOUND "查无此文件",
        }
    }
}

fn main() {}
