// The expansion of the catalogue in tests/golden.rs, as prettyplease prints it.
// Rewrite with `ERRCAT_GOLDEN=overwrite cargo test -p errcat-dsl --test golden`.

/**A small catalogue with string codes.

Error catalogue `SqlState`: 3 entries with `str` codes.

# Sections

| Section | Title | Codes | Entries |
| --- | --- | --- | --- |
| `DataException` | Class 22 — Data Exception | `"22"` | 3 |


# Reserved codes

| Codes | Why |
| --- | --- |
| `"XX"` | Internal errors. |
| `"P9"` |  |
*/
#[repr(u8)]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
)]
pub enum SqlState {
    ///`1` **DIVISION\_BY\_ZERO**: division by zero
    DivisionByZero,
    ///`2` **ARRAY\_SUBSCRIPT\_ERROR**
    ArraySubscriptError,
    /**`2` **ARRAY\_ELEMENT\_ERROR**

Shares code `2` with `ARRAY_SUBSCRIPT_ERROR`.*/
    ArrayElementError,
}
#[allow(deprecated)]
const _: () = {
    use SqlState as __Catalog;
    static __ALL: [SqlState; 3] = {
        #[allow(clippy::enum_glob_use)]
        use __Catalog::*;
        [DivisionByZero, ArraySubscriptError, ArrayElementError]
    };
    static __CODES: [&'static ::core::primitive::str; 3] = ["22012", "2202E", "2202E"];
    #[inline(always)]
    const fn __code(index: ::core::primitive::usize) -> &'static ::core::primitive::str {
        __CODES[index]
    }
    static __CODE_STRS: ::errcat::__private::Strings = ::errcat::__private::Strings::new(
        "220122202E2202E",
        b"\0\0\0\0\x05\0\0\0\n\0\0\0\x0F\0\0\0",
    );
    static __NAMES: [&::core::primitive::str; 3] = [
        "DIVISION_BY_ZERO",
        "ARRAY_SUBSCRIPT_ERROR",
        "ARRAY_ELEMENT_ERROR",
    ];
    static __VARIANTS: ::errcat::__private::Strings = ::errcat::__private::Strings::new(
        "DivisionByZeroArraySubscriptErrorArrayElementError",
        b"\0\0\0\0\x0E\0\0\0!\0\0\x002\0\0\0",
    );
    static __MESSAGES: [&::core::primitive::str; 3] = ["division by zero", "", ""];
    static __TEXT_STARTS: [::core::primitive::u8; 0] = *b"";
    static __TEXTS: [::errcat::Text; 0] = [];
    static __HTTP: [::core::primitive::u8; 0] = *b"";
    static __SECTIONS: [::errcat::Section<&'static ::core::primitive::str>; 1] = [
        ::errcat::Section::__new(0, "DataException", (0, 3))
            .__with_doc("Class 22 — Data Exception", "")
            .__with_prefix("22"),
    ];
    static __SYSTEM: ::errcat::System<&'static ::core::primitive::str> = ::errcat::System::__new(
            "SqlState",
            "A small catalogue with string codes.",
            &[],
            &__SECTIONS,
            &[
                ::errcat::Reserved::__new(("XX", "XX"), "Internal errors.", false),
                ::errcat::Reserved::__new(("P9", "P9"), "", true),
            ],
            ::errcat::__private::Tables {
                codes: &[],
                names: &__NAMES,
                variants: &__VARIANTS,
                messages: &__MESSAGES,
                docs: &[],
                text_starts: &__TEXT_STARTS,
                texts: &__TEXTS,
                deprecated: &[],
                http: &__HTTP,
            },
        )
        .__with_code_strs(&__CODE_STRS);
    static __SHARED: [SqlState; 2] = {
        #[allow(clippy::enum_glob_use)]
        use __Catalog::*;
        [ArraySubscriptError, ArrayElementError]
    };
    static __SHARED_RUNS: [(
        ::core::primitive::u32,
        ::core::primitive::u32,
        ::core::primitive::u32,
    ); 1] = [(1, 0, 2)];
    const __CODE_SEED: ::core::primitive::u64 = 0;
    static __CODE_PILOTS: [::core::primitive::u8; 2] = *b"\x03\0";
    static __CODE_SLOTS: [::core::primitive::u8; 24] = *b"\0\0\0\0nuQ\xBD\0\0\0\0nuQ\xBD\x01\0\0\0\x9B\xA2,\x8B";
    const __NAME_SEED: ::core::primitive::u64 = 0;
    static __NAME_PILOTS: [::core::primitive::u8; 2] = *b"\0\0";
    static __NAME_SLOTS: [::core::primitive::u8; 32] = *b"\x01\0\0\0\xA8\x88\x03\x85\x02\0\0\0g\x9A\xD9&\0\0\0\0\x05\x90\x08X\0\0\0\0\x05\x90\x08X";
    #[inline(always)]
    const fn __code_slot(
        code: &::core::primitive::str,
    ) -> ::core::option::Option<::core::primitive::usize> {
        match ::errcat::__private::text_slot(
            code,
            __CODE_SEED,
            &__CODE_PILOTS,
            &__CODE_SLOTS,
        ) {
            ::core::option::Option::Some(
                __index,
            ) if ::errcat::__private::str_eq(__code(__index), code) => {
                ::core::option::Option::Some(__index)
            }
            _ => ::core::option::Option::None,
        }
    }
    impl SqlState {
        /// Every entry, in declaration order.
        pub const ALL: &'static [Self] = &__ALL;
        /// The number of entries: `Self::ALL.len()`.
        pub const COUNT: ::core::primitive::usize = 3;
        /// The catalogue's metadata: name, languages, sections, reserved codes, entries.
        pub const SYSTEM: &'static ::errcat::System<&'static ::core::primitive::str> = &__SYSTEM;
        /// The entry's position in [`Self::ALL`]: the enum's discriminant,
        /// what `entry as usize` gives, and the order `#[derive(PartialOrd, Ord)]`
        /// follows. It is not the code: [`Self::code`] is.
        #[inline]
        pub const fn index(self) -> ::core::primitive::usize {
            self as ::core::primitive::usize
        }
        /// Everything the catalogue declares about the entry.
        #[inline]
        pub const fn entry(self) -> ::errcat::Entry<&'static ::core::primitive::str> {
            ::errcat::Entry::__new(&__SYSTEM, self.index(), self.code())
        }
        /// The entry's code, e.g. `"22P02"`.
        #[inline]
        pub const fn code(self) -> &'static ::core::primitive::str {
            __code(self.index())
        }
        /// The entry's code, as [`Self::code`]: a string code is written as it is.
        #[inline]
        pub const fn code_str(self) -> &'static ::core::primitive::str {
            __code(self.index())
        }
        /// The entry with the code `text`, as [`Self::from_code`]: a string
        /// code is written as it is.
        #[inline]
        pub fn from_code_str(
            text: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            Self::from_code(text)
        }
        /// The entry's documented name, e.g. `"FILE_NOT_EXIST"`.
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            __NAMES[self.index()]
        }
        /// The entry's documented name, as [`Self::name`]; also what
        /// `<&str>::from(entry)` gives.
        #[inline]
        pub const fn as_str(self) -> &'static ::core::primitive::str {
            self.name()
        }
        /// Every entry, in declaration order: `Self::ALL.iter().copied()`.
        #[inline]
        pub fn iter() -> ::core::iter::Copied<::core::slice::Iter<'static, Self>> {
            __ALL.iter().copied()
        }
        /// The entry's message in the primary language; `""` when it has none.
        #[inline]
        pub const fn message(self) -> &'static ::core::primitive::str {
            __MESSAGES[self.index()]
        }
        /// The innermost section that holds the entry; `None` for an entry
        /// declared directly in the system.
        #[inline]
        pub const fn section(
            self,
        ) -> ::core::option::Option<
            &'static ::errcat::Section<&'static ::core::primitive::str>,
        > {
            match ::errcat::__private::innermost_section(&__SECTIONS, self.index()) {
                ::core::option::Option::Some(index) => {
                    ::core::option::Option::Some(&__SECTIONS[index])
                }
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
        /// The entry with this code; where entries share a code, the first
        /// declared. Constant time, no allocation.
        #[inline]
        pub const fn from_code(
            code: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            match __code_slot(code) {
                ::core::option::Option::Some(__index) => {
                    ::core::option::Option::Some(__ALL[__index])
                }
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
        /// Every entry with this code, in declaration order; empty when no
        /// entry has it.
        #[inline]
        pub const fn all_with_code(code: &::core::primitive::str) -> &'static [Self] {
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
        }
        /// The entry with this documented name (exact match). Constant time,
        /// no allocation.
        #[inline]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            match ::errcat::__private::text_slot(
                name,
                __NAME_SEED,
                &__NAME_PILOTS,
                &__NAME_SLOTS,
            ) {
                ::core::option::Option::Some(__index) if __NAMES[__index] == name => {
                    ::core::option::Option::Some(__ALL[__index])
                }
                _ => ::core::option::Option::None,
            }
        }
        /// The entry with this documented name compared without regard to
        /// letter case; an exact match wins. Linear in the catalogue's size,
        /// where [`Self::from_name`] is a hash look-up.
        #[inline]
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            <Self as ::errcat::Catalog>::from_name_ignore_case(name)
        }
        /// The entry's HTTP status, from `#[http(…)]` on the entry or its sections.
        #[inline]
        pub const fn http_status(
            self,
        ) -> ::core::option::Option<::core::primitive::u16> {
            match ::errcat::__private::u16_at(&__HTTP, self.index()) {
                0 => ::core::option::Option::None,
                __status => ::core::option::Option::Some(__status),
            }
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Debug for SqlState {
        fn fmt(
            &self,
            formatter: &mut ::core::fmt::Formatter<'_>,
        ) -> ::core::fmt::Result {
            formatter.write_str(__VARIANTS.get(self.index()))
        }
    }
    /// Shows the message, the name and the code:
    /// `文件不存在 (FILE_NOT_EXIST, code -46628)`.
    #[automatically_derived]
    impl ::core::fmt::Display for SqlState {
        fn fmt(
            &self,
            formatter: &mut ::core::fmt::Formatter<'_>,
        ) -> ::core::fmt::Result {
            ::errcat::__private::display_rendered(
                self.entry().render(&[]),
                self.name(),
                self.code_str(),
                formatter,
            )
        }
    }
    #[automatically_derived]
    impl ::core::error::Error for SqlState {}
    #[automatically_derived]
    impl ::core::str::FromStr for SqlState {
        type Err = ::errcat::UnknownName;
        #[inline]
        fn from_str(
            name: &::core::primitive::str,
        ) -> ::core::result::Result<Self, ::errcat::UnknownName> {
            match Self::from_name(name) {
                ::core::option::Option::Some(entry) => ::core::result::Result::Ok(entry),
                ::core::option::Option::None => {
                    ::core::result::Result::Err(
                        ::errcat::UnknownName::suggesting_among(
                            "SqlState",
                            name,
                            __NAMES.iter().copied(),
                        ),
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<SqlState> for &'static ::core::primitive::str {
        #[inline]
        fn from(entry: SqlState) -> Self {
            entry.name()
        }
    }
    #[automatically_derived]
    impl ::errcat::Catalog for SqlState {
        type Code = &'static ::core::primitive::str;
        const SYSTEM: &'static ::errcat::System<&'static ::core::primitive::str> = &__SYSTEM;
        const ALL: &'static [Self] = &__ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            Self::index(self)
        }
        #[inline]
        fn from_code(
            code: &'static ::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            Self::from_code(code)
        }
        #[inline]
        fn all_with_code(code: &'static ::core::primitive::str) -> &'static [Self] {
            Self::all_with_code(code)
        }
        #[inline]
        fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            Self::from_name(name)
        }
        #[inline]
        fn from_code_str(text: &::core::primitive::str) -> ::core::option::Option<Self> {
            Self::from_code_str(text)
        }
        #[inline]
        fn entry(self) -> ::errcat::Entry<&'static ::core::primitive::str> {
            Self::entry(self)
        }
    }
    impl SqlState {
        #[doc(hidden)]
        pub const __OPEN_PREFIXES: &'static [&'static ::core::primitive::str] = &["P9"];
        #[doc(hidden)]
        pub const fn __code_at(
            index: ::core::primitive::usize,
        ) -> &'static ::core::primitive::str {
            __code(index)
        }
        #[doc(hidden)]
        pub const fn __has_code(
            code: &::core::primitive::str,
        ) -> ::core::primitive::bool {
            Self::from_code(code).is_some()
        }
        #[doc(hidden)]
        pub const fn __shared_code(
            first: &'static ::core::primitive::str,
            second: &'static ::core::primitive::str,
            code: &'static ::core::primitive::str,
        ) -> ::errcat::__private::Message {
            ::errcat::__private::shared_code_str(first, second, code)
        }
    }
};
