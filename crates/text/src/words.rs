//! Word tokenization: UAX #29 word bounds, keeping tokens with a letter or digit.

use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

use crate::Span;

/// A word of the input: its span and its text as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// Byte span in the text passed to [`words`] (offset by the span given to [`words_in`]).
    pub span: Span,
    /// The word as it appears in the text.
    pub text: &'a str,
}

/// The words of `text`: UAX #29 word segments that contain a letter or digit. Punctuation and
/// whitespace are dropped; numbers ("3.5", "3000") and contractions ("don't") are single words.
/// Transcript markers such as `{disfmarker}`, `{vocalsound}` or `<file_gif>` are skipped.
///
/// ```
/// let w: Vec<_> = salient_text::words("Hello, world! It's 3.5 {vocalsound} km.").map(|w| w.text).collect();
/// assert_eq!(w, ["Hello", "world", "It's", "3.5", "km"]);
/// ```
pub fn words(text: &str) -> Words<'_> {
    words_in(text, Span::new(0, text.len()))
}

/// The words of `&text[span]`, with spans into `text`.
///
/// # Panics
/// Panics if `span` is not on char boundaries of `text`.
pub fn words_in(text: &str, span: Span) -> Words<'_> {
    Words {
        inner: span.of(text).split_word_bound_indices(),
        base: span.start,
        skip_until: 0,
    }
}

/// Iterator returned by [`words`] and [`words_in`].
#[derive(Debug, Clone)]
pub struct Words<'a> {
    inner: UWordBoundIndices<'a>,
    base: usize,
    skip_until: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    fn next(&mut self) -> Option<Word<'a>> {
        loop {
            let (i, w) = self.inner.next()?;
            if i < self.skip_until {
                continue;
            }
            if w == "{" || w == "<" {
                if let Some(len) = marker_len(self.inner.as_str(), if w == "{" { '}' } else { '>' })
                {
                    self.skip_until = i + 1 + len;
                    continue;
                }
            }
            if w.chars().any(char::is_alphanumeric) {
                let start = self.base + i;
                return Some(Word {
                    span: Span::new(start, start + w.len()),
                    text: w,
                });
            }
        }
    }
}

/// If `rest` starts with a marker body (`disfmarker}`), the length including the closer.
fn marker_len(rest: &str, closer: char) -> Option<usize> {
    let end = rest.find(closer)?;
    let body = &rest[..end];
    let ok = (1..=30).contains(&body.len())
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b' ' || b == b'/');
    ok.then_some(end + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_exact() {
        let text = "Größe: 10 km²; naïve café — 東京 is big. {disfmarker} I 've <file_gif> <b";
        for w in words(text) {
            assert_eq!(&text[w.span.range()], w.text);
        }
        let got: Vec<_> = words(text).map(|w| w.text).collect();
        assert_eq!(
            got,
            [
                "Größe", "10", "km", "²", "naïve", "café", "東", "京", "is", "big", "I", "ve", "b"
            ]
        );
    }
}
