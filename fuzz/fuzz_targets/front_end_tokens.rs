//! Token streams made of the catalogue language's own words, so that most
//! inputs reach the parser, the checks and the expansion.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    errcat_fuzz::front_end(&errcat_fuzz::tokens_from_bytes(data));
});
