// The expansion of the catalogue in tests/golden.rs, as prettyplease prints it.
// Rewrite with `ERRCAT_GOLDEN=overwrite cargo test -p errcat-dsl --test golden`.

/**A small catalogue with every construct.

Error catalogue `Disk`: 5 entries with `i16` codes, messages in `en`, `de`.

# Sections

| Section | Title | Codes | Entries |
| --- | --- | --- | --- |
| `Space` | Space | `1..=9` | 3 |
| `Space::Quota` | Over the user's quota. | `5..=9` | 1 |


# Reserved codes

| Codes | Why |
| --- | --- |
| `100..=199` | Kept for the old gateway. |
*/
#[repr(u8)]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
)]
pub enum Disk {
    /**`1` **FULL**: disk full

*de*: Platte voll*/
    Full,
    /**`1` **FULL\_LEGACY**: disk full (legacy)

Shares code `1` with `FULL`.*/
    FullLegacy,
    ///`5` **OVER\_QUOTA**: quota \u{202e}exceeded
    OverQuota,
    ///`10` **gone**: disk %s gone
    Gone,
    ///`11` **LOST**
    #[deprecated(note = "use GONE")]
    Lost,
}
#[allow(deprecated)]
const _: () = {
    use Disk as __Catalog;
    static __ALL: [Disk; 5] = {
        #[allow(clippy::enum_glob_use)]
        use __Catalog::*;
        [Full, FullLegacy, OverQuota, Gone, Lost]
    };
    static __CODES: [::core::primitive::u8; 10] = *b"\x01\0\x01\0\x05\0\n\0\x0B\0";
    #[inline(always)]
    const fn __code(index: ::core::primitive::usize) -> ::core::primitive::i16 {
        ::errcat::__private::code_i16(&__CODES, index)
    }
    static __CODE_STRS: ::errcat::__private::Strings = ::errcat::__private::Strings::new(
        "1151011",
        b"\0\0\0\0\x01\0\0\0\x02\0\0\0\x03\0\0\0\x05\0\0\0\x07\0\0\0",
    );
    static __NAMES: [&::core::primitive::str; 5] = [
        "FULL",
        "FULL_LEGACY",
        "OVER_QUOTA",
        "gone",
        "LOST",
    ];
    static __VARIANTS: ::errcat::__private::Strings = ::errcat::__private::Strings::new(
        "FullFullLegacyOverQuotaGoneLost",
        b"\0\0\0\0\x04\0\0\0\x0E\0\0\0\x17\0\0\0\x1B\0\0\0\x1F\0\0\0",
    );
    static __MESSAGES: [&::core::primitive::str; 5] = [
        "disk full",
        "disk full (legacy)",
        "quota \u{202e}exceeded",
        "disk %s gone",
        "",
    ];
    static __TEXT_STARTS: [::core::primitive::u8; 24] = *b"\0\0\0\0\x01\0\0\0\x01\0\0\0\x01\0\0\0\x01\0\0\0\x01\0\0\0";
    static __TEXTS: [::errcat::Text; 1] = [::errcat::Text::__new("de", "Platte voll")];
    static __HTTP: [::core::primitive::u8; 10] = *b"\xFB\x01\xFB\x01\xFB\x01\x94\x01\0\0";
    static __SECTIONS: [::errcat::Section<::core::primitive::i16>; 2] = [
        ::errcat::Section::__new(0, "Space", (0, 3))
            .__with_doc("Space", "Running out of room.")
            .__with_range(1, 9)
            .__with_http(507),
        ::errcat::Section::__new(1, "Quota", (2, 3))
            .__with_doc("Over the user's quota.", "")
            .__with_range(5, 9)
            .__with_parent(0)
            .__with_http(507),
    ];
    static __SYSTEM: ::errcat::System<::core::primitive::i16> = ::errcat::System::__new(
            "Disk",
            "A small catalogue with every construct.",
            &["en", "de"],
            &__SECTIONS,
            &[::errcat::Reserved::__new((100, 199), "Kept for the old gateway.", false)],
            ::errcat::__private::Tables {
                codes: &__CODES,
                names: &__NAMES,
                variants: &__VARIANTS,
                messages: &__MESSAGES,
                docs: &[],
                text_starts: &__TEXT_STARTS,
                texts: &__TEXTS,
                deprecated: &[(4, "use GONE")],
                http: &__HTTP,
            },
        )
        .__with_code_strs(&__CODE_STRS)
        .__with_placeholders(::errcat::PlaceholderSyntax::Printf);
    static __SHARED: [Disk; 2] = {
        #[allow(clippy::enum_glob_use)]
        use __Catalog::*;
        [Full, FullLegacy]
    };
    static __SHARED_RUNS: [(
        ::core::primitive::i16,
        ::core::primitive::u32,
        ::core::primitive::u32,
    ); 1] = [(1, 0, 2)];
    const __CODE_SEED: ::core::primitive::u64 = 0;
    static __CODE_PILOTS: [::core::primitive::u8; 2] = *b"\x0E\0";
    static __CODE_SLOTS: [::core::primitive::u8; 10] = *b"\x04\0\x02\0\0\0\0\0\x03\0";
    const __NAME_SEED: ::core::primitive::u64 = 0;
    static __NAME_PILOTS: [::core::primitive::u8; 4] = *b"\x01\0\x03\0";
    static __NAME_SLOTS: [::core::primitive::u8; 48] = *b"\x01\0\0\0\xDA\x1CL\x81\x02\0\0\0\xB4\x931\0\x04\0\0\0\xB9\xC5\xDD\x1D\0\0\0\0\xBA\xC8O\xD6\x03\0\0\0\xED\xE6\xEAP\0\0\0\0\xBA\xC8O\xD6";
    #[inline(always)]
    #[allow(clippy::cast_sign_loss)]
    const fn __code_slot(code: ::core::primitive::i16) -> ::core::primitive::usize {
        let __hash = ::errcat::__private::hash_code(
            code as ::core::primitive::u64,
            __CODE_SEED,
        );
        let __slot = ::errcat::__private::position_in(
            __hash,
            &__CODE_PILOTS,
            __CODE_SLOTS.len() / 2,
        );
        ::errcat::__private::u16_at(&__CODE_SLOTS, __slot) as ::core::primitive::usize
    }
    impl Disk {
        /// Every entry, in declaration order.
        pub const ALL: &'static [Self] = &__ALL;
        /// The number of entries: `Self::ALL.len()`.
        pub const COUNT: ::core::primitive::usize = 5;
        /// The catalogue's metadata: name, languages, sections, reserved codes, entries.
        pub const SYSTEM: &'static ::errcat::System<::core::primitive::i16> = &__SYSTEM;
        /// The entry's position in [`Self::ALL`]: the enum's discriminant,
        /// what `entry as usize` gives, and the order `#[derive(PartialOrd, Ord)]`
        /// follows. It is not the code: [`Self::code`] is.
        #[inline]
        pub const fn index(self) -> ::core::primitive::usize {
            self as ::core::primitive::usize
        }
        /// Everything the catalogue declares about the entry.
        #[inline]
        pub const fn entry(self) -> ::errcat::Entry<::core::primitive::i16> {
            ::errcat::Entry::__new(&__SYSTEM, self.index(), self.code())
        }
        /// The entry's numeric code.
        #[inline]
        pub const fn code(self) -> ::core::primitive::i16 {
            __code(self.index())
        }
        /// The entry's code as the system writes it: `"E0308"` with `#[code_format = "E{:04}"]`, the decimal text without one.
        #[inline]
        pub const fn code_str(self) -> &'static ::core::primitive::str {
            __CODE_STRS.get(self.index())
        }
        /// The entry whose code is written `text` (prefix and hexadecimal
        /// digits in any case, any leading zeros); where entries share the
        /// code, the first declared.
        #[inline]
        pub fn from_code_str(
            text: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __SYSTEM.parse_code(text).and_then(Self::from_code)
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
        ) -> ::core::option::Option<&'static ::errcat::Section<::core::primitive::i16>> {
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
            code: ::core::primitive::i16,
        ) -> ::core::option::Option<Self> {
            let __index = __code_slot(code);
            if __code(__index) == code {
                ::core::option::Option::Some(__ALL[__index])
            } else {
                ::core::option::Option::None
            }
        }
        /// Every entry with this code, in declaration order; empty when no
        /// entry has it.
        #[inline]
        pub const fn all_with_code(code: ::core::primitive::i16) -> &'static [Self] {
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
    impl ::core::fmt::Debug for Disk {
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
    impl ::core::fmt::Display for Disk {
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
    impl ::core::error::Error for Disk {}
    #[automatically_derived]
    impl ::core::convert::From<Disk> for ::core::primitive::i16 {
        #[inline]
        fn from(entry: Disk) -> Self {
            entry.code()
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i16> for Disk {
        type Error = ::errcat::UnknownCode;
        #[inline]
        fn try_from(
            code: ::core::primitive::i16,
        ) -> ::core::result::Result<Self, ::errcat::UnknownCode> {
            match Self::from_code(code) {
                ::core::option::Option::Some(entry) => ::core::result::Result::Ok(entry),
                ::core::option::Option::None => {
                    ::core::result::Result::Err(
                        ::errcat::UnknownCode::new(
                            "Disk",
                            ::core::convert::From::from(code),
                        ),
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Disk {
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
                            "Disk",
                            name,
                            __NAMES.iter().copied(),
                        ),
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<Disk> for &'static ::core::primitive::str {
        #[inline]
        fn from(entry: Disk) -> Self {
            entry.name()
        }
    }
    #[automatically_derived]
    impl ::errcat::Catalog for Disk {
        type Code = ::core::primitive::i16;
        const SYSTEM: &'static ::errcat::System<::core::primitive::i16> = &__SYSTEM;
        const ALL: &'static [Self] = &__ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            Self::index(self)
        }
        #[inline]
        fn from_code(code: ::core::primitive::i16) -> ::core::option::Option<Self> {
            Self::from_code(code)
        }
        #[inline]
        fn all_with_code(code: ::core::primitive::i16) -> &'static [Self] {
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
        fn entry(self) -> ::errcat::Entry<::core::primitive::i16> {
            Self::entry(self)
        }
    }
    #[allow(
        clippy::cast_lossless,
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss
    )]
    impl Disk {
        #[doc(hidden)]
        pub const __OPEN_RANGES: &'static [(
            ::core::primitive::i128,
            ::core::primitive::i128,
        )] = &[];
        #[doc(hidden)]
        pub const fn __code_at(
            index: ::core::primitive::usize,
        ) -> ::core::primitive::i128 {
            __code(index) as ::core::primitive::i128
        }
        #[doc(hidden)]
        pub const fn __has_code(
            code: ::core::primitive::i128,
        ) -> ::core::primitive::bool {
            code >= ::core::primitive::i16::MIN as ::core::primitive::i128
                && code <= ::core::primitive::i16::MAX as ::core::primitive::i128
                && Self::from_code(code as ::core::primitive::i16).is_some()
        }
        #[doc(hidden)]
        pub const fn __shared_code(
            first: &'static ::core::primitive::str,
            second: &'static ::core::primitive::str,
            code: ::core::primitive::i128,
        ) -> ::errcat::__private::Message {
            ::errcat::__private::shared_code(first, second, code)
        }
    }
};
