//! Error-code catalogues that the compiler checks.
//!
//! Services that speak in numeric error codes keep them in tables: a code, a
//! symbolic name, a message, often in two languages, grouped in numbered
//! ranges. [`error_catalog!`] turns such a table into an enum. At compile
//! time it rejects duplicate codes and names, codes outside their section's
//! range, overlapping ranges and codes in reserved ranges, each error
//! pointing at the offending token; it then generates conversions from and
//! to codes and names, messages, `Display`, `Error`, iteration and sections.
//!
//! ```
//! use errcat::error_catalog;
//!
//! error_catalog! {
//!     /// Errors of the storage service.
//!     #[languages(zh, en)]
//!     pub system Storage: i32 {
//!         /// 请求错误
//!         section Request in 400..=499 {
//!             400 BAD_REQUEST "请求不合法" en "Bad request",
//!             404 NOT_FOUND "文件不存在" en "File not found",
//!         }
//!         /// 服务错误
//!         section Server in 500..=599 {
//!             500 INTERNAL "服务内部错误",
//!             #[shares_code(INTERNAL)]
//!             500 INTERNAL_LEGACY "服务内部错误（旧）",
//!         }
//!         reserved 600..=699;
//!         /// Returned when the upload was cancelled by the client.
//!         -1 CANCELLED,
//!     }
//! }
//!
//! assert_eq!(Storage::from_code(404), Some(Storage::NotFound));
//! assert_eq!(Storage::from_name("BAD_REQUEST"), Some(Storage::BadRequest));
//! assert_eq!(Storage::NotFound.code(), 404);
//! assert_eq!(Storage::NotFound.message(), "文件不存在");
//! assert_eq!(Storage::NotFound.to_string(), "文件不存在 (NOT_FOUND, code 404)");
//! assert_eq!(Storage::Cancelled.message(), "");
//! assert_eq!(Storage::all_with_code(500), [Storage::Internal, Storage::InternalLegacy]);
//! assert_eq!(Storage::NotFound.section().map(|section| section.title()), Some("请求错误"));
//! assert_eq!(i32::from(Storage::Internal), 500);
//! assert!(Storage::try_from(999).is_err());
//! ```
//!
//! # The grammar
//!
//! One invocation declares one or more *systems*:
//!
//! ```text
//! invocation := system*
//! system     := attribute* visibility "system" IDENT (":" TYPE)? "{" item* "}"
//! item       := entry ("," | end of block) | section ","? | reserved | retired
//! section    := attribute* "section" IDENT ("in" range)? "{" item* "}"
//! reserved   := attribute* ("reserved" | "open") (range | code) ";"
//! retired    := attribute* "retired" code IDENT ";"
//! entry      := attribute* code IDENT (STRING (LANGUAGE STRING)*)?
//! range      := code "..=" code | STRING
//! code       := "-"? INTEGER | STRING
//! ```
//!
//! - `TYPE` is one of `i8`, `i16`, `i32` (the default), `i64`, `u8`, `u16`,
//!   `u32`, `u64`, or `str` for string codes.
//! - In a `str` system every code is a string (`"22P02" INVALID_TEXT_REPRESENTATION`,
//!   `"NoSuchKey" NO_SUCH_KEY`), never empty; `#[code_chars = "0-9A-Z"]`
//!   limits its characters (single characters and ranges `A-Z`). A section
//!   takes a prefix instead of a range (`section DataException in "22"`):
//!   its codes start with it, a nested section's prefix extends its
//!   parent's, and of two sibling prefixes neither may start the other.
//!   `reserved "XX";` and `open "P9";` declare prefixes. `code()` is a
//!   `&'static str`; `from_code` and `all_with_code` take any `&str`.
//! - An entry is a code, an identifier (its documented name, e.g.
//!   `FILE_NOT_EXIST`) and an optional message. The enum variant is the
//!   identifier in `UpperCamelCase` (`FileNotExist`). Entries are separated by
//!   commas; a trailing comma is optional.
//! - A message may be followed by the same message in other languages, each
//!   a language tag and a string, so that a catalogue reads like its table:
//!   `404 NOT_FOUND "文件不存在" en "File not found"`. The tags must be
//!   declared on the system with `#[languages(zh, en)]`, the language of the
//!   primary message first.
//! - A message may take arguments, `{path}` (or `%s` with
//!   `#[placeholders(printf)]`), the same in every language; `{{` and `}}`
//!   write a brace. See [Placeholders](#placeholders).
//! - Sections group entries under a heading and nest, at most 64 deep:
//!   deeper than any real catalogue (the five of `errcat-catalogs` nest 4
//!   deep at most, a Markdown outline 6) and far below what rustc and the
//!   macro's stack allow. `in A..=B` gives a section a range that its
//!   entries (and nested sections) must stay in.
//! - `reserved A..=B;` (or `reserved CODE;`) declares codes no entry may use.
//!   `open A..=B;` declares codes the system leaves to the systems that
//!   extend it (`#[extends(…)]`): closed to its own entries, open to theirs.
//! - `retired -46001 OLD_FILE_MISSING;` gives a released code and its name up
//!   for good: no later entry may take either, `from_code(-46001)` is `None`,
//!   and `SYSTEM.retired()` lists it (a [`Retired`]). Its doc comment says
//!   why and since when; `#[name = "…"]` keeps a name that is not an
//!   identifier.
//! - A doc comment on a system becomes the enum's documentation; on a
//!   section, its first line is the section's title; on an entry, it is the
//!   entry's longer explanation; on `reserved`, `open` and `retired`, it says
//!   why.
//!
//! Attributes:
//!
//! | where | attribute | meaning |
//! |---|---|---|
//! | system | `#[languages(zh, en)]` | the languages of the messages, primary first |
//! | system | `#[require_all_languages]` | every entry must have a text, not empty, in every declared language |
//! | system | `#[extends(Base)]` | this system's codes fill ranges that `Base` declares `open`; checked at compile time |
//! | system | `#[baseline = "errcat.lock"]` | the system is held to its committed lock file; see [Keeping codes stable](#keeping-codes-stable) |
//! | system | `#[baseline(strict_texts)]` | with a baseline: a changed text of a released entry is a compile error too |
//! | system | `#[serde]` | the enum (de)serializes as its codes (feature `serde`) |
//! | system | `#[serde(by_name)]` | the enum (de)serializes as its documented names (feature `serde`) |
//! | system | `#[cfg_attr(feature = "serde", serde)]` | the same, compiled only under the `cfg`: a library's optional serde support (also for `json_schema`) |
//! | system | `#[code_format = "E{:04}"]` | how the codes are written (`E0308`; `0x{:08X}` for `0x80070002`): `code_str()`, `from_code_str()`, `Display` and the docs use it; see [`CodeFormat`] |
//! | system | `#[json_schema]` | the enum implements `schemars::JsonSchema`: the schema enumerates its codes, or its names with `#[serde(by_name)]` (feature `schemars`) |
//! | system | `#[url = "https://docs.example.com/errors/{code}"]` | each entry's documentation page, `{code}` and `{name}` filled in: [`Entry::url`], miette's `url` |
//! | system | `#[errcat(crate = path)]` | the path that names errcat where the catalogue is declared: a renamed dependency (`ec`) or a re-export (`my_facade::errcat`) |
//! | system | `#[code_chars = "0-9A-Z"]` | in a `str` system, the characters codes may use |
//! | system | `#[placeholders(printf)]` | the messages write C's conversions (`%s`, `%d`) rather than `{name}`; see [Placeholders](#placeholders) |
//! | system | `#[placeholders(none_in(zh))]` | the messages in these languages carry no placeholders; the others are compared |
//! | system | `#[derive(…)]`, `#[non_exhaustive]`, `#[allow(…)]` | passed to the enum |
//! | retired | `#[name = "Bad Param"]` | the documented name, when it is not a Rust identifier |
//! | section | `#[http(404)]` | the HTTP status of the section's entries, nested ones included |
//! | section | `#[grpc(NOT_FOUND)]` | the gRPC status of the section's entries, nested ones included (a [`GrpcCode`] name, never `OK`) |
//! | entry | `#[shares_code(OTHER)]` | this entry deliberately reuses the code of the earlier entry `OTHER` |
//! | entry | `#[name = "2RSP"]` | the documented name, when it is not a Rust identifier |
//! | entry | `#[outside_range]` | the entry deliberately sits outside its section's range |
//! | entry | `#[http(404)]` | the entry's HTTP status, overriding its sections' |
//! | entry | `#[grpc(NOT_FOUND)]` | the entry's gRPC status, overriding its sections' |
//! | entry | `#[deprecated…]` | passed to the variant |
//!
//! # The checks
//!
//! Each is a compile error on the offending token, naming the entries
//! involved and saying how to fix it; a collision also points at the first
//! occurrence. All the problems of one invocation are reported together,
//! syntax errors included, and a mistake is reported once, not again by
//! what depends on it.
//!
//! 1. A code used twice in a system, unless the later entry says
//!    `#[shares_code(FIRST)]`; an entry written twice (same code, same name)
//!    is one error: remove one.
//! 2. A `#[shares_code(X)]` whose `X` does not exist, is not declared
//!    earlier, or has another code; an `#[outside_range]` on an entry that is
//!    inside its range.
//! 3. A documented name used twice; two names that become the same variant.
//! 4. A code outside its section's range, or outside its type.
//! 5. An empty or reversed range; sibling sections whose ranges overlap; a
//!    nested section whose range is not inside its parent's.
//! 6. A code inside a reserved or open range, or equal to a reserved code.
//! 7. A language tag the system does not declare; with
//!    `#[require_all_languages]`, an entry without a text in a declared
//!    language, on the entry's name, naming the missing languages.
//! 8. An unknown attribute, with the closest known one ("did you mean
//!    `shares_code`?"); a misspelt attribute counts as written, so that
//!    nothing depending on it is reported (a misspelt `#[languages]` is one
//!    error, not one per entry).
//! 9. Sections nested more than 64 deep: one error, on the 65th section's
//!    name.
//! 10. Malformed input, with what was expected instead (a message where a
//!     number is written, `..=` where `..` is).
//! 11. A code or a name that is `retired` in the system, or retired twice.
//! 12. With `#[baseline = "…"]`: a released entry removed without being
//!     retired, renumbered or renamed, a released code that now carries
//!     another entry, a retirement undone; with `strict_texts`, a changed text.
//! 13. A placeholder that one language of an entry has and another lacks (on
//!     the other language's string, naming the placeholder); with
//!     `#[placeholders(printf)]`, a conversion missing, extra, or of another
//!     kind; a malformed placeholder (`{path` unclosed, `{}`, `{a-b}`, a
//!     lone `}`, `%y`, `50% done`), on its string.
//! 14. In a `str` system: an empty code or prefix; a character that
//!     `#[code_chars]` does not allow; a code that does not start with its
//!     section's prefix; sibling prefixes of which one starts the other; a
//!     nested prefix that does not extend its parent's; a code with a
//!     reserved or open prefix; an integer code. In an integer system, a
//!     string code (declare `: str`). `#[code_format]` on a `str` system and
//!     `#[code_chars]` on an integer one.
//!
//! A syntax error costs only the entry or section header it is in: the
//! macro resumes at the next `,` of the block, or the next entry, or the
//! end of the block, so every other entry is still checked and generated,
//! and code that uses them compiles. An entry cut short after its name is
//! kept; two entries missing the comma between them are both kept; a
//! section whose header is malformed (`in 400..499`) keeps its entries,
//! without a range.
//!
//! # Placeholders
//!
//! A message may name what only the moment knows: `文件 {path} 不存在`
//! en `File {path} not found`. A placeholder is an ASCII identifier or an
//! argument index in braces (`{path}`, `{0}`); `{{` and `}}` write a literal
//! brace, and any other brace is a compile error on its string, so a message
//! about braces is written `"expected {{ or }}"`. The macro checks that every
//! language of an entry has the same set of placeholders, and reports a
//! missing or extra one on that language's string, naming the entry and the
//! placeholder.
//!
//! `#[placeholders(printf)]` on a system reads C's conversions instead, as
//! database servers write their messages: `%s`, `%d`, `%lu`, `%-.192s`, with
//! MariaDB's `%M` and `` %`s ``; `%%` is a literal `%` and braces are plain
//! text. Every language then has the same conversions, of the same kinds,
//! in the same order. `#[placeholders(none_in(zh))]` declares languages whose
//! messages carry none (a table's primary texts, say, where only the
//! translations name the arguments): they are not compared, and a
//! placeholder in one is an error.
//!
//! At run time, `render` fills the placeholders while formatting, without
//! allocating; an argument that is not given is written as its placeholder
//! (`{path}`, `%s`), never a panic. A named placeholder takes the argument
//! of its name; the `n`th conversion takes the `n`th argument.
//!
//! ```
//! use errcat::{Catalog, error_catalog};
//!
//! error_catalog! {
//!     #[languages(zh, en)]
//!     pub system Storage {
//!         -46628 FILE_NOT_EXIST "文件 {path} 不存在" en "File {path} not found",
//!         -46629 BAD_JSON "应为 {{ 或 }}" en "expected {{ or }}",
//!     }
//!     #[placeholders(printf)]
//!     pub system Server: u16 {
//!         1062 DUP_ENTRY "Duplicate entry '%-.192s' for key %d",
//!     }
//! }
//!
//! let path = "/data/a.txt";
//! assert_eq!(Storage::FileNotExist.render(&[("path", &path)]).to_string(), "文件 /data/a.txt 不存在");
//! let english = Storage::FileNotExist.render_in("en", &[("path", &path)]).map(|text| text.to_string());
//! assert_eq!(english.as_deref(), Some("File /data/a.txt not found"));
//! assert_eq!(Storage::FileNotExist.render(&[]).to_string(), "文件 {path} 不存在");
//! assert_eq!(Storage::BadJson.message(), "应为 {{ 或 }}");
//! assert_eq!(Storage::BadJson.to_string(), "应为 { 或 } (BAD_JSON, code -46629)");
//! let duplicate = Server::DupEntry.render(&[("entry", &"alice"), ("key", &1)]).to_string();
//! assert_eq!(duplicate, "Duplicate entry 'alice' for key 1");
//! ```
//!
//! `message()` is the message as declared, placeholders and escapes
//! included (what exports and lock files keep); `Display` renders it
//! without arguments. With the `alloc` feature,
//! `Error::with_arg("path", value)` records an argument, and the error's
//! `Display` renders the message with it.
//!
//! # Keeping codes stable
//!
//! A released code is read by clients that the catalogue never sees, so it
//! keeps its meaning for ever. `errcat lock` writes `errcat.lock` next to
//! `Cargo.toml`: sorted, one line per entry (code, name, an FNV-1a 64 hash of
//! each language's text), the same bytes for the same catalogue, meant to be
//! committed and reviewed. `#[baseline = "errcat.lock"]` (relative to the
//! crate's manifest directory; cargo rebuilds when the file changes) then
//! holds the system to it, each error on the offending token:
//!
//! ```text
//! error: `READ_ONLY` has code 104 here but was released with code 102 (baseline `errcat.lock`); a released code never changes: restore code 102, or give the new code an entry of its own and retire this one with `retired 102 READ_ONLY;`
//!   --> src/errors.rs:13:13
//!    |
//! 13 |             104 READ_ONLY "只读" en "Read only",
//!    |             ^^^
//! ```
//!
//! New entries are fine; a released entry that is no longer wanted is
//! retired (`retired 102 READ_ONLY;`). After a release, `errcat lock
//! --update` records the new state; `errcat diff v1.0:src/errors.rs
//! src/errors.rs` shows every change and which ones break clients.
//!
//! Across catalogues, even from other crates, [`assert_disjoint!`] fails the
//! build when catalogues share a code, and `#[extends(Base)]` when an entry
//! leaves the ranges `Base` leaves open or collides with `Base`.
//!
//! # The generated API
//!
//! For `pub system Cos`, the macro generates `pub enum Cos` (`Clone`,
//! `Copy`, `Debug`, `PartialEq`, `Eq`, `Hash`; every variant documented with
//! its code, name and messages) and:
//!
//! - `Cos::ALL`, `Cos::COUNT`, `Cos::iter()` and `Cos::SYSTEM` (a
//!   [`System`]: the sections, reserved codes, languages and every entry's
//!   metadata);
//! - `code()`, `name()` (also `as_str()`), `message()`, `entry()` (an
//!   [`Entry`] with every language, the doc, the section, the gRPC status
//!   and the URL), `section()`, `http_status()`, `index()`;
//! - through [`Catalog`] and [`Entry`], `render()` and `render_in()`: the
//!   message with its placeholders filled in (a [`Rendered`]);
//! - `from_code()` (a `const fn`), `all_with_code()`, `from_name()`,
//!   `from_name_ignore_case()`;
//! - `From<Cos> for i32`, `From<Cos> for &'static str` (the name),
//!   `TryFrom<i32> for Cos` (error [`UnknownCode`]),
//!   `FromStr for Cos` (error [`UnknownName`], which suggests the closest
//!   name), `Display` (`文件不存在 (FILE_NOT_EXIST, code -46628)`, the
//!   message rendered without arguments),
//!   `core::error::Error`, and [`Catalog`], for code generic over
//!   catalogues.
//!
//! The enum's discriminant is the entry's position in `ALL`
//! (`Cos::X as usize == Cos::X.index()`), in the smallest of `u8`, `u16` and
//! `u32` that holds every position, whatever the code type: the codes live
//! in the tables, not in the enum. So an `as` cast gives the position, never
//! the code (`code()` does), and `#[derive(PartialOrd, Ord)]` on the system
//! orders entries by declaration, not by code.
//!
//! ```
//! use errcat::error_catalog;
//!
//! error_catalog! {
//!     #[derive(PartialOrd, Ord)]
//!     pub system Payment: u16 {
//!         2001 BANK_UNAVAILABLE,
//!         1001 INVALID_AMOUNT,
//!     }
//! }
//!
//! assert_eq!(Payment::COUNT, 2);
//! assert_eq!(Payment::iter().map(Payment::code).collect::<Vec<_>>(), [2001, 1001]);
//! assert_eq!(Payment::InvalidAmount.as_str(), "INVALID_AMOUNT");
//! assert_eq!(<&str>::from(Payment::InvalidAmount), "INVALID_AMOUNT");
//! assert_eq!(Payment::from_name_ignore_case("invalid_amount"), Some(Payment::InvalidAmount));
//! // The position, not the code:
//! assert_eq!(Payment::InvalidAmount as u16, 1);
//! assert_eq!(Payment::InvalidAmount.code(), 1001);
//! assert!(Payment::BankUnavailable < Payment::InvalidAmount);
//! ```
//!
//! What a feature adds to a catalogue, the catalogue asks for: `#[serde]`
//! and `#[json_schema]` generate their impls only on the systems that carry
//! them, so enabling a feature elsewhere in the dependency graph changes no
//! other enum; `with_detail` and `with_source` are [`Raise`]'s trait
//! methods, so a method of the same name that a crate defines on its enum
//! wins.
//!
//! Look-ups use perfect hash tables computed when the macro expands: they
//! allocate nothing, take constant time, and need no initialisation; every
//! per-entry method is a load or two. Each text field is stored as one
//! string literal (the texts concatenated, with their offsets) and each
//! numeric table as one byte string, so the compiler reads a few tokens per
//! entry beyond the enum itself. The generated code is free of
//! `unsafe`, uses only absolute paths, and compiles under
//! `#![deny(warnings)]`, clippy's pedantic lints and `#![no_std]`.
//!
//! # Names
//!
//! A *code* is an entry's number, or its string in a `str` system:
//! [`Catalog::Code`] is its type in one catalogue, one of the [`CodeType`]s
//! (`i8` to `u64`, the [`IntegerCode`]s, and `&'static str`). A
//! [`ReceivedCode`] is a code as it arrives from elsewhere: a known entry,
//! or a code the catalogue does not know (read with serde from integer
//! codes only: an unknown string code would need an owned string).
//!
//! # Features
//!
//! `errcat` is `no_std` and has no features by default. Each of these adds
//! what it names; `alloc`, `serde` and `schemars` keep it `no_std` (with
//! `alloc`), the others need `std`:
//!
//! | feature | adds | needs |
//! |---|---|---|
//! | `alloc` | `errcat::Error`: an entry raised with a runtime detail and a source error; [`Raise`]'s `with_detail` and `with_source` on every catalogue | `alloc` |
//! | `serde` | enums declared `#[serde]` serialize as their code and deserialize from it (`#[serde(by_name)]`: as their name); [`ReceivedCode`] keeps codes a catalogue does not know; `ByName` and `by_name` use names instead, for any catalogue; `Reply`, the body of an API error response, and with `alloc` `ReceivedReply`, the same body read back by a client | — |
//! | `http` | `Catalog::status_code`: the entry's status as `http::StatusCode` | `std` |
//! | `axum` | `axum::response::IntoResponse` for `Error` and `Reply`: the entry's HTTP status (500 without one) and the JSON reply | `std` |
//! | `tonic` | `From<Error> for tonic::Status`: the entry's gRPC code ([`GrpcCode`], `UNKNOWN` without one), the message, and the catalogue code in the `errcat-code` metadata; `ReceivedCode::from_status` reads it back | `std` |
//! | `miette` | `miette::Diagnostic` for `Error`: the code `System::NAME`, the entry's doc as help, the system's documentation URL | `std` |
//! | `schemars` | `schemars::JsonSchema` for `Reply`, `ReceivedReply`, `ReceivedCode`, `ByName` and enums declared `#[json_schema]`; `errcat::schema::{codes, names}`, the schemas of a catalogue's codes and names | `alloc` |
//!
//! Codes from newer servers need no feature: [`ReceivedCode`] is either a known
//! entry or the raw code, kept as received.
#![no_std]
#![warn(missing_debug_implementations, missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(test)]
extern crate std;

mod catalog;
mod code_format;
mod code_type;
#[cfg(feature = "alloc")]
mod context;
mod error;
mod grpc;
mod integrations;
mod metadata;
#[cfg(feature = "alloc")]
mod raise;
mod received_code;
#[cfg(all(feature = "serde", feature = "alloc"))]
mod received_reply;
mod received_text;
mod render;
mod retired;
#[cfg(feature = "serde")]
mod serde_support;
#[cfg(feature = "alloc")]
mod url;

#[doc(hidden)]
pub mod __private;

pub use catalog::Catalog;
pub use code_format::CodeFormat;
pub use code_type::{CodeType, IntegerCode};
#[cfg(feature = "alloc")]
pub use context::Error;
pub use error::{UnknownCode, UnknownName};
pub use grpc::GrpcCode;
pub use metadata::{Entry, Reserved, Section, SectionPath, System, Text};
#[cfg(feature = "alloc")]
pub use raise::Raise;
pub use received_code::ReceivedCode;
#[cfg(all(feature = "serde", feature = "alloc"))]
pub use received_reply::ReceivedReply;
pub use received_text::ReceivedText;
pub use render::{Arguments, PlaceholderSyntax, Rendered};
pub use retired::Retired;
#[cfg(feature = "serde")]
pub use serde_support::{ByName, Reply, by_name};

/// JSON schemas of a catalogue's codes and names (feature `schemars`); the
/// reply types implement `schemars::JsonSchema`.
#[cfg(feature = "schemars")]
pub mod schema {
    pub use crate::integrations::schemars::{codes, names};
}

/// Declares one or more error-code catalogues; see the [crate
/// documentation](crate) for the grammar, the checks and what it generates.
pub use errcat_macros::error_catalog;

/// Fails the build when catalogues share a code, naming the code. The check
/// runs at compile time, over tables the catalogues' macro emitted, so it
/// works across crates.
///
/// ```
/// use errcat::{assert_disjoint, error_catalog};
///
/// error_catalog! {
///     pub system Disk { 1 FULL, 2 GONE }
///     pub system Net: u8 { 10 DOWN }
///     pub system Auth: i64 { -1 DENIED }
/// }
///
/// assert_disjoint!(Disk, Net, Auth);
/// ```
///
/// Two catalogues that both use code 0 do not compile:
///
/// ```compile_fail
/// errcat::error_catalog! {
///     pub system Disk { 0 OK }
///     pub system Net: u8 { 0 OK }
/// }
/// errcat::assert_disjoint!(Disk, Net); // catalogues `Disk` and `Net` share code 0
/// ```
#[macro_export]
macro_rules! assert_disjoint {
    ($first:ty, $second:ty $(,)?) => {
        const _: () = {
            let mut index = 0;
            while index < <$first>::ALL.len() {
                let code = <$first>::__code_at(index);
                if <$second>::__has_code(code) {
                    let problem = <$first>::__shared_code(stringify!($first), stringify!($second), code);
                    ::core::panic!("{}", problem.as_str());
                }
                index += 1;
            }
        };
    };
    ($first:ty, $($rest:ty),+ $(,)?) => {
        $($crate::assert_disjoint!($first, $rest);)+
        $crate::assert_disjoint!($($rest),+);
    };
}

/// The examples of the repository's README, run as doctests (they use
/// `alloc` and `serde`, which the workspace's tests enable).
#[cfg(all(doctest, feature = "alloc", feature = "serde"))]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;
