//! A compressed sparse row matrix over `f64`, with the few products ranking needs.

use ndarray::{Array1, Array2, ArrayView1};

/// A sparse matrix in compressed sparse row (CSR) form: row `i` holds the pairs
/// `(indices[k], values[k])` for `k` in `indptr[i]..indptr[i + 1]`, columns strictly increasing.
///
/// It is the shape TF-IDF rows and thresholded similarity graphs take: a sentence uses a handful
/// of the document's terms, so a dense sentences x vocabulary matrix would be mostly zeros.
/// [`SparseMatrix::to_dense`] gives the `ndarray` form when that is small enough to want.
///
/// ```
/// use salient_rank::SparseMatrix;
/// let m = SparseMatrix::from_rows(3, vec![vec![(0, 1.0), (2, 2.0)], vec![(1, 3.0)]]);
/// assert_eq!(m.shape(), (2, 3));
/// assert_eq!(m.row(0).0, &[0, 2]);
/// let v = ndarray::arr1(&[1.0, 1.0, 1.0]);
/// assert_eq!(m.mul_vec(v.view()).to_vec(), vec![3.0, 3.0]);
/// assert_eq!(m.to_dense()[[0, 2]], 2.0);
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SparseMatrix {
    cols: usize,
    indptr: Vec<usize>,
    indices: Vec<u32>,
    values: Vec<f64>,
}

impl SparseMatrix {
    /// An empty matrix with no rows and `cols` columns.
    pub fn new(cols: usize) -> Self {
        SparseMatrix {
            cols,
            indptr: vec![0],
            indices: Vec::new(),
            values: Vec::new(),
        }
    }

    /// Builds a matrix from rows of `(column, value)` pairs. Pairs are sorted by column and
    /// entries of the same column summed; zero values are kept out.
    pub fn from_rows(cols: usize, rows: Vec<Vec<(u32, f64)>>) -> Self {
        let mut m = SparseMatrix::new(cols);
        for mut row in rows {
            row.sort_by_key(|&(c, _)| c);
            let mut merged: Vec<(u32, f64)> = Vec::with_capacity(row.len());
            for (c, v) in row {
                match merged.last_mut() {
                    Some(last) if last.0 == c => last.1 += v,
                    _ => merged.push((c, v)),
                }
            }
            m.push_sorted_row(merged.into_iter().filter(|&(_, v)| v != 0.0));
        }
        m
    }

    /// Appends a row whose columns are strictly increasing and below [`SparseMatrix::cols`].
    pub(crate) fn push_sorted_row(&mut self, row: impl IntoIterator<Item = (u32, f64)>) {
        for (c, v) in row {
            debug_assert!((c as usize) < self.cols);
            self.indices.push(c);
            self.values.push(v);
        }
        self.indptr.push(self.indices.len());
    }

    /// Number of rows.
    pub fn rows(&self) -> usize {
        self.indptr.len() - 1
    }

    /// Number of columns.
    pub fn cols(&self) -> usize {
        self.cols
    }

    /// `(rows, cols)`.
    pub fn shape(&self) -> (usize, usize) {
        (self.rows(), self.cols)
    }

    /// Number of stored (non-zero) entries.
    pub fn nnz(&self) -> usize {
        self.indices.len()
    }

    /// Row `i` as parallel slices of column indices and values.
    pub fn row(&self, i: usize) -> (&[u32], &[f64]) {
        let r = self.indptr[i]..self.indptr[i + 1];
        (&self.indices[r.clone()], &self.values[r])
    }

    /// Iterates over row `i`'s `(column, value)` pairs.
    pub fn row_iter(&self, i: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let (c, v) = self.row(i);
        c.iter().zip(v).map(|(&c, &v)| (c as usize, v))
    }

    /// The dot product of rows `i` and `j` (a sorted merge).
    pub fn row_dot(&self, i: usize, j: usize) -> f64 {
        let (ci, vi) = self.row(i);
        let (cj, vj) = self.row(j);
        sparse_dot(ci, vi, cj, vj)
    }

    /// The dot product of row `i` of `self` and row `j` of `other` (same column space).
    pub fn row_dot_with(&self, i: usize, other: &SparseMatrix, j: usize) -> f64 {
        let (ci, vi) = self.row(i);
        let (cj, vj) = other.row(j);
        sparse_dot(ci, vi, cj, vj)
    }

    /// The Euclidean norm of each row.
    pub fn row_norms(&self) -> Array1<f64> {
        (0..self.rows())
            .map(|i| self.row(i).1.iter().map(|v| v * v).sum::<f64>().sqrt())
            .collect()
    }

    /// The sum of each row.
    pub fn row_sums(&self) -> Array1<f64> {
        (0..self.rows())
            .map(|i| self.row(i).1.iter().sum::<f64>())
            .collect()
    }

    /// `self · v` (length `rows`).
    pub fn mul_vec(&self, v: ArrayView1<f64>) -> Array1<f64> {
        let mut out = vec![0.0; self.rows()];
        self.mul_into(&contiguous(v), &mut out);
        Array1::from_vec(out)
    }

    /// `self · v` into `out` (length `rows`; `v` has length `cols`).
    pub(crate) fn mul_into(&self, v: &[f64], out: &mut [f64]) {
        for (i, o) in out.iter_mut().enumerate() {
            let (cols, vals) = self.row(i);
            *o = cols
                .iter()
                .zip(vals)
                .map(|(&c, &x)| x * v[c as usize])
                .sum::<f64>();
        }
    }

    /// `selfᵀ · p` (length `cols`), in one pass over the stored entries.
    pub fn t_mul_vec(&self, p: ArrayView1<f64>) -> Array1<f64> {
        let mut out = vec![0.0; self.cols];
        self.t_mul_into(&contiguous(p), &mut out);
        Array1::from_vec(out)
    }

    /// `selfᵀ · p` into `out` (length `cols`, overwritten), row by row.
    pub(crate) fn t_mul_into(&self, p: &[f64], out: &mut [f64]) {
        out.fill(0.0);
        for (i, &pi) in p.iter().enumerate().take(self.rows()) {
            if pi == 0.0 {
                continue;
            }
            let (cols, vals) = self.row(i);
            for (&c, &x) in cols.iter().zip(vals) {
                out[c as usize] += x * pi;
            }
        }
    }

    /// Scales row `i` by `factor`.
    pub(crate) fn scale_row(&mut self, i: usize, factor: f64) {
        let r = self.indptr[i]..self.indptr[i + 1];
        for v in &mut self.values[r] {
            *v *= factor;
        }
    }

    /// Divides every row by its Euclidean norm (rows of norm 0 stay zero).
    pub fn normalize_rows(&mut self) {
        let norms = self.row_norms();
        for (i, &n) in norms.iter().enumerate() {
            if n > 0.0 {
                self.scale_row(i, 1.0 / n);
            }
        }
    }

    /// The dense `ndarray` form.
    pub fn to_dense(&self) -> Array2<f64> {
        let mut out = Array2::zeros(self.shape());
        for i in 0..self.rows() {
            for (c, v) in self.row_iter(i) {
                out[[i, c]] = v;
            }
        }
        out
    }

    /// The transpose, in CSR form (the columns' postings: an inverted index).
    pub fn transpose(&self) -> SparseMatrix {
        let mut counts = vec![0usize; self.cols + 1];
        for &c in &self.indices {
            counts[c as usize + 1] += 1;
        }
        for k in 1..counts.len() {
            counts[k] += counts[k - 1];
        }
        let indptr = counts.clone();
        let mut next = counts;
        let mut indices = vec![0u32; self.nnz()];
        let mut values = vec![0.0; self.nnz()];
        for i in 0..self.rows() {
            for (c, v) in self.row_iter(i) {
                let k = next[c];
                indices[k] = i as u32;
                values[k] = v;
                next[c] += 1;
            }
        }
        SparseMatrix {
            cols: self.rows(),
            indptr,
            indices,
            values,
        }
    }
}

/// Dot product of two sparse vectors given as sorted column lists.
/// `v`'s values as a slice: borrowed when it is contiguous, copied in order otherwise.
fn contiguous(v: ArrayView1<'_, f64>) -> std::borrow::Cow<'_, [f64]> {
    v.to_slice().map_or_else(
        || std::borrow::Cow::Owned(v.to_vec()),
        std::borrow::Cow::Borrowed,
    )
}

pub(crate) fn sparse_dot(ci: &[u32], vi: &[f64], cj: &[u32], vj: &[f64]) -> f64 {
    let (mut a, mut b, mut sum) = (0, 0, 0.0);
    while a < ci.len() && b < cj.len() {
        match ci[a].cmp(&cj[b]) {
            std::cmp::Ordering::Less => a += 1,
            std::cmp::Ordering::Greater => b += 1,
            std::cmp::Ordering::Equal => {
                sum += vi[a] * vj[b];
                a += 1;
                b += 1;
            }
        }
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::arr1;

    fn sample() -> SparseMatrix {
        SparseMatrix::from_rows(
            4,
            vec![
                vec![(3, 1.0), (0, 2.0), (3, 1.0)],
                vec![],
                vec![(1, -1.0), (2, 0.5)],
            ],
        )
    }

    #[test]
    fn products_match_dense() {
        let m = sample();
        let d = m.to_dense();
        assert_eq!(m.row(0), (&[0u32, 3][..], &[2.0, 2.0][..]));
        let v = arr1(&[1.0, 2.0, 3.0, 4.0]);
        assert_eq!(m.mul_vec(v.view()), d.dot(&v));
        let p = arr1(&[1.0, 5.0, 2.0]);
        assert_eq!(m.t_mul_vec(p.view()), d.t().dot(&p));
        assert_eq!(m.transpose().to_dense(), d.t().to_owned());
        assert_eq!(m.row_dot(0, 2), 0.0);
        assert_eq!(m.row_dot(2, 2), 1.25);
    }

    #[test]
    fn normalized_rows_have_unit_norm() {
        let mut m = sample();
        m.normalize_rows();
        let n = m.row_norms();
        assert!((n[0] - 1.0).abs() < 1e-12 && n[1] == 0.0 && (n[2] - 1.0).abs() < 1e-12);
    }
}
