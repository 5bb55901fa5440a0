//! Sections nest at most 64 deep: the 65th is one error, on its name, and
//! the rest of the catalogue is generated.
use errcat::error_catalog;

error_catalog! {
    pub system Deep {
section L1 {
section L2 {
section L3 {
section L4 {
section L5 {
section L6 {
section L7 {
section L8 {
section L9 {
section L10 {
section L11 {
section L12 {
section L13 {
section L14 {
section L15 {
section L16 {
section L17 {
section L18 {
section L19 {
section L20 {
section L21 {
section L22 {
section L23 {
section L24 {
section L25 {
section L26 {
section L27 {
section L28 {
section L29 {
section L30 {
section L31 {
section L32 {
section L33 {
section L34 {
section L35 {
section L36 {
section L37 {
section L38 {
section L39 {
section L40 {
section L41 {
section L42 {
section L43 {
section L44 {
section L45 {
section L46 {
section L47 {
section L48 {
section L49 {
section L50 {
section L51 {
section L52 {
section L53 {
section L54 {
section L55 {
section L56 {
section L57 {
section L58 {
section L59 {
section L60 {
section L61 {
section L62 {
section L63 {
section L64 {
section L65 {
1 INNER
}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
        2 OUTER,
    }
}

fn main() {
    assert_eq!(Deep::from_code(2), Some(Deep::Outer));
}
