use core::fmt::{Debug, Display};
use core::hash::Hash;

mod sealed {
    pub trait Sealed {}
}

/// The types a catalogue's codes can have: the integer types `i8` to `i64`
/// and `u8` to `u64` (`pub system Name: u16 { … }`; the default is `i32`),
/// and `&'static str` for string codes (`pub system SqlState: str { … }`).
/// What only integers have is in [`IntegerCode`].
///
/// ```
/// use errcat::CodeType;
///
/// assert_eq!(<u8 as CodeType>::TYPE_NAME, "u8");
/// assert_eq!(<&str as CodeType>::TYPE_NAME, "str");
/// ```
pub trait CodeType: sealed::Sealed + Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static {
    /// The type's name as written in `system Name: TYPE`, e.g. `"i32"`
    /// or `"str"`.
    const TYPE_NAME: &'static str;

    /// A code of this type as received from elsewhere, known or not: the
    /// integer itself, or for string codes a [`ReceivedText`](crate::ReceivedText)
    /// (which owns what it receives, where `&'static str` cannot).
    type Received: Clone + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static;

    /// The code as a received one.
    #[doc(hidden)]
    fn __received(self) -> Self::Received;

    /// The code of entry `index`: an integer from a system's code table
    /// ([`Tables::codes`](crate::__private::Tables::codes)), a string code
    /// from its written forms.
    #[doc(hidden)]
    fn __code_at(codes: &'static [u8], written: Option<&'static crate::__private::Strings>, index: usize) -> Self;

    /// The smallest and largest integer code, widened; `None` for string
    /// codes.
    #[doc(hidden)]
    fn __bounds() -> Option<(i128, i128)>;

    #[doc(hidden)]
    #[cfg(feature = "serde")]
    fn __serialize<S: ::serde::Serializer>(self, serializer: S) -> Result<S::Ok, S::Error>;

    /// Reads a code and answers the entry of `C` with it, or an error that
    /// names the code.
    #[doc(hidden)]
    #[cfg(feature = "serde")]
    fn __deserialize_entry<'de, C, D>(deserializer: D) -> Result<C, D::Error>
    where
        C: crate::Catalog<Code = Self>,
        D: ::serde::Deserializer<'de>;

    /// Writes a received code as the code itself is written.
    #[doc(hidden)]
    #[cfg(feature = "serde")]
    fn __serialize_received<S: ::serde::Serializer>(code: &Self::Received, serializer: S) -> Result<S::Ok, S::Error>;

    /// Reads a code as a [`ReceivedCode`](crate::ReceivedCode): an
    /// unknown code is kept (a string one with `alloc`, which owns it;
    /// without, an unknown string code is an error naming it).
    #[doc(hidden)]
    #[cfg(feature = "serde")]
    fn __deserialize_received<'de, C, D>(deserializer: D) -> Result<crate::ReceivedCode<C>, D::Error>
    where
        C: crate::Catalog<Code = Self>,
        D: ::serde::Deserializer<'de>;
}

/// The integer code types, `i8` to `u64`: what string codes do not have.
///
/// ```
/// use errcat::IntegerCode;
///
/// assert_eq!(300i64.to_i128(), 300);
/// assert_eq!(u8::from_i128(300), None);
/// ```
pub trait IntegerCode: CodeType {
    /// The smallest code of this type.
    const MIN: Self;
    /// The largest code of this type.
    const MAX: Self;

    /// Widens the code without loss.
    ///
    /// ```
    /// use errcat::IntegerCode;
    ///
    /// assert_eq!((-46628i32).to_i128(), -46628);
    /// assert_eq!(i64::MIN.to_i128(), -9_223_372_036_854_775_808);
    /// assert_eq!(u64::MAX.to_i128(), 18_446_744_073_709_551_615);
    /// ```
    fn to_i128(self) -> i128;

    /// Narrows a value to this type, or `None` when it does not fit.
    ///
    /// ```
    /// use errcat::IntegerCode;
    ///
    /// assert_eq!(<u8 as IntegerCode>::from_i128(255), Some(255u8));
    /// assert_eq!(<u8 as IntegerCode>::from_i128(256), None);
    /// assert_eq!(<u8 as IntegerCode>::from_i128(-1), None);
    /// assert_eq!(<i16 as IntegerCode>::from_i128(-32768), Some(i16::MIN));
    /// assert_eq!(<u64 as IntegerCode>::from_i128(1 << 64), None);
    /// ```
    fn from_i128(value: i128) -> Option<Self>;

    #[doc(hidden)]
    #[cfg(feature = "serde")]
    fn __deserialize<'de, D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

macro_rules! impl_code_type {
    ($($ty:ident $reader:ident)*) => {$(
        impl sealed::Sealed for $ty {}

        impl CodeType for $ty {
            const TYPE_NAME: &'static str = stringify!($ty);
            type Received = Self;

            fn __received(self) -> Self {
                self
            }

            fn __code_at(codes: &'static [u8], _: Option<&'static crate::__private::Strings>, index: usize) -> Self {
                crate::__private::$reader(codes, index)
            }

            fn __bounds() -> Option<(i128, i128)> {
                Some((i128::from($ty::MIN), i128::from($ty::MAX)))
            }

            #[cfg(feature = "serde")]
            fn __serialize<S: ::serde::Serializer>(self, serializer: S) -> Result<S::Ok, S::Error> {
                ::serde::Serialize::serialize(&self, serializer)
            }

            #[cfg(feature = "serde")]
            fn __deserialize_entry<'de, C, D>(deserializer: D) -> Result<C, D::Error>
            where
                C: crate::Catalog<Code = Self>,
                D: ::serde::Deserializer<'de>,
            {
                let raw = <Self as IntegerCode>::__deserialize(deserializer)?;
                C::from_code(raw).ok_or_else(|| {
                    ::serde::de::Error::custom(crate::UnknownCode::new(C::SYSTEM.name(), i128::from(raw)))
                })
            }

            #[cfg(feature = "serde")]
            fn __deserialize_received<'de, C, D>(deserializer: D) -> Result<crate::ReceivedCode<C>, D::Error>
            where
                C: crate::Catalog<Code = Self>,
                D: ::serde::Deserializer<'de>,
            {
                <Self as IntegerCode>::__deserialize(deserializer).map(crate::ReceivedCode::new)
            }

            #[cfg(feature = "serde")]
            fn __serialize_received<S: ::serde::Serializer>(code: &Self, serializer: S) -> Result<S::Ok, S::Error> {
                ::serde::Serialize::serialize(code, serializer)
            }
        }

        impl IntegerCode for $ty {
            const MIN: Self = $ty::MIN;
            const MAX: Self = $ty::MAX;

            fn to_i128(self) -> i128 {
                i128::from(self)
            }

            fn from_i128(value: i128) -> Option<Self> {
                Self::try_from(value).ok()
            }

            #[cfg(feature = "serde")]
            fn __deserialize<'de, D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <Self as ::serde::Deserialize<'de>>::deserialize(deserializer)
            }
        }
    )*};
}

impl_code_type!(i8 code_i8 i16 code_i16 i32 code_i32 i64 code_i64 u8 code_u8 u16 code_u16 u32 code_u32 u64 code_u64);

impl sealed::Sealed for &'static str {}

/// String codes: `pub system SqlState: str { "22P02" … }`.
impl CodeType for &'static str {
    const TYPE_NAME: &'static str = "str";
    type Received = crate::ReceivedText;

    fn __received(self) -> crate::ReceivedText {
        crate::ReceivedText::from_static(self)
    }

    fn __code_at(_: &'static [u8], written: Option<&'static crate::__private::Strings>, index: usize) -> Self {
        written.map_or("", |written| written.get(index))
    }

    fn __bounds() -> Option<(i128, i128)> {
        None
    }

    #[cfg(feature = "serde")]
    fn __serialize<S: ::serde::Serializer>(self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self)
    }

    #[cfg(feature = "serde")]
    fn __deserialize_entry<'de, C, D>(deserializer: D) -> Result<C, D::Error>
    where
        C: crate::Catalog<Code = Self>,
        D: ::serde::Deserializer<'de>,
    {
        struct Code<C>(core::marker::PhantomData<C>);
        impl<C: crate::Catalog> ::serde::de::Visitor<'_> for Code<C> {
            type Value = C;

            fn expecting(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                write!(formatter, "a code of {}", C::SYSTEM.name())
            }

            fn visit_str<E: ::serde::de::Error>(self, code: &str) -> Result<C, E> {
                C::from_code_str(code)
                    .ok_or_else(|| E::custom(format_args!("no {} entry has code {code:?}", C::SYSTEM.name())))
            }
        }
        deserializer.deserialize_str(Code(core::marker::PhantomData))
    }

    #[cfg(feature = "serde")]
    fn __deserialize_received<'de, C, D>(deserializer: D) -> Result<crate::ReceivedCode<C>, D::Error>
    where
        C: crate::Catalog<Code = Self>,
        D: ::serde::Deserializer<'de>,
    {
        struct Code<C>(core::marker::PhantomData<C>);
        impl<C: crate::Catalog<Code = &'static str>> ::serde::de::Visitor<'_> for Code<C> {
            type Value = crate::ReceivedCode<C>;

            fn expecting(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                write!(formatter, "a code of {}, known or not", C::SYSTEM.name())
            }

            fn visit_str<E: ::serde::de::Error>(self, code: &str) -> Result<Self::Value, E> {
                if let Some(entry) = C::from_code_str(code) {
                    return Ok(crate::ReceivedCode::Known(entry));
                }
                #[cfg(feature = "alloc")]
                return Ok(crate::ReceivedCode::Unknown(crate::ReceivedText::new(code)));
                #[cfg(not(feature = "alloc"))]
                Err(E::custom(format_args!(
                    "no {} entry has code {code:?}, and without errcat's `alloc` feature an unknown string code \
                     cannot be kept",
                    C::SYSTEM.name()
                )))
            }
        }
        deserializer.deserialize_str(Code(core::marker::PhantomData))
    }

    #[cfg(feature = "serde")]
    fn __serialize_received<S: ::serde::Serializer>(
        code: &crate::ReceivedText,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(code.as_str())
    }
}
