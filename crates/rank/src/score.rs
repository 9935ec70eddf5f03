//! Per-method sentence scores.

use ndarray::Array1;

use crate::error::Result;
use crate::{
    pagerank, Graph, GraphOptions, GraphStrategy, Method, PageRankConfig, PositionPrior,
    Similarity, TfIdf,
};

/// Where a sentence sits: its document, its index there, and that document's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Position {
    pub document: usize,
    pub index: usize,
    pub doc_len: usize,
}

/// What a method needs to know about the sentences.
pub(crate) struct Context<'c> {
    pub tfidf: &'c TfIdf,
    pub words: &'c [u32],
    pub positions: &'c [Position],
    /// Per document: is it a transcript?
    pub transcripts: &'c [bool],
    pub graph: GraphOptions,
    pub pagerank: PageRankConfig,
    pub prior: PositionPrior,
    /// How many sentences the summary will hold (about); LSA's default dimension count.
    pub expected_picks: usize,
}

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

pub(crate) struct Ranking {
    pub scores: Vec<f64>,
    pub centrality: Option<CentralityReport>,
}

/// The similarity behind the default method's centrality.
/// The default's centrality. On the development halves of ../shared/eval (3 sentences, MMR 0.6)
/// it scored like TextRank's overlap (R1 48.54 / 42.38 / 28.06 on cnndm_summeval /
/// cnndm_realsumm / newsroom_humaneval against 48.54 / 42.38 / 28.06) and above cosine (48.61 /
/// 42.08 / 28.38, lower R2 and RL on two of three), and it factors, so no graph is built.
pub(crate) const DEFAULT_SIMILARITY: Similarity = Similarity::LogOverlap;
/// The default's MMR lambda (0.5 and 0.7 were each worse on one news corpus).
pub(crate) const DEFAULT_MMR_LAMBDA: f64 = 0.6;
/// Cap on LSA's automatic dimension count (a book's 50-sentence summary does not need 50).
const LSA_MAX_AUTO_DIMENSIONS: usize = 20;
/// Position prior scale for prose and for transcripts.
pub(crate) const TAU_PROSE: f64 = 0.075;
pub(crate) const TAU_TRANSCRIPT: f64 = 0.2;

pub(crate) fn rank(method: &Method, cx: &Context<'_>) -> Result<Ranking> {
    let n = cx.tfidf.len();
    let mut centrality = None;
    let mut graph_rank = |similarity, threshold: Option<f64>| -> Result<Vec<f64>> {
        let g = Graph::build(
            cx.tfidf,
            &GraphOptions {
                similarity,
                threshold,
                binary: threshold.is_some(),
                ..cx.graph
            },
        );
        let c = pagerank(&g, &cx.pagerank)?;
        centrality = Some(CentralityReport {
            iterations: c.iterations,
            converged: c.converged,
            strategy: g.strategy(),
            dropped_terms: g.dropped_terms(),
        });
        Ok(c.scores.to_vec())
    };
    let mut scores = match *method {
        Method::Default => {
            let c = graph_rank(DEFAULT_SIMILARITY, None)?;
            let nf = n as f64;
            c.iter()
                .zip(cx.words)
                .map(|(&c, &w)| c * nf * (w.max(1) as f64).sqrt())
                .collect()
        }
        Method::TextRank { similarity } => graph_rank(similarity, None)?,
        Method::LexRank { threshold } => graph_rank(Similarity::Cosine, threshold)?,
        Method::Centroid => centroid(cx.tfidf),
        Method::Luhn => luhn(cx.tfidf),
        Method::SumBasic => {
            let mut g = SumBasic::new(cx.tfidf);
            (0..n).map(|i| g.gain(i)).collect()
        }
        Method::KlSum => {
            let mut g = KlSum::new(cx.tfidf);
            (0..n).map(|i| g.gain(i)).collect()
        }
        Method::Lsa { dimensions } => {
            let k = dimensions.unwrap_or(cx.expected_picks.clamp(3, LSA_MAX_AUTO_DIMENSIONS));
            lsa(cx.tfidf, k)
        }
        Method::PacSum {
            beta,
            lambda1,
            lambda2,
        } => pacsum(cx, beta, lambda1, lambda2),
        Method::Lead => cx
            .positions
            .iter()
            .map(|p| 1.0 / (1.0 + p.index as f64))
            .collect(),
        Method::Random { seed } => (0..n)
            .map(|i| {
                let h = crate::svd::splitmix64(seed ^ crate::svd::splitmix64(i as u64));
                (h >> 11) as f64 / (1u64 << 53) as f64
            })
            .collect(),
    };
    if let Some(tau) = cx.prior.tau(method, cx.transcripts) {
        for (s, p) in scores.iter_mut().zip(cx.positions) {
            let t = tau[p.document];
            *s *= (-(p.index as f64) / (t * p.doc_len.max(1) as f64)).exp();
        }
    }
    // Scores are reported, so make sure none is NaN or infinite whatever the input.
    for s in &mut scores {
        if !s.is_finite() {
            *s = 0.0;
        }
    }
    Ok(Ranking { scores, centrality })
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
fn luhn(x: &TfIdf) -> Vec<f64> {
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
            for &c in x.sequence(i) {
                let significant = totals[c as usize] > 1.0;
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

fn pacsum(cx: &Context<'_>, beta: f64, lambda1: f64, lambda2: f64) -> Vec<f64> {
    let n = cx.tfidf.len();
    let g = Graph::build(
        cx.tfidf,
        &GraphOptions {
            similarity: Similarity::Cosine,
            threshold: None,
            binary: false,
            strategy: match cx.graph.strategy {
                GraphStrategy::Dense => GraphStrategy::Dense,
                _ if n <= cx.graph.dense_limit => GraphStrategy::Dense,
                _ => GraphStrategy::Sparse,
            },
            ..cx.graph
        },
    );
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    g.for_each_edge(|i, j, w| {
        if cx.positions[i].document == cx.positions[j].document {
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
        if cx.positions[i].document != cx.positions[j].document {
            return;
        }
        let e = (w - eps).max(0.0);
        scores[i] += if j < i { lambda1 * e } else { lambda2 * e };
    });
    scores
}

/// A greedy objective: the gain of adding a sentence given what was picked so far.
pub(crate) trait Objective {
    fn gain(&mut self, i: usize) -> f64;
    fn commit(&mut self, i: usize);
    /// Whether gains never increase as picks are added (so lazy evaluation is exact).
    fn diminishing(&self) -> bool;
}

pub(crate) struct SumBasic<'x> {
    x: &'x TfIdf,
    p: Vec<f64>,
}

/// Each term's share of all term occurrences in the document (the unigram distribution).
fn term_distribution(x: &TfIdf) -> Vec<f64> {
    let totals = x.counts().transpose().row_sums();
    let all = totals.sum();
    totals
        .iter()
        .map(|&t| if all > 0.0 { t / all } else { 0.0 })
        .collect()
}

impl<'x> SumBasic<'x> {
    pub fn new(x: &'x TfIdf) -> Self {
        SumBasic {
            x,
            p: term_distribution(x),
        }
    }
}

impl Objective for SumBasic<'_> {
    fn gain(&mut self, i: usize) -> f64 {
        let (c, v) = self.x.counts().row(i);
        let len: f64 = v.iter().sum();
        if len == 0.0 {
            return 0.0;
        }
        c.iter()
            .zip(v)
            .map(|(&c, &v)| self.p[c as usize] * v)
            .sum::<f64>()
            / len
    }
    fn commit(&mut self, i: usize) {
        for &c in self.x.counts().row(i).0 {
            let p = &mut self.p[c as usize];
            *p *= *p;
        }
    }
    fn diminishing(&self) -> bool {
        true
    }
}

pub(crate) struct KlSum<'x> {
    x: &'x TfIdf,
    /// Document distribution.
    p: Vec<f64>,
    /// Summary counts.
    c: Vec<f64>,
    total: f64,
    vocab: f64,
}

const KL_ALPHA: f64 = 0.01;

impl<'x> KlSum<'x> {
    pub fn new(x: &'x TfIdf) -> Self {
        let p = term_distribution(x);
        let vocab = p.len();
        KlSum {
            x,
            p,
            c: vec![0.0; vocab],
            total: 0.0,
            vocab: vocab as f64,
        }
    }
}

impl Objective for KlSum<'_> {
    /// The drop in `KL(P_doc || Q_summary)` from adding sentence i; only the sentence's terms
    /// and the normaliser change, so this costs `O(|s_i|)`.
    fn gain(&mut self, i: usize) -> f64 {
        let (cols, v) = self.x.counts().row(i);
        let len: f64 = v.iter().sum();
        if len == 0.0 {
            return 0.0;
        }
        let mut g = 0.0;
        for (&c, &k) in cols.iter().zip(v) {
            let c = c as usize;
            g += self.p[c] * ((self.c[c] + k + KL_ALPHA).ln() - (self.c[c] + KL_ALPHA).ln());
        }
        let z = KL_ALPHA * self.vocab;
        g - ((self.total + len + z).ln() - (self.total + z).ln())
    }
    fn commit(&mut self, i: usize) {
        for (c, k) in self.x.counts().row_iter(i) {
            self.c[c] += k;
            self.total += k;
        }
    }
    fn diminishing(&self) -> bool {
        false
    }
}
