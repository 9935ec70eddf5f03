//! Every method with a small budget: picks in document order, within the budget (or the one
//! over-budget pick), no duplicates, finite scores.
#![no_main]
use libfuzzer_sys::fuzz_target;
use salient_rank::{Budget, Method, SummarizerConfig};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let methods: Vec<Method> = Method::all().map(|(_, m)| m).collect();
    let method = methods[selector as usize % methods.len()];
    let budget = match selector / 32 {
        0..=2 => Budget::Sentences(1 + (selector % 4) as usize),
        3..=4 => Budget::Words(1 + selector as usize % 40),
        5..=6 => Budget::Chars(1 + selector as usize * 2),
        _ => Budget::Auto,
    };
    let summarizer = SummarizerConfig { method, budget, ..Default::default() }
        .build()
        .expect("valid config");
    let summary = summarizer.summarize(&text);
    let picks: Vec<usize> = summary.picks().map(|s| s.index).collect();
    assert!(picks.windows(2).all(|w| w[0] < w[1]), "picks out of order or repeated");
    assert!(summary.sentences.iter().all(|s| s.score.is_finite()));
    if let Budget::Sentences(k) = budget {
        assert!(picks.len() <= k);
    }
    if let Budget::Words(w) = budget {
        let used: usize = summary.picks().map(|s| s.words).sum();
        assert!(used <= w || (summary.over_budget && picks.len() == 1));
    }
    for s in summary.picks() {
        assert_eq!(summary.text(s), &text[s.span.start..s.span.end]);
        // Shown without markers: never longer than the verbatim line.
        assert!(summary.line(s).len() <= summary.line_with(s, salient_text::Markers::Keep).len());
    }
});
