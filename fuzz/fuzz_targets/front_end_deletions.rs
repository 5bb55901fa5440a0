//! The valid seed catalogue with the commas, `..=` and section braces that
//! the bytes pick deleted: recovery keeps every entry.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    errcat_fuzz::front_end_deletions(data);
});
