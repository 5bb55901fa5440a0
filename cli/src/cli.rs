//! The command line's arguments, with the examples and JSON shapes that
//! `--help` shows.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::output::ColorChoice;

const EXAMPLES: &str = "\
Examples:
  errcat lookup -61                         every entry with code -61, in every catalogue
  errcat lookup 0 --system cos              only in the COS catalogue
  errcat explain Cos::CosFileNotExistErr    one entry in full (also -46628, COS_FILE_NOT_EXIST_ERR)
  errcat search 签名                        entries whose name or text contains 签名
  errcat list                               the catalogues, where each comes from, their sections
  errcat list polaris                       one catalogue's sections as a tree, and its entries
  errcat export mcsl --format markdown      a wiki page: one table per section
  errcat export cos --format html           one page to browse and search, offline
  errcat import errors.md --system Payments -o src/payments.rs
  errcat check src/billing.rs               the compiler's diagnostics, without a build
  errcat lock --check                       fail when the crate's errcat.lock is stale
  errcat diff v1.0:src/errors.rs src/errors.rs   what changed, and what breaks clients
  errcat completions bash                   a completion script (also zsh, fish, powershell)

Catalogues: inside a cargo project, the `error_catalog!` invocations in the
sources of the workspace's members (found with `cargo metadata`, never
built), those of `--catalog PATH`, and the built-in ones unless
`--no-builtin`. One that does not check is skipped with a warning naming its
file and line; `errcat check` shows every problem.

Exit status: 0 on success; 1 when something asked for was not found,
`check` found errors, `lock` found the baseline stale, `diff` found a
breaking change, or `import` did not convert a row (--allow-loss: 0); 2 on
bad input (unknown system, malformed code, unreadable file, a Markdown file
without an error table) or bad usage; with --json, a failure is one object
on stdout: {\"version\": 1, \"error\": {\"kind\", \"message\", \"suggestions\"?}}.";

const JSON_SCHEMA: &str = "\
JSON (--json): every command prints one object with \"version\": 1. The
shapes below are stable within a version; fields may be added.
  Entry   = {system, code, name, variant, message, texts: [{language, text}],
             doc, deprecated: string|null,
             section: [{name, title, range: [lo, hi]|null}] (outermost first),
             shares_code_with: [name],
             http: {status, inherited_from: section path|null}|null}
  System  = {name, doc, code_type, languages: [tag], entry_count,
             code_span: [lo, hi]|null, sections: [Section],
             reserved: [{range: [lo, hi], doc, kind: \"reserved\"|\"open\"}],
             origin: {path, line}|null (null: built in)}
  Section = {name, path, title, doc, range: [lo, hi]|null,
             parent: index|null, depth, entry_count,
             http: {status, inherited_from: section path|null}|null}
  lookup  {version, lookups: [{code, entries: [Entry], systems: [name],
           shared_within: [name]}]}
  explain {version, query, entries: [Entry], retired: [{system, code, name,
           doc}], suggestions: [{system, name}]}
  search  {version, query, entries: [Entry]}
  list    {version, systems: [System]}; with SYSTEM: {version, system: System,
           entries: [Entry]}
  export  --format json: as `list SYSTEM`
  import  {version, system, source, rows_read, entries_written,
           rows_not_converted, reported, reports: [{line, message}],
           entries: [ImportedEntry]}
  check   {version, errors, files: [{path, systems: [name],
           diagnostics: [Diagnostic]}]}
  lock    {version, path, status, systems: [{name, entries, retired}],
           added_lines, removed_lines}
  diff    {version, old, new, breaking, changes: [{system, kind, breaking,
           name, code, old, new, language, other}]}
See cli/README.md for every field.";

/// Look up, explain, search, export, import and check error-code
/// catalogues.
#[derive(Debug, Parser)]
#[command(name = "errcat", version, after_help = EXAMPLES, after_long_help = format!("{EXAMPLES}\n\n{JSON_SCHEMA}"))]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// Print JSON instead of tables (the schema is at the end of `--help`).
    #[arg(long, global = true)]
    pub json: bool,

    /// When to use colour; `auto` means on a terminal, unless `NO_COLOR` is set.
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Also look in the catalogues declared by `error_catalog!` in a file,
    /// or in the .rs files of a directory, recursively (repeatable).
    #[arg(long = "catalog", global = true, value_name = "PATH")]
    pub catalogs: Vec<PathBuf>,

    /// Leave out the built-in catalogues (those of errcat-catalogs).
    #[arg(long, global = true)]
    pub no_builtin: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Every entry with these codes, in every catalogue.
    #[command(after_help = "\
Examples:
  errcat lookup -61          shared inside COS: both entries are shown
  errcat lookup 0 400        several codes at once
  errcat lookup 0 --system bkrepo

JSON: {version, lookups: [{code, entries: [Entry], systems: [name], shared_within: [name]}]}
`systems` lists the catalogues that use the code; `shared_within` those in
which more than one entry has it. Exit status 1 when a code is in no
catalogue.")]
    Lookup(LookupArgs),

    /// One entry in full: texts in every language, section and range, HTTP
    /// status, explanation, and the entries that share its code.
    #[command(after_help = "\
WHAT is any printed form of an entry:
  errcat explain -46628                   a code (every catalogue)
  errcat explain FILE_NOT_EXIST           a documented name
  errcat explain Cos::CosFileNotExistErr  an enum variant, or System::NAME
  errcat explain cos/-46628               a code, or a name, in one catalogue

A name that is not found gets the closest names (\"did you mean …\").
JSON: {version, query, entries: [Entry], suggestions: [{system, name}]}.
Exit status 1 when nothing matches.")]
    Explain(ExplainArgs),

    /// Entries whose name or any text contains TEXT (case-insensitive).
    #[command(after_help = "\
Examples:
  errcat search timeout
  errcat search 不存在 --system scm

JSON: {version, query, entries: [Entry]}. Exit status 1 when nothing matches.")]
    Search(SearchArgs),

    /// The catalogues; with SYSTEM, its sections as a tree and its entries.
    #[command(after_help = "\
Examples:
  errcat list
  errcat list mcsl

JSON: {version, systems: [System]}; with SYSTEM: {version, system: System, entries: [Entry]}")]
    List(ListArgs),

    /// A whole catalogue as Markdown, JSON, CSV, HTML, or source for other
    /// languages (TypeScript, Go, Python, Java, protobuf, JSON Schema).
    #[command(after_help = "\
Examples:
  errcat export cos --format markdown > cos-errors.md
  errcat export polaris --format csv
  errcat export cos --format html > cos.html
  errcat export cos --format typescript > cos.ts
  errcat export cos --format go > cos/cos.go

HTML is one self-contained page that fetches nothing: every section, nested
as declared, every entry with its texts and notes, and a search box that
filters the rows by code, name or text as you type.

CSV columns: system, section, section_title, code, name, variant, message,
message_<language> for each further language, doc, deprecated,
shares_code_with. JSON (--format json or --json) is as `list SYSTEM --json`.

typescript, go, python, java and protobuf are source for those languages,
generated from the checked catalogue: every name a valid identifier, every
text exact, shared codes as the language's aliases (the first entry wins a
lookup by code). json-schema describes a reply body {code, name, message,
detail}. A language whose integers cannot hold a code is an error (exit 2).
Codes are shown as written (E0308, 22P02); a system with string codes gets
string constants, and protobuf, whose enum values are integers, refuses it
(exit 2).")]
    Export(ExportArgs),

    /// Draft `error_catalog!` source from Markdown tables or C headers.
    #[command(after_help = "\
Reads GFM tables and plain `CODE NAME text` lines. Columns are told apart by
their headers (错误码, code, value, number; 名称, name, symbol, constant;
描述, description, message, meaning; 中文, English, Deutsch, ja, …; HTTP;
reason phrase) and by their cells: the code column is the one of codes
(-61, 0x1F, `2 (0x2)`), the name column the one of identifiers. Every guess
the cells made is reported; --columns overrides it.
Each heading becomes a section, nested headings nested sections; a range
anywhere in a heading (`(0-499)`, `400 ~ 499`, `1000 to 1999`, `4xx`) is the
section's; with Reserved/保留 or Open/开放 and no rows it is `reserved` or
`open`. errcat's own `export --format markdown` reads back as it was.
Codes with letters or leading zeros (22P02, 01000, NoSuchKey) make a `str`
system, each code as written, and SQLSTATE classes (`Class 22 — Data
Exception`, as a heading or a row of its own in the table) its prefix
sections; --code-type chooses the type instead. printf-style messages (%s,
%d, %-.192s) make `#[placeholders(printf)]`, kept exactly.
Headers (.h, .hpp, or `#define` lines on stdin): `#define NAME VALUE` and
`enum { … }`, values as C integer expressions, comments as messages.

Every row that had to be changed or could not be converted is reported on
stderr as FILE:LINE: message, then `N rows read, N entries written, N
reported`. Exit status 1 when a row is not converted or no entry is written
(--allow-loss: 0), 2 on bad input.

Examples:
  errcat import cos.md --system Cos -o src/cos.rs
  errcat import errors.md --json
  errcat export cos --format markdown | errcat import - --system Cos
  errcat import /usr/include/asm-generic/errno-base.h /usr/include/asm-generic/errno.h --system Errno
  errcat import /usr/include/sqlite3.h --from SQLITE_OK --to SQLITE_OK_SYMLINK --system Sqlite
  errcat import /usr/include/x86_64-linux-gnu/curl/curl.h --enum CURLcode

JSON: {version, system, source, rows_read, entries_written,
rows_not_converted, reported, reports: [{line, message}], entries: [{line,
code, name, identifier, section, message, texts: [{language, text}], doc,
shares_code, http}]}")]
    Import(ImportArgs),

    /// The macro's diagnostics for every `error_catalog!` in files,
    /// directories (their .rs files, recursively) or standard input, without
    /// a build.
    #[command(after_help = "\
Examples:
  errcat check src/billing.rs
  errcat check src --json
  errcat check - < src/billing.rs

JSON: {version, errors, files: [{path, systems: [name], diagnostics:
[{severity, message, line, column, end_line, end_column, notes: [{message,
line, column, end_line, end_column}]}]}]}. Lines and columns count from 1.
Exit status 1 when there is any error.")]
    Check(CheckArgs),

    /// Writes the baseline, errcat.lock, of the catalogues: every entry's
    /// code, name and text hashes, for `#[baseline = "errcat.lock"]`.
    #[command(after_help = "\
Without FILES, every .rs file under the crate's src/ that invokes
error_catalog!; the lock file goes to the crate root (the nearest directory
with a Cargo.toml) unless -o says otherwise. Sorted, one line per entry,
the same bytes for the same catalogues: review it in pull requests.

Examples:
  errcat lock                          write errcat.lock, if there is none
  errcat lock --update                 after a release: record the new state
  errcat lock --check                  in CI: fail when errcat.lock is stale
  errcat lock src/errors.rs -o errors.lock

JSON: {version, path, status: written|updated|up_to_date|out_of_date|missing,
systems: [{name, entries, retired}], added_lines, removed_lines}.
Exit status 1 when the file is out of date (without --update) or missing
(with --check).")]
    Lock(LockArgs),

    /// What changed between two versions of the catalogues, and what breaks
    /// clients.
    #[command(after_help = "\
OLD and NEW are each a file, a directory (every .rs file under it that
invokes error_catalog!) or REV:PATH, read with `git show` (PATH as git
reads it: from the repository root, or ./ for the current directory).

Breaking: an entry removed without being retired, renumbered, renamed; a
code that now carries another entry (reused); a retirement undone; a system
removed. Also reported: added, retired, moved between sections, texts
changed per language, HTTP status changed.

Examples:
  errcat diff v1.2:src/errors.rs src/errors.rs
  errcat diff old/ src/ --format markdown >> CHANGELOG.md

JSON: {version, old, new, breaking, changes: [{system, kind, breaking, name,
code, old, new, language, other}]}. Exit status 1 when a change breaks.")]
    Diff(DiffArgs),

    /// A shell completion script, on stdout.
    #[command(after_help = "\
Examples:
  errcat completions bash > errcat.bash   then `source errcat.bash`
  errcat completions zsh > _errcat        into a directory of $fpath
  errcat completions fish > errcat.fish   into ~/.config/fish/completions
  errcat completions powershell > errcat.ps1")]
    Completions(CompletionsArgs),

    /// The manual page, in roff, on stdout.
    #[command(after_help = "\
Examples:
  errcat man > errcat.1   then `man ./errcat.1`")]
    Man,
}

#[derive(Debug, Args)]
pub struct LookupArgs {
    /// Codes, e.g. -61 404.
    #[arg(required = true, allow_negative_numbers = true, value_name = "CODE")]
    pub codes: Vec<String>,

    /// Only this catalogue (case-insensitive).
    #[arg(long, value_name = "NAME")]
    pub system: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A code, a name, `System::Variant`, or `system/code`.
    #[arg(allow_negative_numbers = true)]
    pub what: String,

    /// Only this catalogue (case-insensitive).
    #[arg(long, value_name = "NAME")]
    pub system: Option<String>,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Text to find in names and messages.
    #[arg(allow_negative_numbers = true)]
    pub text: String,

    /// Only this catalogue (case-insensitive).
    #[arg(long, value_name = "NAME")]
    pub system: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// A catalogue to show in full (case-insensitive).
    pub system: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The catalogue (case-insensitive).
    pub system: String,

    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A heading and a table per section, for a wiki.
    Markdown,
    /// The JSON of `list SYSTEM --json`.
    Json,
    /// One row per entry.
    Csv,
    /// One self-contained page with a search box, for a browser.
    Html,
    /// A `const` object of entries with `fromCode`, `fromName`, `messageIn`.
    Typescript,
    /// A package with a constant per entry, `FromCode`, `FromName`, `Lookup`.
    Go,
    /// An `enum.IntEnum` (a `str` enum for string codes) with `message`, `message_in`, `from_code`, `from_name`.
    Python,
    /// An `enum` with `code()`, `message()`, `messageIn`, `fromCode`, `fromName`.
    Java,
    /// A proto3 `enum` with the codes as values, messages as comments; integer codes only.
    Protobuf,
    /// The JSON Schema of an error reply body, for `OpenAPI` documents.
    JsonSchema,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Markdown documents, or C/C++ headers (`.h`, `.hpp`); `-` reads
    /// standard input. Several files make one catalogue.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// The system's name; by default, from the first file's name.
    #[arg(long, value_name = "NAME")]
    pub system: Option<String>,

    /// Write the source here instead of to stdout; an existing file only
    /// with --force.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Overwrite the file -o names.
    #[arg(long)]
    pub force: bool,

    /// Exit 0 even when rows are not converted or no entry is written.
    #[arg(long)]
    pub allow_loss: bool,

    /// Column roles by header, instead of the guess: code, name, phrase,
    /// message, http, doc, or a language tag (code=Value,name=Symbol,de=German).
    #[arg(long, value_name = "ROLE=HEADER,…")]
    pub columns: Option<String>,

    /// The code type, instead of the guess: `str` keeps every code as
    /// written (`01000`, `22P02`); an integer type converts only the codes it
    /// holds, and reports every other row.
    #[arg(long, value_name = "TYPE", value_parser = clap::builder::PossibleValuesParser::new(crate::import::CODE_TYPES))]
    pub code_type: Option<String>,

    /// Headers: keep only the enumerators of this enum (its tag or typedef name).
    #[arg(long = "enum", value_name = "NAME")]
    pub enum_name: Option<String>,

    /// Headers: keep only the constants whose names start with P (repeatable).
    #[arg(long, value_name = "P")]
    pub prefix: Vec<String>,

    /// Headers: keep the constants from the one named NAME on, in file order.
    #[arg(long, value_name = "NAME")]
    pub from: Option<String>,

    /// Headers: keep the constants up to the one named NAME, included.
    #[arg(long, value_name = "NAME")]
    pub to: Option<String>,

    /// Headers: keep sentinels (`*_LAST`, `*_MAX`, `*_FIRST` that repeat a
    /// code or end an enum) instead of leaving them out.
    #[arg(long)]
    pub keep_sentinels: bool,
}

#[derive(Debug, Args)]
pub struct LockArgs {
    /// Rust files holding `error_catalog!` invocations; by default the crate's.
    #[arg(value_name = "FILE.rs")]
    pub files: Vec<PathBuf>,

    /// Replace an existing lock file that differs: after a release.
    #[arg(long, conflicts_with = "check")]
    pub update: bool,

    /// Write nothing; fail when the lock file is missing or out of date.
    #[arg(long)]
    pub check: bool,

    /// The lock file; by default `errcat.lock` in the crate root.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old version: a file, a directory or REV:PATH.
    pub old: String,

    /// The new version: a file, a directory or REV:PATH.
    pub new: String,

    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// For people: one line per change, breaking ones marked.
    Text,
    /// For tools; the same as --json.
    Json,
    /// For a changelog or a release note: breaking changes first.
    Markdown,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Rust files holding `error_catalog!` invocations, directories (their
    /// .rs files, recursively), or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
}
