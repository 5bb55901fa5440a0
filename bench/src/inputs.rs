//! The inputs of the lookup benchmarks: every code and every name of a
//! catalogue, plus 10% unknown ones, shuffled. Half of the unknown inputs
//! are near misses (a code beside a known one, a name with one character
//! changed or dropped), which are the expensive ones for a lookup that
//! compares keys.

use std::collections::HashSet;

use crate::random::Random;

#[derive(Clone, Debug)]
pub struct Inputs {
    /// Every distinct known code once, plus the unknown ones.
    pub codes: Vec<i32>,
    /// Every known name once, plus the unknown ones.
    pub names: Vec<String>,
    /// Every known name once: for the methods that start from an entry.
    pub known_names: Vec<String>,
}

/// Unknown inputs per hundred known ones.
pub const UNKNOWN_PERCENT: usize = 10;

impl Inputs {
    pub fn new(entries: &[(i32, &str)], seed: u64) -> Self {
        let mut random = Random::new(seed);
        let known_codes: HashSet<i32> = entries.iter().map(|&(code, _)| code).collect();
        let known_names: HashSet<&str> = entries.iter().map(|&(_, name)| name).collect();
        let unknown = (entries.len() * UNKNOWN_PERCENT).div_ceil(100);

        let mut codes: Vec<i32> = Vec::with_capacity(known_codes.len() + unknown);
        let mut distinct = HashSet::new();
        codes.extend(entries.iter().map(|&(code, _)| code).filter(|&code| distinct.insert(code)));
        while codes.len() < distinct.len() + unknown {
            let code = if random.chance(50) {
                let offset =
                    i32::try_from(random.between(1, 3)).expect("small") * if random.chance(50) { 1 } else { -1 };
                random.pick(entries).0.saturating_add(offset)
            } else {
                // Reinterpreting the bits gives a uniform i32.
                #[allow(clippy::cast_possible_truncation)]
                let code = random.next_u64() as i32;
                code
            };
            if !known_codes.contains(&code) {
                codes.push(code);
            }
        }
        random.shuffle(&mut codes);

        let mut names: Vec<String> = entries.iter().map(|&(_, name)| name.to_owned()).collect();
        let mut shuffled_known = names.clone();
        random.shuffle(&mut shuffled_known);
        while names.len() < entries.len() + unknown {
            let mut name: Vec<u8> = random.pick(entries).1.as_bytes().to_vec();
            if name.is_empty() {
                continue;
            }
            let at = random.below(name.len());
            if random.chance(50) {
                name[at] = b'A' + u8::try_from(random.below(26)).expect("a letter");
            } else {
                name.remove(at);
            }
            let Ok(name) = String::from_utf8(name) else { continue };
            if !known_names.contains(name.as_str()) {
                names.push(name);
            }
        }
        random.shuffle(&mut names);
        Inputs { codes, names, known_names: shuffled_known }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_inputs_once_plus_a_tenth_unknown() {
        let entries: Vec<(i32, String)> =
            (0..1000).map(|index| (index * 3 - 1500, format!("ERR_NAME_{index}"))).collect();
        let mut entries: Vec<(i32, &str)> = entries.iter().map(|(code, name)| (*code, name.as_str())).collect();
        entries.push((-1500, "ERR_SHARED"));
        let inputs = Inputs::new(&entries, 5);
        assert_eq!(inputs.codes.len(), 1000 + 101);
        assert_eq!(inputs.names.len(), 1001 + 101);
        assert_eq!(inputs.known_names.len(), 1001);
        let codes: HashSet<i32> = entries.iter().map(|&(code, _)| code).collect();
        assert_eq!(inputs.codes.iter().filter(|code| codes.contains(code)).count(), 1000);
        let names: HashSet<&str> = entries.iter().map(|&(_, name)| name).collect();
        assert_eq!(inputs.names.iter().filter(|name| names.contains(name.as_str())).count(), 1001);
        assert_ne!(inputs.codes[..1000], entries[..1000].iter().map(|&(code, _)| code).collect::<Vec<_>>());
    }
}
