use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        #[shares(FILE_NOT_EXIST)]
        -46628 FILE_NOT_EXIST "文件不存在",
    }
}

fn main() {}
