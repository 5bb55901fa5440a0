//! `from_code`, `all_with_code` and `from_name`: the perfect hash tables,
//! built here at expansion time over the plan's code groups and named
//! variants, the statics that hold them, and the bodies that read them.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::Expansion;
use super::literal::{self, ByteTable};
use crate::diagnostic::Diagnostics;

/// The perfect hash tables of one catalogue.
pub struct HashTables {
    code_seed: u64,
    code_pilots: Vec<u16>,
    /// Per slot: the first variant of the code group that hashes there.
    code_slots: Vec<usize>,
    /// String codes: per slot, the low 32 bits of the code's hash, kept
    /// beside the variant as for names. Empty for integer codes.
    code_hashes: Vec<u32>,
    name_seed: u64,
    name_pilots: Vec<u16>,
    /// Per slot: the variant whose name hashes there, in the low 32 bits,
    /// and the low 32 bits of the name's hash above them, so that most
    /// unknown names are rejected without reading a name.
    name_slots: Vec<u64>,
}

impl HashTables {
    pub fn new(expansion: &Expansion, diagnostics: &mut Diagnostics) -> Self {
        let (catalog, plan) = (expansion.catalog, expansion.plan);
        let groups = &plan.code_groups;
        let code_text = |group: usize| catalog.entries[plan.variants[groups[group].variants[0]]].code.text.as_deref();
        let string_hash =
            |group: usize, seed: u64| errcat_phf::hash_name(code_text(group).unwrap_or("").as_bytes(), seed);
        #[allow(clippy::cast_sign_loss, clippy::cast_possible_truncation)]
        let code_table = if expansion.string_codes {
            errcat_phf::build(groups.len(), string_hash)
        } else {
            errcat_phf::build(groups.len(), |group, seed| errcat_phf::hash_code(groups[group].code as u64, seed))
        };
        let name_of = |position: usize| catalog.entries[plan.variants[position]].name.as_bytes();
        let named = &plan.named_variants;
        let name_table = errcat_phf::build(named.len(), |key, seed| errcat_phf::hash_name(name_of(named[key]), seed));
        let (Some(code_table), Some(name_table)) = (code_table, name_table) else {
            diagnostics.error(
                catalog.order,
                catalog.ident.span(),
                format!(
                    "could not build the look-up tables of system `{}`; please report this as a bug",
                    catalog.ident
                ),
            );
            return HashTables {
                code_seed: 0,
                code_pilots: Vec::new(),
                code_slots: Vec::new(),
                code_hashes: Vec::new(),
                name_seed: 0,
                name_pilots: Vec::new(),
                name_slots: Vec::new(),
            };
        };
        // A free slot repeats the first key: a look-up of that key never
        // reaches the free slot, and any other key fails the comparison.
        HashTables {
            code_seed: code_table.seed,
            code_pilots: code_table.pilots,
            code_slots: code_table.slots.iter().map(|slot| groups[slot.unwrap_or(0)].variants[0]).collect(),
            #[allow(clippy::cast_possible_truncation)]
            code_hashes: if expansion.string_codes {
                code_table.slots.iter().map(|slot| string_hash(slot.unwrap_or(0), code_table.seed) as u32).collect()
            } else {
                Vec::new()
            },
            name_seed: name_table.seed,
            name_pilots: name_table.pilots,
            name_slots: name_table
                .slots
                .iter()
                .map(|slot| {
                    let variant = named[slot.unwrap_or(0)];
                    let hash = errcat_phf::hash_name(name_of(variant), name_table.seed);
                    ((hash & 0xFFFF_FFFF) << 32) | variant as u64
                })
                .collect(),
        }
    }

    /// Whether there is nothing to look up (no variants, or the tables
    /// could not be built).
    pub fn is_empty(&self) -> bool {
        self.code_slots.is_empty()
    }

    /// Code slots hold a variant's position in two bytes when every
    /// position fits, else in four.
    fn wide_code_slots(&self) -> bool {
        self.code_slots.iter().any(|&variant| variant > usize::from(u16::MAX))
    }

    /// The statics: the tables as byte strings, and the variants of shared
    /// codes with the runs that find them.
    pub fn to_statics(&self, expansion: &Expansion) -> TokenStream {
        let ident = &expansion.catalog.ident;
        let code_type = &expansion.code_type;
        let shared_groups = || expansion.plan.code_groups.iter().filter(|group| group.variants.len() > 1);
        let shared_count = literal::index(shared_groups().map(|group| group.variants.len()).sum());
        let mut start = 0;
        // String codes are found by the first variant of their group, the
        // runs sorted by it; integer codes by the code, the runs sorted by
        // code.
        let mut shared_sorted: Vec<&crate::plan::CodeGroup> = shared_groups().collect();
        if expansion.string_codes {
            shared_sorted.sort_by_key(|group| group.variants[0]);
        }
        let shared_runs: Vec<TokenStream> = shared_sorted
            .iter()
            .map(|group| {
                let code =
                    if expansion.string_codes { literal::u32(group.variants[0]) } else { literal::code(group.code) };
                let (first, count) = (literal::u32(start), literal::u32(group.variants.len()));
                start += group.variants.len();
                quote!((#code, #first, #count))
            })
            .collect();
        let shared_run_count = literal::index(shared_runs.len());
        let shared = expansion.variant_array(shared_sorted.iter().flat_map(|group| group.variants.iter().copied()));
        let run_key = if expansion.string_codes { quote!(::core::primitive::u32) } else { code_type.clone() };

        let pilots = |pilots: &[u16]| {
            let mut table = ByteTable::default();
            for &pilot in pilots {
                table.push_u16(pilot);
            }
            table
        };
        let code_pilots = pilots(&self.code_pilots);
        let mut code_slots = ByteTable::default();
        if expansion.string_codes {
            for (&variant, &hash) in self.code_slots.iter().zip(&self.code_hashes) {
                code_slots.push_u64((u64::from(hash) << 32) | variant as u64);
            }
        } else {
            let wide = self.wide_code_slots();
            for &variant in &self.code_slots {
                match (wide, u16::try_from(variant)) {
                    (false, Ok(narrow)) => code_slots.push_u16(narrow),
                    _ => code_slots.push_u32(u32::try_from(variant).unwrap_or(u32::MAX)),
                }
            }
        }
        let name_pilots = pilots(&self.name_pilots);
        let mut name_slots = ByteTable::default();
        for &slot in &self.name_slots {
            name_slots.push_u64(slot);
        }
        let sizes = [&code_pilots, &code_slots, &name_pilots, &name_slots].map(|table| literal::index(table.len()));
        let [code_pilot_bytes, code_slot_bytes, name_pilot_bytes, name_slot_bytes] = sizes;
        let (code_pilots, code_slots) = (code_pilots.into_tokens(), code_slots.into_tokens());
        let (name_pilots, name_slots) = (name_pilots.into_tokens(), name_slots.into_tokens());
        let (code_seed, name_seed) = (Literal::u64_unsuffixed(self.code_seed), Literal::u64_unsuffixed(self.name_seed));
        let u8_type = quote!(::core::primitive::u8);
        let u32_type = quote!(::core::primitive::u32);
        quote! {
            static __SHARED: [#ident; #shared_count] = #shared;
            static __SHARED_RUNS: [(#run_key, #u32_type, #u32_type); #shared_run_count] = [#(#shared_runs),*];
            const __CODE_SEED: ::core::primitive::u64 = #code_seed;
            static __CODE_PILOTS: [#u8_type; #code_pilot_bytes] = #code_pilots;
            static __CODE_SLOTS: [#u8_type; #code_slot_bytes] = #code_slots;
            const __NAME_SEED: ::core::primitive::u64 = #name_seed;
            static __NAME_PILOTS: [#u8_type; #name_pilot_bytes] = #name_pilots;
            static __NAME_SLOTS: [#u8_type; #name_slot_bytes] = #name_slots;
        }
    }

    /// The bodies of the three look-ups, and the slot look-up that
    /// `from_code` and `all_with_code` share.
    pub fn lookup_bodies(&self, expansion: &Expansion) -> LookupBodies {
        if expansion.variants.is_empty() || self.is_empty() {
            return LookupBodies {
                code_slot_fn: None,
                from_code: quote!(let _ = code; ::core::option::Option::None),
                all_with_code: quote!(let _ = code; &[]),
                from_name: quote!(let _ = name; ::core::option::Option::None),
            };
        }
        if expansion.string_codes {
            return Self::string_lookup_bodies(expansion);
        }
        let code_type = &expansion.code_type;
        let krate = &expansion.krate;
        let (read_slot, slot_width) = if self.wide_code_slots() {
            (quote!(#krate::__private::u32_at), Literal::usize_unsuffixed(4))
        } else {
            (quote!(#krate::__private::u16_at), Literal::usize_unsuffixed(2))
        };
        LookupBodies {
            code_slot_fn: Some(quote! {
                #[inline(always)]
                #[allow(clippy::cast_sign_loss)]
                const fn __code_slot(code: #code_type) -> ::core::primitive::usize {
                    let __hash = #krate::__private::hash_code(code as ::core::primitive::u64, __CODE_SEED);
                    let __slot = #krate::__private::position_in(__hash, &__CODE_PILOTS, __CODE_SLOTS.len() / #slot_width);
                    #read_slot(&__CODE_SLOTS, __slot) as ::core::primitive::usize
                }
            }),
            from_code: quote! {
                let __index = __code_slot(code);
                if __code(__index) == code {
                    ::core::option::Option::Some(__ALL[__index])
                } else {
                    ::core::option::Option::None
                }
            },
            all_with_code: quote! {
                let __index = __code_slot(code);
                if __code(__index) != code {
                    return &[];
                }
                let mut __low = 0;
                let mut __high = __SHARED_RUNS.len();
                while __low < __high {
                    let __middle = (__low + __high) / 2;
                    let (__code, __start, __count) = __SHARED_RUNS[__middle];
                    if __code == code {
                        return __SHARED
                            .split_at(__start as ::core::primitive::usize)
                            .1
                            .split_at(__count as ::core::primitive::usize)
                            .0;
                    } else if __code < code {
                        __low = __middle + 1;
                    } else {
                        __high = __middle;
                    }
                }
                ::core::slice::from_ref(&__ALL[__index])
            },
            from_name: Self::from_name_body(krate),
        }
    }
}

impl HashTables {
    /// The body of `from_name`.
    fn from_name_body(krate: &TokenStream) -> TokenStream {
        quote! {
                match #krate::__private::text_slot(name, __NAME_SEED, &__NAME_PILOTS, &__NAME_SLOTS) {
                    ::core::option::Option::Some(__index) if __NAMES[__index] == name => {
                        ::core::option::Option::Some(__ALL[__index])
                    }
                    _ => ::core::option::Option::None,
                }
        }
    }

    /// The look-ups of string codes: the code hashed as names are, each
    /// slot holding the variant and the low half of its code's hash, so
    /// that most unknown codes are rejected without comparing text.
    fn string_lookup_bodies(expansion: &Expansion) -> LookupBodies {
        let krate = &expansion.krate;
        let from_name = Self::from_name_body(krate);
        LookupBodies {
            code_slot_fn: Some(quote! {
                #[inline(always)]
                const fn __code_slot(code: &::core::primitive::str) -> ::core::option::Option<::core::primitive::usize> {
                    match #krate::__private::text_slot(code, __CODE_SEED, &__CODE_PILOTS, &__CODE_SLOTS) {
                        ::core::option::Option::Some(__index) if #krate::__private::str_eq(__code(__index), code) => {
                            ::core::option::Option::Some(__index)
                        }
                        _ => ::core::option::Option::None,
                    }
                }
            }),
            from_code: quote! {
                match __code_slot(code) {
                    ::core::option::Option::Some(__index) => ::core::option::Option::Some(__ALL[__index]),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            },
            all_with_code: quote! {
                let ::core::option::Option::Some(__index) = __code_slot(code) else {
                    return &[];
                };
                let __key = __index as ::core::primitive::u32;
                let mut __low = 0;
                let mut __high = __SHARED_RUNS.len();
                while __low < __high {
                    let __middle = (__low + __high) / 2;
                    let (__first, __start, __count) = __SHARED_RUNS[__middle];
                    if __first == __key {
                        return __SHARED
                            .split_at(__start as ::core::primitive::usize)
                            .1
                            .split_at(__count as ::core::primitive::usize)
                            .0;
                    } else if __first < __key {
                        __low = __middle + 1;
                    } else {
                        __high = __middle;
                    }
                }
                ::core::slice::from_ref(&__ALL[__index])
            },
            from_name,
        }
    }
}

/// The generated bodies of the look-up methods.
pub struct LookupBodies {
    /// `const fn __code_slot(code) -> usize`, when there is a table.
    pub code_slot_fn: Option<TokenStream>,
    pub from_code: TokenStream,
    pub all_with_code: TokenStream,
    pub from_name: TokenStream,
}
