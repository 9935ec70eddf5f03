//! PageRank power iteration on a weighted graph.

use ndarray::Array1;

use crate::error::{invalid, Result};
use crate::Graph;

/// PageRank settings, checked by [`PageRankConfig::check`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageRankConfig {
    /// Damping factor `d`, in (0, 1) (default 0.85).
    pub damping: f64,
    /// Stop when the L1 change between iterations is below this (default 1e-8).
    pub tolerance: f64,
    /// Stop after this many iterations even if not converged (default 200).
    pub max_iterations: usize,
}

impl Default for PageRankConfig {
    fn default() -> Self {
        PageRankConfig {
            damping: 0.85,
            tolerance: 1e-8,
            max_iterations: 200,
        }
    }
}

impl PageRankConfig {
    /// Rejects a damping factor outside (0, 1), a tolerance that is not positive, and zero
    /// iterations.
    pub fn check(&self) -> Result<()> {
        if !(self.damping > 0.0 && self.damping < 1.0) {
            return Err(invalid(
                "damping",
                format!("{} is outside (0, 1)", self.damping),
            ));
        }
        if !(self.tolerance > 0.0 && self.tolerance.is_finite()) {
            return Err(invalid(
                "tolerance",
                format!("{} is not a positive number", self.tolerance),
            ));
        }
        if self.max_iterations == 0 {
            return Err(invalid("max_iterations", "must be at least 1"));
        }
        Ok(())
    }
}

/// Centrality scores with how the iteration ended.
#[derive(Debug, Clone, PartialEq)]
pub struct Centrality {
    /// One score per node, summing to 1.
    pub scores: Array1<f64>,
    /// Iterations run.
    pub iterations: usize,
    /// Whether the change fell below the tolerance (a non-converged run still has usable scores:
    /// the last iterate).
    pub converged: bool,
}

/// Weighted PageRank (the form TextRank and LexRank use), by power iteration:
///
/// `p'_j = (1 - d) / n + d (sum_i p_i W[i][j] / deg_i + dangling / n)`
///
/// where `deg_i = sum_j W[i][j]` and `dangling` is the mass of nodes with no outgoing weight,
/// spread evenly (so the scores stay a probability distribution). Starts from the uniform vector.
///
/// # Complexity
/// Each iteration costs one product with the graph: `O(n²)` dense, `O(edges)` sparse,
/// `O(nonzeros of the term vectors)` implicit.
///
/// # Errors
/// An invalid config (see [`PageRankConfig::check`]). An empty graph gives empty scores.
///
/// # Example
/// ```
/// use salient_rank::{pagerank, Graph, GraphOptions, IdfSource, PageRankConfig, TfIdf, TfIdfConfig};
/// let s: Vec<Vec<u32>> = vec![vec![1, 2], vec![2, 3], vec![2, 4], vec![5]];
/// let x = TfIdf::build(&s, &TfIdfConfig::default(), IdfSource::Local, &Default::default());
/// let c = pagerank(&Graph::build(&x, &GraphOptions::default()), &PageRankConfig::default())?;
/// assert!(c.converged);
/// assert!((c.scores.sum() - 1.0).abs() < 1e-9);
/// // The isolated sentence gets the least.
/// assert!(c.scores[3] < c.scores[0]);
/// # Ok::<(), salient_rank::Error>(())
/// ```
pub fn pagerank(graph: &Graph, config: &PageRankConfig) -> Result<Centrality> {
    config.check()?;
    Ok(power_iteration(graph, config))
}

/// PageRank whose random jumps land on each node in proportion to `prior` (personalized
/// PageRank; PositionRank's prior favours early words). A prior that sums to 0 jumps uniformly,
/// as [`pagerank`] does.
///
/// ```
/// use salient_rank::{personalized_pagerank, Graph, PageRankConfig, SparseMatrix};
/// // A path a - b - c with every jump to `a`: `a` outranks `c`.
/// let w = SparseMatrix::from_rows(3, vec![vec![(1, 1.0)], vec![(0, 1.0), (2, 1.0)], vec![(1, 1.0)]]);
/// let g = Graph::from_sparse(w)?;
/// let c = personalized_pagerank(&g, &[1.0, 0.0, 0.0], &PageRankConfig::default())?;
/// assert!(c.scores[0] > c.scores[2]);
/// assert!((c.scores.sum() - 1.0).abs() < 1e-9);
/// # Ok::<(), salient_rank::Error>(())
/// ```
pub fn personalized_pagerank(
    graph: &Graph,
    prior: &[f64],
    config: &PageRankConfig,
) -> Result<Centrality> {
    config.check()?;
    if prior.len() != graph.len() {
        return Err(invalid(
            "prior",
            format!("{} values for {} nodes", prior.len(), graph.len()),
        ));
    }
    if let Some(x) = prior.iter().find(|x| !(x.is_finite() && **x >= 0.0)) {
        return Err(invalid("prior", format!("{x} is not a finite number >= 0")));
    }
    let total: f64 = prior.iter().sum();
    if total <= 0.0 {
        return Ok(power_iteration(graph, config));
    }
    let restart: Array1<f64> = prior.iter().map(|p| p / total).collect();
    Ok(iterate(graph, config, Some(&restart)))
}

/// PageRank with a configuration already checked (the summarizer's, checked when it was built).
pub(crate) fn power_iteration(graph: &Graph, config: &PageRankConfig) -> Centrality {
    iterate(graph, config, None)
}

/// The power iteration; random jumps (and a dangling node's mass) go uniformly, or by `restart`
/// (normalised) when given.
fn iterate(graph: &Graph, config: &PageRankConfig, restart: Option<&Array1<f64>>) -> Centrality {
    let n = graph.len();
    if n == 0 {
        return Centrality {
            scores: Array1::zeros(0),
            iterations: 0,
            converged: true,
        };
    }
    let nf = n as f64;
    let d = config.damping;
    let deg = graph.out_degrees();
    let inv_deg: Array1<f64> = deg.mapv(|x| if x > 0.0 { 1.0 / x } else { 0.0 });
    let mut p = restart.map_or_else(|| Array1::from_elem(n, 1.0 / nf), Clone::clone);
    let mut iterations = 0;
    let mut converged = false;
    // Buffers reused across iterations.
    let (mut spread, mut next) = (Array1::zeros(n), Array1::zeros(n));
    let mut scratch = Vec::new();
    while iterations < config.max_iterations {
        iterations += 1;
        let dangling: f64 = p
            .iter()
            .zip(&deg)
            .filter(|(_, &g)| g <= 0.0 || g.is_nan())
            .map(|(&x, _)| x)
            .sum();
        spread.assign(&p);
        spread *= &inv_deg;
        graph.t_mul_into(spread.view(), &mut next, &mut scratch);
        match restart {
            None => {
                let base = (1.0 - d) / nf + d * dangling / nf;
                next.mapv_inplace(|x| base + d * x);
            }
            Some(r) => {
                let jump = 1.0 - d + d * dangling;
                next.zip_mut_with(r, |x, &q| *x = jump * q + d * *x);
            }
        }
        // Renormalise against rounding drift so the scores sum to 1 exactly enough.
        let total = next.sum();
        if total > 0.0 {
            next /= total;
        }
        let change: f64 = next.iter().zip(&p).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut p, &mut next);
        if change < config.tolerance {
            converged = true;
            break;
        }
    }
    Centrality {
        scores: p,
        iterations,
        converged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_configs_are_errors() {
        for (damping, tolerance, iters) in [
            (0.0, 1e-6, 10),
            (1.0, 1e-6, 10),
            (f64::NAN, 1e-6, 10),
            (0.85, 0.0, 10),
            (0.85, 1e-6, 0),
        ] {
            let c = PageRankConfig {
                damping,
                tolerance,
                max_iterations: iters,
            };
            assert!(c.check().is_err(), "{c:?}");
        }
    }
}
