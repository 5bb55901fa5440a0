//! CSV with RFC 4180 quoting: a header line, one line per entry in
//! declaration order, then one line per reserved or open range (`kind`
//! tells them apart, and `code` holds the range). Codes are as the system
//! writes them (`E0308`, `22P02`); a reserved prefix is quoted (`"XX"`).

use crate::export::{text_in, text_languages, twins};
use crate::view::SystemView;

pub fn render(system: &SystemView) -> String {
    let languages = text_languages(system);
    let mut header: Vec<String> =
        ["system", "section", "section_title", "code", "name", "variant", "message"].map(str::to_owned).to_vec();
    header.extend(languages.iter().skip(1).flatten().map(|language| format!("message_{language}")));
    header.extend(
        ["doc", "deprecated", "shares_code_with", "http_status", "http_inherited_from", "kind"].map(str::to_owned),
    );
    let mut lines = vec![line(&header)];
    for (index, entry) in system.entries.iter().enumerate() {
        let title = entry.section.map_or("", |section| system.sections[section].title.as_str());
        let mut fields = vec![
            system.name.clone(),
            system.section_name(entry).to_owned(),
            title.to_owned(),
            entry.code_str.clone(),
            entry.name.clone(),
            entry.variant.clone(),
        ];
        fields.extend(languages.iter().map(|&language| text_in(system, index, language).to_owned()));
        fields.push(entry.doc.clone());
        fields.push(entry.deprecated.clone().unwrap_or_default());
        fields.push(twins(system, index).join(" "));
        fields.push(entry.http.map(|http| http.status.to_string()).unwrap_or_default());
        fields.push(
            entry
                .http
                .and_then(|http| http.inherited_from)
                .map(|section| system.section_path_name(section))
                .unwrap_or_default()
                .to_owned(),
        );
        fields.push("entry".to_owned());
        lines.push(line(&fields));
    }
    for reserved in &system.reserved {
        let mut fields = vec![system.name.clone(), String::new(), String::new(), reserved.bounds()];
        fields.resize(header.len() - 6, String::new());
        fields.push(reserved.doc.clone());
        fields.extend([String::new(), String::new(), String::new(), String::new(), reserved.kind().to_owned()]);
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
