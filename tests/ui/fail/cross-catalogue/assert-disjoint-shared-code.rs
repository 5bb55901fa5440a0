use errcat::{assert_disjoint, error_catalog};

error_catalog! {
    pub system Storage { 0 SUCCESS "成功", -46628 FILE_NOT_EXIST "文件不存在" }
    pub system Repository: u32 { 0 SUCCESS "成功", 250102 SYSTEM_ERROR "系统繁忙" }
}

assert_disjoint!(Storage, Repository);

fn main() {}
