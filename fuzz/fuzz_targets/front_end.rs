//! Arbitrary bytes, read as text, as the body of `error_catalog! { … }`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    errcat_fuzz::front_end(&String::from_utf8_lossy(data));
});
