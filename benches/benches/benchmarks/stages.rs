//! The ranking core stage by stage: TF-IDF build, similarity graphs (dense, sparse, implicit),
//! and PageRank on each, per document size.
//!
//! `cargo bench -p salient-benches -- stages`. Throughput is in sentences per second.

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use salient_benches::synthetic;
use salient_rank::{
    pagerank, Graph, GraphOptions, GraphStrategy, IdfSource, PageRankConfig, Similarity, TfIdf,
    TfIdfConfig,
};
use salient_text::{AnalyzerConfig, Language, LanguageChoice, Vocabulary};

fn stages(c: &mut Criterion) {
    let mut group = c.benchmark_group("stages");
    group.sample_size(10);
    let analyzer = AnalyzerConfig {
        language: LanguageChoice::Fixed(Language::English),
        ..Default::default()
    }
    .build()
    .expect("valid config");
    for n in [100usize, 1_000, 10_000, 100_000] {
        let text = synthetic(n, 11);
        let mut vocab = Vocabulary::default();
        let a = analyzer.analyze(&text, &mut vocab);
        let sentences: Vec<Vec<u32>> = (0..a.len())
            .map(|i| a.terms(i).iter().map(|t| t.term.0).collect())
            .collect();
        group.throughput(Throughput::Elements(sentences.len() as u64));
        let cfg = TfIdfConfig::default();
        group.bench_with_input(BenchmarkId::new("tfidf", n), &sentences, |b, s| {
            b.iter(|| {
                TfIdf::build(s, &cfg, IdfSource::Local, &vocab)
                    .matrix()
                    .nnz()
            })
        });
        let x = TfIdf::build(&sentences, &cfg, IdfSource::Local, &vocab);
        let mut strategies = vec![GraphStrategy::Implicit];
        if n <= 10_000 {
            strategies.push(GraphStrategy::Sparse);
        }
        if n <= 1_000 {
            strategies.push(GraphStrategy::Dense);
        }
        for strategy in strategies {
            let opts = GraphOptions {
                similarity: Similarity::Cosine,
                strategy,
                ..Default::default()
            };
            let name = format!("{strategy:?}").to_lowercase();
            let g = Graph::build(&x, &opts);
            // Guard: a graph over every sentence, and a converged distribution.
            let pr = pagerank(&g, &PageRankConfig::default()).expect("valid config");
            assert!(g.len() == sentences.len() && pr.converged);
            group.bench_with_input(BenchmarkId::new(format!("graph-{name}"), n), &x, |b, x| {
                b.iter(|| Graph::build(x, &opts).len())
            });
            group.bench_with_input(
                BenchmarkId::new(format!("pagerank-{name}"), n),
                &g,
                |b, g| {
                    b.iter(|| {
                        pagerank(g, &PageRankConfig::default())
                            .map(|c| c.iterations)
                            .unwrap_or(0)
                    })
                },
            );
        }
    }
    group.finish();
}

criterion_group!(benches, stages);
