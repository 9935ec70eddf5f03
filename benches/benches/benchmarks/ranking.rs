//! Summarization end to end, per method and document size, against the analysis floor.
//!
//! `cargo bench -p salient-benches -- summarize` (all), or e.g. `-- summarize/default` for one
//! method. Throughput is in sentences per second.

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use salient_benches::{corpus_texts, synthetic};
use salient_rank::{Budget, Method, SummarizerConfig};
use salient_text::{AnalyzerConfig, Language, LanguageChoice, Vocabulary};

fn english() -> AnalyzerConfig {
    AnalyzerConfig {
        language: LanguageChoice::Fixed(Language::English),
        ..Default::default()
    }
}

/// Every method at 10 to 10,000 sentences; the default and the floor also at 100,000.
fn methods_by_size(c: &mut Criterion) {
    let mut group = c.benchmark_group("summarize");
    group.sample_size(10);
    let analyzer = english().build().expect("valid config");
    for n in [10usize, 100, 1_000, 10_000, 100_000] {
        let text = synthetic(n, 7);
        let sentences = analyzer.analyze(&text, &mut Vocabulary::default()).len();
        group.throughput(Throughput::Elements(sentences as u64));
        group.bench_with_input(BenchmarkId::new("floor-analyze", n), &text, |b, t| {
            b.iter(|| analyzer.analyze(t, &mut Vocabulary::default()).len())
        });
        for (name, method) in Method::all() {
            if n > 10_000 && method != Method::Default {
                continue;
            }
            let s = SummarizerConfig {
                analyzer: english(),
                method,
                budget: Budget::Sentences(3),
                ..Default::default()
            }
            .build()
            .expect("valid config");
            // Guard: the run must pick something.
            assert_eq!(s.summarize(&text).len(), 3.min(sentences), "{name} at {n}");
            group.bench_with_input(BenchmarkId::new(name, n), &text, |b, t| {
                b.iter(|| s.summarize(t).len())
            });
        }
    }
    group.finish();
}

/// The default method on real documents: the seed interview, a news article, a meeting, a book.
fn end_to_end(c: &mut Criterion) {
    let mut group = c.benchmark_group("e2e");
    group.sample_size(10);
    let mut docs: Vec<(&str, String)> = Vec::new();
    let seed = salient_benches::eval_dir().join("../seed/000_05eae02359d293ec.txt");
    if let Ok(t) = std::fs::read_to_string(&seed) {
        docs.push(("seed", t));
    }
    if let Some(t) = corpus_texts("cnndm_summeval") {
        docs.push(("news", t[0].clone()));
    }
    if let Some(t) = corpus_texts("qmsum_meetings") {
        docs.push(("meeting", t[0].clone()));
    }
    match corpus_texts("gutenberg_books") {
        Some(t) => docs.push((
            "book",
            t.into_iter().max_by_key(|t| t.len()).unwrap_or_default(),
        )),
        None => docs.push(("book", synthetic(10_000, 3))),
    }
    let s = SummarizerConfig::default().build().expect("valid config");
    for (name, text) in docs {
        let summary = s.summarize(&text);
        assert!(!summary.is_empty(), "{name}: empty summary");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("default", name), &text, |b, t| {
            b.iter(|| s.summarize(t).len())
        });
    }
    group.finish();
}

criterion_group!(benches, methods_by_size, end_to_end);
