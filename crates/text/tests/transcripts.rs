//! Transcript formats of the real corpora in ../shared/eval: detected, labels kept out of
//! sentences, every sentence attributed to a speaker.

use salient_text::{AnalyzerConfig, TranscriptFormat, Vocabulary};

#[test]
fn labeled_transcripts_in_the_eval_corpora() {
    let analyzer = AnalyzerConfig::default().build().unwrap();
    for (corpus, limit) in [
        ("mediasum_sample", 1),
        ("dialogsum_test", 50),
        ("qmsum_meetings", 5),
        ("samsum_sample", 15),
    ] {
        let Some(data) = salient_testdata::shared_file(&format!("eval/{corpus}.jsonl")) else {
            continue;
        };
        for line in data.lines().take(limit) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = v["text"].as_str().unwrap();
            let mut vocab = Vocabulary::default();
            let a = analyzer.analyze(text, &mut vocab);
            let doc = &a.document;
            let id = v["id"].as_str().unwrap_or("?");
            assert_eq!(doc.transcript(), TranscriptFormat::Labeled, "{corpus}/{id}");
            let labelled_lines = text
                .lines()
                .filter(|l| salient_text::speaker_label(l).is_some())
                .count();
            let speakers: std::collections::BTreeSet<u32> =
                doc.sentences().iter().filter_map(|s| s.turn).collect();
            assert!(
                speakers.len() * 10 >= labelled_lines * 9,
                "{corpus}/{id}: turns lost"
            );
            for i in 0..doc.len() {
                let s = doc.sentence_text(i);
                let speaker = doc
                    .speaker(i)
                    .unwrap_or_else(|| panic!("{corpus}/{id}: sentence {i} has no speaker: {s:?}"));
                assert!(
                    !s.starts_with(&format!("{speaker}:")),
                    "{corpus}/{id}: label inside sentence {s:?}"
                );
                // Markers never become terms.
                for t in a.terms(i) {
                    assert!(!vocab.term(t.term).contains("disfmarker"), "{corpus}/{id}");
                }
            }
        }
    }
}
