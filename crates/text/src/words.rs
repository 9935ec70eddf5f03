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
    } else if s.chars().all(|c| western(c).is_some()) {
        Segments::Western(WesternWordBounds { text: s, pos: 0 })
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
    Western(WesternWordBounds<'a>),
}

impl<'a> Segments<'a> {
    fn next(&mut self) -> Option<(usize, &'a str)> {
        match self {
            Segments::Unicode(u) => u.next(),
            Segments::Ascii(a) => a.next(),
            Segments::Western(w) => w.next(),
        }
    }

    fn as_str(&self) -> &'a str {
        match self {
            Segments::Unicode(u) => u.as_str(),
            Segments::Ascii(a) => &a.text[a.pos..],
            Segments::Western(w) => &w.text[w.pos..],
        }
    }
}

/// UAX #29 word bounds restricted to ASCII text, several times faster than the general
/// tables. Only the segments that can hold a letter or digit need to match UAX #29 exactly
/// (the `ascii_fast_path_matches_uax29` property test checks it); punctuation and spaces are
/// skipped, except `{` and `<`, which come out on their own (they may open a marker).
#[derive(Debug, Clone)]
struct AsciiWordBounds<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> AsciiWordBounds<'a> {
    fn next(&mut self) -> Option<(usize, &'a str)> {
        let b = self.text.as_bytes();
        let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        let skip = b[self.pos.min(b.len())..]
            .iter()
            .position(|&c| word(c) || c == b'{' || c == b'<');
        let start = self.pos + skip?;
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
        }
        self.pos = end;
        Some((start, &self.text[start..end]))
    }
}

/// The UAX #29 word-break classes of the characters the Western fast path knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wb {
    /// ALetter.
    Letter,
    /// Numeric.
    Digit,
    /// ExtendNumLet (`_`).
    Underscore,
    /// MidLetter (`:`).
    MidLetter,
    /// MidNum (`,` `;`).
    MidNum,
    /// MidNumLet (`.` and the curly single quotes).
    MidNumLet,
    /// Single_Quote (`'`).
    Quote,
    Cr,
    Space,
    Other,
}

/// The word-break class of ASCII, Latin-1 and Latin Extended-A letters and the punctuation
/// common in Western text (curly quotes, dashes, ellipsis, bullet, euro sign); `None` for the
/// rest, which the general tables handle (also the soft hyphen, a Format character, the middle
/// dot, the cedilla, which joins letters, and C1 controls). A test checks every character it
/// knows in every context the rules look at.
fn western(c: char) -> Option<Wb> {
    Some(match c {
        'a'..='z'
        | 'A'..='Z'
        | '\u{aa}'
        | '\u{b5}'
        | '\u{ba}'
        | '\u{c0}'..='\u{d6}'
        | '\u{d8}'..='\u{f6}'
        | '\u{f8}'..='\u{17f}' => Wb::Letter,
        '0'..='9' => Wb::Digit,
        '_' => Wb::Underscore,
        ':' => Wb::MidLetter,
        ',' | ';' => Wb::MidNum,
        '.' | '\u{2018}' | '\u{2019}' => Wb::MidNumLet,
        '\'' => Wb::Quote,
        '\r' => Wb::Cr,
        ' ' => Wb::Space,
        '\u{0}'..='\u{7f}'
        | '\u{a0}'..='\u{ac}'
        | '\u{ae}'..='\u{b6}'
        | '\u{b9}'..='\u{bf}'
        | '\u{d7}'
        | '\u{f7}'
        | '\u{2013}'
        | '\u{2014}'
        | '\u{201c}'
        | '\u{201d}'
        | '\u{2022}'
        | '\u{2026}'
        | '\u{20ac}' => Wb::Other,
        _ => return None,
    })
}

/// UAX #29 word bounds for text whose every character [`western`] knows (checked before use):
/// the ASCII fast path's rules on word-break classes. As there, only segments that hold a
/// letter or digit must match UAX #29 exactly (the `western_fast_path_matches_uax29` property
/// test checks it); other characters come out one at a time.
#[derive(Debug, Clone)]
struct WesternWordBounds<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> WesternWordBounds<'a> {
    /// The class and length of the character at byte `i`, if any.
    fn at(&self, i: usize) -> Option<(Wb, usize)> {
        let c = self.text.get(i..)?.chars().next()?;
        Some((western(c).unwrap_or(Wb::Other), c.len_utf8()))
    }

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let start = self.pos;
        let (first, len) = self.at(start)?;
        let word = |c: Wb| matches!(c, Wb::Letter | Wb::Digit | Wb::Underscore);
        let mut end = start + len;
        match first {
            c if word(c) => {
                let mut last = c;
                while let Some((c, len)) = self.at(end) {
                    if word(c) {
                        end += len;
                        last = c;
                        continue;
                    }
                    // WB6/7: letter (MidLetter MidNumLet ') letter; WB11/12: digit (MidNum
                    // MidNumLet ') digit.
                    let Some((after, after_len)) = self.at(end + len) else {
                        break;
                    };
                    let letters = last == Wb::Letter
                        && after == Wb::Letter
                        && matches!(c, Wb::MidLetter | Wb::MidNumLet | Wb::Quote);
                    let digits = last == Wb::Digit
                        && after == Wb::Digit
                        && matches!(c, Wb::MidNum | Wb::MidNumLet | Wb::Quote);
                    if !(letters || digits) {
                        break;
                    }
                    end += len + after_len;
                    last = after;
                }
            }
            Wb::Cr if self.text[end..].starts_with('\n') => end += 1,
            Wb::Space => {
                end += self.text[end..].len() - self.text[end..].trim_start_matches(' ').len()
            }
            _ => {}
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

/// Transcript markers in text shown to a reader: a lowercase word in braces or angle brackets
/// standing on its own (`{disfmarker}`, `{vocalsound}`, `<file_gif>`). Braces in formulas and
/// citations (`x^{2}`, `\cite{smith2016}`, `< y >`) are not markers here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Markers {
    /// Left out, with the space after each, so `uh {disfmarker} I` reads `uh I` (the default).
    #[default]
    Strip,
    /// Kept verbatim.
    Keep,
}

impl Markers {
    /// `text` as shown under this setting. Borrows when nothing changes.
    ///
    /// ```
    /// use salient_text::Markers;
    /// let t = "Yeah , um {vocalsound} Well , I {disfmarker} I think so . {pause}";
    /// assert_eq!(Markers::Strip.apply(t), "Yeah , um Well , I I think so .");
    /// assert_eq!(Markers::Keep.apply(t), t);
    /// assert_eq!("keep".parse::<Markers>(), Ok(Markers::Keep));
    /// assert!("drop".parse::<Markers>().is_err());
    /// // Braces that are no marker stay.
    /// let formula = "a {b, c} and x < y > z, x^{2} \\cite{smith2016} {ab}";
    /// assert_eq!(Markers::Strip.apply(formula), "a {b, c} and x < y > z, x^{2} \\cite{smith2016}");
    /// ```
    pub fn apply(self, text: &str) -> std::borrow::Cow<'_, str> {
        let next_bracket =
            |from: usize| memchr::memchr2(b'{', b'<', &text.as_bytes()[from..]).map(|k| from + k);
        if self == Markers::Keep || next_bracket(0).is_none() {
            return std::borrow::Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        let mut search = 0;
        while let Some(k) = next_bracket(search) {
            let closer = if text.as_bytes()[k] == b'{' { '}' } else { '>' };
            let alone = text[..k].ends_with(char::is_whitespace) || k == 0;
            let marker = marker_len(&text[k + 1..], closer).filter(|&len| {
                let body = &text.as_bytes()[k + 1..k + len];
                body.len() >= 2 && body.iter().all(|&b| b.is_ascii_lowercase() || b == b'_')
            });
            let Some(len) = marker.filter(|_| alone) else {
                search = k + 1;
                continue;
            };
            out.push_str(&text[at..k]);
            let after = &text[k + 1 + len..];
            let space = after.len() - after.trim_start().len();
            // The space before a marker is kept for the word after it; at the end it goes too.
            at = k + 1 + len + space;
            if at == text.len() {
                out.truncate(out.trim_end().len());
            }
            search = at;
        }
        out.push_str(&text[at..]);
        std::borrow::Cow::Owned(out)
    }
}

impl std::str::FromStr for Markers {
    type Err = crate::Error;

    /// `strip` or `keep`, as the command line spells them.
    fn from_str(s: &str) -> crate::Result<Self> {
        let names = [("strip", Markers::Strip), ("keep", Markers::Keep)];
        crate::sentences::parse_named(s, "markers", &names)
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

    fn western_words(s: &str) -> Vec<(usize, &str)> {
        let mut a = WesternWordBounds { text: s, pos: 0 };
        std::iter::from_fn(|| a.next())
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .collect()
    }

    #[test]
    fn markers_strip_only_standalone_lowercase_markers() {
        let cases = [
            ("{vocalsound} Yes .", "Yes ."),
            ("Yes {vocalsound}", "Yes"),
            ("Yes {vocalsound} .", "Yes ."),
            ("see <file_gif> here", "see here"),
            ("a <b>bold</b> tag", "a <b>bold</b> tag"),
            ("x^{2} and {A} and { gap }", "x^{2} and {A} and { gap }"),
            ("no markers at all", "no markers at all"),
        ];
        for (text, want) in cases {
            assert_eq!(Markers::Strip.apply(text), want, "{text}");
            assert_eq!(Markers::Keep.apply(text), text);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn western_fast_path_matches_uax29(s in "[aZ09 .,;:'_\\-\"()\r\n!?\t\u{a0}\u{aa}\u{b2}\u{b5}\u{bd}\u{ba}\u{bf}éÉßøÿĀžſ×÷\u{2013}\u{2014}\u{2018}\u{2019}\u{201c}\u{201d}\u{2022}\u{2026}€]{0,40}") {
            prop_assert_eq!(western_words(&s), unicode_words(&s));
        }

        #[test]
        fn western_fast_path_matches_uax29_on_words(s in "([A-Za-zéøž]{1,4}|[0-9]{1,2}|[.,;:'\u{2019}\u{2018}_]|[ ]{1,2}|\u{201c}|\u{201d}|\u{2014}){0,16}") {
            prop_assert_eq!(western_words(&s), unicode_words(&s));
        }

        /// Stripping only removes bytes: what is left is the text with some ranges taken out.
        #[test]
        fn markers_strip_removes_ranges_only(s in "([a-z]{1,5}|[ ]{1,2}|[{}<>.]|\\{disfmarker\\}|<file_gif>){0,20}") {
            let got = Markers::Strip.apply(&s);
            let mut rest = s.as_str();
            for c in got.chars() {
                let at = rest.find(c);
                prop_assert!(at.is_some(), "{got:?} from {s:?}");
                rest = &rest[at.unwrap_or(0) + c.len_utf8()..];
            }
        }

        #[test]
        fn ascii_fast_path_matches_uax29(s in "[a-zA-Z0-9 .,;:'_\\-\"()\r\n!?]{0,40}") {
            prop_assert_eq!(ascii_words(&s), unicode_words(&s));
        }
    }

    /// Every character the Western path knows, in every context the rules look at.
    #[test]
    fn western_fast_path_matches_uax29_for_every_known_character() {
        let known = ('\u{0}'..='\u{20ac}').filter(|&c| western(c).is_some());
        for c in known {
            for context in [
                "a{}b",
                "1{}2",
                "a{}",
                "{}a",
                "{}1",
                "1{}",
                "{}{}",
                "a{}{}b",
                "a {} b",
                "ab{}'c",
                "x.{}y",
                "{}\r\n",
                "a_{}_b",
                "\u{e9}{}\u{e9}",
            ] {
                let s = context.replace("{}", &c.to_string());
                assert_eq!(
                    western_words(&s),
                    unicode_words(&s),
                    "{s:?} (U+{:04X})",
                    c as u32
                );
            }
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
