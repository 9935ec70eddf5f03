//! Byte offsets (what the libraries return) to character offsets (what Python indexes by).

/// Converts byte offsets of one text to code-point offsets. Cheap for offsets that come in
/// increasing order (one pass over the text in all); a step back restarts from the start.
pub(crate) struct CharOffsets<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    /// A converter for `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        CharOffsets {
            text,
            ascii: text.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    /// The code-point offset of byte offset `byte` (a char boundary of the text).
    pub(crate) fn at(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let end = byte.min(self.text.len());
        self.chars += self
            .text
            .get(self.byte..end)
            .map_or(0, |s| s.chars().count());
        self.byte = end;
        self.chars
    }

    /// A byte span as a code-point `(start, end)`.
    pub(crate) fn span(&mut self, span: salient_text::Span) -> (usize, usize) {
        let start = self.at(span.start);
        (start, self.at(span.end))
    }
}
