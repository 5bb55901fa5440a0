//! Every code type, at its extremes.
#![deny(warnings)]

use errcat::error_catalog;

error_catalog! {
    pub system Small: i8 { -128 MIN "min", 127 MAX "max" }
    pub system Short: i16 { -32768 MIN, 32767 MAX }
    pub system Wide: i64 { -9223372036854775808 MIN, 9223372036854775807 MAX }
    pub system Byte: u8 { 0 ZERO, 255 MAX }
    pub system Word: u16 { 65535 MAX }
    pub system Double: u32 { 4294967295 MAX }
    pub system Quad: u64 { 0 ZERO, 18446744073709551615 MAX }
}

fn main() {
    assert_eq!(Small::from_code(-128), Some(Small::Min));
    assert_eq!(Wide::from_code(i64::MIN), Some(Wide::Min));
    assert_eq!(Quad::from_code(u64::MAX), Some(Quad::Max));
    assert_eq!(Byte::Max.code(), 255u8);
    assert_eq!(Short::Max.code(), i16::MAX);
    assert_eq!(Word::Max.code(), u16::MAX);
    assert_eq!(Double::Max.code(), u32::MAX);
}
