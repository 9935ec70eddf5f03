//! Byte spans into borrowed text.

use std::ops::Range;

/// A half-open byte range `start..end` into the text it was computed from.
///
/// Every span salient reports lies on `char` boundaries, so `&text[span.range()]` never panics
/// on the text the span came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The span as a `Range`, for slicing.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text the span covers in `text`.
    ///
    /// # Panics
    /// Panics if the span does not lie on char boundaries of `text`, which cannot happen for a
    /// span computed from that same text.
    pub fn of(self, text: &str) -> &str {
        &text[self.range()]
    }

    /// The span with leading and trailing whitespace of `text` removed (possibly empty).
    pub fn trim(self, text: &str) -> Span {
        let s = &text[self.range()];
        let trimmed_start = s.len() - s.trim_start().len();
        let inner = s.trim();
        Span::new(
            self.start + trimmed_start,
            self.start + trimmed_start + inner.len(),
        )
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// `text` on one line: every run of whitespace (line breaks, tabs, double spaces) becomes one
/// space, and the ends are trimmed. Borrows when nothing changes. This is how salient prints a
/// sentence on a line of its own (`salient split`, a summary's picks, ROUGE candidates).
///
/// ```
/// use salient_text::one_line;
/// assert_eq!(one_line("a hard-\nwrapped\tline"), "a hard- wrapped line");
/// assert!(matches!(one_line("Already fine."), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    let clean = !text.starts_with(char::is_whitespace)
        && !text.ends_with(char::is_whitespace)
        && !text.contains("  ")
        && !text.contains(|c: char| c.is_whitespace() && c != ' ');
    if clean {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}
