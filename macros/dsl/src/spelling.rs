//! "Did you mean …?": the known word closest to a misspelt one, for the
//! front end's messages.

/// The candidate closest to `written`: one equal to it but for ASCII letter
/// case; else the one fewest edits away, if they are few for the word's
/// length (a third of it, at least one); else the only candidate that
/// starts with it (`shares` for `shares_code`), if it is at least three
/// characters long.
pub fn closest<'a>(written: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if let Some(same) = candidates.iter().find(|candidate| candidate.eq_ignore_ascii_case(written)) {
        return Some(same);
    }
    let length = written.chars().count();
    let allowed = (length / 3).max(1);
    let mut best: Option<(usize, &'a str)> = None;
    for &candidate in candidates {
        let bound = best.map_or(allowed, |(distance, _)| distance - 1);
        if candidate.chars().count().abs_diff(length) > bound {
            continue;
        }
        let distance = edit_distance(written, candidate);
        if distance <= bound {
            best = Some((distance, candidate));
        }
    }
    if let Some((_, candidate)) = best {
        return Some(candidate);
    }
    let lowered = written.to_ascii_lowercase();
    let mut extending =
        candidates.iter().filter(|candidate| length >= 3 && candidate.to_ascii_lowercase().starts_with(&lowered));
    match (extending.next(), extending.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// Edits between two words, ignoring ASCII letter case: insertions,
/// deletions, substitutions and swaps of two neighbours (`gprc` is one edit
/// from `grpc`), each substring edited once (the optimal string alignment
/// distance).
fn edit_distance(left: &str, right: &str) -> usize {
    let left: Vec<char> = left.chars().collect();
    let right: Vec<char> = right.chars().collect();
    let same = |a: char, b: char| a.eq_ignore_ascii_case(&b);
    let mut before_previous: Vec<usize> = vec![0; right.len() + 1];
    let mut previous: Vec<usize> = (0..=right.len()).collect();
    let mut current = vec![0; right.len() + 1];
    for (row, &left_char) in left.iter().enumerate() {
        current[0] = row + 1;
        for (column, &right_char) in right.iter().enumerate() {
            let substitution = usize::from(!same(left_char, right_char));
            let mut distance = (previous[column] + substitution).min(previous[column + 1] + 1).min(current[column] + 1);
            if row > 0 && column > 0 && same(left_char, right[column - 1]) && same(left[row - 1], right_char) {
                distance = distance.min(before_previous[column - 1] + 1);
            }
            current[column + 1] = distance;
        }
        std::mem::swap(&mut before_previous, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[right.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENTRY: &[&str] = &["doc", "name", "shares_code", "outside_range", "http", "deprecated"];

    #[test]
    fn distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("ABC", "abc"), 0);
        assert_eq!(edit_distance("gprc", "grpc"), 1);
        assert_eq!(edit_distance("ab", "ba"), 1);
        assert_eq!(edit_distance("ca", "abc"), 3);
    }

    #[test]
    fn misspellings_find_the_attribute() {
        assert_eq!(closest("share_code", ENTRY), Some("shares_code"));
        assert_eq!(closest("shares_codes", ENTRY), Some("shares_code"));
        assert_eq!(closest("Shares_Code", ENTRY), Some("shares_code"));
        assert_eq!(closest("outside", ENTRY), Some("outside_range"));
        assert_eq!(closest("shares", ENTRY), Some("shares_code"));
        assert_eq!(closest("htp", ENTRY), Some("http"));
        assert_eq!(closest("gprc", &["doc", "http", "grpc"]), Some("grpc"));
        assert_eq!(closest("language", &["doc", "languages", "extends"]), Some("languages"));
    }

    #[test]
    fn unrelated_words_find_nothing() {
        assert_eq!(closest("must_use", ENTRY), None);
        assert_eq!(closest("x", ENTRY), None);
        assert_eq!(closest("", ENTRY), None);
        assert_eq!(closest("completely_different", ENTRY), None);
        // Two attributes start with `d`: no guess.
        assert_eq!(closest("d", ENTRY), None);
    }
}
