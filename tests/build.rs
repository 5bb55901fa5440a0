//! Writes a large generated catalogue for the runtime tests: thousands of
//! entries with clustered, sparse, signed codes, as real catalogues have.
use std::fmt::Write as _;

fn main() {
    let mut source = String::from("errcat::error_catalog! {\n    pub system Large: i32 {\n");
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut code: i64 = -2_000_000;
    for index in 0..5_000 {
        // Gaps between clusters, small steps inside one.
        code += if next() % 40 == 0 {
            i64::try_from(next() % 50_000).unwrap() + 100
        } else {
            1 + i64::try_from(next() % 3).unwrap()
        };
        let _ = writeln!(source, "        {code} ERR_GENERATED_{index} \"生成的错误 {index}\",");
    }
    source.push_str("    }\n}\n");
    let out = std::env::var("OUT_DIR").unwrap();
    std::fs::write(format!("{out}/large.rs"), source).unwrap();
    println!("cargo::rerun-if-changed=build.rs");
}
