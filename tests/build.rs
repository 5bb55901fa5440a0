//! Writes generated catalogues for the runtime tests: a large one, with
//! thousands of entries with clustered, sparse, signed codes, as real
//! catalogues have, and a deep one, with sections nested as deep as the
//! macro allows.
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
    std::fs::write(format!("{out}/deep.rs"), deep_catalogue(64)).unwrap();
    println!("cargo::rerun-if-changed=build.rs");
}

/// Sections `L1` to `L{depth}`, each inside the one before, each with one
/// entry, `E{level}`, coded `level`.
fn deep_catalogue(depth: usize) -> String {
    let mut source = String::from("errcat::error_catalog! {\n    pub system Deep: u32 {\n");
    for level in 1..=depth {
        let _ = writeln!(source, "section L{level} {{ {level} E{level},");
    }
    source.push_str(&"}".repeat(depth));
    source.push_str("\n    }\n}\n");
    source
}
