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
    let s = span.of(text);
    let inner = if s.is_ascii() {
        Segments::Ascii(AsciiWordBounds { text: s, pos: 0 })
    } else {
        Segments::Unicode(s.split_word_bound_indices())
    };
    Words {
        inner,
        base: span.start,
        skip_until: 0,
    }
}

/// Iterator returned by [`words`] and [`words_in`].
#[derive(Debug, Clone)]
pub struct Words<'a> {
    inner: Segments<'a>,
    base: usize,
    skip_until: usize,
}

#[derive(Debug, Clone)]
enum Segments<'a> {
    Unicode(UWordBoundIndices<'a>),
    Ascii(AsciiWordBounds<'a>),
}

impl<'a> Segments<'a> {
    fn next(&mut self) -> Option<(usize, &'a str)> {
        match self {
            Segments::Unicode(u) => u.next(),
            Segments::Ascii(a) => a.next(),
        }
    }

    fn as_str(&self) -> &'a str {
        match self {
            Segments::Unicode(u) => u.as_str(),
            Segments::Ascii(a) => &a.text[a.pos..],
        }
    }
}

/// UAX #29 word bounds restricted to ASCII text, several times faster than the general
/// tables. Only the segments that can hold a letter or digit need to match UAX #29 exactly
/// (the `ascii_fast_path_matches_uax29` property test checks it); punctuation and spaces come
/// out one byte at a time.
#[derive(Debug, Clone)]
struct AsciiWordBounds<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> AsciiWordBounds<'a> {
    fn next(&mut self) -> Option<(usize, &'a str)> {
        let b = self.text.as_bytes();
        let start = self.pos;
        if start >= b.len() {
            return None;
        }
        let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        let mut end = start + 1;
        if word(b[start]) {
            loop {
                match b.get(end) {
                    Some(&c) if word(c) => end += 1,
                    // WB6/7: letter (. ' :) letter; WB11/12: digit (. ' , ;) digit.
                    Some(&mid) => {
                        let (before, after) = (b[end - 1], b.get(end + 1).copied().unwrap_or(0));
                        let letters = before.is_ascii_alphabetic()
                            && after.is_ascii_alphabetic()
                            && matches!(mid, b'.' | b'\'' | b':');
                        let digits = before.is_ascii_digit()
                            && after.is_ascii_digit()
                            && matches!(mid, b'.' | b'\'' | b',' | b';');
                        if letters || digits {
                            end += 2;
                        } else {
                            break;
                        }
                    }
                    None => break,
                }
            }
        } else if b[start] == b'\r' && b.get(start + 1) == Some(&b'\n') {
            end += 1;
        } else if b[start] == b' ' {
            while b.get(end) == Some(&b' ') {
                end += 1;
            }
        }
        self.pos = end;
        Some((start, &self.text[start..end]))
    }
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
    use proptest::prelude::*;

    fn unicode_words(s: &str) -> Vec<(usize, &str)> {
        s.split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .collect()
    }

    fn ascii_words(s: &str) -> Vec<(usize, &str)> {
        let mut a = AsciiWordBounds { text: s, pos: 0 };
        std::iter::from_fn(|| a.next())
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn ascii_fast_path_matches_uax29(s in "[a-zA-Z0-9 .,;:'_\\-\"()\r\n!?]{0,40}") {
            prop_assert_eq!(ascii_words(&s), unicode_words(&s));
        }
    }

    #[test]
    fn ascii_fast_path_table() {
        for s in [
            "don't U.S. 3.5 3,000 a:b a.5 5.a x_y __ 'quoted' it's.",
            "e.g. this; 1;2 a''b 12.34.56",
        ] {
            assert_eq!(ascii_words(s), unicode_words(s), "{s}");
        }
    }

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
