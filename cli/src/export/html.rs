//! One self-contained HTML page: the system, its sections nested as
//! declared, a table of entries per run of a section's own entries, and a
//! search box that filters the rows as one types. Styles and the script are
//! inline and the page loads nothing: its Content-Security-Policy forbids
//! every fetch, so it works offline and from a file.
//!
//! Catalogue text is data: names, titles and messages are escaped and
//! isolated in `<bdi>`, so that right-to-left text or a stray bidi control
//! cannot reorder what is around it. Doc comments are Markdown, rendered
//! with pulldown-cmark: HTML written in them is shown as text, and a link
//! is a link only to `http:`, `https:`, `mailto:` or an anchor of the page.

use std::fmt::Write;
use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::export::{has_http, text_in, text_languages, twins};
use crate::view::{EntryView, SectionView, SystemView, format_range};

pub fn render(system: &SystemView) -> String {
    // Room for the page of a large catalogue (about 700 bytes an entry),
    // so that it is not copied as it grows.
    let mut page = String::with_capacity(16 * 1024 + 1024 * system.entries.len());
    let name = escape(&system.name);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"errcat {}\">\n\
         <title>{name} error codes</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION")
    );
    header(&mut page, system);
    contents(&mut page, system);
    page.push_str("<main>\n");
    let columns = Columns::of(system);
    let top: Vec<usize> = (0..system.sections.len()).filter(|&index| system.sections[index].parent.is_none()).collect();
    body(&mut page, system, &columns, 0..system.entries.len(), None, &top);
    page.push_str("<p id=\"no-match\" hidden>No entry matches.</p>\n</main>\n");
    let _ = write!(
        page,
        "<footer>Written by <code>errcat export {name} --format html</code>.</footer>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    page
}

/// The title, the system's doc, its figures, its reserved ranges and the
/// search box, which the script shows: without it the box could not work.
fn header(page: &mut String, system: &SystemView) {
    let _ = write!(page, "<header>\n<h1>{} <span class=\"quiet\">error codes</span></h1>\n", isolated(&system.name));
    paragraphs(page, &system.doc, "doc");
    let mut facts = vec![plural(system.entries.len(), "entry", "entries")];
    if !system.sections.is_empty() {
        facts.push(plural(system.sections.len(), "section", "sections"));
    }
    if let Some(span) = system.code_span() {
        facts.push(format!("codes <code>{}</code>", escape(&format_range(span))));
    }
    if !system.languages.is_empty() {
        facts.push(format!("languages {}", escape(&system.languages.join(", "))));
    }
    facts.push(format!("code type <code>{}</code>", escape(&system.code_type)));
    let _ = writeln!(page, "<p class=\"facts\">{}</p>", facts.join(" · "));
    for (open, class, heading, meaning) in [
        (false, "reserved", "Reserved", "closed to every entry"),
        (true, "open", "Open", "left to the systems that extend this one"),
    ] {
        let kept: Vec<_> = system.reserved.iter().filter(|reserved| reserved.open == open).collect();
        if kept.is_empty() {
            continue;
        }
        let _ = write!(
            page,
            "<div class=\"{class}\">\n<strong>{heading}</strong> <span class=\"quiet\">{meaning}</span>\n<ul>\n"
        );
        for reserved in kept {
            let (first, rest) = reserved.doc.split_once('\n').unwrap_or((&reserved.doc, ""));
            let _ = writeln!(
                page,
                "<li data-kind=\"{}\"><code>{}</code> {} <span class=\"quiet\">{}</span></li>",
                reserved.kind(),
                escape(&reserved.bounds()),
                isolated(first),
                isolated(rest.trim())
            );
        }
        page.push_str("</ul>\n</div>\n");
    }
    let _ = write!(
        page,
        "</header>\n<div id=\"search-bar\" role=\"search\" hidden>\n\
         <label for=\"search\">Search</label>\n\
         <input id=\"search\" type=\"search\" placeholder=\"code, name or text\" autocomplete=\"off\" spellcheck=\"false\">\n\
         <output id=\"count\" for=\"search\" aria-live=\"polite\">{}</output>\n</div>\n",
        plural(system.entries.len(), "entry", "entries")
    );
}

/// A nested list of links to the sections, for catalogues that have any.
fn contents(page: &mut String, system: &SystemView) {
    if system.sections.is_empty() {
        return;
    }
    page.push_str("<nav aria-label=\"Sections\">\n<details open>\n<summary>Sections</summary>\n");
    let mut depth = 0;
    for (index, section) in system.sections.iter().enumerate() {
        let level = system.depth(index) + 1;
        if level > depth {
            page.push_str(&"<ul>\n".repeat(level - depth));
        } else {
            page.push_str(&"</li>\n</ul>\n".repeat(depth - level));
            page.push_str("</li>\n");
        }
        depth = level;
        let _ = write!(
            page,
            "<li data-section=\"{id}\"><a href=\"#{id}\">{}</a> <span class=\"quiet\">{}</span>",
            isolated(title(section)),
            section.bounds().map(|bounds| escape(&bounds)).unwrap_or_default(),
            id = section_id(system, index),
        );
    }
    page.push_str(&"</li>\n</ul>\n".repeat(depth));
    page.push_str("</details>\n</nav>\n");
}

/// The entries of `range` that belong to `owner` itself, in runs between the
/// sections nested in it, each run a table, each nested section in its
/// place.
fn body(
    page: &mut String,
    system: &SystemView,
    columns: &Columns,
    range: Range<usize>,
    owner: Option<usize>,
    children: &[usize],
) {
    let mut next = range.start;
    for &child in children {
        let nested = &system.sections[child].entries;
        table(page, system, columns, next..nested.start.max(next), owner);
        section(page, system, columns, child);
        next = next.max(nested.end);
    }
    table(page, system, columns, next..range.end.max(next), owner);
}

fn section(page: &mut String, system: &SystemView, columns: &Columns, index: usize) {
    let section = &system.sections[index];
    let depth = system.depth(index);
    let level = (depth + 2).min(6);
    let id = section_id(system, index);
    let range =
        section.bounds().map(|bounds| format!(" <code class=\"range\">{}</code>", escape(&bounds))).unwrap_or_default();
    let count = section.entries.len();
    let http = match section.http {
        Some(http) if http.inherited_from.is_none() => format!(" <span class=\"http\">HTTP {}</span>", http.status),
        _ => String::new(),
    };
    let _ = write!(
        page,
        "<section id=\"{id}\" aria-labelledby=\"{id}-title\">\n\
         <h{level} id=\"{id}-title\">{} <span class=\"tag\"><code>{}</code>{range}{http} \
         <span class=\"section-count\" data-total=\"{count}\">{}</span></span></h{level}>\n",
        isolated(title(section)),
        escape(&section.name),
        plural(count, "entry", "entries"),
    );
    paragraphs(page, &section.doc, "doc");
    let children: Vec<usize> =
        (index + 1..system.sections.len()).filter(|&child| system.sections[child].parent == Some(index)).collect();
    body(page, system, columns, section.entries.clone(), Some(index), &children);
    if count == 0 {
        page.push_str("<p class=\"quiet\">No entries.</p>\n");
    }
    page.push_str("</section>\n");
}

/// The columns every table has: HTTP when any entry has a status, one per
/// language, and Notes when any entry has a note.
struct Columns<'a> {
    http: bool,
    languages: Vec<Option<&'a str>>,
    notes: bool,
}

impl<'a> Columns<'a> {
    fn of(system: &'a SystemView) -> Self {
        let notes = (0..system.entries.len()).any(|index| {
            let entry = &system.entries[index];
            !entry.doc.is_empty() || entry.deprecated.is_some() || !twins(system, index).is_empty()
        });
        Columns { http: has_http(system), languages: text_languages(system), notes }
    }
}

fn table(page: &mut String, system: &SystemView, columns: &Columns, range: Range<usize>, owner: Option<usize>) {
    let rows: Vec<usize> = range.filter(|&index| system.entries[index].section == owner).collect();
    if rows.is_empty() {
        return;
    }
    page.push_str("<table class=\"entries\">\n<colgroup><col class=\"code\"><col class=\"name\">");
    if columns.http {
        page.push_str("<col class=\"http\">");
    }
    page.push_str(&"<col class=\"text\">".repeat(columns.languages.len()));
    if columns.notes {
        page.push_str("<col class=\"notes\">");
    }
    page.push_str("</colgroup>\n<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Name</th>");
    if columns.http {
        page.push_str("<th scope=\"col\">HTTP</th>");
    }
    for language in &columns.languages {
        let _ = write!(
            page,
            "<th scope=\"col\">{}</th>",
            language.map_or_else(
                || "Message".to_owned(),
                |language| format!("Text <span lang=\"{0}\">({0})</span>", escape(language))
            )
        );
    }
    if columns.notes {
        page.push_str("<th scope=\"col\">Notes</th>");
    }
    page.push_str("</tr></thead>\n<tbody>\n");
    for index in rows {
        row(page, system, columns, index);
    }
    page.push_str("</tbody>\n</table>\n");
}

/// One entry. The cells marked `data-search` are what the search box
/// matches: the code, the name and every text.
fn row(page: &mut String, system: &SystemView, columns: &Columns, index: usize) {
    let entry = &system.entries[index];
    let deprecated = if entry.deprecated.is_some() { " deprecated" } else { "" };
    page.push_str("<tr id=\"");
    push_entry_id(page, system, index);
    page.push_str("\" class=\"entry");
    page.push_str(deprecated);
    page.push_str("\"><td class=\"code\" data-search>");
    push_code(page, system, entry);
    page.push_str("</td><th scope=\"row\" class=\"name\"><code data-search>");
    push_isolated(page, &entry.name);
    page.push_str("</code>");
    if !entry.variant.is_empty() && entry.variant != entry.name {
        page.push_str("<span class=\"variant\">");
        push_escaped(page, &system.name);
        page.push_str("::");
        push_escaped(page, &entry.variant);
        page.push_str("</span>");
    }
    page.push_str("</th>");
    if columns.http {
        match entry.http {
            Some(http) => match http.inherited_from {
                None => {
                    page.push_str("<td class=\"http\" data-source=\"declared\">");
                    let _ = write!(page, "{}", http.status);
                    page.push_str("</td>");
                }
                Some(section) => {
                    let path = system.section_path_name(section);
                    page.push_str("<td class=\"http\" data-source=\"inherited\" title=\"inherited from section ");
                    push_escaped(page, path);
                    page.push_str("\">");
                    let _ = write!(page, "{}", http.status);
                    page.push_str("<span class=\"inherited\">from <code>");
                    push_escaped(page, path);
                    page.push_str("</code></span></td>");
                }
            },
            None => page.push_str("<td class=\"http\"></td>"),
        }
    }
    for &language in &columns.languages {
        page.push_str("<td class=\"text\"");
        if let Some(language) = language {
            page.push_str(" lang=\"");
            push_escaped(page, language);
            page.push('"');
        }
        page.push_str(" data-search>");
        push_isolated(page, text_in(system, index, language));
        page.push_str("</td>");
    }
    if columns.notes {
        page.push_str("<td class=\"notes\">");
        paragraphs(page, &entry.doc, "doc");
        if let Some(note) = &entry.deprecated {
            let note = if note.is_empty() { String::new() } else { format!(": {}", isolated(note)) };
            let _ = write!(page, "<p class=\"deprecation\"><strong>Deprecated</strong>{note}</p>");
        }
        let twins: Vec<String> = system
            .twins(index)
            .map(|other| {
                format!(
                    "<a href=\"#{}\"><code>{}</code></a>",
                    entry_id(system, other),
                    isolated(&system.entries[other].name)
                )
            })
            .collect();
        if !twins.is_empty() {
            let _ = write!(
                page,
                "<p class=\"shared\">Shares code <code>{}</code> with {}.</p>",
                code(system, entry),
                twins.join(", ")
            );
        }
        page.push_str("</td>");
    }
    page.push_str("</tr>\n");
}

/// A doc comment, rendered as Markdown: paragraphs, emphasis, code spans
/// and blocks, lists, quotes and links. Headings become bold paragraphs
/// (the page's own headings give its outline); HTML in the text is shown
/// as text; a link to anything but `http:`, `https:`, `mailto:` or an
/// anchor keeps its text and loses its target; an image is a link to it,
/// so the page still fetches nothing.
fn paragraphs(page: &mut String, text: &str, class: &str) {
    if text.trim().is_empty() {
        return;
    }
    let mut links: Vec<bool> = Vec::new();
    for event in Parser::new(text) {
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph | Tag::HtmlBlock => {
                    let _ = write!(page, "<p class=\"{class}\">");
                }
                Tag::Heading { .. } => {
                    let _ = write!(page, "<p class=\"{class} heading\"><strong>");
                }
                Tag::BlockQuote(_) => page.push_str("<blockquote>"),
                Tag::CodeBlock(_) => page.push_str("<pre><code>"),
                Tag::List(Some(start)) => {
                    let _ = write!(page, "<ol start=\"{start}\">");
                }
                Tag::List(None) => page.push_str("<ul>"),
                Tag::Item => page.push_str("<li>"),
                Tag::Emphasis => page.push_str("<em>"),
                Tag::Strong => page.push_str("<strong>"),
                Tag::Strikethrough => page.push_str("<s>"),
                Tag::Link { dest_url, title, .. } | Tag::Image { dest_url, title, .. } => {
                    let safe = is_safe_link(&dest_url);
                    if safe {
                        let title =
                            if title.is_empty() { String::new() } else { format!(" title=\"{}\"", escape(&title)) };
                        let _ =
                            write!(page, "<a href=\"{}\"{title} rel=\"noopener noreferrer\">", escape(dest_url.trim()));
                    }
                    links.push(safe);
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph | TagEnd::HtmlBlock => page.push_str("</p>"),
                TagEnd::Heading(_) => page.push_str("</strong></p>"),
                TagEnd::BlockQuote(_) => page.push_str("</blockquote>"),
                TagEnd::CodeBlock => page.push_str("</code></pre>"),
                TagEnd::List(true) => page.push_str("</ol>"),
                TagEnd::List(false) => page.push_str("</ul>"),
                TagEnd::Item => page.push_str("</li>"),
                TagEnd::Emphasis => page.push_str("</em>"),
                TagEnd::Strong => page.push_str("</strong>"),
                TagEnd::Strikethrough => page.push_str("</s>"),
                TagEnd::Link | TagEnd::Image if links.pop() == Some(true) => page.push_str("</a>"),
                _ => {}
            },
            Event::Text(text) | Event::Html(text) | Event::InlineHtml(text) => page.push_str(&escape(&text)),
            Event::Code(code) => {
                let _ = write!(page, "<code>{}</code>", escape(&code));
            }
            Event::SoftBreak => page.push('\n'),
            Event::HardBreak => page.push_str("<br>"),
            Event::Rule => page.push_str("<hr>"),
            Event::FootnoteReference(text) | Event::InlineMath(text) | Event::DisplayMath(text) => {
                page.push_str(&escape(&text));
            }
            Event::TaskListMarker(done) => page.push_str(if done { "[x] " } else { "[ ] " }),
        }
    }
}

/// A link target the page may follow: the web, mail, or its own anchors.
fn is_safe_link(target: &str) -> bool {
    let target = target.trim();
    if target.starts_with('#') {
        return true;
    }
    let Some((scheme, _)) = target.split_once(':') else { return false };
    ["http", "https", "mailto"].iter().any(|safe| scheme.eq_ignore_ascii_case(safe))
}

/// An entry's code as the system writes it; a string code, which may hold
/// any text, isolated.
fn code(system: &SystemView, entry: &EntryView) -> String {
    let mut code = String::new();
    push_code(&mut code, system, entry);
    code
}

/// [`code`], written at the end of `page`.
fn push_code(page: &mut String, system: &SystemView, entry: &EntryView) {
    if system.string_codes {
        push_isolated(page, &entry.code_str);
    } else {
        push_escaped(page, &entry.code_str);
    }
}

/// Catalogue text escaped and isolated, so that its direction cannot
/// reorder the text around it; nothing for an empty text.
fn isolated(text: &str) -> String {
    let mut isolated = String::new();
    push_isolated(&mut isolated, text);
    isolated
}

/// [`isolated`], written at the end of `page`.
fn push_isolated(page: &mut String, text: &str) {
    if !text.is_empty() {
        page.push_str("<bdi>");
        push_escaped(page, text);
        page.push_str("</bdi>");
    }
}

fn title(section: &SectionView) -> &str {
    if section.title.is_empty() { &section.name } else { &section.title }
}

/// `section-Outer.Inner`: section names are identifiers, unique among
/// siblings.
fn section_id(system: &SystemView, index: usize) -> String {
    escape(&format!("section-{}", system.section_path_name(index).replace("::", ".")))
}

/// `entry-Variant`, or the entry's position for one read without a variant.
fn entry_id(system: &SystemView, index: usize) -> String {
    let mut id = String::new();
    push_entry_id(&mut id, system, index);
    id
}

/// [`entry_id`], written at the end of `page`.
fn push_entry_id(page: &mut String, system: &SystemView, index: usize) {
    let variant = &system.entries[index].variant;
    page.push_str("entry-");
    if variant.is_empty() {
        let _ = write!(page, "{index}");
    } else {
        push_escaped(page, variant);
    }
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// Text for an element or a quoted attribute.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    push_escaped(&mut escaped, text);
    escaped
}

/// [`escape`], written at the end of `escaped`.
fn push_escaped(escaped: &mut String, text: &str) {
    let mut rest = text;
    // The characters escaped are ASCII: found byte by byte, never inside
    // another character's encoding, and the text between them is copied
    // whole.
    while let Some(position) = first_markup(rest.as_bytes()) {
        escaped.push_str(&rest[..position]);
        escaped.push_str(match rest.as_bytes()[position] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[position + 1..];
    }
    escaped.push_str(rest);
}

/// The characters [`push_escaped`] escapes.
const MARKUP: [u8; 5] = [b'&', b'<', b'>', b'"', b'\''];

fn is_markup(byte: u8) -> bool {
    MARKUP.contains(&byte)
}

/// The position of the first of [`MARKUP`] in `bytes`: eight bytes at a
/// time while none is among them, then byte by byte.
fn first_markup(bytes: &[u8]) -> Option<usize> {
    const LOW: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let mut start = 0;
    for chunk in bytes.chunks_exact(8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        // A byte of `word ^ (byte × LOW)` is zero where `word` has `byte`;
        // `(x - LOW) & !x & HIGH` is not zero when a byte of `x` is.
        let found = MARKUP.iter().fold(0, |found, &byte| {
            let x = word ^ (u64::from(byte) * LOW);
            found | (x.wrapping_sub(LOW) & !x)
        });
        if found & HIGH != 0 {
            break;
        }
        start += 8;
    }
    bytes[start..].iter().position(|&byte| is_markup(byte)).map(|position| start + position)
}

const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

const STYLE: &str = r#"
:root { color-scheme: light dark; --fg: #1f2328; --quiet: #59636e; --bg: #fff; --panel: #f6f8fa; --line: #d1d9e0; --accent: #0969da; --warn: #9a6700; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --quiet: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d; --accent: #4493f8; --warn: #d29922; } }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 90rem; padding: 0 1.5rem 2rem; color: var(--fg); background: var(--bg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
code { font-family: ui-monospace, "SFMono-Regular", "Cascadia Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
a { color: var(--accent); }
h1 { margin: 1.5rem 0 0.5rem; font-size: 1.8rem; }
.quiet, .facts, footer, .variant { color: var(--quiet); }
.doc { margin: 0.25rem 0 0.75rem; }
header .doc { max-width: 60rem; }
.reserved ul { margin: 0.25rem 0 0.75rem; padding-left: 1.25rem; }
#search-bar { position: sticky; top: 0; z-index: 1; display: flex; align-items: center; gap: 0.75rem; padding: 0.75rem 0;
  background: var(--bg); border-bottom: 1px solid var(--line); }
#search-bar label { font-weight: 600; }
#search-bar { flex-wrap: wrap; }
#search { flex: 0 1 28rem; min-width: 0; padding: 0.4rem 0.6rem; font: inherit; color: inherit; background: var(--panel);
  border: 1px solid var(--line); border-radius: 6px; }
#search:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
#count { color: var(--quiet); }
nav details { margin: 1rem 0; padding: 0.5rem 1rem; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
nav summary { cursor: pointer; font-weight: 600; }
nav ul { margin: 0.25rem 0; padding-left: 1.25rem; }
nav details > ul { columns: 20rem; }
nav li { break-inside: avoid; }
section { margin: 1.5rem 0 0; }
section section { margin-left: 0.5rem; padding-left: 1rem; border-left: 3px solid var(--line); }
h2, h3, h4, h5, h6 { margin: 0 0 0.5rem; font-size: 1.15rem; }
h2 { font-size: 1.35rem; padding-top: 0.5rem; border-top: 1px solid var(--line); }
.tag { font-size: 0.8rem; font-weight: normal; color: var(--quiet); white-space: nowrap; }
.tag code { padding: 0.05rem 0.35rem; border: 1px solid var(--line); border-radius: 4px; }
table.entries { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0.5rem 0 1rem; }
col.code { width: 7rem; }
col.name { width: 19rem; }
col.notes { width: 25%; }
col.http { width: 5.5rem; }
td.http { font-variant-numeric: tabular-nums; }
td.http .inherited { display: block; font-size: 0.75rem; color: var(--quiet); }
h1, h2, h3, h4, h5, h6, .doc, .reserved, .open, nav, td.notes pre { overflow-wrap: anywhere; }
td.notes pre { white-space: pre-wrap; margin: 0 0 0.25rem; }
.open ul { margin: 0.25rem 0 0.75rem; padding-left: 1.25rem; }
@media (max-width: 40rem) {
  body { padding: 0 0.5rem 1rem; }
  col.code { width: 4rem; }
  col.name { width: 7rem; }
  col.http { width: 3.5rem; }
  col.notes { width: 22%; }
  th, td { padding: 0.25rem 0.3rem; }
  td.code { padding-right: 0.5rem; }
}
th, td { padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
thead th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--quiet); border-bottom-width: 2px; }
tbody th { font-weight: normal; }
td.code { font-variant-numeric: tabular-nums; font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; text-align: right; padding-right: 1rem; }
th.name code { font-weight: 600; }
.variant { display: block; font-size: 0.8rem; }
td.text { white-space: pre-wrap; }
td.text:empty::before { content: "—"; color: var(--quiet); }
td.notes p { margin: 0 0 0.25rem; }
section, tr.entry { scroll-margin-top: 5rem; }
tr.entry:target { background: var(--panel); outline: 2px solid var(--accent); }
tr.deprecated th.name code { text-decoration: line-through; }
.deprecation { color: var(--warn); }
#no-match { padding: 2rem 0; font-size: 1.1rem; color: var(--quiet); }
footer { margin-top: 2rem; font-size: 0.85rem; }
"#;

const SCRIPT: &str = r#"
"use strict";
(() => {
  const search = document.getElementById("search");
  const count = document.getElementById("count");
  const noMatch = document.getElementById("no-match");
  const rows = Array.from(document.querySelectorAll("tr.entry"), (row) => ({
    row,
    text: Array.from(row.querySelectorAll("[data-search]"), (cell) => cell.textContent.toLowerCase()).join("\n"),
  }));
  const tables = document.querySelectorAll("table.entries");
  const sections = Array.from(document.querySelectorAll("main section"), (section) => ({
    section,
    label: section.querySelector(".section-count"),
    link: document.querySelector(`nav li[data-section="${section.id}"]`),
  }));
  const entries = (count) => `${count} ${count === 1 ? "entry" : "entries"}`;

  function filter() {
    const query = search.value.trim().toLowerCase();
    let shown = 0;
    for (const { row, text } of rows) {
      row.hidden = query !== "" && !text.includes(query);
      if (!row.hidden) shown += 1;
    }
    for (const table of tables) {
      table.hidden = !table.querySelector("tr.entry:not([hidden])");
    }
    for (const { section, label, link } of sections) {
      const total = Number(label.dataset.total);
      const visible = section.querySelectorAll("tr.entry:not([hidden])").length;
      section.hidden = query !== "" && visible === 0;
      if (link) link.hidden = section.hidden;
      label.textContent = query === "" ? entries(total) : `${visible} of ${entries(total)}`;
    }
    count.textContent = query === "" ? entries(rows.length) : `${shown} of ${entries(rows.length)}`;
    noMatch.hidden = shown !== 0;
  }

  search.addEventListener("input", filter);
  search.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && search.value !== "") {
      search.value = "";
      filter();
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "/" && document.activeElement !== search) {
      event.preventDefault();
      search.focus();
    }
  });
  document.getElementById("search-bar").hidden = false;
  filter();
})();
"#;

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{escape, first_markup};

    proptest! {
        #[test]
        fn markup_is_found_where_it_first_is(
            bytes in prop::collection::vec(
                prop_oneof![any::<u8>(), prop::sample::select(vec![b'&', b'<', b'>', b'"', b'\'', 0x80, 0xa6, 0xbc, 0x26 ^ 0x80])],
                0..40,
            ),
        ) {
            let expected = bytes.iter().position(|byte| matches!(byte, b'&' | b'<' | b'>' | b'"' | b'\''));
            prop_assert_eq!(first_markup(&bytes), expected);
        }
    }

    #[test]
    fn markup_is_found_at_every_place_of_a_long_text() {
        for length in 0..40 {
            for place in 0..length {
                for markup in [b'&', b'<', b'>', b'"', b'\''] {
                    let mut bytes = vec![b'a'; length];
                    bytes[place] = markup;
                    assert_eq!(first_markup(&bytes), Some(place));
                }
            }
            assert_eq!(first_markup(&vec![0xe6; length]), None);
        }
    }

    #[test]
    fn markup_characters_are_escaped_and_the_rest_kept() {
        assert_eq!(escape(""), "");
        assert_eq!(escape("文件不存在"), "文件不存在");
        assert_eq!(
            escape("<a href=\"x\">'&'</a> 文\u{202e}é"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; 文\u{202e}é"
        );
        assert_eq!(escape("&&"), "&amp;&amp;");
    }
}
