//! Entry names that are also names the generated code uses (`Error`,
//! `Err`, `Self`, `Option`, the inherent constants) or Rust keywords
//! still make a catalogue that builds without warnings.
#![deny(warnings)]

use std::str::FromStr;

use errcat::{Catalog, error_catalog};

error_catalog! {
    pub system Clash {
        1 ERROR "an error",
        2 ERR "err",
        3 OK,
        4 SOME,
        5 NONE,
        6 SELF,
        7 SUPER,
        8 CRATE,
        9 TYPE,
        10 ALL,
        11 SYSTEM,
        12 OPTION,
        13 RESULT,
        14 OUTPUT,
        15 ITEM,
        16 TARGET,
        17 MATCH,
        18 ENTRY,
        19 CODE,
        20 NAME,
    }
}

fn main() {
    assert_eq!(Clash::ALL.len(), 20);
    for &entry in Clash::ALL {
        assert_eq!(Clash::from_code(entry.code()), Some(entry));
        assert_eq!(Clash::from_str(entry.name()), Ok(entry));
        assert_eq!(Clash::try_from(entry.code()), Ok(entry));
    }
    assert_eq!(Clash::Error.message(), "an error");
    assert_eq!(Clash::Err.name(), "ERR");
    assert!(Clash::try_from(99).is_err());
    assert!("NOPE".parse::<Clash>().is_err());
    assert_eq!(<Clash as Catalog>::SYSTEM.entries().len(), 20);
}
