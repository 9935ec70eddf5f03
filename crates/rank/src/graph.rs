//! Sentence similarity graphs: dense, sparse (inverted index) and implicit (factored) forms,
//! built from a [`Similarity`]'s factors.

use ndarray::{Array1, Array2, ArrayView1};

use crate::error::Result;
use crate::similarity::Factors;
use crate::{Similarity, SparseMatrix, TfIdf};

/// Which representation of the sentence graph to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GraphStrategy {
    /// Implicit whenever the similarity factors and no threshold applies (it is the cheapest at
    /// every size); otherwise dense for small documents ([`GraphOptions::dense_limit`]) and
    /// sparse above. The default.
    #[default]
    Auto,
    /// An `n x n` ndarray matrix, every pair computed directly.
    Dense,
    /// Edges found through an inverted index, stored as a sparse matrix.
    Sparse,
    /// No graph: products `S v` are computed as `L (Rᵀ v)` from the term vectors, in
    /// `O(nonzeros)` per product. Only for factoring similarities without a threshold.
    Implicit,
}

/// How to build a sentence graph.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GraphOptions {
    /// The similarity (default [`Similarity::Cosine`]).
    pub similarity: Similarity,
    /// Drop edges whose similarity is `<= threshold` (LexRank's threshold; default none).
    pub threshold: Option<f64>,
    /// Replace kept edge weights by 1 (LexRank with a threshold uses 0/1 edges).
    pub binary: bool,
    /// Representation (default [`GraphStrategy::Auto`]).
    pub strategy: GraphStrategy,
    /// Largest document for which `Auto` builds a dense graph (default 256 sentences).
    pub dense_limit: usize,
    /// Bound on the sparse build's work, `sum over terms of df²` (default 10⁷), which also bounds
    /// its number of edges (about 120 MB at most). Above it the
    /// most widespread terms are left out of edge building, most frequent first, until the bound
    /// holds; [`Graph::dropped_terms`] reports how many. Documents with a small vocabulary, where
    /// nearly every pair of sentences shares a word, would otherwise make the graph dense.
    pub max_work: u64,
}

impl Default for GraphOptions {
    fn default() -> Self {
        GraphOptions {
            similarity: Similarity::Cosine,
            threshold: None,
            binary: false,
            strategy: GraphStrategy::Auto,
            dense_limit: 256,
            max_work: 10_000_000,
        }
    }
}

/// A sentence similarity graph with no self-loops, in one of three representations.
#[derive(Debug, Clone)]
pub struct Graph {
    repr: Repr,
    dropped_terms: usize,
}

#[derive(Debug, Clone)]
enum Repr {
    Dense(Array2<f64>),
    Sparse(SparseMatrix),
    Implicit { factors: Factors, diag: Array1<f64> },
}

impl Graph {
    /// Builds the graph of `tfidf`'s sentences.
    ///
    /// ```
    /// use salient_rank::{Graph, GraphOptions, GraphStrategy, IdfSource, Similarity, TfIdf, TfIdfConfig};
    /// let s: Vec<Vec<u32>> = vec![vec![1, 2], vec![2, 3], vec![4]];
    /// let x = TfIdf::build(&s, &TfIdfConfig::default(), IdfSource::Local, &Default::default());
    /// let g = Graph::build(&x, &GraphOptions { strategy: GraphStrategy::Dense, ..Default::default() });
    /// let d = g.to_dense();
    /// assert!(d[[0, 1]] > 0.0 && d[[0, 1]] == d[[1, 0]]);
    /// assert_eq!(d[[0, 2]], 0.0);
    /// assert_eq!(d[[0, 0]], 0.0); // no self-loops
    /// ```
    pub fn build(tfidf: &TfIdf, options: &GraphOptions) -> Graph {
        let factors = Factors::new(tfidf, options.similarity);
        let n = factors.rows();
        let strategy = match options.strategy {
            GraphStrategy::Implicit
                if options.similarity.factors()
                    && options.threshold.is_none()
                    && !options.binary =>
            {
                GraphStrategy::Implicit
            }
            GraphStrategy::Auto | GraphStrategy::Implicit => {
                if options.similarity.factors() && options.threshold.is_none() && !options.binary {
                    GraphStrategy::Implicit
                } else if n <= options.dense_limit {
                    GraphStrategy::Dense
                } else {
                    GraphStrategy::Sparse
                }
            }
            s => s,
        };
        match strategy {
            GraphStrategy::Implicit => {
                let diag = (0..n).map(|i| factors.raw(i, i)).collect();
                Graph {
                    repr: Repr::Implicit { factors, diag },
                    dropped_terms: 0,
                }
            }
            GraphStrategy::Dense => Graph {
                repr: Repr::Dense(dense(&factors, options)),
                dropped_terms: 0,
            },
            _ => {
                let (m, dropped_terms) = sparse(&factors, options);
                Graph {
                    repr: Repr::Sparse(m),
                    dropped_terms,
                }
            }
        }
    }

    /// A graph from an explicit weight matrix (`w[i][j]` = weight of edge `i -> j`). The
    /// diagonal is ignored (no self-loops).
    ///
    /// # Errors
    /// A matrix that is not square, or has a negative or non-finite weight.
    pub fn from_dense(mut w: Array2<f64>) -> Result<Graph> {
        if w.nrows() != w.ncols() {
            return Err(crate::error::invalid(
                "graph",
                format!("a {}x{} weight matrix is not square", w.nrows(), w.ncols()),
            ));
        }
        if let Some(((i, j), x)) = w
            .indexed_iter()
            .find(|(_, x)| !(x.is_finite() && **x >= 0.0))
        {
            return Err(crate::error::invalid(
                "graph",
                format!("weight {x} at ({i}, {j}) is not a finite number >= 0"),
            ));
        }
        w.diag_mut().fill(0.0);
        Ok(Graph {
            repr: Repr::Dense(w),
            dropped_terms: 0,
        })
    }

    /// A graph from a sparse weight matrix (row `i` lists the edges `i -> j`); the sparse
    /// counterpart of [`Graph::from_dense`], with the same checks.
    pub fn from_sparse(w: SparseMatrix) -> Result<Graph> {
        if w.rows() != w.cols() {
            return Err(crate::error::invalid(
                "graph",
                format!("a {}x{} weight matrix is not square", w.rows(), w.cols()),
            ));
        }
        let mut out = SparseMatrix::new(w.cols());
        for i in 0..w.rows() {
            if let Some((j, x)) = w.row_iter(i).find(|(_, x)| !(x.is_finite() && *x >= 0.0)) {
                return Err(crate::error::invalid(
                    "graph",
                    format!("weight {x} at ({i}, {j}) is not a finite number >= 0"),
                ));
            }
            out.push_sorted_row(
                w.row_iter(i)
                    .filter(|&(j, _)| j != i)
                    .map(|(j, x)| (j as u32, x)),
            );
        }
        Ok(Graph {
            repr: Repr::Sparse(out),
            dropped_terms: 0,
        })
    }

    /// Number of sentences (nodes).
    pub fn len(&self) -> usize {
        match &self.repr {
            Repr::Dense(a) => a.nrows(),
            Repr::Sparse(m) => m.rows(),
            Repr::Implicit { diag, .. } => diag.len(),
        }
    }

    /// True when the graph has no nodes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Which representation was built (never `Auto`).
    pub fn strategy(&self) -> GraphStrategy {
        match &self.repr {
            Repr::Dense(_) => GraphStrategy::Dense,
            Repr::Sparse(_) => GraphStrategy::Sparse,
            Repr::Implicit { .. } => GraphStrategy::Implicit,
        }
    }

    /// Terms left out of a sparse build to bound its work (see [`GraphOptions::max_work`]).
    pub fn dropped_terms(&self) -> usize {
        self.dropped_terms
    }

    /// `W v`, where `W[i][j]` is the weight of edge `i -> j`.
    pub fn mul(&self, v: ArrayView1<f64>) -> Array1<f64> {
        match &self.repr {
            Repr::Dense(a) => a.dot(&v),
            Repr::Sparse(m) => m.mul_vec(v),
            Repr::Implicit { factors, diag } => {
                let l = &factors.left;
                let mut out = match &factors.right {
                    None => l.mul_vec(l.t_mul_vec(v).view()),
                    Some(r) => {
                        let a = l.mul_vec(r.t_mul_vec(v).view());
                        let b = r.mul_vec(l.t_mul_vec(v).view());
                        (a + b) * 0.5
                    }
                };
                out -= &(diag * &v);
                out
            }
        }
    }

    /// `Wᵀ v`. The graphs salient builds are symmetric, so this equals [`Graph::mul`]; it is
    /// kept separate so that centrality is correct for any weights.
    pub fn t_mul(&self, v: ArrayView1<f64>) -> Array1<f64> {
        match &self.repr {
            Repr::Dense(a) => a.t().dot(&v),
            Repr::Sparse(m) => m.t_mul_vec(v),
            Repr::Implicit { .. } => self.mul(v),
        }
    }

    /// `Wᵀ v` into `out` (same length), with the same arithmetic as [`Graph::t_mul`]; an
    /// implicit graph (the default's) reuses `scratch` and `out` instead of allocating, which
    /// matters in a power iteration.
    pub(crate) fn t_mul_into(
        &self,
        v: ArrayView1<f64>,
        out: &mut Array1<f64>,
        scratch: &mut Vec<f64>,
    ) {
        let Repr::Implicit { factors, diag } = &self.repr else {
            out.assign(&self.t_mul(v));
            return;
        };
        let (Some(vs), Some(o), None) = (v.as_slice(), out.as_slice_mut(), &factors.right) else {
            out.assign(&self.t_mul(v));
            return;
        };
        let l = &factors.left;
        scratch.resize(l.cols(), 0.0);
        l.t_mul_into(vs, scratch);
        l.mul_into(scratch, o);
        for ((o, &d), &x) in o.iter_mut().zip(diag).zip(vs) {
            *o -= d * x;
        }
    }

    /// Each node's total outgoing weight.
    pub fn out_degrees(&self) -> Array1<f64> {
        self.mul(Array1::ones(self.len()).view())
    }

    /// The dense weight matrix (computes every pair for an implicit graph: small graphs only).
    pub fn to_dense(&self) -> Array2<f64> {
        match &self.repr {
            Repr::Dense(a) => a.clone(),
            Repr::Sparse(m) => m.to_dense(),
            Repr::Implicit { factors, .. } => {
                let n = factors.rows();
                Array2::from_shape_fn(
                    (n, n),
                    |(i, j)| if i == j { 0.0 } else { factors.raw(i, j) },
                )
            }
        }
    }

    /// Visits every stored edge `(i, j, w)` with `w != 0`, row by row. Not available for implicit
    /// graphs (returns false).
    pub(crate) fn for_each_edge(&self, mut f: impl FnMut(usize, usize, f64)) -> bool {
        match &self.repr {
            Repr::Dense(a) => {
                for ((i, j), &w) in a.indexed_iter() {
                    if w != 0.0 {
                        f(i, j, w);
                    }
                }
                true
            }
            Repr::Sparse(m) => {
                for i in 0..m.rows() {
                    for (j, w) in m.row_iter(i) {
                        f(i, j, w);
                    }
                }
                true
            }
            Repr::Implicit { .. } => false,
        }
    }

    /// Whether some pair of distinct nodes has no stored edge (so the minimum weight is 0).
    pub(crate) fn has_missing_pairs(&self) -> bool {
        let n = self.len();
        let mut edges = 0usize;
        self.for_each_edge(|_, _, _| edges += 1);
        edges < n.saturating_mul(n.saturating_sub(1))
    }
}

fn keep(options: &GraphOptions, w: f64) -> Option<f64> {
    if w.is_nan() || w <= 0.0 || !w.is_finite() {
        return None;
    }
    match options.threshold {
        Some(t) if w <= t => None,
        _ => Some(if options.binary { 1.0 } else { w }),
    }
}

/// Every pair directly: `O(n²)` sorted merges.
fn dense(f: &Factors, options: &GraphOptions) -> Array2<f64> {
    let n = f.rows();
    let mut a = Array2::zeros((n, n));
    for i in 0..n {
        for j in i + 1..n {
            if let Some(w) = keep(options, f.post(i, j, f.raw(i, j))) {
                a[[i, j]] = w;
                a[[j, i]] = w;
            }
        }
    }
    a
}

/// Pairs that share a term, through the columns' postings: `O(sum of df²)`.
fn sparse(f: &Factors, options: &GraphOptions) -> (SparseMatrix, usize) {
    let n = f.rows();
    let lt = f.left.transpose();
    let rt = f.right().transpose();
    // Leave out the most widespread terms while the work bound is exceeded.
    let mut by_df: Vec<(usize, usize)> = (0..lt.rows()).map(|c| (lt.row(c).0.len(), c)).collect();
    let mut work: u64 = by_df.iter().map(|&(d, _)| (d as u64) * (d as u64)).sum();
    by_df.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut skip = vec![false; lt.rows()];
    let mut dropped = 0;
    for &(d, c) in &by_df {
        if work <= options.max_work {
            break;
        }
        skip[c] = true;
        dropped += 1;
        work -= (d as u64) * (d as u64);
    }
    let mut acc = vec![0.0f64; n];
    let mut touched: Vec<usize> = Vec::new();
    let mut out = SparseMatrix::new(n);
    let right = f.right();
    let asymmetric = f.right.is_some();
    for i in 0..n {
        let (ci, li) = f.left.row(i);
        let ri = right.row(i).1;
        for (k, &c) in ci.iter().enumerate() {
            let c = c as usize;
            if skip[c] {
                continue;
            }
            let (posting, lvals) = lt.row(c);
            let rvals = rt.row(c).1;
            for (p, &j) in posting.iter().enumerate() {
                let j = j as usize;
                if j == i {
                    continue;
                }
                if acc[j] == 0.0 {
                    touched.push(j);
                }
                let v = if asymmetric {
                    0.5 * (li[k] * rvals[p] + lvals[p] * ri[k])
                } else {
                    li[k] * rvals[p]
                };
                // Keep a touched entry distinguishable from an untouched one.
                acc[j] += if v == 0.0 { f64::MIN_POSITIVE } else { v };
            }
        }
        touched.sort_unstable();
        out.push_sorted_row(
            touched
                .iter()
                .filter_map(|&j| keep(options, f.post(i, j, acc[j])).map(|w| (j as u32, w))),
        );
        for &j in &touched {
            acc[j] = 0.0;
        }
        touched.clear();
    }
    (out, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{IdfSource, TfIdfConfig};

    /// Forty sentences of 1-7 terms from a vocabulary of 23, overlapping in many ways.
    fn forty_sentences() -> TfIdf {
        let s: Vec<Vec<u32>> = (0..40u32)
            .map(|i| (0..(1 + i % 7)).map(|k| (i * 7 + k * 3) % 23).collect())
            .collect();
        tfidf(&s)
    }

    fn tfidf(s: &[Vec<u32>]) -> TfIdf {
        TfIdf::build(
            s,
            &TfIdfConfig::default(),
            IdfSource::Local,
            &Default::default(),
        )
    }

    #[test]
    fn overlap_by_hand() {
        // s0 = {a, b, c}, s1 = {b, c, d, e}, s2 = {f}.
        let x = tfidf(&[vec![0, 1, 2], vec![1, 2, 3, 4], vec![5]]);
        let g = Graph::build(
            &x,
            &GraphOptions {
                similarity: Similarity::Overlap,
                ..Default::default()
            },
        );
        let d = g.to_dense();
        assert!((d[[0, 1]] - 2.0 / (3f64.ln() + 4f64.ln())).abs() < 1e-12);
        assert_eq!(d[[0, 2]], 0.0);
        assert_eq!(g.strategy(), GraphStrategy::Dense);
        // The geometric-mean variant: 2 / (2 sqrt(ln 3 ln 4)), and no graph is built.
        let g = Graph::build(
            &x,
            &GraphOptions {
                similarity: Similarity::LogOverlap,
                ..Default::default()
            },
        );
        assert_eq!(g.strategy(), GraphStrategy::Implicit);
        let d = g.to_dense();
        assert!((d[[0, 1]] - 1.0 / (3f64.ln() * 4f64.ln()).sqrt()).abs() < 1e-12);
        // Geometric mean <= arithmetic mean, so never below TextRank's overlap.
        assert!(d[[0, 1]] >= 2.0 / (3f64.ln() + 4f64.ln()));
    }

    #[test]
    fn every_strategy_gives_the_same_weights() {
        let x = forty_sentences();
        for sim in Similarity::ALL {
            for threshold in [None, Some(0.1)] {
                let opts = |strategy| GraphOptions {
                    similarity: sim,
                    threshold,
                    strategy,
                    ..Default::default()
                };
                let dense = Graph::build(&x, &opts(GraphStrategy::Dense)).to_dense();
                let sparse = Graph::build(&x, &opts(GraphStrategy::Sparse)).to_dense();
                let diff = (&dense - &sparse)
                    .mapv(f64::abs)
                    .fold(0.0f64, |a, &b| a.max(b));
                assert!(diff < 1e-12, "{sim:?} {threshold:?}: {diff}");
                if threshold.is_none() && sim.factors() {
                    let g = Graph::build(&x, &opts(GraphStrategy::Implicit));
                    assert_eq!(g.strategy(), GraphStrategy::Implicit);
                    let v = Array1::from_iter((0..40).map(|i| (i as f64).sin().abs()));
                    let a = g.mul(v.view());
                    let b = dense.dot(&v);
                    let diff = (&a - &b).mapv(f64::abs).fold(0.0f64, |a, &b| a.max(b));
                    assert!(diff < 1e-12, "{sim:?} implicit: {diff}");
                }
            }
        }
    }

    #[test]
    fn products_into_buffers_are_bitwise_the_allocating_ones() {
        let x = forty_sentences();
        let v: Array1<f64> = (0..40).map(|i| f64::from(i % 5) / 7.0).collect();
        for sim in Similarity::ALL {
            for strategy in [
                GraphStrategy::Implicit,
                GraphStrategy::Dense,
                GraphStrategy::Sparse,
            ] {
                let g = Graph::build(
                    &x,
                    &GraphOptions {
                        similarity: sim,
                        strategy,
                        ..Default::default()
                    },
                );
                let (mut out, mut scratch) = (Array1::from_elem(40, 9.0), vec![1.0; 3]);
                g.t_mul_into(v.view(), &mut out, &mut scratch);
                let want = g.t_mul(v.view());
                let bits = |a: &Array1<f64>| a.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                assert_eq!(bits(&out), bits(&want), "{sim:?} {strategy:?}");
            }
        }
    }

    #[test]
    fn work_bound_drops_the_commonest_terms() {
        // Term 0 is in every sentence; each other term in two.
        let s: Vec<Vec<u32>> = (0..100u32).map(|i| vec![0, 1 + i / 2]).collect();
        let x = tfidf(&s);
        let g = Graph::build(
            &x,
            &GraphOptions {
                strategy: GraphStrategy::Sparse,
                max_work: 1000,
                ..Default::default()
            },
        );
        assert_eq!(g.dropped_terms(), 1);
        let d = g.to_dense();
        assert!(d[[0, 1]] > 0.0 && d[[0, 2]] == 0.0);
    }
}
