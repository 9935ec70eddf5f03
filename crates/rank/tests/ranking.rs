//! Ranking invariants, hand-computed examples, the PageRank reference, and dense/sparse/implicit
//! agreement.

use ndarray::arr2;
use salient_rank::*;
use salient_text::{AnalyzerConfig, Language, LanguageChoice};

fn english() -> AnalyzerConfig {
    AnalyzerConfig {
        language: LanguageChoice::Fixed(Language::English),
        ..Default::default()
    }
}

fn summarizer(method: Method, budget: Budget) -> Summarizer {
    SummarizerConfig {
        analyzer: english(),
        method,
        budget,
        ..Default::default()
    }
    .build()
    .unwrap()
}

fn picked(text: &str, method: Method, budget: Budget) -> Vec<usize> {
    summarizer(method, budget)
        .summarize(text)
        .picks()
        .map(|s| s.index)
        .collect()
}

const STORY: &str = "The river flooded the town. \
    Rescue boats reached the flooded town at dawn. \
    The mayor thanked the rescue crews. \
    A bakery sold bread. \
    Floodwater from the river covered the town square.";

/// networkx 3.6.1, `pagerank(G, alpha=0.85, tol=1e-15, max_iter=10000, weight="weight")` (its
/// pure-Python power iteration), on this weighted directed graph with an isolated node 5.
#[test]
fn pagerank_matches_networkx() {
    let mut w = ndarray::Array2::zeros((6, 6));
    for (a, b, x) in [
        (0, 1, 1.0),
        (1, 0, 1.0),
        (0, 2, 0.5),
        (2, 0, 0.5),
        (1, 2, 2.0),
        (2, 3, 1.0),
        (3, 1, 0.3),
        (4, 0, 0.7),
        (4, 3, 0.2),
        (3, 4, 1.5),
    ] {
        w[[a, b]] = x;
    }
    let expected = [
        0.24346821289524426,
        0.19192687917629914,
        0.2068674387791214,
        0.17530831724772858,
        0.15330293830937322,
        0.02912621359223301,
    ];
    let cfg = PageRankConfig {
        tolerance: 1e-14,
        max_iterations: 10_000,
        ..Default::default()
    };
    for g in [
        Graph::from_dense(w.clone()).unwrap(),
        Graph::from_sparse(SparseMatrix::from_rows(
            6,
            (0..6)
                .map(|i| {
                    (0..6)
                        .filter(|&j| w[[i, j]] > 0.0)
                        .map(|j| (j as u32, w[[i, j]]))
                        .collect()
                })
                .collect(),
        ))
        .unwrap(),
    ] {
        let c = pagerank(&g, &cfg).unwrap();
        assert!(c.converged);
        for (i, (a, b)) in c.scores.iter().zip(expected).enumerate() {
            assert!((a - b).abs() < 1e-10, "node {i}: {a} vs networkx {b}");
        }
    }
}

#[test]
fn pagerank_edge_cases() {
    let empty = Graph::from_dense(ndarray::Array2::zeros((0, 0))).unwrap();
    assert_eq!(
        pagerank(&empty, &PageRankConfig::default())
            .unwrap()
            .scores
            .len(),
        0
    );
    // No edges at all: uniform.
    let none = Graph::from_dense(ndarray::Array2::zeros((4, 4))).unwrap();
    let c = pagerank(&none, &PageRankConfig::default()).unwrap();
    assert!(c.scores.iter().all(|&s| (s - 0.25).abs() < 1e-12));
    // One iteration allowed: reported as not converged, scores still a distribution.
    let g = Graph::from_dense(arr2(&[[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]])).unwrap();
    let c = pagerank(
        &g,
        &PageRankConfig {
            max_iterations: 1,
            ..Default::default()
        },
    )
    .unwrap();
    assert!(!c.converged && c.iterations == 1);
    assert!((c.scores.sum() - 1.0).abs() < 1e-12);
    assert!(Graph::from_dense(arr2(&[[0.0, -1.0], [1.0, 0.0]])).is_err());
    assert!(Graph::from_dense(ndarray::Array2::zeros((2, 3))).is_err());
    let bad = PageRankConfig {
        damping: 1.5,
        ..Default::default()
    };
    assert!(matches!(
        pagerank(&g, &bad),
        Err(Error::InvalidOption {
            option: "damping",
            ..
        })
    ));
}

/// Every method on a tiny story, with the expected pick worked out by hand in the comment.
#[test]
fn hand_computed_picks() {
    let one = Budget::Sentences(1);
    // Sentence 3 ("A bakery sold bread.") shares nothing; 4 shares "river", "town" with 0 and
    // "town" with 1: the flood sentences are central, the bakery never is.
    for method in [
        Method::TextRank {
            similarity: Similarity::Overlap,
        },
        Method::TextRank {
            similarity: Similarity::Cosine,
        },
        Method::TextRank {
            similarity: Similarity::Bm25,
        },
        Method::LexRank { threshold: None },
        Method::Centroid,
    ] {
        let p = picked(STORY, method, one);
        assert_eq!(p.len(), 1, "{method}");
        assert_ne!(p[0], 3, "{method} picked the bakery");
    }
    // LEAD-1 is the first sentence.
    assert_eq!(picked(STORY, Method::Lead, Budget::Sentences(2)), [0, 1]);
    // Luhn: "town" (3x), "river" (2x), "flood" (3x: flooded x2, floodwater is another stem),
    // "rescu" (2x) are significant. Sentence 1 has flood, town, rescu... let the scores speak:
    let s = summarizer(Method::Luhn, one).summarize(STORY);
    let bakery = &s.sentences[3];
    assert_eq!(bakery.score, 0.0, "no significant word, no cluster");
    let sentence1 = &s.sentences[1];
    // Terms of 1: rescu boat reach flood town dawn -> S . . S S . : cluster [S . . S S] = 9/5.
    assert!(
        (sentence1.score - 9.0 / 5.0).abs() < 1e-12,
        "{}",
        sentence1.score
    );
    // SumBasic picks the sentence of highest mean term probability first: sentence 0 ("river
    // flood town", each frequent) beats the longer ones diluted by one-off words.
    assert_eq!(picked(STORY, Method::SumBasic, one), [0]);
    // KL-Sum's first pick is the one that best matches the document's distribution.
    let k = picked(STORY, Method::KlSum, one);
    assert_ne!(k, [3]);
    // Random depends on the seed only.
    assert_eq!(
        picked(STORY, Method::Random { seed: 7 }, Budget::Sentences(2)),
        picked(STORY, Method::Random { seed: 7 }, Budget::Sentences(2))
    );
}

#[test]
fn sumbasic_updates_probabilities() {
    // Two identical high-probability sentences: SumBasic squares p(w) after the first pick, so the
    // second pick moves elsewhere.
    let text = "Red apples grow here. Red apples grow here. Blue plums grow there. Green pears.";
    let s = summarizer(Method::SumBasic, Budget::Sentences(2)).summarize(text);
    let p: Vec<usize> = s.picks().map(|s| s.index).collect();
    assert!(p.contains(&0) && !p.contains(&1), "{p:?}");
}

#[test]
fn lsa_picks_the_dominant_topic() {
    let text = "Solar panels cut power bills. Solar panels need sun. Panels and power and sun. \
        The cat slept.";
    let s = summarizer(
        Method::Lsa {
            dimensions: Some(1),
        },
        Budget::Sentences(1),
    )
    .summarize(text);
    let p: Vec<usize> = s.picks().map(|s| s.index).collect();
    assert_ne!(p, [3]);
    assert!(
        s.sentences[3].score < 1e-9,
        "the cat is orthogonal to the top singular vector"
    );
}

#[test]
fn pacsum_prefers_sentences_echoed_later() {
    // Sentence 0 is echoed by everything after it; with lambda1 < 0 the echoes are penalised
    // for looking back.
    let text =
        "Storm closes airport runway. Airport runway closed by storm. Storm shuts airport runway \
        again. Passengers waited.";
    let s = summarizer(
        Method::PacSum {
            beta: 0.0,
            lambda1: -2.0,
            lambda2: 1.0,
        },
        Budget::Sentences(1),
    )
    .summarize(text);
    assert_eq!(s.picks().next().unwrap().index, 0);
    assert!(s.sentences[2].score < 0.0);
}

#[test]
fn budgets_redundancy_and_filters() {
    let text = "Prices rose again in March. Prices rose again in March. Why did prices rise? \
        Energy costs drove most of the rise in prices this spring. Wages did not keep pace. \
        Economists expect prices to ease by autumn.";
    // Exact duplicates are never both picked.
    for method in Method::all().map(|(_, m)| m).filter(|m| !m.is_baseline()) {
        let p = picked(text, method, Budget::Sentences(4));
        assert!(!(p.contains(&0) && p.contains(&1)), "{method}: {p:?}");
    }
    // A word budget is respected and never cuts a sentence.
    let s = summarizer(Method::Default, Budget::Words(12)).summarize(text);
    let words: usize = s.picks().map(|p| p.words).sum();
    assert!(words <= 12 && !s.is_empty(), "{words}");
    // Characters too.
    let s = summarizer(Method::Default, Budget::Chars(60)).summarize(text);
    assert!(s.picks().map(|p| s.text(p).chars().count()).sum::<usize>() <= 60);
    // A budget smaller than any sentence still returns the best sentence, flagged.
    let s = summarizer(Method::Default, Budget::Words(1)).summarize(text);
    assert_eq!(s.len(), 1);
    assert!(s.over_budget && s.notes.contains(&salient_rank::Note::OverBudget));
    // Ratio: ceil(0.5 * 6) = 3.
    assert_eq!(picked(text, Method::Centroid, Budget::Ratio(0.5)).len(), 3);
    // A budget above the document returns every distinct sentence.
    assert_eq!(picked(text, Method::Lead, Budget::Sentences(100)).len(), 6);
    // Filters: questions skipped, and the reason recorded.
    let s = SummarizerConfig {
        analyzer: english(),
        method: Method::Lead,
        budget: Budget::Sentences(3),
        filters: Filters {
            skip_questions: true,
            max_words: Some(9),
            ..Default::default()
        },
        ..Default::default()
    }
    .build()
    .unwrap()
    .summarize(text);
    assert_eq!(s.sentences[2].status, Status::Filtered(Filter::Question));
    assert_eq!(s.sentences[3].status, Status::Filtered(Filter::TooLong));
    assert_eq!(s.picks().map(|p| p.index).collect::<Vec<_>>(), [0, 1, 4]);
    // Everything filtered: filters ignored, never empty.
    let s = SummarizerConfig {
        analyzer: english(),
        filters: Filters {
            min_words: 50,
            ..Default::default()
        },
        ..Default::default()
    }
    .build()
    .unwrap()
    .summarize(text);
    assert!(!s.is_empty() && s.notes.contains(&salient_rank::Note::FiltersIgnored));
    // Redundant explained: the duplicate is marked with what it repeats.
    let s = summarizer(Method::Centroid, Budget::Sentences(3)).summarize(text);
    let dup = s
        .sentences
        .iter()
        .find(|x| matches!(x.status, Status::Redundant { .. }));
    assert!(dup.is_some(), "{:?}", s.sentences);
}

#[test]
fn invalid_configs_are_errors() {
    let bad: Vec<SummarizerConfig> = vec![
        SummarizerConfig {
            budget: Budget::Sentences(0),
            ..Default::default()
        },
        SummarizerConfig {
            budget: Budget::Ratio(-0.1),
            ..Default::default()
        },
        SummarizerConfig {
            redundancy: Redundancy::Mmr { lambda: 2.0 },
            ..Default::default()
        },
        SummarizerConfig {
            redundancy: Redundancy::Cap {
                max_similarity: 0.0,
            },
            ..Default::default()
        },
        SummarizerConfig {
            pagerank: PageRankConfig {
                damping: 0.0,
                ..Default::default()
            },
            ..Default::default()
        },
        SummarizerConfig {
            method: Method::LexRank {
                threshold: Some(1.0),
            },
            ..Default::default()
        },
        SummarizerConfig {
            position_prior: PositionPrior::Tau(0.0),
            ..Default::default()
        },
        SummarizerConfig {
            filters: Filters {
                min_words: 10,
                max_words: Some(5),
                ..Default::default()
            },
            ..Default::default()
        },
        SummarizerConfig {
            tfidf: TfIdfConfig {
                tf: TermWeighting::Bm25 { k1: 1.2, b: 2.0 },
                ..Default::default()
            },
            ..Default::default()
        },
    ];
    for cfg in bad {
        let shown = format!("{cfg:?}");
        let e = cfg.build().expect_err(&shown);
        assert!(e.to_string().contains("invalid value"), "{e}");
    }
}

#[test]
fn summarizer_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Summarizer>();
    check::<KeywordExtractor>();
    check::<IdfModel>();
}

#[test]
fn empty_and_tiny_inputs() {
    for method in Method::all().map(|(_, m)| m) {
        let s = summarizer(method, Budget::Auto);
        for text in ["", "   \n\n ", "Hello.", "!!! ???", "a b c"] {
            let sum = s.summarize(text);
            assert_eq!(
                sum.is_empty(),
                sum.sentences.is_empty(),
                "{method} {text:?}"
            );
            assert!(sum.sentences.iter().all(|x| x.score.is_finite()));
        }
    }
}

#[test]
fn idf_model_changes_weights_and_round_trips() {
    let analyzer = english().build().unwrap();
    let mut vocab = salient_text::Vocabulary::default();
    let mut model = IdfModel::new(Some(Language::English), true);
    for doc in [
        "The town council met.",
        "The town market opened.",
        "The town fair ended.",
    ] {
        let a = analyzer.analyze(doc, &mut vocab);
        model.add_analysis(&a, &vocab);
    }
    assert_eq!(model.df("town"), 3);
    let dir = std::env::temp_dir().join(format!("salient-idf-{}", std::process::id()));
    model.save(&dir).unwrap();
    let back = IdfModel::load(&dir).unwrap();
    std::fs::remove_file(&dir).ok();
    assert_eq!(back, model);
    let s = SummarizerConfig {
        analyzer: english(),
        idf_model: Some(std::sync::Arc::new(back)),
        ..Default::default()
    }
    .build()
    .unwrap()
    .summarize(STORY);
    assert!(!s.is_empty());
}

#[test]
fn several_documents_as_one() {
    let a = "The river flooded the town. Boats rescued families from the flooded town.";
    let b = "Floodwater covered the town square. The river peaked at dawn. A bakery reopened.";
    let s = summarizer(Method::Default, Budget::Sentences(3)).summarize_many(&[a, b]);
    assert_eq!(s.sentences.len(), 5);
    assert_eq!(s.inputs().len(), 2);
    let picks: Vec<(usize, usize)> = s.picks().map(|p| (p.document, p.index)).collect();
    assert!(
        picks.windows(2).all(|w| w[0] < w[1]),
        "document order: {picks:?}"
    );
    for p in s.picks() {
        let src = [a, b][p.document];
        assert_eq!(s.text(p), &src[p.span.start..p.span.end]);
    }
}

#[test]
fn transcripts_report_speakers() {
    let text = "ALICE: The new library opens in May. It has a maker space.\n\
                BOB: Will it open on Sundays?\n\
                ALICE: Yes, the library opens on Sundays from May.";
    let s = summarizer(Method::Default, Budget::Sentences(2)).summarize(text);
    assert_eq!(s.transcripts[0].name(), "labeled");
    for p in s.picks() {
        assert!(matches!(s.speaker(p), Some("ALICE") | Some("BOB")));
    }
}

/// The same ranking from the dense, sparse and implicit graph paths on real documents.
#[test]
fn graph_strategies_agree_on_real_documents() {
    let Some(corpus) = salient_testdata::shared_file("eval/cnndm_summeval.jsonl") else {
        return;
    };
    let docs: Vec<String> = corpus
        .lines()
        .take(25)
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    for method in [
        Method::Default,
        Method::TextRank {
            similarity: Similarity::Overlap,
        },
        Method::TextRank {
            similarity: Similarity::Bm25,
        },
        Method::LexRank {
            threshold: Some(0.1),
        },
        Method::LexRank { threshold: None },
        Method::PacSum {
            beta: 0.6,
            lambda1: -2.0,
            lambda2: 1.0,
        },
    ] {
        let run = |strategy| {
            SummarizerConfig {
                analyzer: english(),
                method,
                budget: Budget::Sentences(3),
                graph_strategy: strategy,
                ..Default::default()
            }
            .build()
            .unwrap()
        };
        let (dense, sparse, implicit) = (
            run(GraphStrategy::Dense),
            run(GraphStrategy::Sparse),
            run(GraphStrategy::Implicit),
        );
        for d in &docs {
            let a = dense.summarize(d);
            for other in [&sparse, &implicit] {
                let b = other.summarize(d);
                let ranks =
                    |s: &Summary<'_>| s.sentences.iter().map(|x| x.rank).collect::<Vec<_>>();
                let picks = |s: &Summary<'_>| s.picks().map(|x| x.index).collect::<Vec<_>>();
                assert_eq!(picks(&a), picks(&b), "{method}");
                for (x, y) in a.sentences.iter().zip(&b.sentences) {
                    assert!(
                        (x.score - y.score).abs() <= 1e-9 * x.score.abs().max(1.0),
                        "{method}"
                    );
                }
                // Ranks can only differ between exact ties, which rounding may order either way.
                let _ = ranks;
            }
        }
    }
}

/// Every method on a sample of every corpus: no panic, finite scores, picks in order, within
/// the budget, deterministic.
#[test]
fn every_method_on_real_corpora() {
    let Some(dir) = salient_testdata::shared_path("eval") else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("SKIPPED: {} cannot be listed", dir.display());
        return;
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "jsonl") && !p.ends_with("rouge_vectors.jsonl")
        })
        .collect();
    files.sort();
    let summarizers: Vec<(Method, Summarizer)> = Method::all()
        .map(|(_, m)| {
            let s = SummarizerConfig {
                method: m,
                budget: Budget::Sentences(3),
                ..Default::default()
            }
            .build()
            .unwrap();
            (m, s)
        })
        .collect();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        // Skip whole books here (the scale benchmark covers them).
        for line in text.lines().take(2) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let doc = v["text"].as_str().unwrap();
            if doc.len() > 200_000 {
                continue;
            }
            for (m, s) in &summarizers {
                let a = s.summarize(doc);
                let b = s.summarize(doc);
                let idx: Vec<usize> = a.picks().map(|p| p.index).collect();
                assert_eq!(
                    idx,
                    b.picks().map(|p| p.index).collect::<Vec<_>>(),
                    "{m} {f:?}"
                );
                assert!(idx.windows(2).all(|w| w[0] < w[1]));
                assert!(idx.len() <= 3 && (idx.is_empty() == a.sentences.is_empty()));
                assert!(a.sentences.iter().all(|x| x.score.is_finite()), "{m} {f:?}");
                if let Some(c) = a.centrality {
                    assert!(c.converged, "{m} {f:?} did not converge");
                }
            }
        }
    }
}

#[test]
fn multi_document_clusters() {
    let Some(corpus) = salient_testdata::shared_file("eval/duc2002_mds_extracts.jsonl") else {
        return;
    };
    let v: serde_json::Value = serde_json::from_str(corpus.lines().next().unwrap()).unwrap();
    let docs: Vec<String> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            d["sentences"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
    let s = summarizer(Method::Default, Budget::Words(200)).summarize_many(&refs);
    let sources: std::collections::BTreeSet<usize> = s.picks().map(|p| p.document).collect();
    assert!(
        sources.len() > 1,
        "a cluster summary draws on several articles: {sources:?}"
    );
    assert!(s.picks().map(|p| p.words).sum::<usize>() <= 200);
}

/// TextRank by hand: s0 = {a, b, c}, s1 = {b, c, d, e}, s2 = {a, e}, s3 = {f}. Overlap weights
/// w01 = 2 / (ln 3 + ln 4), w02 = 1 / (ln 3 + ln 2), w12 = 1 / (ln 4 + ln 2); s3 is isolated.
/// Expected scores: networkx 3.6.1 `pagerank` (alpha 0.85, tol 1e-15) on that undirected graph.
#[test]
fn textrank_overlap_by_hand() {
    let s: Vec<Vec<u32>> = vec![vec![0, 1, 2], vec![1, 2, 3, 4], vec![0, 4], vec![5]];
    let x = TfIdf::build(
        &s,
        &TfIdfConfig::default(),
        IdfSource::Local,
        &Default::default(),
    );
    let g = Graph::build(
        &x,
        &GraphOptions {
            similarity: Similarity::Overlap,
            ..Default::default()
        },
    );
    let d = g.to_dense();
    assert!((d[[0, 1]] - 2.0 / (3f64.ln() + 4f64.ln())).abs() < 1e-12);
    assert!((d[[1, 2]] - 1.0 / (4f64.ln() + 2f64.ln())).abs() < 1e-12);
    let c = pagerank(
        &g,
        &PageRankConfig {
            tolerance: 1e-14,
            max_iterations: 10_000,
            ..Default::default()
        },
    )
    .unwrap();
    let expected = [
        0.34834283687769185,
        0.330199345345658,
        0.2738387701576028,
        0.04761904761904763,
    ];
    for (a, b) in c.scores.iter().zip(expected) {
        assert!((a - b).abs() < 1e-10, "{a} vs {b}");
    }
}

/// Centroid by hand (MEAD's centroid value). "Bridge costs rose" twice and "Ferries sail
/// daily" once; log tf (1 for each single occurrence) and smooth idf with n = 3: the twins' terms
/// have df 2, idf a = ln(4/3) + 1; the other's df 1, idf b = ln 2 + 1. The centroid holds 2a/3 for
/// each twin term and b/3 for the others, so the twins score 3 (2a/3) = 2a and the third b.
#[test]
fn centroid_by_hand() {
    let text = "Bridge costs rose. Bridge costs rose. Ferries sail daily.";
    let s = summarizer(Method::Centroid, Budget::Sentences(1)).summarize(text);
    let sc: Vec<f64> = s.sentences.iter().map(|x| x.score).collect();
    let (a, b) = ((4.0f64 / 3.0).ln() + 1.0, 2f64.ln() + 1.0);
    assert!((sc[0] - 2.0 * a).abs() < 1e-12, "{sc:?}");
    assert_eq!(sc[1], sc[0]);
    assert!((sc[2] - b).abs() < 1e-12, "{sc:?}");
    assert_eq!(
        s.picks().next().unwrap().index,
        0,
        "ties go to the earlier sentence"
    );
}

#[test]
fn keywords_skip_labels_and_markers() {
    let text = "MODERATOR: The water board met. {disfmarker} Water prices rose.\n\
                MODERATOR: Water prices rose again, the water board said.\n\
                GUEST: Prices rose because the water board raised water prices.";
    let kw = KeywordConfig {
        top: 20,
        ..Default::default()
    }
    .build()
    .unwrap()
    .extract(text);
    assert!(!kw.is_empty());
    for k in &kw {
        assert!(
            !k.key.contains("moderator") && !k.key.contains("guest"),
            "{}",
            k.key
        );
        assert!(!k.key.contains("disfmarker"), "{}", k.key);
        assert_eq!(&text[k.first.start..k.first.end], k.text);
    }
    assert!(
        kw.iter().any(|k| k.key == "water board" && k.count == 3),
        "{kw:?}"
    );
    // Single words only, and a wider window, are honoured.
    let single = KeywordConfig {
        max_words: 1,
        window: 4,
        ..Default::default()
    }
    .build()
    .unwrap()
    .extract(text);
    assert!(single.iter().all(|k| k.words == 1));
    assert_eq!(single[0].key, "water");
    assert!(KeywordConfig {
        window: 1,
        ..Default::default()
    }
    .build()
    .is_err());
    assert!(KeywordConfig::default()
        .build()
        .unwrap()
        .extract("")
        .is_empty());
}

/// A sentence without a word (a separator line) scores 0 under every method, so it is never
/// picked ahead of one that says something, even when everything left is a filler.
#[test]
fn a_sentence_without_a_word_scores_nothing() {
    let text = "One sentence here.\n***\nAnother one here.\n";
    for (name, method) in Method::all() {
        let s = summarizer(method, Budget::Sentences(2)).summarize(text);
        let separator = s.sentences.iter().find(|x| s.text(x) == "***");
        let separator = separator.unwrap_or_else(|| panic!("{name}: no separator sentence"));
        assert_eq!(separator.score, 0.0, "{name}");
        let picks: Vec<usize> = s.picks().map(|x| x.index).collect();
        assert_eq!(picks, [0, 2], "{name}");
    }
}

/// An abstract whose aim statement is its fifth sentence (scitldr's shape): the default picks
/// it although the position prior would leave it out; the same sentence without its opening
/// is not picked, and LEAD-3 is unchanged.
#[test]
fn the_default_keeps_an_abstract_s_aim_statement() {
    let abstract_ = |aim: &str| {
        format!(
            "Deep neural networks are vulnerable to adversarial examples. \
             Small perturbations of an image change the predicted label. \
             Adversarial training augments the training data with such examples. \
             It is expensive because every step runs an attack. \
             {aim} a cheap two-step defence against adversarial examples for deep networks. \
             Experiments on three image datasets show that it matches adversarial training. \
             It also resists black-box attacks. \
             The code is public."
        )
    };
    let budget = Budget::Sentences(3);
    let text = abstract_("We propose");
    let with_aim = picked(&text, Method::Default, budget);
    assert!(with_aim.contains(&4), "{with_aim:?}");
    let summary = summarizer(Method::Default, budget).summarize(&text);
    let reasons: Vec<String> = summary.picks().map(|s| summary.reason(s)).collect();
    assert_eq!(
        reasons
            .iter()
            .filter(|r| *r == "picked: states the aim")
            .count(),
        1
    );
    let without = picked(&abstract_("Someone once built"), Method::Default, budget);
    assert!(!without.contains(&4), "{without:?}");
    assert_eq!(picked(&text, Method::Lead, budget), [0, 1, 2]);
}
