//! Messages rendered with their arguments: named placeholders in two
//! languages, and a printf-style catalogue of real database-server messages.

use errcat::{Catalog, PlaceholderSyntax, error_catalog};

error_catalog! {
    #[languages(zh, en)]
    pub system Storage {
        -46628 FILE_NOT_EXIST "文件 {path} 不存在" en "File {path} not found",
        -46629 COPY_FAILED "无法把 {from} 复制到 {to}" en "Cannot copy {from} to {to}: {from} is locked",
        -46630 BRACES "在 {path} 附近应为 {{ 或 }}" en "expected {{ or }} near {path}",
        -46631 NO_MESSAGE,
        -46632 PERCENT "已完成 100% {{0}}" en "100% done",
    }

    /// MySQL server errors: the codes and names of `mysqld_error.h`, the
    /// English messages of MySQL 5.7's `sql/share/errmsg-utf8.txt` (1006 as
    /// MySQL 5.5 wrote it, before `%d - %s`).
    #[placeholders(printf)]
    // The server's names all start with `ER_`.
    #[allow(clippy::enum_variant_names)]
    pub system MySql: u16 {
        1006 ER_CANT_CREATE_DB "Can't create database '%-.192s' (errno: %d)",
        1045 ER_ACCESS_DENIED_ERROR "Access denied for user '%-.48s'@'%-.64s' (using password: %s)",
        1049 ER_BAD_DB_ERROR "Unknown database '%-.192s'",
        1054 ER_BAD_FIELD_ERROR "Unknown column '%-.192s' in '%-.192s'",
        1062 ER_DUP_ENTRY "Duplicate entry '%-.192s' for key %d",
        1064 ER_PARSE_ERROR "%s near '%-.80s' at line %d",
        1136 ER_WRONG_VALUE_COUNT_ON_ROW "Column count doesn't match value count at row %ld",
        1146 ER_NO_SUCH_TABLE "Table '%-.192s.%-.192s' doesn't exist",
        1406 ER_DATA_TOO_LONG "Data too long for column '%s' at row %ld",
    }

    /// MariaDB's texts of the same errors, with its own conversions: `%M`
    /// (an error number and its text) and `` %`s `` (an identifier in
    /// backticks), as `perror 1005 1006` prints them.
    #[placeholders(printf)]
    #[allow(clippy::enum_variant_names)]
    pub system MariaDb: u16 {
        1005 ER_CANT_CREATE_TABLE "Can't create table %`s.%`s (errno: %M)",
        1006 ER_CANT_CREATE_DB "Can't create database '%-.192s' (errno: %M)",
    }

    /// Widths and flags, as C's printf writes them.
    #[placeholders(printf)]
    pub system Widths {
        1 RIGHT "[%5d] [%5s] [%.2s]",
        2 LEFT "[%-5d] [%-6.3s]",
        3 ZEROS "[%05d] [%05d] [%05s] [%3d]",
        4 PERCENT "100%% of %s {not a placeholder}",
    }
}

#[test]
fn named_placeholders_are_filled_in_every_language() {
    let entry = Storage::FileNotExist.entry();
    let path = std::path::Path::new("/data/a.txt");
    assert_eq!(entry.render(&[("path", &path.display())]).to_string(), "文件 /data/a.txt 不存在");
    assert_eq!(
        entry.render_in("en", &[("path", &path.display())]).map(|text| text.to_string()).as_deref(),
        Some("File /data/a.txt not found")
    );
    assert_eq!(
        entry.render_in("zh", &[("path", &"b.txt")]).map(|text| text.to_string()).as_deref(),
        Some("文件 b.txt 不存在")
    );
    assert!(entry.render_in("fr", &[("path", &"b.txt")]).is_none());
    let copy = Storage::CopyFailed.render_in("en", &[("to", &"/b"), ("from", &"/a"), ("unused", &1)]);
    assert_eq!(copy.map(|text| text.to_string()).as_deref(), Some("Cannot copy /a to /b: /a is locked"));
}

#[test]
fn a_missing_argument_renders_as_its_placeholder() {
    assert_eq!(Storage::FileNotExist.render(&[]).to_string(), "文件 {path} 不存在");
    assert_eq!(Storage::CopyFailed.render(&[("to", &"/b")]).to_string(), "无法把 {from} 复制到 /b");
    assert_eq!(
        Storage::FileNotExist.render_in("en", &[("file", &"a")]).map(|text| text.to_string()).as_deref(),
        Some("File {path} not found")
    );
    assert_eq!(Storage::NoMessage.render(&[("path", &"a")]).to_string(), "");
    assert_eq!(MySql::ErDupEntry.render(&[("entry", &"alice")]).to_string(), "Duplicate entry 'alice' for key %d");
}

#[test]
fn escapes_are_written_as_one_brace() {
    assert_eq!(Storage::Braces.message(), "在 {path} 附近应为 {{ 或 }}");
    assert_eq!(Storage::Braces.render(&[("path", &"第 3 行")]).to_string(), "在 第 3 行 附近应为 { 或 }");
    assert_eq!(Storage::Braces.to_string(), "在 {path} 附近应为 { 或 } (BRACES, code -46630)");
    assert_eq!(Storage::Percent.render(&[("0", &"x")]).to_string(), "已完成 100% {0}");
    assert_eq!(Storage::NoMessage.to_string(), "NO_MESSAGE (code -46631)");
}

#[test]
fn the_template_is_the_message_as_declared() {
    let rendered = Storage::FileNotExist.render(&[("path", &"a")]);
    assert_eq!(rendered.template(), "文件 {path} 不存在");
    assert!(!rendered.is_empty());
    assert!(Storage::NoMessage.render(&[]).is_empty());
    assert_eq!(Storage::SYSTEM.placeholder_syntax(), PlaceholderSyntax::Named);
    assert_eq!(MySql::SYSTEM.placeholder_syntax(), PlaceholderSyntax::Printf);
}

#[test]
fn printf_conversions_take_the_arguments_in_order() {
    assert_eq!(
        MySql::ErDupEntry.render(&[("entry", &"alice@example.com"), ("key", &2)]).to_string(),
        "Duplicate entry 'alice@example.com' for key 2"
    );
    assert_eq!(
        MySql::ErCantCreateDb.render(&[("database", &"shop"), ("errno", &13)]).to_string(),
        "Can't create database 'shop' (errno: 13)"
    );
    assert_eq!(
        MySql::ErBadFieldError.render(&[("column", &"prcie"), ("clause", &"field list")]).to_string(),
        "Unknown column 'prcie' in 'field list'"
    );
    assert_eq!(
        MySql::ErAccessDeniedError
            .render(&[("user", &"root"), ("host", &"localhost"), ("password", &"YES")])
            .to_string(),
        "Access denied for user 'root'@'localhost' (using password: YES)"
    );
    assert_eq!(
        MySql::ErParseError
            .render(&[("message", &"You have an error in your SQL syntax"), ("near", &"FORM users"), ("line", &1)])
            .to_string(),
        "You have an error in your SQL syntax near 'FORM users' at line 1"
    );
    assert_eq!(
        MySql::ErNoSuchTable.render(&[("database", &"shop"), ("table", &"orders")]).to_string(),
        "Table 'shop.orders' doesn't exist"
    );
    assert_eq!(
        MySql::ErWrongValueCountOnRow.render(&[("row", &3_u64)]).to_string(),
        "Column count doesn't match value count at row 3"
    );
    assert_eq!(MySql::ErDupEntry.to_string(), "Duplicate entry '%-.192s' for key %d (ER_DUP_ENTRY, code 1062)");
}

#[test]
fn a_precision_truncates_a_string_to_that_many_characters() {
    let long = "é".repeat(200);
    let rendered = MySql::ErBadDbError.render(&[("database", &long)]).to_string();
    assert_eq!(rendered, format!("Unknown database '{}'", "é".repeat(192)));
    let near = "x".repeat(100);
    let parse = MySql::ErParseError.render(&[("message", &"syntax error"), ("near", &near), ("line", &7)]).to_string();
    assert_eq!(parse, format!("syntax error near '{}' at line 7", "x".repeat(80)));
    // `%s` without a precision keeps everything.
    let column = "c".repeat(300);
    let too_long = MySql::ErDataTooLong.render(&[("column", &column), ("row", &1)]).to_string();
    assert_eq!(too_long, format!("Data too long for column '{column}' at row 1"));
}

#[test]
fn mariadb_conversions_are_filled() {
    let errno = format_args!("{} \"{}\"", 13, "Permission denied").to_string();
    assert_eq!(
        MariaDb::ErCantCreateTable
            .render(&[("database", &"shop"), ("table", &"orders"), ("errno", &errno)])
            .to_string(),
        "Can't create table `shop`.`orders` (errno: 13 \"Permission denied\")"
    );
    assert_eq!(
        MariaDb::ErCantCreateDb.render(&[("database", &"shop")]).to_string(),
        "Can't create database 'shop' (errno: %M)"
    );
}

#[test]
fn widths_pad_and_flags_justify() {
    assert_eq!(Widths::Right.render(&[("", &42), ("", &"ab"), ("", &"abc")]).to_string(), "[   42] [   ab] [ab]");
    assert_eq!(Widths::Left.render(&[("", &42), ("", &"abcdef")]).to_string(), "[42   ] [abc   ]");
    assert_eq!(
        Widths::Zeros.render(&[("", &-42), ("", &7), ("", &"ab"), ("", &12345)]).to_string(),
        "[-0042] [00007] [   ab] [12345]"
    );
    assert_eq!(Widths::Percent.render(&[("", &"cases")]).to_string(), "100% of cases {not a placeholder}");
    assert_eq!(Widths::Percent.render(&[]).to_string(), "100% of %s {not a placeholder}");
}

/// The codes and names are the server's own: each is a `#define` of the
/// `mysqld_error.h` that Debian's `libmariadb-dev` installs (`.ci/run`
/// installs it; `ERRCAT_REQUIRE_HEADERS=1` makes its absence a failure).
#[test]
fn codes_and_names_are_those_of_mysqld_error_h() {
    let path = std::path::Path::new("/usr/include/mariadb/mysqld_error.h");
    let Ok(header) = std::fs::read_to_string(path) else {
        assert!(
            std::env::var_os("ERRCAT_REQUIRE_HEADERS").is_none_or(|value| value != "1"),
            "{} is missing: install Debian's libmariadb-dev",
            path.display()
        );
        eprintln!("skipped: {} is missing (install libmariadb-dev)", path.display());
        return;
    };
    let entries = MySql::ALL.iter().map(|entry| (entry.name(), entry.code()));
    let entries = entries.chain(MariaDb::ALL.iter().map(|entry| (entry.name(), entry.code())));
    for (name, code) in entries {
        let line = format!("#define {name} {code}");
        assert!(header.lines().any(|written| written.trim_end() == line), "`{line}` is not in {}", path.display());
    }
}
