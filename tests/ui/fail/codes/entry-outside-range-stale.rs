use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        section Httpsvr in -29999..=-29000 {
            #[outside_range]
            -29000 ERR_CCDMQ_OVERFLOW,
        }
    }
}

fn main() {}
