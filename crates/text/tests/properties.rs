//! Invariants of spans on any input.

use proptest::prelude::*;
use salient_text::{
    words_in, AnalyzerConfig, Language, QuoteMode, SentenceSplitter, TranscriptMode, Vocabulary,
};

/// Checks every span invariant on `text`, for both the plain and the transcript-aware splitter.
fn check(text: &str) {
    let modes = [
        (TranscriptMode::Off, QuoteMode::Split),
        (TranscriptMode::Auto, QuoteMode::Split),
        (TranscriptMode::Auto, QuoteMode::Whole),
    ];
    for (mode, quotes) in modes {
        let doc = SentenceSplitter::new(Language::English)
            .with_transcript(mode)
            .with_quotes(quotes)
            .split(text);
        let mut covered = vec![false; text.len()];
        let mut prev_end = 0;
        for (i, s) in doc.sentences().iter().enumerate() {
            assert!(
                s.span.start >= prev_end,
                "sentence {i} overlaps or is out of order: {:?}",
                doc.sentences()
            );
            assert!(s.span.start < s.span.end, "empty sentence {i}");
            assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
            let st = &text[s.span.range()];
            assert_eq!(st, doc.sentence_text(i));
            assert_eq!(st, st.trim(), "sentence {i} is not trimmed");
            prev_end = s.span.end;
            covered[s.span.range()].iter_mut().for_each(|c| *c = true);
            let mut wprev = s.span.start;
            for w in words_in(text, s.span) {
                assert!(w.span.start >= wprev && w.span.end <= s.span.end);
                assert_eq!(&text[w.span.range()], w.text);
                wprev = w.span.end;
            }
        }
        for t in doc.turns() {
            if let Some(sp) = t.speaker {
                covered[sp.range()].iter_mut().for_each(|c| *c = true);
            }
        }
        // Nothing is lost: every letter or digit is in a sentence (or a speaker label).
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() {
                assert!(
                    covered[i],
                    "{c:?} at byte {i} is in no sentence ({mode:?}): {text:?}"
                );
            }
        }
    }
    let analyzer = AnalyzerConfig::default().build().unwrap();
    let mut v = Vocabulary::default();
    let a = analyzer.analyze(text, &mut v);
    for i in 0..a.len() {
        assert!(a.terms(i).len() <= a.word_count(i));
    }
}

const PIECES: &[&str] = &[
    "Mr.",
    "U.S.",
    "the",
    "Dr.",
    "e.g.",
    "J.",
    "3.5",
    "No.",
    "5",
    "Hello",
    "world",
    "...",
    "?!",
    "\"",
    ")",
    "(",
    "\n",
    "\n\n",
    "  ",
    " ",
    " ",
    " ",
    "Grad A:",
    "#Person1#:",
    "{disfmarker}",
    "東京は大きい。",
    "مرحبا بالعالم.",
    "🙂",
    ".",
    "?",
    "!",
    "- ",
    "1. ",
    "Jan.",
    "\r\n",
    "’",
    "“",
    "”",
    "„",
    "«",
    "»",
    "'",
    "\u{a0}",
    "é",
    "\u{200d}",
    "\t",
    ":",
    "Straße",
    "{",
    "<",
    ">",
    "}",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_hold_on_text_made_of_tricky_pieces(text in pieces()) {
        check(&text);
    }

    #[test]
    fn spans_hold_on_any_unicode(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn spans_hold_on_lossily_decoded_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn edge_inputs_do_not_panic() {
    let long_line = "word ".repeat(2_000_000); // 10 MB, no sentence end
    let cases = [
        String::new(),
        " \n\t\r\n ".to_string(),
        "🙂🙂🙂. 👍🏽 Done!".to_string(),
        "שלום עולם. זה משפט שני.".to_string(),
        "这是第一句。这是第二句！这是第三句？".to_string(),
        "日本語の文章です。二つ目の文。".to_string(),
        "\u{feff}BOM first. Then more.".to_string(),
        "a".repeat(100_000),
    ];
    for c in &cases {
        check(c);
    }
    let doc = SentenceSplitter::new(Language::English).split(&long_line);
    assert_eq!(doc.len(), 1);
    assert_eq!(doc.sentence_text(0).len(), long_line.trim_end().len());
}

#[test]
fn chinese_sentences_split_on_ideographic_stops() {
    let doc =
        SentenceSplitter::new(Language::English).split("这是第一句。这是第二句！这是第三句？");
    assert_eq!(doc.len(), 3);
}
