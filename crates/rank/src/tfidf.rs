//! TF-IDF: sentences as L2-normalised sparse rows over the document's terms.

use std::borrow::Cow;

use rustc_hash::FxHashMap;
use salient_text::{TermId, Vocabulary};

use crate::error::{invalid, Result};
use crate::idf::floor_probabilistic;
use crate::table::SentenceTable;
use crate::{IdfModel, IdfWeighting, SparseMatrix};

/// How a term's count in a sentence becomes its weight (the "tf" of tf-idf).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TermWeighting {
    /// `tf = c`, the raw count.
    Raw,
    /// `tf = 1` for a term present, whatever its count.
    Binary,
    /// `tf = 1 + ln c` (sublinear; the default).
    Log,
    /// BM25 saturation with length normalisation (Robertson et al.):
    /// `tf = c (k1 + 1) / (c + k1 (1 - b + b |s| / avg|s|))`, where `|s|` is the sentence's
    /// number of terms.
    Bm25 {
        /// Saturation, `k1 >= 0` (1.2 is usual).
        k1: f64,
        /// Length normalisation, `0 <= b <= 1` (0.75 is usual).
        b: f64,
    },
}

impl TermWeighting {
    fn check(self) -> Result<()> {
        if let TermWeighting::Bm25 { k1, b } = self {
            if !(k1.is_finite() && k1 >= 0.0) {
                return Err(invalid(
                    "bm25 k1",
                    format!("{k1} is not a finite number >= 0"),
                ));
            }
            if !(0.0..=1.0).contains(&b) {
                return Err(invalid("bm25 b", format!("{b} is outside [0, 1]")));
            }
        }
        Ok(())
    }

    pub(crate) fn weight(self, count: f64, len: f64, avg_len: f64) -> f64 {
        match self {
            TermWeighting::Raw => count,
            TermWeighting::Binary => 1.0,
            TermWeighting::Log => 1.0 + count.ln(),
            TermWeighting::Bm25 { k1, b } => {
                let norm = if avg_len > 0.0 { len / avg_len } else { 1.0 };
                count * (k1 + 1.0) / (count + k1 * (1.0 - b + b * norm))
            }
        }
    }
}

/// TF-IDF settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TfIdfConfig {
    /// Term weighting (default [`TermWeighting::Log`]).
    pub tf: TermWeighting,
    /// Inverse document frequency (default [`IdfWeighting::Smooth`]).
    pub idf: IdfWeighting,
    /// Divide each row by its L2 norm so that dot products are cosines (default true).
    pub normalize: bool,
}

impl Default for TfIdfConfig {
    fn default() -> Self {
        TfIdfConfig {
            tf: TermWeighting::Log,
            idf: IdfWeighting::Smooth,
            normalize: true,
        }
    }
}

impl TfIdfConfig {
    pub(crate) fn check(&self) -> Result<()> {
        self.tf.check()
    }
}

/// Where idf comes from.
#[derive(Debug, Clone, Copy)]
pub enum IdfSource<'m> {
    /// The sentences of the text itself (each sentence a document).
    Local,
    /// A background model built from a corpus; terms are looked up by their string.
    Model(&'m IdfModel),
}

/// A document's sentences as term vectors.
///
/// Columns are the terms the document uses, numbered in order of first appearance (so the
/// matrix is the same on every run), and map back to [`Vocabulary`] ids through
/// [`TfIdf::terms`].
///
/// ```
/// use salient_rank::{IdfSource, TfIdf, TfIdfConfig};
/// // Three sentences over global term ids.
/// let sentences: Vec<Vec<u32>> = vec![vec![7, 8], vec![8, 8, 9], vec![]];
/// let vocab = salient_text::Vocabulary::default();
/// let x = TfIdf::build(&sentences, &TfIdfConfig::default(), IdfSource::Local, &vocab);
/// assert_eq!(x.terms(), &[7, 8, 9]);
/// assert_eq!(x.matrix().shape(), (3, 3));
/// assert!((x.matrix().row_dot(0, 0) - 1.0).abs() < 1e-12); // unit rows
/// assert_eq!(x.matrix().row(2).0.len(), 0); // an empty sentence is an empty row
/// ```
#[derive(Debug, Clone)]
pub struct TfIdf {
    matrix: SparseMatrix,
    counts: SparseMatrix,
    terms: Vec<u32>,
    idf: Vec<f64>,
    df: Vec<u32>,
    lengths: Vec<u32>,
    /// Each sentence's columns in text order: `sequence[seq_offsets[i]..seq_offsets[i + 1]]`.
    sequence: Vec<u32>,
    seq_offsets: Vec<usize>,
    /// Row norms before normalisation (all 1 when `normalize` is off).
    norms: Vec<f64>,
    /// Whether rows are unit length.
    normalized: bool,
}

impl TfIdf {
    /// Builds the matrix from sentences of global term ids (`vocabulary` turns ids back into
    /// strings for an [`IdfSource::Model`] lookup).
    pub fn build<S: AsRef<[u32]>>(
        sentences: &[S],
        config: &TfIdfConfig,
        source: IdfSource<'_>,
        vocabulary: &Vocabulary,
    ) -> TfIdf {
        let mut local: FxHashMap<u32, u32> = FxHashMap::default();
        let mut terms = Vec::new();
        let mut rows = Vec::with_capacity(sentences.len());
        let mut sequence = Vec::new();
        let mut seq_offsets = vec![0];
        for s in sentences {
            let row: Vec<(u32, f64)> = s
                .as_ref()
                .iter()
                .map(|&t| {
                    let next = terms.len() as u32;
                    let c = *local.entry(t).or_insert_with(|| {
                        terms.push(t);
                        next
                    });
                    (c, 1.0)
                })
                .collect();
            sequence.extend(row.iter().map(|&(c, _)| c));
            seq_offsets.push(sequence.len());
            rows.push(row);
        }
        let mut x = TfIdf::weigh(rows, terms, config, source, vocabulary);
        x.sequence = sequence;
        x.seq_offsets = seq_offsets;
        x
    }

    /// The summarizer's matrix: its vocabulary is fresh for each call, so term ids are already
    /// dense and numbered in order of first appearance, and serve as columns unchanged. Luhn reads
    /// the terms in text order from the table, so no sequence is kept.
    pub(crate) fn from_table(
        table: &SentenceTable,
        config: &TfIdfConfig,
        source: IdfSource<'_>,
        vocabulary: &Vocabulary,
    ) -> TfIdf {
        let rows = (0..table.len())
            .map(|i| table.terms(i).iter().map(|t| (t.0, 1.0)).collect())
            .collect();
        let terms = (0..vocabulary.len() as u32).collect();
        TfIdf::weigh(rows, terms, config, source, vocabulary)
    }

    /// Counts, idf and weights from rows of `(column, 1.0)` per term occurrence; `terms` maps
    /// columns to vocabulary ids.
    fn weigh(
        rows: Vec<Vec<(u32, f64)>>,
        terms: Vec<u32>,
        config: &TfIdfConfig,
        source: IdfSource<'_>,
        vocabulary: &Vocabulary,
    ) -> TfIdf {
        let lengths: Vec<u32> = rows.iter().map(|r| r.len() as u32).collect();
        let counts = SparseMatrix::from_rows(terms.len(), rows);
        let mut df = vec![0u32; terms.len()];
        for i in 0..counts.rows() {
            for &c in counts.row(i).0 {
                df[c as usize] += 1;
            }
        }
        let idf = match source {
            IdfSource::Local => {
                let n = lengths.len() as f64;
                let raw: Vec<f64> = df.iter().map(|&d| config.idf.idf(n, d as f64)).collect();
                floor_probabilistic(config.idf, raw)
            }
            IdfSource::Model(model) => terms
                .iter()
                .map(|&t| model.idf(vocabulary.term(TermId(t)), config.idf))
                .collect(),
        };
        let avg_len = if lengths.is_empty() {
            0.0
        } else {
            lengths.iter().map(|&l| l as f64).sum::<f64>() / lengths.len() as f64
        };
        let mut matrix = SparseMatrix::new(terms.len());
        for (i, &len) in lengths.iter().enumerate() {
            let len = len as f64;
            matrix.push_sorted_row(
                counts
                    .row_iter(i)
                    .map(|(c, n)| (c as u32, config.tf.weight(n, len, avg_len) * idf[c])),
            );
        }
        let norms = if config.normalize {
            let norms = matrix.row_norms().to_vec();
            matrix.normalize_rows();
            norms
        } else {
            vec![1.0; matrix.rows()]
        };
        TfIdf {
            matrix,
            counts,
            terms,
            idf,
            df,
            lengths,
            sequence: Vec::new(),
            seq_offsets: Vec::new(),
            norms,
            normalized: config.normalize,
        }
    }

    /// The weighted matrix before L2 normalisation (`tf x idf` rows), for methods where a
    /// sentence's length should count (LSA, centroid value).
    pub fn unnormalized(&self) -> SparseMatrix {
        let mut m = self.matrix.clone();
        for (i, &n) in self.norms.iter().enumerate() {
            if n > 0.0 {
                m.scale_row(i, n);
            }
        }
        m
    }

    /// Sentence `i`'s terms as columns, in text order, repeats included.
    ///
    /// # Panics
    /// Panics if `i` is not a sentence index.
    pub fn sequence(&self, i: usize) -> &[u32] {
        &self.sequence[self.seq_offsets[i]..self.seq_offsets[i + 1]]
    }

    /// The unit-length rows (for cosines): the matrix itself when it is normalised, else a
    /// normalised copy.
    pub(crate) fn unit_rows(&self) -> Cow<'_, SparseMatrix> {
        if self.normalized {
            Cow::Borrowed(&self.matrix)
        } else {
            let mut m = self.matrix.clone();
            m.normalize_rows();
            Cow::Owned(m)
        }
    }

    /// The weighted sentences x terms matrix.
    pub fn matrix(&self) -> &SparseMatrix {
        &self.matrix
    }

    /// Raw term counts, sentences x terms.
    pub fn counts(&self) -> &SparseMatrix {
        &self.counts
    }

    /// Column `c`'s global term id.
    pub fn terms(&self) -> &[u32] {
        &self.terms
    }

    /// Each column's idf.
    pub fn idf(&self) -> &[f64] {
        &self.idf
    }

    /// Each column's sentence frequency (how many sentences use the term).
    pub fn df(&self) -> &[u32] {
        &self.df
    }

    /// Each sentence's number of terms (with repeats).
    pub fn lengths(&self) -> &[u32] {
        &self.lengths
    }

    /// Number of sentences (rows).
    pub fn len(&self) -> usize {
        self.matrix.rows()
    }

    /// True when there are no sentences.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn formulas_by_hand() {
        assert!(close(
            IdfWeighting::Smooth.idf(3.0, 1.0),
            (4.0f64 / 2.0).ln() + 1.0
        ));
        assert!(close(
            IdfWeighting::Probabilistic.idf(10.0, 2.0),
            (8.5f64 / 2.5).ln()
        ));
        assert_eq!(IdfWeighting::None.idf(3.0, 3.0), 1.0);
        assert!(close(
            TermWeighting::Log.weight(3.0, 0.0, 0.0),
            1.0 + 3f64.ln()
        ));
        assert_eq!(TermWeighting::Binary.weight(3.0, 0.0, 0.0), 1.0);
        let bm = TermWeighting::Bm25 { k1: 1.2, b: 0.75 };
        // c = 2, |s| = 4, avg = 2: 2 * 2.2 / (2 + 1.2 * (0.25 + 1.5)).
        assert!(close(bm.weight(2.0, 4.0, 2.0), 4.4 / (2.0 + 1.2 * 1.75)));
        assert!(TermWeighting::Bm25 { k1: -1.0, b: 0.5 }.check().is_err());
        assert!(TermWeighting::Bm25 { k1: 1.0, b: 1.5 }.check().is_err());
    }

    #[test]
    fn hand_computed_matrix() {
        // s0 = [a, b], s1 = [b, b, c]; raw tf, smooth idf, no normalisation.
        let cfg = TfIdfConfig {
            tf: TermWeighting::Raw,
            idf: IdfWeighting::Smooth,
            normalize: false,
        };
        let v = Vocabulary::default();
        let x = TfIdf::build(&[vec![0u32, 1], vec![1, 1, 2]], &cfg, IdfSource::Local, &v);
        let idf_rare = (3.0f64 / 2.0).ln() + 1.0;
        let d = x.matrix().to_dense();
        assert!(close(d[[0, 0]], idf_rare));
        assert!(close(d[[0, 1]], 1.0));
        assert!(close(d[[1, 1]], 2.0));
        assert!(close(d[[1, 2]], idf_rare));
        assert_eq!(x.df(), &[1, 2, 1]);
        assert_eq!(x.lengths(), &[2, 3]);
    }
}
