//! The splitter and analyzer on arbitrary bytes: spans ordered, on char boundaries, slicing to
//! the sentence; terms inside their sentence.
#![no_main]
use libfuzzer_sys::fuzz_target;
use salient_text::{decode, AnalyzerConfig, QuoteMode, Vocabulary};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode(data, true) else { return };
    // Odd first bytes also keep quotations whole.
    let quotes = match data.first() {
        Some(b) if b % 2 == 1 => QuoteMode::Whole,
        _ => QuoteMode::Split,
    };
    let config = AnalyzerConfig {
        quotes,
        ..AnalyzerConfig::default()
    };
    let analyzer = config.build().expect("default config");
    let a = analyzer.analyze(&text, &mut Vocabulary::default());
    let doc = &a.document;
    let mut last_end = 0;
    for (i, s) in doc.sentences().iter().enumerate() {
        assert!(
            s.span.start >= last_end && s.span.start < s.span.end,
            "spans out of order"
        );
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        assert_eq!(&text[s.span.start..s.span.end], doc.sentence_text(i));
        for t in a.terms(i) {
            assert!(
                t.span.start >= s.span.start && t.span.end <= s.span.end,
                "term outside"
            );
        }
        last_end = s.span.end;
    }
});
