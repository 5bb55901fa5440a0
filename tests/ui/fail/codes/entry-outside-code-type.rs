use errcat::error_catalog;

error_catalog! {
    pub system Net: u8 {
        1 DOWN "network down",
        300 UNREACHABLE "network unreachable",
        -1 NEGATIVE "not a u8",
    }
}

fn main() {}
