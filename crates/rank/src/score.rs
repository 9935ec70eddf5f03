//! Stage 5: scores. The plan's scorer over the table and its TF-IDF matrix, then the position
//! prior. Infallible: every setting was checked when the summarizer was built.

use ndarray::Array1;

use crate::centrality::power_iteration;
use crate::objective::Objective;
use crate::plan::{Plan, Scorer};
use crate::table::SentenceTable;
use crate::{Graph, GraphOptions, GraphStrategy, PageRankConfig, Similarity, TfIdf};

/// How a centrality computation went (reported in the summary).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CentralityReport {
    /// Power iterations run.
    pub iterations: usize,
    /// Whether the tolerance was reached.
    pub converged: bool,
    /// The graph representation used.
    pub strategy: GraphStrategy,
    /// Terms left out of a sparse graph build to bound its work.
    pub dropped_terms: usize,
}

/// Every sentence's score (finite; higher is better) and how centrality went.
pub(crate) struct Scores {
    pub values: Vec<f64>,
    pub centrality: Option<CentralityReport>,
}

/// Scores the sentences as `plan` says. `objective` is the plan's greedy objective, if it has
/// one: its gains before any pick are the scores.
pub(crate) fn score(
    plan: &Plan,
    table: &SentenceTable,
    x: &TfIdf,
    objective: Option<&mut dyn Objective>,
    graph: &GraphOptions,
    pagerank: &PageRankConfig,
) -> Scores {
    let n = table.len();
    let mut centrality = None;
    let mut values = match plan.scorer {
        Scorer::Centrality {
            similarity,
            threshold,
            length_exponent,
        } => {
            let options = GraphOptions {
                similarity,
                threshold,
                binary: threshold.is_some(),
                ..*graph
            };
            let (c, report) = graph_centrality(x, &options, pagerank);
            centrality = Some(report);
            match length_exponent {
                Some(e) => c
                    .iter()
                    .zip(&table.rows)
                    .map(|(&c, r)| c * n as f64 * length_factor(r.words, e))
                    .collect(),
                None => c,
            }
        }
        Scorer::Centroid => centroid(x),
        Scorer::Luhn => luhn(table, x),
        Scorer::Greedy(_) => match objective {
            Some(g) => (0..n).map(|i| g.gain(i)).collect(),
            None => vec![0.0; n],
        },
        Scorer::Lsa { dimensions } => lsa(x, dimensions),
        Scorer::PacSum {
            beta,
            lambda1,
            lambda2,
        } => pacsum(table, x, graph, (beta, lambda1, lambda2)),
        Scorer::Lead => table
            .rows
            .iter()
            .map(|r| 1.0 / (1.0 + r.index as f64))
            .collect(),
        Scorer::Random { seed } => (0..n)
            .map(|i| {
                let h = crate::svd::splitmix64(seed ^ crate::svd::splitmix64(i as u64));
                (h >> 11) as f64 / (1u64 << 53) as f64
            })
            .collect(),
    };
    if let Some(tau) = &plan.tau {
        for (s, r) in values.iter_mut().zip(&table.rows) {
            if plan.exempt_aims && r.aim {
                continue;
            }
            let t = tau[r.document];
            *s *= (-(r.index as f64) / (t * r.doc_len.max(1) as f64)).exp();
        }
    }
    // Scores are reported, so make sure none is NaN or infinite whatever the input; and a
    // sentence without a word (a separator line such as `***`, punctuation alone) says nothing.
    for (s, r) in values.iter_mut().zip(&table.rows) {
        if !s.is_finite() || r.words == 0 {
            *s = 0.0;
        }
    }
    Scores { values, centrality }
}

fn graph_centrality(
    x: &TfIdf,
    options: &GraphOptions,
    pagerank: &PageRankConfig,
) -> (Vec<f64>, CentralityReport) {
    let g = Graph::build(x, options);
    let c = power_iteration(&g, pagerank);
    let report = CentralityReport {
        iterations: c.iterations,
        converged: c.converged,
        strategy: g.strategy(),
        dropped_terms: g.dropped_terms(),
    };
    (c.scores.to_vec(), report)
}

/// `words^e`, words at least 1. `sqrt` for 0.5: it is correctly rounded, `powf` need not be.
fn length_factor(words: u32, e: f64) -> f64 {
    let w = words.max(1) as f64;
    if e == 0.5 {
        w.sqrt()
    } else {
        w.powf(e)
    }
}

/// MEAD's centroid value: the centroid `c` is the mean of the (unnormalised) TF-IDF rows, and
/// a sentence scores the sum of `c_t` over its distinct terms.
fn centroid(x: &TfIdf) -> Vec<f64> {
    let n = x.len();
    if n == 0 {
        return Vec::new();
    }
    let c = x
        .unnormalized()
        .t_mul_vec(Array1::from_elem(n, 1.0 / n as f64).view());
    (0..n)
        .map(|i| x.counts().row(i).0.iter().map(|&t| c[t as usize]).sum())
        .collect()
}

/// Luhn's cluster score over each sentence's analysed terms (in order).
fn luhn(table: &SentenceTable, x: &TfIdf) -> Vec<f64> {
    const MAX_GAP: usize = 4;
    let counts = x.counts();
    let totals = counts.transpose().row_sums();
    (0..counts.rows())
        .map(|i| {
            let mut best = 0.0f64;
            let mut chunk: Vec<bool> = Vec::new();
            let mut flush = |chunk: &mut Vec<bool>| {
                while chunk.last() == Some(&false) {
                    chunk.pop();
                }
                let sig = chunk.iter().filter(|&&s| s).count();
                if sig > 1 {
                    best = best.max((sig * sig) as f64 / chunk.len() as f64);
                }
                chunk.clear();
            };
            for &t in table.terms(i) {
                let significant = totals[t.index()] > 1.0;
                if chunk.is_empty() {
                    if significant {
                        chunk.push(true);
                    }
                    continue;
                }
                chunk.push(significant);
                if chunk.len() >= MAX_GAP && chunk[chunk.len() - MAX_GAP..].iter().all(|s| !s) {
                    flush(&mut chunk);
                }
            }
            flush(&mut chunk);
            best
        })
        .collect()
}

fn lsa(x: &TfIdf, k: usize) -> Vec<f64> {
    // Unnormalised rows, as Steinberger & Ježek weight them: a sentence carrying more of a topic
    // projects further on it.
    let (u, sigma) = crate::svd::truncated_svd(&x.unnormalized(), k);
    (0..x.len())
        .map(|i| {
            u.row(i)
                .iter()
                .zip(&sigma)
                .map(|(v, s)| (v * s) * (v * s))
                .sum::<f64>()
                .sqrt()
        })
        .collect()
}

fn pacsum(
    table: &SentenceTable,
    x: &TfIdf,
    graph: &GraphOptions,
    (beta, lambda1, lambda2): (f64, f64, f64),
) -> Vec<f64> {
    let n = x.len();
    let g = Graph::build(
        x,
        &GraphOptions {
            similarity: Similarity::Cosine,
            threshold: None,
            binary: false,
            strategy: match graph.strategy {
                GraphStrategy::Dense => GraphStrategy::Dense,
                _ if n <= graph.dense_limit => GraphStrategy::Dense,
                _ => GraphStrategy::Sparse,
            },
            ..*graph
        },
    );
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    g.for_each_edge(|i, j, w| {
        if table.rows[i].document == table.rows[j].document {
            lo = lo.min(w);
            hi = hi.max(w);
        }
    });
    if !hi.is_finite() {
        return vec![0.0; n];
    }
    if g.has_missing_pairs() {
        lo = 0.0;
    }
    let eps = lo + beta * (hi - lo);
    let mut scores = vec![0.0; n];
    g.for_each_edge(|i, j, w| {
        // Direction only means something inside one document.
        if table.rows[i].document != table.rows[j].document {
            return;
        }
        let e = (w - eps).max(0.0);
        scores[i] += if j < i { lambda1 * e } else { lambda2 * e };
    });
    scores
}
