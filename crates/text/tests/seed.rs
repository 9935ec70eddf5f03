//! Golden test of the seed transcript's sentences. The golden file holds spans and turns only
//! (the transcript itself stays in ../shared). Re-bless with `SALIENT_BLESS=1 cargo test`.

use salient_text::{AnalyzerConfig, TranscriptFormat, Vocabulary};

#[test]
fn seed_sentences_match_golden() {
    let Some(text) = salient_testdata::shared_file("seed/000_05eae02359d293ec.txt") else {
        return;
    };
    let analyzer = AnalyzerConfig::default().build().unwrap();
    let mut vocab = Vocabulary::default();
    let a = analyzer.analyze(&text, &mut vocab);
    let doc = &a.document;
    assert_eq!(doc.transcript(), TranscriptFormat::DoubleSpace);
    assert!(a.language.warning.is_none());

    let mut got = String::from("# sentence\tstart\tend\tturn\n");
    for (i, s) in doc.sentences().iter().enumerate() {
        got.push_str(&format!(
            "{i}\t{}\t{}\t{}\n",
            s.span.start,
            s.span.end,
            s.turn.unwrap()
        ));
    }
    let golden =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/seed_sentences.tsv");
    if std::env::var_os("SALIENT_BLESS").is_some() {
        std::fs::write(&golden, &got).unwrap();
    }
    let want =
        std::fs::read_to_string(&golden).expect("golden file missing: run with SALIENT_BLESS=1");
    assert_eq!(
        got, want,
        "seed segmentation changed; if intended, re-bless with SALIENT_BLESS=1"
    );

    // Readable checks of the cases that motivated the project.
    assert_eq!(doc.len(), 34);
    assert_eq!(doc.turns().len(), 12);
    assert!(doc
        .sentence_text(0)
        .contains("3000 U.S. troops back into Afghanistan"));
    assert!(doc.sentence_text(0).ends_with("in the coming days."));
    assert!(doc
        .sentence_text(14)
        .contains("the very large U.S. Embassy in Kabul"));
    // The Kirby clip is its own turn, not merged with the host's lead-in.
    assert_eq!(doc.sentence_text(12), "Let us hear what he said here.");
    assert_ne!(doc.sentences()[12].turn, doc.sentences()[13].turn);
    assert_eq!(doc.sentence_text(33), "My pleasure.");
}
