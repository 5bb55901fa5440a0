use errcat::error_catalog;

error_catalog! {
    pub system Api: u16 {
        #[grpc(OK)]
        section Client in 400..=499 {
            #[grpc(NOT_FUOND)]
            404 NOT_FOUND,
            #[grpc(404)]
            405 NOT_ALLOWED,
            #[grpc(INTERNAL)]
            #[grpc(UNAVAILABLE)]
            406 TWICE,
        }
        #[grpc(TEAPOT)]
        500 INTERNAL,
        #[gprc(INTERNAL)]
        501 MISSPELT,
    }
}

fn main() {
    let _ = Api::NotFound.entry().grpc_status();
}
