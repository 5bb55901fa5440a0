//! `errcat export SYSTEM --format html`: the page fetches nothing and shows
//! markup as text; then, in headless Chromium driven over `WebDriver`, it
//! holds every section and entry, and typing into its search box leaves
//! exactly the rows that match, as computed here from the catalogue's JSON.
//!
//! Without Chromium and chromedriver on PATH the browser tests print a
//! notice and pass, unless `ERRCAT_REQUIRE_BROWSER` is set (CI sets it):
//! then they fail.

mod support;
#[path = "support/webdriver.rs"]
mod webdriver;

use std::collections::BTreeSet;
use std::io::Write;
use std::ops::Deref;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use errcat::Catalog;
use serde_json::Value;
use support::errcat_outside as errcat;
use webdriver::{Browser, Element, Tools};

const MARKUP: &str = "tests/fixtures/markup.rs";
const STRINGS: &str = "tests/fixtures/strings.rs";

/// A code as the page shows it: the number, or a string code as it is.
fn code_text(code: &Value) -> String {
    code.as_str().map_or_else(|| code.to_string(), str::to_owned)
}

fn work_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("html-export")
}

/// The page of `errcat [global…] export SYSTEM --format html`, written
/// to the target directory.
fn export(system: &str, global: &[&str]) -> PathBuf {
    let mut args = global.to_vec();
    args.extend(["export", system, "--format", "html"]);
    let run = errcat(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    std::fs::create_dir_all(work_dir()).unwrap();
    let path = work_dir().join(format!("{system}.html"));
    std::fs::write(&path, run.stdout).unwrap();
    path
}

/// What the page must show, from `export --format json`.
struct Catalogue {
    json: Value,
}

impl Catalogue {
    fn read(system: &str, global: &[&str]) -> Catalogue {
        let mut args = global.to_vec();
        args.extend(["export", system, "--format", "json"]);
        Catalogue { json: errcat(&args).json() }
    }

    fn entries(&self) -> &[Value] {
        self.json["entries"].as_array().unwrap()
    }

    /// The entries whose code, name or any text contains the query,
    /// ignoring case: what the search box should leave.
    fn matching(&self, query: &str) -> Vec<&Value> {
        let query = query.trim().to_lowercase();
        self.entries()
            .iter()
            .filter(|entry| {
                let texts = entry["texts"].as_array().unwrap().iter().map(|text| text["text"].as_str().unwrap());
                std::iter::once(code_text(&entry["code"]).as_str())
                    .chain([entry["name"].as_str().unwrap()])
                    .chain(texts)
                    .any(|field| field.to_lowercase().contains(&query))
            })
            .collect()
    }

    /// The page's ids of the sections holding these entries, enclosing
    /// sections included.
    fn section_ids(entries: &[&Value]) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        for entry in entries {
            let path: Vec<&str> =
                entry["section"].as_array().unwrap().iter().map(|section| section["name"].as_str().unwrap()).collect();
            for depth in 1..=path.len() {
                ids.insert(format!("section-{}", path[..depth].join(".")));
            }
        }
        ids
    }
}

/// The text a reader sees of a Markdown doc: what pulldown-cmark reads as
/// text, code, or HTML shown as text.
fn plain_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser};
    let mut text = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(part) | Event::Code(part) | Event::Html(part) | Event::InlineHtml(part) => text.push_str(&part),
            Event::SoftBreak | Event::HardBreak => text.push('\n'),
            _ => {}
        }
    }
    text
}

/// The text without its white space: how blocks are laid out does not
/// count, what they say does.
fn words(text: &str) -> String {
    text.split_whitespace().collect()
}

fn names(entries: &[&Value]) -> Vec<String> {
    entries.iter().map(|entry| entry["name"].as_str().unwrap().to_owned()).collect()
}

fn count_text(shown: usize, total: usize, query: &str) -> String {
    let entries = if total == 1 { "1 entry".to_owned() } else { format!("{total} entries") };
    if query.trim().is_empty() { entries } else { format!("{shown} of {entries}") }
}

/// Goes to the terminal even when the test harness captures output.
fn notice(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

#[test]
fn the_page_fetches_nothing_and_shows_markup_as_text() {
    let page = std::fs::read_to_string(export("Markup", &["--catalog", MARKUP])).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>\n"));
    for external in ["src=", "<link", "url(", "@import", "<iframe", "<object", "<embed", "srcset"] {
        assert!(!page.contains(external), "{external} in the page");
    }
    // Links go to the page's anchors, or, from a doc, to the web.
    for (at, _) in page.match_indices("href=\"") {
        let target = &page[at + 6..];
        assert!(
            target.starts_with('#') || target.starts_with("https://") || target.starts_with("http://"),
            "a link to {}",
            &page[at..at + 60]
        );
    }
    assert!(page.contains(
        "<a href=\"https://example.com/guide\" title=\"The guide\" rel=\"noopener noreferrer\">the guide</a>"
    ));
    assert!(!page.contains("javascript:alert(1)\""), "an unsafe link keeps its text only");
    assert!(page.contains("this; &lt;b onclick=&quot;alert(1)&quot;&gt;not bold&lt;/b&gt;, <code>a code span</code>"));
    assert!(page.contains("<bdi>שגיאה \u{202e}override</bdi>"), "right-to-left text and its override are isolated");
    assert!(page.contains("content=\"default-src 'none';"), "the policy forbids fetches");
    assert_eq!(page.matches("<script>").count(), 1, "only the page's own script");
    assert!(page.contains("<td class=\"text\" lang=\"en\" data-search><bdi>a &lt; b &amp;&amp; c &gt; d</bdi></td>"));
    assert!(page.contains("小于 &lt;号&gt; &amp; &quot;引号&quot;"));
    assert!(page.contains("<code data-search><bdi>It&#39;s &lt;Quoted&gt; &amp; &quot;Named&quot;</bdi></code>"));
    assert!(page.contains("&lt;/td&gt;&lt;/tr&gt;&lt;script&gt;document.title = &#39;broken&#39;&lt;/script&gt;"));
    assert!(page.contains("&amp;amp; is not an ampersand"));
    assert!(page.contains("&lt;!-- not a comment --&gt;"));
    assert!(page.contains("<strong>Deprecated</strong>: <bdi>use &lt;LESS_THAN&gt; &amp; stop</bdi>"));
    assert!(page.contains("Tags &amp; &lt;entities&gt;"));
    assert!(page.contains("<title>Markup error codes</title>"));
}

#[test]
fn help_and_readme_name_the_html_format() {
    let help = errcat(&["export", "--help"]).stdout;
    assert!(help.contains("errcat export cos --format html"), "{help}");
    assert!(help.contains("html"), "{help}");
    let readme = std::fs::read_to_string(support::package_path("README.md")).unwrap();
    assert!(readme.contains("--format markdown\\|json\\|csv\\|html"), "the commands table lists html");
}

/// A browser for one test; only one runs at a time, so two cores are not
/// shared by several Chromiums.
struct Session {
    browser: Browser,
    _turn: MutexGuard<'static, ()>,
}

impl Deref for Session {
    type Target = Browser;
    fn deref(&self) -> &Browser {
        &self.browser
    }
}

static ONE_BROWSER_AT_A_TIME: Mutex<()> = Mutex::new(());

fn browser(test: &str) -> Option<Session> {
    let tools = match Tools::find() {
        Ok(tools) => tools,
        Err(missing) => {
            assert!(
                std::env::var_os("ERRCAT_REQUIRE_BROWSER").is_none(),
                "ERRCAT_REQUIRE_BROWSER is set but {missing}: install Debian's chromium and chromium-driver \
                 (apt-get install chromium chromium-driver)"
            );
            let rule = "!".repeat(78);
            notice(&format!(
                "\n{rule}\nSKIPPED browser test `{test}`: {missing}.\nInstall Debian's chromium and chromium-driver \
                 to run it; with ERRCAT_REQUIRE_BROWSER set (CI sets it) this is a failure.\n{rule}\n"
            ));
            return None;
        }
    };
    let turn = ONE_BROWSER_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner);
    let browser = Browser::start(&tools, &work_dir().join(test), (1280, 1000));
    Some(Session { browser, _turn: turn })
}

/// What the page shows now: rows and sections that are rendered (not inside
/// anything hidden), and the count beside the search box.
#[derive(Debug)]
struct Shown {
    rows: Vec<String>,
    sections: BTreeSet<String>,
    count: String,
    no_match: bool,
}

fn shown(browser: &Browser) -> Shown {
    let state = browser.execute(
        "const shown = (element) => element.getClientRects().length > 0;
         return {
           rows: Array.from(document.querySelectorAll('tr.entry')).filter(shown)
             .map((row) => row.querySelector('th.name code').textContent),
           sections: Array.from(document.querySelectorAll('main section')).filter(shown).map((section) => section.id),
           count: document.getElementById('count').textContent,
           noMatch: shown(document.getElementById('no-match')),
         };",
    );
    let strings = |value: &Value| -> Vec<String> {
        value.as_array().unwrap().iter().map(|item| item.as_str().unwrap().to_owned()).collect()
    };
    Shown {
        rows: strings(&state["rows"]),
        sections: strings(&state["sections"]).into_iter().collect(),
        count: state["count"].as_str().unwrap().to_owned(),
        no_match: state["noMatch"].as_bool().unwrap(),
    }
}

/// The page shows exactly the entries that match `query`, the sections that
/// hold them, and their count.
#[track_caller]
fn assert_filtered(browser: &Browser, catalogue: &Catalogue, query: &str) -> usize {
    let expected = catalogue.matching(query);
    let total = catalogue.entries().len();
    let shown = shown(browser);
    assert_eq!(shown.rows, names(&expected), "rows shown for {query:?}");
    let sections = if query.is_empty() {
        catalogue.json["system"]["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|section| format!("section-{}", section["path"].as_str().unwrap().replace("::", ".")))
            .collect()
    } else {
        Catalogue::section_ids(&expected)
    };
    assert_eq!(shown.sections, sections, "sections shown for {query:?}");
    assert_eq!(shown.count, count_text(expected.len(), total, query));
    assert_eq!(shown.no_match, expected.is_empty(), "the no-match line for {query:?}");
    expected.len()
}

/// Every entry is a row with its code, name, HTTP status, a text per
/// language and its notes, in declaration order; and every section is
/// there.
fn assert_complete(browser: &Browser, catalogue: &Catalogue) {
    let rows = browser.execute(
        "return Array.from(document.querySelectorAll('tr.entry'), (row) => ({
           code: row.querySelector('td.code').textContent,
           name: row.querySelector('th.name code').textContent,
           texts: Array.from(row.querySelectorAll('td.text'), (cell) => [cell.lang, cell.textContent]),
           notes: row.querySelector('td.notes')?.textContent ?? '',
           http: row.querySelector('td.http')?.textContent ?? null,
         }));",
    );
    let has_http = catalogue.entries().iter().any(|entry| !entry["http"].is_null());
    let header =
        browser.execute("return Array.from(document.querySelectorAll('thead th'), (cell) => cell.textContent);");
    assert_eq!(
        header.as_array().unwrap().iter().any(|cell| cell == "HTTP"),
        has_http,
        "an HTTP column when any entry has a status"
    );
    let rows = rows.as_array().unwrap();
    let system = &catalogue.json["system"];
    let languages: Vec<&str> =
        system["languages"].as_array().unwrap().iter().map(|tag| tag.as_str().unwrap()).collect();
    assert_eq!(rows.len(), catalogue.entries().len());
    for (row, entry) in rows.iter().zip(catalogue.entries()) {
        assert_eq!(row["code"].as_str().unwrap(), code_text(&entry["code"]));
        assert_eq!(row["name"], entry["name"]);
        let texts: Vec<(String, String)> = entry["texts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|text| (text["language"].as_str().unwrap_or("").to_owned(), text["text"].as_str().unwrap().to_owned()))
            .collect();
        let expected: Vec<(String, String)> = if languages.is_empty() {
            vec![(String::new(), entry["message"].as_str().unwrap().to_owned())]
        } else {
            languages
                .iter()
                .map(|&language| {
                    let text = texts.iter().find(|(tag, _)| tag == language).map_or("", |(_, text)| text.as_str());
                    (language.to_owned(), text.to_owned())
                })
                .collect()
        };
        let cells: Vec<(String, String)> = row["texts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|cell| (cell[0].as_str().unwrap().to_owned(), cell[1].as_str().unwrap().to_owned()))
            .collect();
        assert_eq!(cells, expected, "the texts of {}", entry["name"]);
        let notes = row["notes"].as_str().unwrap();
        let shown = words(notes);
        for paragraph in entry["doc"].as_str().unwrap().split("\n\n") {
            let paragraph = words(&plain_text(paragraph));
            assert!(shown.contains(&paragraph), "{paragraph:?} not in the notes of {}: {notes:?}", entry["name"]);
        }
        if has_http {
            let http = row["http"].as_str().unwrap();
            match entry["http"]["status"].as_u64() {
                Some(status) => assert!(http.starts_with(&status.to_string()), "{http:?} for {}", entry["name"]),
                None => assert_eq!(http, "", "{}", entry["name"]),
            }
            if let Some(section) = entry["http"]["inherited_from"].as_str() {
                assert!(http.contains(section), "{http:?}");
            }
        }
        assert_eq!(notes.contains("Deprecated"), !entry["deprecated"].is_null(), "{notes:?}");
        if let Some(note) = entry["deprecated"].as_str() {
            assert!(notes.contains(note), "{notes:?}");
        }
        for twin in entry["shares_code_with"].as_array().unwrap() {
            assert!(notes.contains(&format!("Shares code {} with", code_text(&entry["code"]))), "{notes:?}");
            assert!(notes.contains(twin.as_str().unwrap()), "{notes:?}");
        }
    }
    assert_sections(browser, catalogue);
}

/// Every section is there with its title, name and range, inside its
/// parent and indented from it.
fn assert_sections(browser: &Browser, catalogue: &Catalogue) {
    let system = &catalogue.json["system"];
    let sections = browser.execute(
        "return Array.from(document.querySelectorAll('main section'), (section) => ({
           id: section.id,
           heading: section.querySelector('h2, h3, h4, h5, h6').textContent,
           parent: section.parentElement.closest('section')?.id ?? null,
           indent: section.getBoundingClientRect().left,
         }));",
    );
    let sections = sections.as_array().unwrap();
    let declared = system["sections"].as_array().unwrap();
    assert_eq!(sections.len(), declared.len());
    for (shown, section) in sections.iter().zip(declared) {
        let id = |section: &Value| format!("section-{}", section["path"].as_str().unwrap().replace("::", "."));
        assert_eq!(shown["id"].as_str().unwrap(), id(section));
        let heading = shown["heading"].as_str().unwrap();
        let title =
            section["title"].as_str().filter(|title| !title.is_empty()).unwrap_or(section["name"].as_str().unwrap());
        assert!(heading.starts_with(title), "{heading:?}");
        assert!(heading.contains(section["name"].as_str().unwrap()), "{heading:?}");
        if let Some([low, high]) = section["range"].as_array().map(Vec::as_slice) {
            let range = if low == high { low.to_string() } else { format!("{low}..={high}") };
            assert!(heading.contains(&range), "{heading:?}");
        }
        if let Some(prefix) = section["prefix"].as_str() {
            assert!(heading.contains(&format!("{prefix:?}")), "{heading:?}");
        }
        match section["parent"].as_u64() {
            None => assert!(shown["parent"].is_null(), "{shown}"),
            Some(parent) => {
                let parent = &sections[usize::try_from(parent).unwrap()];
                assert_eq!(shown["parent"], parent["id"], "nested in its parent");
                assert!(shown["indent"].as_f64() > parent["indent"].as_f64(), "indented from its parent: {shown}");
            }
        }
    }
}

/// The search box is labelled, every table has column headers, and the page
/// loaded nothing.
fn assert_accessible_and_offline(browser: &Browser) {
    let facts = browser.execute(
        "return {
           label: document.querySelector('label[for=search]')?.textContent ?? null,
           tables: document.querySelectorAll('table').length,
           headed: document.querySelectorAll('table thead th[scope=col]').length > 0
             && Array.from(document.querySelectorAll('table')).every((table) => table.querySelector('thead th[scope=col]')),
           resources: performance.getEntriesByType('resource').map((entry) => entry.name),
           scheme: location.protocol,
         };",
    );
    assert_eq!(facts["label"], "Search");
    assert_eq!(facts["headed"], true, "{facts}");
    assert_eq!(facts["resources"], serde_json::json!([]), "the page fetched something");
    assert_eq!(facts["scheme"], "file:");
}

fn screenshot(browser: &Browser, name: &str) {
    let path = work_dir().join(name);
    browser.screenshot(&path);
    notice(&format!("screenshot: {}", path.display()));
}

fn type_and_check(browser: &Browser, search: &Element, catalogue: &Catalogue, typed: &mut String, keys: &str) -> usize {
    browser.send_keys(search, keys);
    typed.push_str(keys);
    assert_filtered(browser, catalogue, typed)
}

fn erase_and_check(browser: &Browser, search: &Element, catalogue: &Catalogue, typed: &mut String) {
    browser.erase(search);
    typed.clear();
    assert_eq!(assert_filtered(browser, catalogue, ""), catalogue.entries().len(), "every row is back");
}

#[test]
fn cos_page_filters_rows_as_one_types() {
    let Some(browser) = browser("cos") else { return };
    let started = Instant::now();
    let page = export("Cos", &[]);
    let catalogue = Catalogue::read("Cos", &[]);
    browser.open(&page);
    assert_accessible_and_offline(&browser);
    assert_complete(&browser, &catalogue);
    assert_filtered(&browser, &catalogue, "");

    let search = browser.find("#search");
    let mut typed = String::new();
    type_and_check(&browser, &search, &catalogue, &mut typed, "-6");
    let shared = type_and_check(&browser, &search, &catalogue, &mut typed, "1");
    let with_code: Vec<&str> =
        errcat_catalogs::Cos::all_with_code(-61).iter().map(|&entry| Catalog::entry(entry).name()).collect();
    assert_eq!(shown(&browser).rows, with_code, "-61 names the two entries that share it, and no other");
    assert_eq!(shared, 2);
    erase_and_check(&browser, &search, &catalogue, &mut typed);

    let found = type_and_check(&browser, &search, &catalogue, &mut typed, "文件");
    let search_json = errcat(&["search", "文件", "--system", "cos", "--json"]).json();
    let searched: Vec<&str> =
        search_json["entries"].as_array().unwrap().iter().map(|entry| entry["name"].as_str().unwrap()).collect();
    assert_eq!(shown(&browser).rows, searched, "the page finds what `errcat search` finds");
    assert!(found > 1 && found < catalogue.entries().len());
    screenshot(&browser, "cos-search.png");
    type_and_check(&browser, &search, &catalogue, &mut typed, "没有这样的文字");
    assert!(shown(&browser).no_match);
    erase_and_check(&browser, &search, &catalogue, &mut typed);
    assert_accessible_and_offline(&browser);
    notice(&format!("browser test on Cos: {:.1} s", started.elapsed().as_secs_f64()));
}

#[test]
fn two_language_page_matches_either_language_ignoring_case() {
    let Some(browser) = browser("bkrepo") else { return };
    let page = export("BkRepo", &[]);
    let catalogue = Catalogue::read("BkRepo", &[]);
    browser.open(&page);
    assert_accessible_and_offline(&browser);
    assert_complete(&browser, &catalogue);
    let columns = browser.execute(
        "return Array.from(document.querySelectorAll('table')[0].tHead.rows[0].cells, (cell) => cell.textContent);",
    );
    assert_eq!(columns, serde_json::json!(["Code", "Name", "Text (zh)", "Text (en)", "Notes"]));

    let search = browser.find("#search");
    let mut typed = String::new();
    let english = type_and_check(&browser, &search, &catalogue, &mut typed, "Not FOUND");
    assert!(english > 1, "{english}");
    erase_and_check(&browser, &search, &catalogue, &mut typed);
    let chinese = type_and_check(&browser, &search, &catalogue, &mut typed, "仓库");
    assert!(chinese > 1 && Catalogue::section_ids(&catalogue.matching("仓库")).len() < 4, "{chinese}");
    screenshot(&browser, "bkrepo-search.png");
    erase_and_check(&browser, &search, &catalogue, &mut typed);
}

#[test]
fn nested_sections_stay_visible_around_a_match() {
    let Some(browser) = browser("mcsl") else { return };
    let page = export("Mcsl", &[]);
    let catalogue = Catalogue::read("Mcsl", &[]);
    browser.open(&page);
    assert_complete(&browser, &catalogue);
    let ranges = browser.execute(
        "return Array.from(document.querySelectorAll('header li[data-kind]'), (item) => ({
           kind: item.dataset.kind,
           block: item.closest('div').querySelector('strong').textContent,
           text: item.textContent,
           shown: item.getClientRects().length > 0,
         }));",
    );
    let ranges = ranges.as_array().unwrap();
    let declared = catalogue.json["system"]["reserved"].as_array().unwrap();
    assert_eq!(ranges.len(), declared.len());
    for (shown, declared) in ranges.iter().zip(declared) {
        assert_eq!(shown["kind"], declared["kind"]);
        assert_eq!(shown["block"], if declared["kind"] == "open" { "Open" } else { "Reserved" }, "{shown}");
        let [low, high] = [&declared["range"][0], &declared["range"][1]];
        assert!(shown["text"].as_str().unwrap().starts_with(&format!("{low}..={high}")), "{shown}");
        assert_eq!(shown["shown"], true);
    }
    assert_eq!(ranges.iter().filter(|range| range["kind"] == "open").count(), 1, "Mcsl's 60000..=99999 is open");
    screenshot(&browser, "mcsl-header.png");
    // Below the sticky search bar, where the nesting shows.
    browser.execute("document.getElementById('section-Server').scrollIntoView(); window.scrollBy(0, -80);");
    screenshot(&browser, "mcsl-nested.png");
    let search = browser.find("#search");
    let mut typed = String::new();
    type_and_check(&browser, &search, &catalogue, &mut typed, "上传");
    assert_eq!(
        shown(&browser).sections,
        ["section-Server", "section-Server.File", "section-Server.File.UploadDownload"].map(str::to_owned).into(),
    );
    erase_and_check(&browser, &search, &catalogue, &mut typed);
}

#[test]
fn markup_in_a_catalogue_is_shown_and_found_as_text() {
    let Some(browser) = browser("markup") else { return };
    let global = ["--catalog", MARKUP];
    let page = export("Markup", &global);
    let catalogue = Catalogue::read("Markup", &global);
    browser.open(&page);
    assert_complete(&browser, &catalogue);
    assert_eq!(browser.execute("return document.title;"), "Markup error codes", "no script from a message ran");
    assert_eq!(browser.execute("return document.scripts.length;"), 1);
    let doc = browser.execute(
        "const notes = document.querySelector('#entry-Plain td.notes');
         const link = notes.querySelector('a');
         return {
           links: Array.from(notes.querySelectorAll('a'), (a) => [a.textContent, a.getAttribute('href')]),
           code: notes.querySelector('code')?.textContent ?? null,
           bold: notes.querySelector('b') !== null,
           text: notes.textContent,
           clickable: link !== null && link.getClientRects().length > 0,
         };",
    );
    assert_eq!(doc["links"], serde_json::json!([["the guide", "https://example.com/guide"]]), "{doc}");
    assert_eq!(doc["clickable"], true);
    assert_eq!(doc["code"], "a code span");
    assert_eq!(doc["bold"], false, "HTML in a doc is text");
    assert!(doc["text"].as_str().unwrap().contains("<b onclick=\"alert(1)\">not bold</b>"), "{doc}");
    let isolated =
        browser.execute("return document.querySelector('#entry-RightToLeft td.text bdi')?.textContent ?? null;");
    assert_eq!(isolated, "שגיאה \u{202e}override");
    // A narrow screen: long words wrap instead of widening the page.
    browser.resize(360, 800);
    let overflow = browser.execute(
        "return { page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth };",
    );
    let wide = browser.execute(
        "return Array.from(document.querySelectorAll('body *'))
           .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
           .map((element) => element.tagName + '.' + element.className).slice(0, 10);",
    );
    assert!(
        overflow["page"].as_u64() <= overflow["window"].as_u64(),
        "the page is wider than the window: {overflow}; wider elements: {wide}"
    );
    let overflowing = browser.execute(
        "return Array.from(document.querySelectorAll('td, th, p, h1, h2, li'))
           .filter((cell) => cell.getClientRects().length > 0 && cell.scrollWidth > cell.clientWidth + 1)
           .map((cell) => cell.textContent.slice(0, 40));",
    );
    assert_eq!(overflowing, serde_json::json!([]), "text wider than its box");
    browser.execute("document.getElementById('entry-Plain').scrollIntoView();");
    screenshot(&browser, "markup-narrow.png");
    browser.resize(1280, 1000);
    let search = browser.find("#search");
    let mut typed = String::new();
    assert_eq!(type_and_check(&browser, &search, &catalogue, &mut typed, "</td>"), 1);
    erase_and_check(&browser, &search, &catalogue, &mut typed);
    assert_eq!(type_and_check(&browser, &search, &catalogue, &mut typed, "\"引号\""), 1);
}

#[test]
fn string_codes_are_shown_isolated_and_found_as_text() {
    let Some(browser) = browser("strings") else { return };
    let global = ["--catalog", STRINGS];
    let page = export("SqlState", &global);
    let catalogue = Catalogue::read("SqlState", &global);
    browser.open(&page);
    assert_complete(&browser, &catalogue);
    let search = browser.find("#search");
    let mut typed = String::new();
    assert_eq!(type_and_check(&browser, &search, &catalogue, &mut typed, "22p0"), 1, "codes match ignoring case");
    erase_and_check(&browser, &search, &catalogue, &mut typed);
    assert_eq!(type_and_check(&browser, &search, &catalogue, &mut typed, "2202E"), 2);
    assert_eq!(shown(&browser).rows, ["ARRAY_SUBSCRIPT_ERROR", "ARRAY_ELEMENT_ERROR"]);

    let page = export("S3", &global);
    let catalogue = Catalogue::read("S3", &global);
    browser.open(&page);
    assert_complete(&browser, &catalogue);
    let isolated = browser.execute("return document.querySelector('#entry-Odd td.code bdi')?.textContent ?? null;");
    assert_eq!(isolated, "q\"\\\u{202e}é'`${x}*/", "the code is text, isolated");
    assert_eq!(browser.execute("return document.querySelector('td.code b');"), Value::Null, "markup in a code is text");
    let search = browser.find("#search");
    let mut typed = String::new();
    assert_eq!(type_and_check(&browser, &search, &catalogue, &mut typed, "é'"), 2);
    erase_and_check(&browser, &search, &catalogue, &mut typed);
    assert_eq!(type_and_check(&browser, &search, &catalogue, &mut typed, "nosuchk"), 1);
}
