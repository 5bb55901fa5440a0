use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        /// retired in 2019: clients still send it
        reserved -46000;
        -46000 OLD_FILE_MISSING "文件不存在",
    }
}

fn main() {}
