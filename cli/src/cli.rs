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
  errcat import errors.md --system Billing -o src/billing.rs
  errcat check src/billing.rs               the compiler's diagnostics, without a build
  errcat completions bash                   a completion script (also zsh, fish, powershell)

Catalogues: inside a cargo project, the `error_catalog!` invocations in the
sources of the workspace's members (found with `cargo metadata`, never
built), those of `--catalog PATH`, and the built-in ones unless
`--no-builtin`. One that does not check is skipped with a warning naming its
file and line; `errcat check` shows every problem.

Exit status: 0 on success; 1 when something asked for was not found, or
`check` found errors; 2 on bad input (unknown system, malformed code,
unreadable file, a Markdown file without an error table) or bad usage; with
--json, a failure is one object on stdout:
{\"version\": 1, \"error\": {\"kind\", \"message\", \"suggestions\"?}}.";

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
  explain {version, query, entries: [Entry], suggestions: [{system, name}]}
  search  {version, query, entries: [Entry]}
  list    {version, systems: [System]}; with SYSTEM: {version, system: System,
           entries: [Entry]}
  export  --format json: as `list SYSTEM`
  import  {version, system, source, rows_read, entries_written, reported,
           reports: [{line, message}], entries: [ImportedEntry]}
  check   {version, errors, files: [{path, systems: [name],
           diagnostics: [Diagnostic]}]}
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

    /// A whole catalogue as Markdown (a table per section), JSON, CSV or HTML.
    #[command(after_help = "\
Examples:
  errcat export cos --format markdown > cos-errors.md
  errcat export polaris --format csv
  errcat export cos --format html > cos.html

HTML is one self-contained page that fetches nothing: every section, nested
as declared, every entry with its texts and notes, and a search box that
filters the rows by code, name or text as you type.

CSV columns: system, section, section_title, code, name, variant, message,
message_<language> for each further language, doc, deprecated,
shares_code_with. JSON (--format json or --json) is as `list SYSTEM --json`.")]
    Export(ExportArgs),

    /// Draft `error_catalog!` source from a Markdown document of error tables.
    #[command(after_help = "\
Reads GFM tables whose header has a code column (错误码, 响应码, 返回码, code,
error code, …) and any of: a name column (名称, 错误码名称, name), a
description column (描述, 说明, 错误原因, description, message), language
columns (中文, 英文, Chinese, English); and plain `CODE NAME text` lines.
A description is a message in the language of its text, or the entry's doc
when another column already gives that language (名称 | 中文 | 说明: name,
Chinese message, doc).
Each heading becomes a section, nested headings nested sections; a single
heading above everything titles the system instead. Ranges come only from
headings that state them (`40000 ~ 59999`); a heading that states a range and
says 保留/reserved becomes `reserved`.

Every row that had to be changed or could not be converted is reported on
stderr with its line number, then `N rows read, N entries written, N
reported`.

Examples:
  errcat import cos.md --system Cos -o src/cos.rs
  errcat import errors.md --json

JSON: {version, system, source, rows_read, entries_written, reported,
reports: [{line, message}], entries: [{line, code, name, identifier, section,
message, texts: [{language, text}], doc, shares_code}]}")]
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
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A Markdown document.
    pub file: PathBuf,

    /// The system's name; by default, from the file name.
    #[arg(long, value_name = "NAME")]
    pub system: Option<String>,

    /// Write the source here instead of to stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
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
