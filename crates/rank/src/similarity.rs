//! Sentence similarities: their definitions, and the per-sentence factors that let a graph
//! compute them (`sim(i, j)` from two sparse rows).

use std::str::FromStr;

use crate::error::{Error, Result};
use crate::idf::floor_probabilistic;
use crate::{IdfWeighting, SparseMatrix, TermWeighting, TfIdf};

/// How similar two sentences are: the edge weight of the sentence graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Similarity {
    /// Cosine of the TF-IDF rows: `x_i · x_j / (|x_i| |x_j|)` (LexRank, Erkan & Radev 2004).
    Cosine,
    /// TextRank's overlap (Mihalcea & Tarau 2004): the number of distinct terms the sentences
    /// share over `ln |S_i| + ln |S_j|`, `|S|` being a sentence's number of terms; 0 when the
    /// denominator is 0 (two one-term sentences).
    Overlap,
    /// BM25 similarity as in gensim / summa TextRank (Barrios et al. 2016):
    /// `bm25(i, j) = sum over terms t of S_i of idf(t) · f(t, S_j) (k1 + 1) /
    /// (f(t, S_j) + k1 (1 - b + b |S_j| / avg|S|))`, with `k1 = 1.2`, `b = 0.75` and the
    /// probabilistic idf; the graph uses the symmetric `(bm25(i, j) + bm25(j, i)) / 2`.
    Bm25,
    /// TextRank's overlap with the two log lengths combined by their geometric mean instead of
    /// their sum: `|S_i ∩ S_j| / (2 sqrt(l_i l_j))`, `l = max(ln |S|, ln 2)`. Where the lengths
    /// are equal this is exactly [`Similarity::Overlap`]; otherwise it is a little larger (a
    /// geometric mean never exceeds the arithmetic one). Unlike the sum,
    /// the product splits into per-sentence factors, so centrality needs no explicit graph
    /// (linear cost at any document size).
    LogOverlap,
}

impl Similarity {
    /// Every similarity, in documentation order.
    pub const ALL: [Similarity; 4] = [
        Similarity::Cosine,
        Similarity::Overlap,
        Similarity::Bm25,
        Similarity::LogOverlap,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Similarity::Cosine => "cosine",
            Similarity::Overlap => "overlap",
            Similarity::Bm25 => "bm25",
            Similarity::LogOverlap => "log-overlap",
        }
    }

    /// Whether the similarity matrix factors as `L Rᵀ`, so centrality needs no explicit graph.
    pub fn factors(self) -> bool {
        !matches!(self, Similarity::Overlap)
    }
}

impl FromStr for Similarity {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Similarity::ALL
            .into_iter()
            .find(|m| m.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| Error::UnknownName {
                kind: "similarity",
                name: s.to_owned(),
                expected: "cosine, overlap, bm25, log-overlap".into(),
            })
    }
}

/// The vectors behind a similarity: `sim(i, j) = post(i, j, (L_i · R_j + L_j · R_i) / 2)`.
#[derive(Debug, Clone)]
pub(crate) struct Factors {
    pub left: SparseMatrix,
    /// `None` when equal to `left`.
    pub right: Option<SparseMatrix>,
    pub similarity: Similarity,
    /// ln of each sentence's length (Overlap only).
    log_len: Vec<f64>,
}

impl Factors {
    pub fn new(tfidf: &TfIdf, similarity: Similarity) -> Factors {
        let counts = tfidf.counts();
        let n = counts.rows();
        match similarity {
            Similarity::Cosine => {
                // Normalised again although the rows are unit length already: a second division
                // moves some cosines by an ulp, which flips near-ties in LexRank, TextRank-cosine
                // and PacSum picks. Borrowing `tfidf.unit_rows()` would save this copy at the
                // cost of changing those methods' output.
                let mut left = SparseMatrix::clone(tfidf.matrix());
                left.normalize_rows();
                Factors {
                    left,
                    right: None,
                    similarity,
                    log_len: Vec::new(),
                }
            }
            Similarity::LogOverlap => {
                let mut left = SparseMatrix::new(counts.cols());
                for (i, &len) in tfidf.lengths().iter().enumerate() {
                    let l = (len.max(2) as f64).ln();
                    let w = 1.0 / (2.0 * l).sqrt();
                    left.push_sorted_row(counts.row(i).0.iter().map(|&c| (c, w)));
                }
                Factors {
                    left,
                    right: None,
                    similarity,
                    log_len: Vec::new(),
                }
            }
            Similarity::Overlap => {
                let mut left = SparseMatrix::new(counts.cols());
                for i in 0..n {
                    left.push_sorted_row(counts.row(i).0.iter().map(|&c| (c, 1.0)));
                }
                let log_len = tfidf
                    .lengths()
                    .iter()
                    .map(|&l| if l > 0 { (l as f64).ln() } else { 0.0 })
                    .collect();
                Factors {
                    left,
                    right: None,
                    similarity,
                    log_len,
                }
            }
            Similarity::Bm25 => {
                let lens = tfidf.lengths();
                let avg = if n == 0 {
                    0.0
                } else {
                    lens.iter().map(|&l| l as f64).sum::<f64>() / n as f64
                };
                let idf = floor_probabilistic(
                    IdfWeighting::Probabilistic,
                    tfidf
                        .df()
                        .iter()
                        .map(|&d| IdfWeighting::Probabilistic.idf(n as f64, d as f64))
                        .collect(),
                );
                let tf = TermWeighting::Bm25 { k1: 1.2, b: 0.75 };
                let mut left = SparseMatrix::new(counts.cols());
                let mut right = SparseMatrix::new(counts.cols());
                for (i, &len) in lens.iter().enumerate() {
                    left.push_sorted_row(counts.row_iter(i).map(|(c, v)| (c as u32, v * idf[c])));
                    right.push_sorted_row(
                        counts
                            .row_iter(i)
                            .map(|(c, v)| (c as u32, tf.weight(v, len as f64, avg))),
                    );
                }
                Factors {
                    left,
                    right: Some(right),
                    similarity,
                    log_len: Vec::new(),
                }
            }
        }
    }

    pub fn right(&self) -> &SparseMatrix {
        self.right.as_ref().unwrap_or(&self.left)
    }

    pub fn rows(&self) -> usize {
        self.left.rows()
    }

    /// The symmetric raw product `(L_i · R_j + L_j · R_i) / 2`.
    pub fn raw(&self, i: usize, j: usize) -> f64 {
        match &self.right {
            None => self.left.row_dot(i, j),
            Some(r) => 0.5 * (self.left.row_dot_with(i, r, j) + self.left.row_dot_with(j, r, i)),
        }
    }

    pub fn post(&self, i: usize, j: usize, raw: f64) -> f64 {
        match self.similarity {
            Similarity::Overlap => {
                let d = self.log_len[i] + self.log_len[j];
                if d > 0.0 {
                    raw / d
                } else {
                    0.0
                }
            }
            _ => raw,
        }
    }
}
