//! Transcript turns: detection of the format, and turn spans with speaker labels.

use crate::boundary::OPENING_QUOTES;
use crate::{Span, Turn};

/// The transcript format of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TranscriptFormat {
    /// Plain text.
    #[default]
    None,
    /// Turns separated by two or more spaces, no speaker names (the NPR seed's style).
    DoubleSpace,
    /// One turn per line, `Label: text` (`FARAI CHIDEYA, host: ...`, `#Person1#: ...`,
    /// `Grad C: ...`); unlabelled lines (stage directions) are turns without a speaker.
    Labeled,
}

impl TranscriptFormat {
    /// True for any transcript format.
    pub fn is_transcript(self) -> bool {
        self != TranscriptFormat::None
    }

    /// A short name: `none`, `double-space`, `labeled`.
    pub fn name(self) -> &'static str {
        match self {
            TranscriptFormat::None => "none",
            TranscriptFormat::DoubleSpace => "double-space",
            TranscriptFormat::Labeled => "labeled",
        }
    }
}

/// Detects the transcript format of `text`.
///
/// * Labeled: at least two lines, and at least 40% of the non-blank lines, start with a
///   speaker label (see [`speaker_label`]), and at least two speakers are named (the second
///   may be lowercase, as in chats: `rachel: ...`): a headline
///   that a news story repeats (`Chômage : Le nombre d'emplois...`) is one label, not a
///   conversation.
/// * DoubleSpace: a text on one line where at least three gaps of two or more spaces end a
///   sentence (follow `.`, `?`, `!` or `…`, closing quotes aside), ordinary single-space
///   sentence gaps are at least half as many (a text that puts two spaces after *every*
///   sentence is typewriter style, not a transcript), and stray double spaces inside sentences
///   (a news article's `will  win`) are fewer than half as many.
pub fn detect(text: &str) -> TranscriptFormat {
    let mut lines = 0usize;
    let mut labeled = 0usize;
    let mut first_label: Option<&str> = None;
    let mut two_speakers = false;
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        lines += 1;
        // A chat's second speaker may write their name in lowercase (`rachel: ...`): such a
        // label names a speaker but does not count as a labelled line.
        if let Some((span, _)) = label(line, true) {
            let name = span.of(line);
            if name.starts_with(opens_label) {
                labeled += 1;
            }
            match first_label {
                None => first_label = Some(name),
                Some(first) => two_speakers |= !first.eq_ignore_ascii_case(name),
            }
        }
    }
    if labeled >= 2 && two_speakers && labeled * 10 >= lines * 4 {
        return TranscriptFormat::Labeled;
    }
    // A double-space transcript has at least three runs of two spaces (memmem finds none in
    // most texts at a fraction of the cost of classifying every gap).
    if !text.trim().contains('\n') && memchr::memmem::find(text.as_bytes(), b"  ").is_some() {
        let gaps = space_gaps(text.trim());
        if gaps.turns >= 3 && gaps.single * 2 >= gaps.turns && gaps.stray * 2 < gaps.turns {
            return TranscriptFormat::DoubleSpace;
        }
    }
    TranscriptFormat::None
}

/// The gaps between words of a one-line text, by kind.
struct Gaps {
    /// Runs of 2+ spaces that end a sentence: turn changes in a double-space transcript.
    turns: usize,
    /// Runs of 2+ spaces inside a sentence.
    stray: usize,
    /// Single spaces after terminal punctuation and before an uppercase letter: ordinary
    /// sentence gaps.
    single: usize,
}

fn space_gaps(text: &str) -> Gaps {
    let bytes = text.as_bytes();
    let mut gaps = Gaps {
        turns: 0,
        stray: 0,
        single: 0,
    };
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b' ' {
            let start = i;
            while i < bytes.len() && bytes[i] == b' ' {
                i += 1;
            }
            let run = i - start;
            if start == 0 || i == bytes.len() {
                continue;
            }
            if run >= 2 {
                if crate::ends_sentence(&text[..start]) {
                    gaps.turns += 1;
                } else {
                    gaps.stray += 1;
                }
            } else if matches!(bytes[start - 1], b'.' | b'?' | b'!')
                && text[i..].chars().next().is_some_and(char::is_uppercase)
            {
                gaps.single += 1;
            }
        } else {
            i += 1;
        }
    }
    gaps
}

/// The turns of `text` in `format`; `None` for plain text.
pub(crate) fn turns(text: &str, format: TranscriptFormat) -> Option<Vec<Turn>> {
    match format {
        TranscriptFormat::None => None,
        TranscriptFormat::DoubleSpace => {
            let mut turns = Vec::new();
            let mut start = 0;
            let bytes = text.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i] == b' ' && bytes.get(i + 1) == Some(&b' ') {
                    let gap_start = i;
                    while i < bytes.len() && bytes[i] == b' ' {
                        i += 1;
                    }
                    // A stray double space inside a sentence is not a turn change.
                    if crate::ends_sentence(&text[..gap_start]) {
                        push_turn(&mut turns, text, Span::new(start, gap_start), None);
                        start = i;
                    }
                } else {
                    i += 1;
                }
            }
            push_turn(&mut turns, text, Span::new(start, text.len()), None);
            Some(turns)
        }
        TranscriptFormat::Labeled => {
            // Each line's label is parsed once: (line span, label, strict?).
            let mut lines = Vec::new();
            let mut pos = 0;
            for line in text.split_inclusive('\n') {
                let span = Span::new(pos, pos + line.len());
                pos += line.len();
                let found = match speaker_label(line) {
                    Some(l) => Some((l, true)),
                    None => label(line, true).map(|l| (l, false)),
                };
                lines.push((span, found));
            }
            // Chat logs sometimes write a speaker in lowercase ("rachel:"); such a label counts
            // when it matches a capitalised one or starts at least two lines.
            let mut known: std::collections::HashMap<String, usize> =
                std::collections::HashMap::new();
            for (span, found) in &lines {
                if let Some(((l, _), strict)) = found {
                    let name = Span::new(span.start + l.start, span.start + l.end).of(text);
                    *known.entry(name.to_lowercase()).or_default() += if *strict { 2 } else { 1 };
                }
            }
            let mut turns = Vec::new();
            for (line_span, found) in lines {
                let found = found.and_then(|((label, content_start), _)| {
                    let name =
                        Span::new(line_span.start + label.start, line_span.start + label.end);
                    let counts = known
                        .get(&name.of(text).to_lowercase())
                        .is_some_and(|&n| n >= 2);
                    counts.then_some((name, content_start))
                });
                match found {
                    Some((name, content_start)) => push_turn(
                        &mut turns,
                        text,
                        Span::new(line_span.start + content_start, line_span.end),
                        Some(name),
                    ),
                    None => push_turn(&mut turns, text, line_span, None),
                }
            }
            Some(turns)
        }
    }
}

fn push_turn(turns: &mut Vec<Turn>, text: &str, span: Span, speaker: Option<Span>) {
    let span = span.trim(text);
    if !span.is_empty() || speaker.is_some() {
        turns.push(Turn { span, speaker });
    }
}

/// Recognises a speaker label at the start of `line`: returns the label's span within the
/// line and the byte offset where the utterance starts.
///
/// A label starts with an uppercase letter, a digit or `#`; holds at most six words of letters,
/// digits and `. ' ’ - _ # & /`, optionally `, role` and one `(parenthesis)`; and is followed by
/// `:` and whitespace (so `10:30` and `http://` are not labels). A lowercase word before the
/// colon and a quotation after it report speech in prose (`Tony Blair said: "Paul has..."`),
/// which is no label; `Grad C: " What is the fee ? "` is one.
pub fn speaker_label(line: &str) -> Option<(Span, usize)> {
    label(line, false)
}

/// [`speaker_label`], optionally accepting a label that starts in lowercase.
fn label(line: &str, any_case: bool) -> Option<(Span, usize)> {
    let lead = line.len() - line.trim_start().len();
    let rest = &line[lead..];
    let first = rest.chars().next()?;
    if !(opens_label(first) || (any_case && first.is_alphabetic())) {
        return None;
    }
    let mut in_paren = false;
    let mut words = 1usize;
    let mut outside_len = 0usize;
    let mut prev = ' ';
    for (i, c) in rest.char_indices() {
        if in_paren {
            if c == ')' {
                in_paren = false;
            } else if c == '\n' || i > 160 {
                return None;
            }
            continue;
        }
        match c {
            ':' => {
                let after = &rest[i + 1..];
                let label = rest[..i].trim_end();
                if label.is_empty()
                    || !label.chars().any(char::is_alphabetic)
                    || !(after.is_empty() || after.starts_with(char::is_whitespace))
                    || reports_speech(label, after)
                {
                    return None;
                }
                let content = i + 1 + (after.len() - after.trim_start_matches([' ', '\t']).len());
                return Some((Span::new(lead, lead + label.len()), lead + content));
            }
            '(' => in_paren = true,
            ' ' => {
                if prev != ' ' {
                    words += 1;
                }
            }
            c if c.is_alphanumeric() || ".'’-_#&/,".contains(c) => {}
            _ => return None,
        }
        outside_len += c.len_utf8();
        if words > 6 || outside_len > 60 {
            return None;
        }
        prev = c;
    }
    None
}

/// Whether `c` can open a speaker label of its own: an uppercase letter, a digit or `#`.
fn opens_label(c: char) -> bool {
    c.is_uppercase() || c == '#' || c.is_ascii_digit()
}

/// Whether `label: after` reports speech (`... said: "..."`, `... a déclaré : « ... »`): a
/// quotation after a label whose name (before any `, role` or `(parenthesis)`) ends in a
/// lowercase word.
fn reports_speech(label: &str, after: &str) -> bool {
    let name = label.split([',', '(']).next().unwrap_or(label).trim_end();
    after.trim_start().starts_with(&OPENING_QUOTES[..4])
        && name
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_table() {
        let table = [
            (
                "FARAI CHIDEYA, host: This is NEWS.",
                Some("FARAI CHIDEYA, host"),
            ),
            (
                "Dr. SHANNON HADER (Director, D.C. HIV/AIDS Administration): Thank you.",
                Some("Dr. SHANNON HADER (Director, D.C. HIV/AIDS Administration)"),
            ),
            ("#Person1#: You're finally here!", Some("#Person1#")),
            ("Grad C: Nice .", Some("Grad C")),
            ("Hannah: <file_gif>", Some("Hannah")),
            ("Speaker A:", Some("Speaker A")),
            ("The meeting starts at 10:30 today.", None),
            ("See http://example.com now", None),
            (
                "This is a rather long sentence that happens to have: a colon",
                None,
            ),
            ("lowercase: no", None),
            ("Prime Minister Tony Blair said: \"Paul has been\"", None),
            ("Le ministre a déclaré : « Nous verrons »", None),
            ("Grad C: \" What is the fee ? \"", Some("Grad C")),
            (
                "FARAI CHIDEYA, host: \"Quoted\"",
                Some("FARAI CHIDEYA, host"),
            ),
            ("(While getting ready for school.)", None),
        ];
        for (line, want) in table {
            let got = speaker_label(line).map(|(s, _)| s.of(line));
            assert_eq!(got, want, "{line}");
        }
    }

    #[test]
    fn lowercase_label_of_a_known_speaker() {
        let text =
            "Rachel: Hi.\nAmanda: Hello.\nrachel: Bye.\nnote: not a speaker\nedward: x\nedward: y";
        let t = turns(text, TranscriptFormat::Labeled).unwrap();
        let speakers: Vec<Option<&str>> = t.iter().map(|t| t.speaker.map(|s| s.of(text))).collect();
        assert_eq!(
            speakers,
            [
                Some("Rachel"),
                Some("Amanda"),
                Some("rachel"),
                None,
                Some("edward"),
                Some("edward")
            ]
        );
    }

    #[test]
    fn detect_formats() {
        let seed_like = "The Pentagon said so. It is big.  Yeah Audie it is. Really.  And so what now?  So Kirby said this. He did.  Thanks. Bye.";
        assert_eq!(detect(seed_like), TranscriptFormat::DoubleSpace);
        let typewriter = "One sentence.  Two sentence.  Three sentence.  Four.";
        assert_eq!(detect(typewriter), TranscriptFormat::None);
        assert_eq!(detect("A: hi\nB: hello\nA: bye"), TranscriptFormat::Labeled);
        let headline_twice = "Chômage : Le nombre d'emplois menacés est de 75 000\n\n\tChômage : \
            Le nombre d'emplois menacés est de 75 000\n\n\t5 juillet 2012. - La CGT estime.";
        assert_eq!(detect(headline_twice), TranscriptFormat::None);
        assert_eq!(detect("A: hi\na: hello\nA: bye"), TranscriptFormat::None);
        let chat = "Edward: I think so..\nrachel: Dont..\nEdward: What??\nrachel: Open the door..";
        assert_eq!(detect(chat), TranscriptFormat::Labeled);
        assert_eq!(
            detect("Note: this is prose.\nIt goes on.\nAnd on.\nAnd on more."),
            TranscriptFormat::None
        );
    }

    #[test]
    fn stray_double_spaces_inside_sentences_do_not_make_prose_a_transcript() {
        // From a CNN article: double spaces mid-sentence, none at sentence ends.
        let news =
            "The winning couple will  win a free wedding. They will be the first  to  wed at \
                    the hotel. The contest closes in May. Entries are online.";
        assert_eq!(detect(news), TranscriptFormat::None);
        // A transcript with one stray gap keeps its turns whole: the stray gap splits nothing.
        let talk = "It is big. Very big.  Yeah it  is. Really.  And so what now? Tell us.  So Kirby said this. He did.";
        assert_eq!(detect(talk), TranscriptFormat::DoubleSpace);
        let t = turns(talk, TranscriptFormat::DoubleSpace).unwrap();
        let texts: Vec<&str> = t.iter().map(|t| t.span.of(talk)).collect();
        assert_eq!(
            texts,
            [
                "It is big. Very big.",
                "Yeah it  is. Really.",
                "And so what now? Tell us.",
                "So Kirby said this. He did."
            ]
        );
    }
}
