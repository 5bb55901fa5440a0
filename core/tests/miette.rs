//! `miette::Diagnostic` for catalogue errors, rendered by miette's graphical
//! report handler as a terminal shows it.

use errcat::{Raise, error_catalog};
use miette::{GraphicalReportHandler, GraphicalTheme};

error_catalog! {
    /// Errors of the storage service.
    pub system Storage {
        /// The path names no file: check it, or create the file first.
        -46628 FILE_NOT_EXIST "文件不存在",
        1 PLAIN "plain",
    }
}

error_catalog! {
    /// A catalogue whose entries each have a documentation page.
    #[url = "https://docs.example.com/errors/{code}/{name}"]
    pub system Documented {
        -46628 FILE_NOT_EXIST "文件不存在",
        #[name = "权限 denied"]
        7 DENIED,
    }
}

fn render(diagnostic: &dyn miette::Diagnostic) -> String {
    let mut out = String::new();
    GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
        .with_links(false)
        .render_report(&mut out, diagnostic)
        .unwrap();
    out
}

#[test]
fn the_report_shows_the_qualified_name_the_message_and_the_doc_as_help() {
    let error = Raise::with_detail(Storage::FileNotExist, "/a.txt");
    let report = render(&error);
    assert!(report.contains("Storage::FILE_NOT_EXIST"), "{report}");
    assert!(report.contains("文件不存在 (FILE_NOT_EXIST, code -46628): /a.txt"), "{report}");
    assert!(report.contains("help: The path names no file: check it, or create the file first."), "{report}");
}

#[test]
fn an_entry_without_a_doc_has_no_help() {
    let report = render(&errcat::Error::new(Storage::Plain));
    assert!(report.contains("Storage::PLAIN"), "{report}");
    assert!(!report.contains("help:"), "{report}");
}

#[test]
fn the_source_is_reported_as_the_cause() {
    let report = render(&Raise::with_source(Storage::Plain, std::io::Error::other("disk gone")));
    assert!(report.contains("disk gone"), "{report}");
}

#[test]
fn the_url_template_of_the_system_is_the_diagnostic_url() {
    use miette::Diagnostic;
    let error = errcat::Error::new(Documented::FileNotExist);
    assert_eq!(error.url().unwrap().to_string(), "https://docs.example.com/errors/-46628/FILE_NOT_EXIST");
    let report = render(&error);
    assert!(report.contains("https://docs.example.com/errors/-46628/FILE_NOT_EXIST"), "{report}");
    // A name that is not URL-safe is percent-encoded into one path segment.
    let error = errcat::Error::new(Documented::Denied);
    assert_eq!(error.url().unwrap().to_string(), "https://docs.example.com/errors/7/%E6%9D%83%E9%99%90%20denied");
    assert_eq!(Documented::SYSTEM.url_template(), Some("https://docs.example.com/errors/{code}/{name}"));
    assert!(errcat::Error::new(Storage::Plain).url().is_none());
}
