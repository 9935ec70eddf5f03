//! Uncertainty of corpus means: percentile bootstrap intervals and paired tests, seeded so that
//! the same data and seed give the same numbers on any machine and thread count.

use salient_rank::splitmix64;

/// A closed interval `[low, high]`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Interval {
    /// Lower end.
    pub low: f64,
    /// Upper end.
    pub high: f64,
}

/// The `k`-th draw of resample `sample` under `seed`, as a 64-bit value.
fn draw(seed: u64, sample: u64, k: u64) -> u64 {
    splitmix64(splitmix64(seed ^ splitmix64(sample)) ^ k)
}

/// A number in `0..n` from a 64-bit draw (Lemire's multiply-shift; no modulo bias to speak of).
fn below(x: u64, n: usize) -> usize {
    ((x as u128 * n as u128) >> 64) as usize
}

/// The `samples` resampled means, sorted, of each column: resample `s` draws `n` rows with
/// replacement (row `k` of it is `below(draw(seed, s, k), n)`), the same rows for every column.
fn resampled_means(columns: &[&[f64]], samples: usize, seed: u64) -> Vec<Vec<f64>> {
    let n = columns.first().map_or(0, |c| c.len());
    let mut means = vec![Vec::with_capacity(samples); columns.len()];
    let mut sums = vec![0.0; columns.len()];
    for s in 0..samples as u64 {
        sums.fill(0.0);
        for k in 0..n as u64 {
            let row = below(draw(seed, s, k), n);
            for (sum, c) in sums.iter_mut().zip(columns) {
                *sum += c[row];
            }
        }
        for (m, sum) in means.iter_mut().zip(&sums) {
            m.push(sum / n as f64);
        }
    }
    for m in &mut means {
        m.sort_by(f64::total_cmp);
    }
    means
}

/// The central 95% of sorted resampled means: the values at ranks `floor(0.025 B)` and
/// `ceil(0.975 B) - 1` (0-based) of `B` samples.
fn central_95(sorted: &[f64]) -> Interval {
    let b = sorted.len();
    if b == 0 {
        return Interval::default();
    }
    let lo = ((0.025 * b as f64).floor() as usize).min(b - 1);
    let hi = ((0.975 * b as f64).ceil() as usize).clamp(1, b) - 1;
    Interval {
        low: sorted[lo],
        high: sorted[hi],
    }
}

/// 95% percentile-bootstrap intervals of the mean of each column (all of one length `n`, the
/// documents), from `samples` resamples of the documents, seeded. Every column is resampled
/// with the same documents, so the intervals of one system's metrics are consistent. With no
/// documents or no samples, every interval is `[mean, mean]` (0 without documents).
///
/// ```
/// let scores = [0.2, 0.4, 0.6, 0.8];
/// let ci = salient_eval::bootstrap_intervals(&[&scores[..]], 1000, 7);
/// assert!(ci[0].low <= 0.5 && 0.5 <= ci[0].high);
/// assert!(ci[0].low >= 0.2 && ci[0].high <= 0.8);
/// ```
pub fn bootstrap_intervals(columns: &[&[f64]], samples: usize, seed: u64) -> Vec<Interval> {
    let n = columns.first().map_or(0, |c| c.len());
    if n == 0 || samples == 0 {
        return columns
            .iter()
            .map(|c| {
                let m = mean(c);
                Interval { low: m, high: m }
            })
            .collect();
    }
    resampled_means(columns, samples, seed)
        .iter()
        .map(|m| central_95(m))
        .collect()
}

/// A paired comparison of two systems on the same documents.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Paired {
    /// Mean of `a - b` over the documents.
    pub difference: f64,
    /// 95% paired-bootstrap interval of that mean (documents resampled, seeded).
    pub interval: Interval,
    /// Two-sided p-value of approximate randomisation (Riezler & Maxwell 2005): each document's
    /// difference has its sign flipped at random, `samples` times;
    /// `p = (1 + #{|mean'| >= |mean|}) / (1 + samples)`.
    pub p: f64,
}

/// Compares per-document scores `a` and `b` of the same documents (in the same order).
///
/// ```
/// let a = [0.50, 0.52, 0.61, 0.47, 0.55, 0.58, 0.49, 0.60];
/// let b = [0.40, 0.45, 0.50, 0.41, 0.44, 0.47, 0.42, 0.48];
/// let c = salient_eval::paired_test(&a, &b, 1000, 1);
/// assert!(c.difference > 0.0 && c.interval.low > 0.0 && c.p < 0.05);
/// let same = salient_eval::paired_test(&a, &a, 1000, 1);
/// assert_eq!((same.difference, same.p), (0.0, 1.0));
/// ```
///
/// # Panics
/// Panics if `a` and `b` differ in length.
pub fn paired_test(a: &[f64], b: &[f64], samples: usize, seed: u64) -> Paired {
    assert_eq!(
        a.len(),
        b.len(),
        "paired scores must cover the same documents"
    );
    let d: Vec<f64> = a.iter().zip(b).map(|(x, y)| x - y).collect();
    let observed = mean(&d);
    let interval = bootstrap_intervals(&[&d[..]], samples, seed)[0];
    Paired {
        difference: observed,
        interval,
        p: randomisation_p(&d, observed, samples, seed),
    }
}

/// Approximate randomisation over sign flips of the differences `d` (mean `observed`).
fn randomisation_p(d: &[f64], observed: f64, samples: usize, seed: u64) -> f64 {
    if d.is_empty() || samples == 0 {
        return 1.0;
    }
    // A flipped mean that equals the observed one up to rounding counts as reaching it.
    let bar = observed.abs() - 1e-12;
    let mut reached = 0usize;
    for s in 0..samples as u64 {
        let mut sum = 0.0;
        for (k, &x) in d.iter().enumerate() {
            // A fresh stream (seed + 1) so the flips are not the bootstrap's draws.
            let flip = draw(seed.wrapping_add(1), s, k as u64) >> 63 == 1;
            sum += if flip { -x } else { x };
        }
        if (sum / d.len() as f64).abs() >= bar {
            reached += 1;
        }
    }
    (1 + reached) as f64 / (1 + samples) as f64
}

fn mean(v: &[f64]) -> f64 {
    if v.is_empty() {
        0.0
    } else {
        v.iter().sum::<f64>() / v.len() as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The percentile ranks, by hand: 1000 samples give ranks 25 and 974.
    #[test]
    fn central_95_ranks() {
        let sorted: Vec<f64> = (0..1000).map(f64::from).collect();
        assert_eq!(
            central_95(&sorted),
            Interval {
                low: 25.0,
                high: 974.0
            }
        );
        assert_eq!(
            central_95(&[3.0]),
            Interval {
                low: 3.0,
                high: 3.0
            }
        );
    }

    #[test]
    fn constant_scores_have_a_point_interval_and_no_difference() {
        let x = [0.3; 12];
        let ci = bootstrap_intervals(&[&x[..]], 200, 3)[0];
        assert!((ci.low - 0.3).abs() < 1e-12 && (ci.high - 0.3).abs() < 1e-12);
        let p = paired_test(&x, &x, 200, 3);
        assert_eq!(p.p, 1.0);
    }

    #[test]
    fn draws_are_uniform_enough() {
        let mut counts = [0usize; 10];
        for k in 0..100_000 {
            counts[below(draw(42, 0, k), 10)] += 1;
        }
        assert!(
            counts.iter().all(|&c| (9_500..10_500).contains(&c)),
            "{counts:?}"
        );
    }
}
