//! A system without entries yet still has the whole API.
#![deny(warnings)]

use errcat::{Catalog, error_catalog};

error_catalog! {
    pub system Empty {}
}

fn main() {
    assert_eq!(Empty::from_code(1), None);
    assert_eq!(Empty::from_name("ONE"), None);
    assert!(Empty::ALL.is_empty());
    assert!(<Empty as Catalog>::SYSTEM.is_empty());
    assert_eq!(<Empty as Catalog>::SYSTEM.entries().len(), 0);
    assert!(Empty::try_from(1).is_err());
}
