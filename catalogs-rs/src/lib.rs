//! Five real error-code catalogues, declared with
//! [`error_catalog!`](errcat::error_catalog).
//!
//! Each catalogue is one `error_catalog!` invocation in its own module,
//! written as a table: every row of its source, in the source's order, with
//! the code, the documented name ([`name()`](errcat::Catalog::name)) and the
//! text ([`message()`](errcat::Catalog::message)) as the source writes them.
//! Rows without text have no message. The second languages come from the
//! systems' own code, and every known anomaly of a source is declared, not
//! smoothed over. The sources are copied in the crate's `sources/`, and the
//! tests compare every row with the catalogues.
//!
//! | enum | system | entries | sections | ranges | languages |
//! | --- | --- | --- | --- | --- | --- |
//! | [`Scm`] | SequoiaCM | 71 | none: the table has no headings | none | `zh`, `en` (all 71) |
//! | [`BkRepo`] | BlueKing bkrepo | 92 | `Common`, `Auth`, `Generic`, `Repository` | `250100..=250199`, `250200..=250299`, `251200..=251299`, `251500..=251599` | `zh`, `en` (79 of 92) |
//! | [`Cos`] | Tencent Cloud COS, JSON API v4 | 449 (95 without text) | ten, one per heading | each heading's codes (`400..=631`, …, `-29169..=-29000`); none for 业务返回码 | `zh` |
//! | [`Polaris`] | Polaris | 112 | none: one heading, codes out of order | none | `en`, `zh` (110 of 112) |
//! | [`Mcsl`] | MCServerLauncher Future protocol | 25 | `Request` ⊃ `Param`, `Server` ⊃ `File` ⊃ `UploadDownload`, `Instance` | `10000..=19999` ⊃ `11000..=11999`, `20000..=29999` ⊃ `21000..=21999` ⊃ `21100..=21199`, `30000..=39999`; reserved `40000..=59999` | `zh` |
//!
//! The anomalies, and how each is declared:
//!
//! | enum | anomaly | declared as |
//! | --- | --- | --- |
//! | [`Scm`] | none | |
//! | [`BkRepo`] | no names in the table | the names of bkrepo's own enums |
//! | | `0` SUCCESS heads the Common table, outside 250100–250199 | in `Common`, `#[outside_range]` |
//! | | bkrepo gives 250235 two names | `AUTH_LOGIN_FAILED`, whose text the table has; the other in its doc |
//! | | 250127 and 250128 moved in later bkrepo versions | the table's codes; the later ones in the docs |
//! | [`Cos`] | eight codes with two names: -61, -46024, -29090 to -29095 | both entries; the second has `#[shares_code(FIRST)]` |
//! | | `-0 SUCCESS` | code `0`, a doc note |
//! | | `2RSP`, not an identifier | `#[name = "2RSP"] -296 E_2RSP` |
//! | | 100, 101, -50121, -50122, -29996 outside their heading's codes | where the table has them, `#[outside_range]` |
//! | | texts copied, truncated, left empty or with residue | as written, a doc note on each |
//! | [`Polaris`] | `NotFoundTagConfig` 400309 and `NotFoundMasterConfig` 400310 swapped against Polaris's source | the table's codes; Polaris's in the docs |
//! | | `IPRateLimit` and `APIRateLimit` moved to 429002 and 403003 later | the table's codes; the later ones in the docs |
//! | | `InvalidQueryInsParameter`'s English reworded later | the table's English; the doc says the Chinese translates the later wording |
//! | [`Mcsl`] | English names with spaces and quotes | `#[name = "It's A Directory"] 21004 ITS_A_DIRECTORY` |
//! | | three columns of text | English name as the name, Chinese name as the message, description as the doc |
//! | | 11000–11002 and 21101–21105 changed in later protocol versions | the page's codes; the later ones in the docs |
//!
//! ```
//! use errcat::Catalog;
//! use errcat_catalogs::{Cos, Mcsl, Polaris};
//!
//! assert_eq!(Cos::from_code(-46628), Some(Cos::CosFileNotExistErr));
//! assert_eq!(Cos::all_with_code(-61), [Cos::ErrorProxySignBucketNotmatch, Cos::ErrorProxyInvalidCmdReq]);
//!
//! let directory = Mcsl::from_name("It's A Directory").unwrap();
//! assert_eq!(directory.to_string(), "那是目录 (It's A Directory, code 21004)");
//! assert_eq!(directory.section().map(|section| section.title()), Some("File Error - 文件错误"));
//!
//! let tag = Polaris::NotFoundTagConfig;
//! assert_eq!(tag.code(), 400309);
//! assert_eq!(tag.entry().message_in("zh"), Some("标签配置未找到"));
//! ```
#![no_std]

mod bkrepo;
mod cos;
mod mcsl;
mod polaris;
mod scm;

pub use bkrepo::BkRepo;
pub use cos::Cos;
pub use mcsl::Mcsl;
pub use polaris::Polaris;
pub use scm::Scm;
