//! Answers a few requests and prints the replies:
//! `cargo run -p errcat-example-http-handler --example replies`.

use errcat_example_http_handler::{Request, Storage, handle};

fn main() {
    let mut storage = Storage::default();
    storage.files.insert("a.txt".to_owned(), "hello".to_owned());
    let broken = Storage { broken: true, ..Storage::default() };
    let requests = [
        (&storage, Request { method: "GET", path: "/files/a.txt" }),
        (&storage, Request { method: "GET", path: "/files/b.txt" }),
        (&storage, Request { method: "DELETE", path: "/files/a.txt" }),
        (&broken, Request { method: "GET", path: "/files/a.txt" }),
    ];
    for (storage, request) in &requests {
        let response = handle(storage, request);
        println!("{} {} -> {} {}", request.method, request.path, response.status, response.body);
    }
}
