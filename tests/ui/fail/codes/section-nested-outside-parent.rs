use errcat::error_catalog;

error_catalog! {
    pub system Mcsl: u32 {
        section Request in 10000..=19999 {
            10001 BAD_REQUEST "无效请求",
            section Param in 11000..=21999 {
                11001 BAD_PARAM "类型错误",
            }
        }
    }
}

fn main() {}
