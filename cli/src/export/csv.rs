//! CSV with RFC 4180 quoting: a header line, then one line per entry in declaration
//! order.

use crate::export::{text_in, text_languages, twins};
use crate::view::SystemView;

pub fn render(system: &SystemView) -> String {
    let languages = text_languages(system);
    let mut header: Vec<String> =
        ["system", "section", "section_title", "code", "name", "variant", "message"].map(str::to_owned).to_vec();
    header.extend(languages.iter().skip(1).flatten().map(|language| format!("message_{language}")));
    header.extend(["doc", "deprecated", "shares_code_with"].map(str::to_owned));
    let mut lines = vec![line(&header)];
    for (index, entry) in system.entries.iter().enumerate() {
        let title = entry.section.map_or("", |section| system.sections[section].title.as_str());
        let mut fields = vec![
            system.name.clone(),
            system.section_name(entry),
            title.to_owned(),
            entry.code.to_string(),
            entry.name.clone(),
            entry.variant.clone(),
        ];
        fields.extend(languages.iter().map(|&language| text_in(system, index, language).to_owned()));
        fields.push(entry.doc.clone());
        fields.push(entry.deprecated.clone().unwrap_or_default());
        fields.push(twins(system, index).join(" "));
        lines.push(line(&fields));
    }
    lines.concat()
}

fn line(fields: &[String]) -> String {
    let mut line = fields.iter().map(|field| quote(field)).collect::<Vec<_>>().join(",");
    line.push('\n');
    line
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}
