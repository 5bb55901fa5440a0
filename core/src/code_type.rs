use core::fmt::{Debug, Display};
use core::hash::Hash;

mod sealed {
    pub trait Sealed {}
}

/// The integer types a catalogue's codes can have: `i8` to `i64` and `u8` to
/// `u64` (`pub system Name: u16 { … }`; the default is `i32`).
///
/// ```
/// use errcat::CodeType;
///
/// assert_eq!(<u8 as CodeType>::TYPE_NAME, "u8");
/// assert_eq!(300i64.to_i128(), 300);
/// assert_eq!(u8::from_i128(300), None);
/// ```
pub trait CodeType: sealed::Sealed + Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static {
    /// The type's name as written in Rust, e.g. `"i32"`.
    const TYPE_NAME: &'static str;
    /// The smallest code of this type.
    const MIN: Self;
    /// The largest code of this type.
    const MAX: Self;

    /// Widens the code without loss.
    ///
    /// ```
    /// use errcat::CodeType;
    ///
    /// assert_eq!((-46628i32).to_i128(), -46628);
    /// assert_eq!(i64::MIN.to_i128(), -9_223_372_036_854_775_808);
    /// assert_eq!(u64::MAX.to_i128(), 18_446_744_073_709_551_615);
    /// ```
    fn to_i128(self) -> i128;

    /// Narrows a value to this type, or `None` when it does not fit.
    ///
    /// ```
    /// use errcat::CodeType;
    ///
    /// assert_eq!(<u8 as CodeType>::from_i128(255), Some(255u8));
    /// assert_eq!(<u8 as CodeType>::from_i128(256), None);
    /// assert_eq!(<u8 as CodeType>::from_i128(-1), None);
    /// assert_eq!(<i16 as CodeType>::from_i128(-32768), Some(i16::MIN));
    /// assert_eq!(<u64 as CodeType>::from_i128(1 << 64), None);
    /// ```
    fn from_i128(value: i128) -> Option<Self>;

    #[doc(hidden)]
    #[cfg(feature = "serde")]
    fn __serialize<S: ::serde::Serializer>(self, serializer: S) -> Result<S::Ok, S::Error>;

    #[doc(hidden)]
    #[cfg(feature = "serde")]
    fn __deserialize<'de, D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

macro_rules! impl_code_type {
    ($($ty:ident)*) => {$(
        impl sealed::Sealed for $ty {}

        impl CodeType for $ty {
            const TYPE_NAME: &'static str = stringify!($ty);
            const MIN: Self = $ty::MIN;
            const MAX: Self = $ty::MAX;

            fn to_i128(self) -> i128 {
                i128::from(self)
            }

            fn from_i128(value: i128) -> Option<Self> {
                Self::try_from(value).ok()
            }

            #[cfg(feature = "serde")]
            fn __serialize<S: ::serde::Serializer>(self, serializer: S) -> Result<S::Ok, S::Error> {
                ::serde::Serialize::serialize(&self, serializer)
            }

            #[cfg(feature = "serde")]
            fn __deserialize<'de, D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <Self as ::serde::Deserialize<'de>>::deserialize(deserializer)
            }
        }
    )*};
}

impl_code_type!(i8 i16 i32 i64 u8 u16 u32 u64);
