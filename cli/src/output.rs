//! How results look to people: tables that measure display width (so that
//! Chinese text lines up), and colour only on a terminal.

use std::io::IsTerminal;

use anstyle::{AnsiColor, Style};
use clap::ValueEnum;
use comfy_table::{Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table, presets};

/// `--color`: when to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    Always,
    Never,
}

/// What the output goes to.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    colour: bool,
    terminal: bool,
}

impl Output {
    pub fn new(choice: ColorChoice) -> Self {
        let terminal = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        let colour = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal && !no_color,
        };
        Output { colour, terminal }
    }

    pub fn colour(self) -> bool {
        self.colour
    }

    /// A table with these column headers.
    pub fn table(self, header: &[&str]) -> Table {
        let mut table = Table::new();
        // Measured before styling is switched off, which also hides the terminal.
        let terminal_width = table.width().filter(|&width| width >= 40);
        table.load_preset(presets::UTF8_FULL_CONDENSED);
        if self.colour {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        // Wrapping long cells helps on a terminal; a pipe gets whole lines,
        // and so does a terminal that reports no usable width.
        match terminal_width {
            Some(width) if self.terminal => {
                table.set_width(width);
                table.set_content_arrangement(ContentArrangement::Dynamic);
            }
            _ => {
                table.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
        table.set_header(header.iter().map(|title| self.header_cell(title)));
        table
    }

    /// A column that never wraps on a narrow terminal: codes stay whole,
    /// names and texts wrap instead.
    pub fn keep_whole(table: &mut Table, column: usize) {
        if let Some(column) = table.column_mut(column) {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }

    fn header_cell(self, title: &str) -> Cell {
        let cell = Cell::new(title);
        if self.colour { cell.add_attribute(Attribute::Bold) } else { cell }
    }

    /// A cell for a code: right-aligned, so that digits line up.
    pub fn code_cell(self, code: i128) -> Cell {
        let cell = Cell::new(code).set_alignment(comfy_table::CellAlignment::Right);
        if self.colour { cell.fg(Color::Yellow) } else { cell }
    }

    /// A cell for a documented name.
    pub fn name_cell(self, name: &str) -> Cell {
        let cell = Cell::new(name);
        if self.colour { cell.fg(Color::Cyan) } else { cell }
    }

    pub fn bold(self, text: &str) -> String {
        self.paint(Style::new().bold(), text)
    }

    pub fn heading(self, text: &str) -> String {
        self.paint(Style::new().bold().fg_color(Some(AnsiColor::Green.into())), text)
    }

    pub fn dim(self, text: &str) -> String {
        self.paint(Style::new().dimmed(), text)
    }

    pub fn warning(self, text: &str) -> String {
        self.paint(Style::new().bold().fg_color(Some(AnsiColor::Yellow.into())), text)
    }

    fn paint(self, style: Style, text: &str) -> String {
        if self.colour { format!("{}{text}{}", style.render(), style.render_reset()) } else { text.to_owned() }
    }
}
