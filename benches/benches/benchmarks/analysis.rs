//! The analysis floor: sentence splitting, word tokenization, stopwords and stemming, in MB/s.

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use salient_benches::{corpus_texts, synthetic};
use salient_text::{AnalyzerConfig, Language, LanguageChoice, SentenceSplitter, Vocabulary};

fn inputs() -> Vec<(&'static str, String)> {
    let mut v = Vec::new();
    match corpus_texts("gutenberg_books") {
        // Moby Dick (the longest book) when present.
        Some(t) => v.push((
            "book",
            t.into_iter().max_by_key(|t| t.len()).unwrap_or_default(),
        )),
        None => v.push(("book", synthetic(10_000, 1))),
    }
    match corpus_texts("cnndm_summeval") {
        Some(t) => v.push(("news", t.join("\n\n"))),
        None => v.push(("news", synthetic(2_000, 2))),
    }
    if let Some(t) = corpus_texts("qmsum_meetings") {
        v.push((
            "meetings",
            t.into_iter().take(10).collect::<Vec<_>>().join("\n"),
        ));
    }
    v
}

fn analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analysis");
    group.sample_size(20);
    let analyzer = AnalyzerConfig {
        language: LanguageChoice::Fixed(Language::English),
        ..Default::default()
    }
    .build()
    .expect("valid config");
    let splitter = SentenceSplitter::new(Language::English);
    for (name, text) in inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        // Guard: the benchmark must analyse something.
        let mut v = Vocabulary::default();
        let a = analyzer.analyze(&text, &mut v);
        assert!(
            a.len() > 10 && !a.all_terms().is_empty(),
            "{name}: nothing analysed"
        );
        group.bench_with_input(BenchmarkId::new("split", name), &text, |b, t| {
            b.iter(|| splitter.split(t).len())
        });
        group.bench_with_input(BenchmarkId::new("analyze", name), &text, |b, t| {
            b.iter(|| {
                let mut v = Vocabulary::default();
                analyzer.analyze(t, &mut v).all_terms().len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, analysis);
