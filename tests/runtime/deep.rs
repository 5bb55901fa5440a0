//! Sections nested as deep as the macro allows, 64: every path is whole.

include!(concat!(env!("OUT_DIR"), "/deep.rs"));

#[test]
fn every_section_path_is_whole() {
    assert_eq!(Deep::SYSTEM.sections().len(), 64);
    for (position, &entry) in Deep::ALL.iter().enumerate() {
        let level = position + 1;
        let path = entry.entry().section_path();
        assert_eq!(path.len(), level);
        let names: Vec<&str> = path.clone().map(errcat::Section::name).collect();
        let expected: Vec<String> = (1..=level).map(|level| format!("L{level}")).collect();
        assert_eq!(names, expected);
        assert_eq!(path.to_string(), expected.join("::"));
        let backwards: Vec<&str> = path.rev().map(errcat::Section::name).collect();
        assert_eq!(backwards.first().copied(), Some(format!("L{level}").as_str()));
        assert_eq!(backwards.len(), level);
    }
}

#[test]
fn a_path_walked_from_both_ends_meets_in_the_middle() {
    let innermost = &Deep::SYSTEM.sections()[63];
    let mut path = Deep::SYSTEM.section_path(innermost);
    assert_eq!(path.next().map(errcat::Section::name), Some("L1"));
    assert_eq!(path.next_back().map(errcat::Section::name), Some("L64"));
    assert_eq!(path.len(), 62);
    let middle: Vec<&str> = path.by_ref().map(errcat::Section::name).collect();
    assert_eq!(middle.first().copied(), Some("L2"));
    assert_eq!(middle.last().copied(), Some("L63"));
    assert_eq!(path.next(), None);
    assert_eq!(path.next_back(), None);
    assert_eq!(format!("{path:?}"), "[]");
}
