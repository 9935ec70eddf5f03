//! Budgets never pick junk, on real documents: no pick of 3 words or fewer where a longer
//! sentence was there to take, no heading, under word and character budgets, for every method;
//! a sentence skipped for its length says "does not fit".

use salient_rank::{Budget, Method, Status, SummarizerConfig};

/// Up to `n` texts from each of the shared corpora named, or none (with a note) when absent.
fn texts(corpora: &[&str], n: usize) -> Vec<String> {
    let mut out = Vec::new();
    for corpus in corpora {
        let Some(data) = salient_testdata::shared_file(&format!("eval/{corpus}.jsonl")) else {
            return Vec::new();
        };
        out.extend(data.lines().take(n).filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            Some(v["text"].as_str()?.to_string())
        }));
    }
    out
}

/// Whether a sentence ends as a sentence does (the heading test, restated independently).
fn ends_with_a_stop(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || "\"'”’)]»".contains(c));
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

#[test]
fn word_and_char_budgets_pick_no_fragment_and_no_heading() {
    let docs = texts(
        &[
            "leval_govreport",
            "dialogsum_test",
            "qmsum_meetings",
            "klexikon_de_test",
            "cnndm_summeval",
        ],
        12,
    );
    if docs.is_empty() {
        println!("SKIPPED: ../shared/eval not found (set SALIENT_SHARED)");
        return;
    }
    let mut checked = 0;
    for (name, method) in Method::all() {
        for budget in [Budget::Words(60), Budget::Chars(400), Budget::Auto] {
            let summarizer = SummarizerConfig {
                method,
                budget,
                ..Default::default()
            }
            .build()
            .unwrap();
            for text in &docs {
                let summary = summarizer.summarize(text);
                let longer_exists = summary.sentences.iter().any(|s| s.words > 3);
                let stops = summary
                    .sentences
                    .iter()
                    .filter(|s| ends_with_a_stop(summary.text(s)))
                    .count();
                let headings_stand_out = 2 * stops >= summary.sentences.len();
                for p in summary.picks() {
                    let t = summary.text(p);
                    assert!(
                        p.words > 3 || !longer_exists,
                        "{name} {budget}: picked the fragment {t:?}"
                    );
                    assert!(
                        !headings_stand_out || ends_with_a_stop(t),
                        "{name} {budget}: picked the heading {t:?}"
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} picks checked");
}

#[test]
fn a_sentence_too_long_for_what_is_left_does_not_fit() {
    let text = "The council approved the new harbor bridge on Tuesday after a long debate. \
        The bridge will carry trams, buses, bicycles and pedestrians across the harbor from the \
        old town to the new docks, replacing a ferry that has run since 1911. \
        Construction starts next spring.";
    let summary = SummarizerConfig {
        budget: Budget::Words(20),
        ..Default::default()
    }
    .build()
    .unwrap()
    .summarize(text);
    let status: Vec<Status> = summary.sentences.iter().map(|s| s.status).collect();
    assert_eq!(status[0], Status::Picked);
    assert_eq!(status[1], Status::DoesNotFit);
    assert_eq!(summary.reason(&summary.sentences[1]), "does not fit");
}
