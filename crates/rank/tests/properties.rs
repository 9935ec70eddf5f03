//! Property tests: invariants of ranking and selection on arbitrary text.

use proptest::prelude::*;
use salient_rank::*;

const FRAGMENTS: &[&str] = &[
    "The river flooded the town.",
    "Dr. Ruiz said the U.S. plan works.",
    "Why?",
    "Prices rose again in March.",
    "Prices rose again in March.",
    "ALICE: we met at noon.",
    "\n\n",
    "  ",
    "Energy costs drove most of the rise.",
    "émigrés à Zürich ont mangé.",
    "42.",
    "!!!",
    "The mayor thanked the rescue crews for their work on the river.",
    "Wages did not keep pace",
    "数据 显示 增长。",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40).prop_map(|v| v.join(" "))
}

fn method() -> impl Strategy<Value = Method> {
    let all: Vec<Method> = Method::all().map(|(_, m)| m).collect();
    prop::sample::select(all)
}

fn budget() -> impl Strategy<Value = Budget> {
    prop_oneof![
        Just(Budget::Auto),
        (1usize..8).prop_map(Budget::Sentences),
        (0.05f64..1.0).prop_map(Budget::Ratio),
        (1usize..80).prop_map(Budget::Words),
        (1usize..400).prop_map(Budget::Chars),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn summaries_are_ordered_subsets_within_budget(t in text(), m in method(), b in budget()) {
        let s = SummarizerConfig { method: m, budget: b, ..Default::default() }.build().unwrap();
        let sum = s.summarize(&t);
        let idx: Vec<usize> = sum.picks().map(|p| p.index).collect();
        // Never empty when there is a sentence; never invented.
        prop_assert_eq!(idx.is_empty(), sum.sentences.is_empty());
        prop_assert!(idx.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(idx.iter().all(|&i| i < sum.sentences.len()));
        for p in sum.picks() {
            prop_assert_eq!(sum.text(p), &t[p.span.start..p.span.end]);
            prop_assert_eq!(p.status, Status::Picked);
        }
        prop_assert!(sum.sentences.iter().all(|x| x.score.is_finite()));
        // Ranks are a permutation of 1..=n.
        let mut ranks: Vec<usize> = sum.sentences.iter().map(|x| x.rank).collect();
        ranks.sort_unstable();
        prop_assert!(ranks.iter().enumerate().all(|(i, &r)| r == i + 1));
        if !sum.over_budget {
            match b {
                Budget::Sentences(k) => prop_assert!(idx.len() <= k),
                Budget::Words(w) => prop_assert!(sum.picks().map(|p| p.words).sum::<usize>() <= w),
                Budget::Chars(c) => prop_assert!(
                    sum.picks().map(|p| sum.text(p).chars().count()).sum::<usize>() <= c
                ),
                _ => {}
            }
        } else {
            prop_assert_eq!(idx.len(), 1);
        }
        // Deterministic.
        let again: Vec<usize> = s.summarize(&t).picks().map(|p| p.index).collect();
        prop_assert_eq!(idx, again);
    }

    #[test]
    fn pagerank_is_a_distribution(w in prop::collection::vec(0.0f64..3.0, 0..64), d in 0.05f64..0.95) {
        let n = (w.len() as f64).sqrt() as usize;
        let m = ndarray::Array2::from_shape_fn((n, n), |(i, j)| w[i * n + j]);
        let c = pagerank(&Graph::from_dense(m).unwrap(), &PageRankConfig { damping: d, ..Default::default() }).unwrap();
        if n > 0 {
            prop_assert!((c.scores.sum() - 1.0).abs() < 1e-9);
            prop_assert!(c.scores.iter().all(|&s| s > 0.0 && s.is_finite()));
        }
    }
}

/// The same picks whatever thread runs the summarizer (it is shared, not cloned).
#[test]
fn same_result_on_every_thread() {
    let s = std::sync::Arc::new(SummarizerConfig::default().build().unwrap());
    let text = FRAGMENTS.repeat(5).join(" ");
    let base: Vec<usize> = s.summarize(&text).picks().map(|p| p.index).collect();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let (s, t) = (s.clone(), text.clone());
            std::thread::spawn(move || s.summarize(&t).picks().map(|p| p.index).collect::<Vec<_>>())
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), base);
    }
}
