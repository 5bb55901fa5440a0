//! Arbitrary bytes, read as text, as a Markdown document for `errcat import`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    errcat_fuzz::importer(&String::from_utf8_lossy(data));
});
