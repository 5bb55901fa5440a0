//! Messages with their placeholders filled in, while formatting: no
//! allocation, no panic. How a message is read is `errcat_placeholders`'
//! rule, the one `error_catalog!` checks messages with.

use core::fmt::{self, Display, Write};

use errcat_placeholders::{Conversion, Kind, Piece, Syntax};

use crate::{CodeType, Entry};

/// How a system's messages write their placeholders: `{path}`
/// ([`Named`](PlaceholderSyntax::Named), the default) or C's `%s`, `%d`
/// ([`Printf`](PlaceholderSyntax::Printf), with `#[placeholders(printf)]`).
pub use errcat_placeholders::Syntax as PlaceholderSyntax;

/// The arguments of [`Entry::render`]: `(name, value)` pairs, as in
/// `&[("path", &path), ("size", &4096)]`.
pub type Arguments<'a> = [(&'a str, &'a dyn Display)];

/// A message with its placeholders filled in as it is formatted: what
/// [`Entry::render`] and [`Entry::render_in`] return.
///
/// A named placeholder (`{path}`) takes the argument of that name; the
/// `n`th printf conversion (`%s`) takes the `n`th argument, whatever its
/// name. An argument is written with its own `Display`; for a conversion,
/// the width pads it (on the right with `-`, with zeros for numbers with
/// `0`) and the precision of `%s` keeps at most that many characters, as C's
/// `printf` does; the conversion's letter does not change how it is written
/// (pass `format_args!("{:x}", n)` for `%x`, and for MariaDB's `%M` the
/// number and its text, as in `format_args!("{errno} \"{text}\"")`);
/// MariaDB's `` %`s `` writes its argument in backticks. A placeholder without an
/// argument is written as it stands in the message (`{path}`, `%s`); extra
/// arguments are ignored; `{{`, `}}` and `%%` are written as one character.
#[derive(Clone, Copy)]
pub struct Rendered<'a> {
    template: &'static str,
    syntax: Syntax,
    arguments: Source<'a>,
}

#[derive(Clone, Copy)]
enum Source<'a> {
    Given(&'a Arguments<'a>),
    #[cfg(feature = "alloc")]
    Recorded(&'a [(&'static str, alloc::string::String)]),
}

impl<'a> Source<'a> {
    fn named(self, name: &str) -> Option<&'a dyn Display> {
        match self {
            Source::Given(given) => given.iter().find(|(given, _)| *given == name).map(|(_, value)| *value),
            #[cfg(feature = "alloc")]
            Source::Recorded(recorded) => {
                recorded.iter().find(|(given, _)| *given == name).map(|(_, value)| value as &dyn Display)
            }
        }
    }

    fn at(self, position: usize) -> Option<&'a dyn Display> {
        match self {
            Source::Given(given) => given.get(position).map(|(_, value)| *value),
            #[cfg(feature = "alloc")]
            Source::Recorded(recorded) => recorded.get(position).map(|(_, value)| value as &dyn Display),
        }
    }
}

impl Rendered<'_> {
    /// The message as declared, placeholders unfilled.
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! { pub system Disk { 1 FULL "disk {disk} full" } }
    ///
    /// assert_eq!(Disk::Full.entry().render(&[]).template(), "disk {disk} full");
    /// ```
    pub const fn template(&self) -> &'static str {
        self.template
    }

    /// Whether the message is empty (the entry has none).
    pub const fn is_empty(&self) -> bool {
        self.template.is_empty()
    }
}

impl<C: CodeType> Entry<C> {
    /// The message in the primary language, with its placeholders filled in
    /// from `arguments` as it is formatted; see [`Rendered`].
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     #[languages(zh, en)]
    ///     pub system Store { 1 FILE_NOT_EXIST "文件 {path} 不存在" en "File {path} not found" }
    /// }
    ///
    /// let entry = Store::FileNotExist.entry();
    /// assert_eq!(entry.render(&[("path", &"/data/a.txt")]).to_string(), "文件 /data/a.txt 不存在");
    /// assert_eq!(entry.render(&[]).to_string(), "文件 {path} 不存在");
    /// ```
    pub fn render<'a>(&self, arguments: &'a Arguments<'a>) -> Rendered<'a> {
        self.rendered(self.message(), Source::Given(arguments))
    }

    /// The message in `language`, filled in from `arguments`; `None` when
    /// the entry has no message in that language (as
    /// [`message_in`](Entry::message_in)).
    ///
    /// ```
    /// use errcat::error_catalog;
    ///
    /// error_catalog! {
    ///     #[languages(zh, en)]
    ///     pub system Store { 1 FILE_NOT_EXIST "文件 {path} 不存在" en "File {path} not found" }
    /// }
    ///
    /// let entry = Store::FileNotExist.entry();
    /// let path = std::path::Path::new("/data/a.txt");
    /// let english = entry.render_in("en", &[("path", &path.display())]).map(|english| english.to_string());
    /// assert_eq!(english.as_deref(), Some("File /data/a.txt not found"));
    /// assert!(entry.render_in("fr", &[]).is_none());
    /// ```
    pub fn render_in<'a>(&self, language: &str, arguments: &'a Arguments<'a>) -> Option<Rendered<'a>> {
        Some(self.rendered(self.message_in(language)?, Source::Given(arguments)))
    }

    /// The primary message, filled in from arguments an `errcat::Error`
    /// recorded.
    #[cfg(feature = "alloc")]
    pub(crate) fn render_recorded<'a>(&self, arguments: &'a [(&'static str, alloc::string::String)]) -> Rendered<'a> {
        self.rendered(self.message(), Source::Recorded(arguments))
    }

    /// The message in `language`, filled in from arguments an
    /// `errcat::Error` recorded.
    #[cfg(feature = "alloc")]
    pub(crate) fn render_recorded_in<'a>(
        &self,
        language: &str,
        arguments: &'a [(&'static str, alloc::string::String)],
    ) -> Option<Rendered<'a>> {
        Some(self.rendered(self.message_in(language)?, Source::Recorded(arguments)))
    }

    fn rendered<'a>(&self, template: &'static str, arguments: Source<'a>) -> Rendered<'a> {
        Rendered { template, syntax: self.system().placeholder_syntax(), arguments }
    }
}

impl Display for Rendered<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut conversions = 0;
        for piece in errcat_placeholders::pieces(self.template, self.syntax) {
            let Piece::Placeholder(placeholder) = piece else {
                formatter.write_str(piece.written())?;
                continue;
            };
            match placeholder.kind {
                Kind::Named(name) => match self.arguments.named(name) {
                    Some(value) => write!(formatter, "{value}")?,
                    None => formatter.write_str(placeholder.written)?,
                },
                Kind::Conversion(conversion) => {
                    let value = self.arguments.at(conversions);
                    conversions += 1;
                    match value {
                        Some(value) => write_converted(formatter, &conversion, value)?,
                        None => formatter.write_str(placeholder.written)?,
                    }
                }
            }
        }
        Ok(())
    }
}

impl fmt::Debug for Rendered<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.debug_struct("Rendered").field("template", &self.template).field("syntax", &self.syntax).finish()
    }
}

/// One argument, as a conversion with a width and a precision writes it;
/// MariaDB's `` %`s `` in backticks.
fn write_converted(formatter: &mut fmt::Formatter<'_>, conversion: &Conversion, value: &dyn Display) -> fmt::Result {
    if conversion.backticks {
        formatter.write_char('`')?;
        write_padded(formatter, conversion, value)?;
        return formatter.write_char('`');
    }
    write_padded(formatter, conversion, value)
}

fn write_padded(formatter: &mut fmt::Formatter<'_>, conversion: &Conversion, value: &dyn Display) -> fmt::Result {
    let limit =
        if conversion.conversion == 's' { conversion.precision.map(|precision| precision as usize) } else { None };
    let width = conversion.width.map_or(0, |width| width as usize);
    let mut counted = Limited { out: Discard, remaining: limit, written: 0 };
    if width > 0 {
        write!(counted, "{value}")?;
    }
    let padding = width.saturating_sub(counted.written);
    if padding > 0 && conversion.left_justify {
        write!(Limited { out: &mut *formatter, remaining: limit, written: 0 }, "{value}")?;
        return repeat(formatter, ' ', padding);
    }
    if padding > 0 && conversion.zero_pad && conversion.is_numeric() {
        let zeros = ZerosAfterSign { out: &mut *formatter, zeros: padding, pending: true };
        return write!(Limited { out: zeros, remaining: limit, written: 0 }, "{value}");
    }
    repeat(formatter, ' ', padding)?;
    write!(Limited { out: formatter, remaining: limit, written: 0 }, "{value}")
}

fn repeat(out: &mut impl Write, character: char, count: usize) -> fmt::Result {
    (0..count).try_for_each(|_| out.write_char(character))
}

/// Writes at most `remaining` characters (all without a limit), counting
/// them.
struct Limited<W> {
    out: W,
    remaining: Option<usize>,
    written: usize,
}

impl<W: Write> Write for Limited<W> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let kept = match self.remaining {
            None => text,
            Some(remaining) => {
                let end = text.char_indices().nth(remaining).map_or(text.len(), |(end, _)| end);
                &text[..end]
            }
        };
        let characters = kept.chars().count();
        self.written += characters;
        if let Some(remaining) = &mut self.remaining {
            *remaining -= characters;
        }
        self.out.write_str(kept)
    }
}

struct Discard;

impl Write for Discard {
    fn write_str(&mut self, _: &str) -> fmt::Result {
        Ok(())
    }
}

/// `%05d` of -42 is `-0042`: the zeros go after the sign.
struct ZerosAfterSign<W> {
    out: W,
    zeros: usize,
    pending: bool,
}

impl<W: Write> Write for ZerosAfterSign<W> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        if !self.pending || text.is_empty() {
            return self.out.write_str(text);
        }
        self.pending = false;
        let sign = usize::from(text.starts_with(['-', '+']));
        self.out.write_str(&text[..sign])?;
        repeat(&mut self.out, '0', self.zeros)?;
        self.out.write_str(&text[sign..])
    }
}
