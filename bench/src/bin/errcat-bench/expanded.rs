//! How much code the macro emits: tokens and bytes of `errcat_dsl::expand`'s
//! output, in all and by generated item. The compiler parses, resolves and
//! type-checks every one of these tokens, so they drive the build time.

use proc_macro2::{Delimiter, TokenStream, TokenTree};

use crate::results::ExpandedSize;

pub fn measure(entries: usize, input: TokenStream) -> ExpandedSize {
    let output = errcat_dsl::expand(input);
    let bytes = output.to_string().len();
    let mut items = Vec::new();
    split_items(output.clone(), &mut items);
    ExpandedSize { entries, tokens: count(output), bytes, items }
}

/// Leaves and groups, at every depth.
pub fn count(stream: TokenStream) -> usize {
    stream
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => 1 + count(group.stream()),
            _ => 1,
        })
        .sum()
}

/// The items of a stream with their token counts; `const _: () = { … };`
/// blocks are opened, since the macro puts its tables and impls in one.
fn split_items(stream: TokenStream, items: &mut Vec<(String, usize)>) {
    let mut current: Vec<TokenTree> = Vec::new();
    for tree in stream {
        let ends = match &tree {
            TokenTree::Punct(punct) => punct.as_char() == ';',
            TokenTree::Group(group) => group.delimiter() == Delimiter::Brace && !is_value(&current),
            _ => false,
        };
        current.push(tree);
        if ends {
            finish(std::mem::take(&mut current), items);
        }
    }
    if !current.is_empty() {
        finish(current, items);
    }
}

/// Whether a brace group here is part of an expression (`= { … }`), not
/// the body that ends an item.
fn is_value(current: &[TokenTree]) -> bool {
    current.iter().any(|tree| matches!(tree, TokenTree::Punct(punct) if punct.as_char() == '='))
}

fn finish(item: Vec<TokenTree>, items: &mut Vec<(String, usize)>) {
    let words: Vec<String> = item
        .iter()
        .filter_map(|tree| match tree {
            TokenTree::Ident(ident) => Some(ident.to_string()),
            TokenTree::Punct(punct) if punct.as_char() == '_' => Some("_".to_owned()),
            _ => None,
        })
        .collect();
    let keyword = words.iter().position(|word| {
        matches!(word.as_str(), "enum" | "struct" | "static" | "const" | "fn" | "impl" | "mod" | "use" | "macro_rules")
    });
    let Some(keyword) = keyword else {
        items.push(("(other)".to_owned(), count(item.into_iter().collect())));
        return;
    };
    if words[keyword] == "const" && words.get(keyword + 1).is_none_or(|name| name == "_") {
        if let Some(TokenTree::Group(body)) = item
            .iter()
            .rev()
            .find(|tree| matches!(tree, TokenTree::Group(group) if group.delimiter() == Delimiter::Brace))
        {
            split_items(body.stream(), items);
            return;
        }
    }
    let label = if words[keyword] == "impl" {
        // `impl Trait for Type` by its trait, `impl Type` as inherent.
        let path: Vec<&String> = words[keyword + 1..].iter().take_while(|word| *word != "for").collect();
        let inherent = !words[keyword + 1..].iter().any(|word| word == "for");
        match path.last() {
            Some(last) if !inherent => format!("impl {last}"),
            _ => "impl (inherent)".to_owned(),
        }
    } else {
        format!("{} {}", words[keyword], words.get(keyword + 1).map_or("", String::as_str))
    };
    items.push((label, count(item.into_iter().collect())));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_split_and_labelled() {
        let source = "
            #[doc = \"x\"] pub enum Catalog { A, B }
            const _: () = {
                static __ALL: [Catalog; 2] = [Catalog::A, Catalog::B];
                static __SYSTEM: System = System { name: \"x\" };
                impl Catalog { pub fn f() {} }
                impl ::core::fmt::Display for Catalog { fn fmt(&self) {} }
            };
        ";
        let mut items = Vec::new();
        split_items(source.parse().unwrap(), &mut items);
        let labels: Vec<&str> = items.iter().map(|(label, _)| label.as_str()).collect();
        assert_eq!(labels, ["enum Catalog", "static __ALL", "static __SYSTEM", "impl (inherent)", "impl Display"]);
        assert_eq!(items[0].1, count("#[doc = \"x\"] pub enum Catalog { A, B }".parse().unwrap()));
    }
}
