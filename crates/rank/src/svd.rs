//! Truncated SVD of a sparse matrix by subspace iteration (no LAPACK needed).

use ndarray::{s, Array1, Array2, Axis};

use crate::SparseMatrix;

/// The top `r` left singular vectors (one column per vector, `rows x r`) and singular values of
/// `x`, largest first. Deterministic: the start block is fixed pseudo-random.
///
/// Subspace iteration on `X Xᵀ` with an oversampled block, then Rayleigh-Ritz with a Jacobi
/// eigen-solver on the small projected matrix. Each iteration costs `O(nnz(X) · block)`.
pub(crate) fn truncated_svd(x: &SparseMatrix, r: usize) -> (Array2<f64>, Array1<f64>) {
    let n = x.rows();
    let r = r.min(n).min(x.cols());
    if r == 0 {
        return (Array2::zeros((n, 0)), Array1::zeros(0));
    }
    let p = (r + 6).min(n).min(x.cols()).max(r);
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut q = Array2::from_shape_fn((n, p), |_| {
        state = splitmix64(state);
        (state >> 11) as f64 / (1u64 << 53) as f64 - 0.5
    });
    orthonormalize(&mut q);
    let mut last = Array1::<f64>::zeros(p);
    let mut eig = (Array1::zeros(p), Array2::eye(p));
    for _ in 0..MAX_ITERATIONS {
        let z = gram_mul(x, &q);
        // Rayleigh-Ritz on the current block.
        let b = q.t().dot(&z);
        eig = jacobi_eigen(b);
        q = z;
        orthonormalize(&mut q);
        let vals = &eig.0;
        let done = vals
            .iter()
            .zip(&last)
            .take(r)
            .all(|(a, b)| (a - b).abs() <= TOLERANCE * vals[0].abs().max(1e-300));
        last = vals.clone();
        if done {
            break;
        }
    }
    // Final Ritz vectors from the converged block.
    let z = gram_mul(x, &q);
    let (vals, vecs) = jacobi_eigen(q.t().dot(&z));
    let _ = eig;
    let u = q.dot(&vecs);
    let sigma = vals.mapv(|v| v.max(0.0).sqrt());
    (
        u.slice(s![.., ..r]).to_owned(),
        sigma.slice(s![..r]).to_owned(),
    )
}

/// Iteration cap and relative tolerance on the top `r` eigenvalues. Scores depend on the
/// subspace, which settles long before individual vectors in a cluster of equal values do.
const MAX_ITERATIONS: usize = 40;
const TOLERANCE: f64 = 1e-7;

/// `X (Xᵀ Q)` column by column.
fn gram_mul(x: &SparseMatrix, q: &Array2<f64>) -> Array2<f64> {
    let mut out = Array2::zeros(q.raw_dim());
    for (k, col) in q.axis_iter(Axis(1)).enumerate() {
        let t = x.t_mul_vec(col);
        out.column_mut(k).assign(&x.mul_vec(t.view()));
    }
    out
}

/// Modified Gram-Schmidt on the columns; columns that vanish become zero.
fn orthonormalize(q: &mut Array2<f64>) {
    let p = q.ncols();
    for k in 0..p {
        for j in 0..k {
            let d = q.column(j).dot(&q.column(k));
            let cj = q.column(j).to_owned();
            q.column_mut(k).scaled_add(-d, &cj);
        }
        let norm = q.column(k).dot(&q.column(k)).sqrt();
        if norm > 1e-12 {
            q.column_mut(k).mapv_inplace(|v| v / norm);
        } else {
            q.column_mut(k).fill(0.0);
        }
    }
}

/// Eigenvalues (descending) and eigenvectors (columns) of a symmetric matrix, cyclic Jacobi.
pub(crate) fn jacobi_eigen(mut a: Array2<f64>) -> (Array1<f64>, Array2<f64>) {
    let n = a.nrows();
    let mut v = Array2::<f64>::eye(n);
    for _sweep in 0..100 {
        let off: f64 = (0..n)
            .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[[i, j]] * a[[i, j]])
            .sum();
        let scale: f64 = a.iter().map(|x| x * x).sum::<f64>();
        if off <= 1e-30 * scale.max(1e-300) {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                let apq = a[[p, q]];
                if apq.abs() < 1e-300 {
                    continue;
                }
                let theta = (a[[q, q]] - a[[p, p]]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for k in 0..n {
                    let akp = a[[k, p]];
                    let akq = a[[k, q]];
                    a[[k, p]] = c * akp - s * akq;
                    a[[k, q]] = s * akp + c * akq;
                }
                for k in 0..n {
                    let apk = a[[p, k]];
                    let aqk = a[[q, k]];
                    a[[p, k]] = c * apk - s * aqk;
                    a[[q, k]] = s * apk + c * aqk;
                }
                for k in 0..n {
                    let vkp = v[[k, p]];
                    let vkq = v[[k, q]];
                    v[[k, p]] = c * vkp - s * vkq;
                    v[[k, q]] = s * vkp + c * vkq;
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&i, &j| a[[j, j]].total_cmp(&a[[i, i]]).then(i.cmp(&j)));
    let vals = order.iter().map(|&i| a[[i, i]]).collect();
    let vecs = Array2::from_shape_fn((n, n), |(r, c)| v[[r, order[c]]]);
    (vals, vecs)
}

/// SplitMix64's output function (Steele, Lea & Flood 2014): a small, fast, well-mixed
/// deterministic generator step. Salient's seeded randomness (the random baseline, LSA's start,
/// bootstrap resampling in salient-eval) all comes from it, so results repeat on any machine.
///
/// ```
/// assert_eq!(salient_rank::splitmix64(0), 0xE220_A839_7B1D_CDAF);
/// ```
pub fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::arr2;

    #[test]
    fn jacobi_on_a_known_matrix() {
        // Eigenvalues of [[2,1],[1,2]] are 3 and 1.
        let (vals, vecs) = jacobi_eigen(arr2(&[[2.0, 1.0], [1.0, 2.0]]));
        assert!((vals[0] - 3.0).abs() < 1e-12 && (vals[1] - 1.0).abs() < 1e-12);
        assert!((vecs[[0, 0]].abs() - 0.5f64.sqrt()).abs() < 1e-12);
    }

    #[test]
    fn singular_values_of_a_diagonal_matrix() {
        let x = SparseMatrix::from_rows(
            4,
            vec![
                vec![(0, 3.0)],
                vec![(1, 5.0)],
                vec![(2, 1.0)],
                vec![(3, 4.0)],
            ],
        );
        let (u, s) = truncated_svd(&x, 2);
        assert!(
            (s[0] - 5.0).abs() < 1e-9 && (s[1] - 4.0).abs() < 1e-9,
            "{s}"
        );
        assert!((u[[1, 0]].abs() - 1.0).abs() < 1e-9 && (u[[3, 1]].abs() - 1.0).abs() < 1e-9);
    }
}
