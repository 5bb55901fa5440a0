use errcat::error_catalog;

error_catalog! {
    pub system Cos {
        /// Httpsvr
        section Httpsvr in -29999..=-29000 {
            -29000 ERR_CCDMQ_OVERFLOW,
            100 FINISHED,
        }
    }
}

fn main() {}
