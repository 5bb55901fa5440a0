//! The commands that read catalogues, the one that checks source files and
//! those that keep codes stable (`lock`, `diff`);
//! `export` and `import` have modules of their own.

pub mod check;
pub mod completions;
pub mod diff;
pub mod explain;
pub mod list;
pub mod lock;
pub mod lookup;
pub mod man;
pub mod search;

use comfy_table::Cell;

use crate::failure::Outcome;
use crate::output::Output;
use crate::plain_table::PlainTable;
use crate::query::Hit;
use crate::view::{EntryView, SystemView, Text};

/// What a command prints on stdout, and how it ends.
pub struct Answer {
    /// UTF-8 text.
    pub text: Vec<u8>,
    pub outcome: Outcome,
}

impl Answer {
    pub fn new(text: String, outcome: Outcome) -> Self {
        Answer { text: text.into_bytes(), outcome }
    }

    /// Text that is UTF-8 by construction (what `serde_json` writes), taken as
    /// bytes: a large document is not read again to be checked.
    pub fn utf8(text: Vec<u8>, outcome: Outcome) -> Self {
        Answer { text, outcome }
    }
}

/// A table of entries from any catalogues: system, section, code, name and
/// every text, one language a line.
pub fn entry_table(systems: &[SystemView], hits: &[Hit], output: Output) -> String {
    if output.plain() {
        let mut table = PlainTable::new(&["System", "Section", "Code", "Name", "Text"]);
        table.align_right(2);
        for &(system, entry) in hits {
            let system = &systems[system];
            let entry = &system.entries[entry];
            table.add_row([
                system.name.as_str().into(),
                system.section_name(entry).into(),
                entry.code_str.as_str().into(),
                entry.name.as_str().into(),
                texts_cell(system, entry).into(),
            ]);
        }
        if let Some(text) = table.render() {
            return format!("{text}\n");
        }
    }
    let mut table = output.table(&["System", "Section", "Code", "Name", "Text"]);
    for &(system, entry) in hits {
        let system = &systems[system];
        let entry = &system.entries[entry];
        table.add_row(vec![
            Cell::new(&system.name),
            Cell::new(system.section_name(entry)),
            output.code_cell(&entry.code_str),
            output.name_cell(&entry.name),
            output.text_cell(&texts_cell(system, entry)),
        ]);
    }
    Output::keep_whole(&mut table, 2);
    format!("{table}\n")
}

/// Every message of the entry, one a line, each after its language tag
/// when the system has several. Plain text: the table measures it.
pub fn texts_cell(system: &SystemView, entry: &EntryView) -> String {
    let tagged = system.languages.len() > 1;
    let mut cell = String::with_capacity(
        entry.message.len()
            + entry.texts.iter().map(|(language, text)| language.len() + text.len() + 2).sum::<usize>()
            + 8,
    );
    for (index, Text { language, text }) in system.each_text(entry).enumerate() {
        if index > 0 {
            cell.push('\n');
        }
        if let Some(language) = language.filter(|_| tagged) {
            cell.push_str(language);
            cell.push(' ');
        }
        cell.push_str(text);
    }
    if cell.is_empty() {
        // No text: every text is empty.
        return "(no text)".to_owned();
    }
    cell
}
