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

    /// Reads a code as a [`ReceivedCode`](crate::ReceivedCode): an
    /// unknown integer code is kept; an unknown string code is an error,
    /// since a `&'static str` cannot hold a received one.
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
    ($($ty:ident)*) => {$(
        impl sealed::Sealed for $ty {}

        impl CodeType for $ty {
            const TYPE_NAME: &'static str = stringify!($ty);

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

impl_code_type!(i8 i16 i32 i64 u8 u16 u32 u64);

impl sealed::Sealed for &'static str {}

/// String codes: `pub system SqlState: str { "22P02" … }`.
impl CodeType for &'static str {
    const TYPE_NAME: &'static str = "str";

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
        Self::__deserialize_entry(deserializer).map(crate::ReceivedCode::Known)
    }
}
