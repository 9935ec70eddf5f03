//! The greedy objectives of SumBasic and KL-Sum: the gain of adding a sentence given what was
//! picked so far. Built once per summary; its first gains are the sentences' scores, and the
//! same objective then drives selection.

use crate::plan::Greedy;
use crate::TfIdf;

/// A greedy objective: the gain of adding a sentence given what was picked so far.
pub(crate) trait Objective {
    fn gain(&mut self, i: usize) -> f64;
    fn commit(&mut self, i: usize);
    /// Whether gains never increase as picks are added (so lazy evaluation is exact).
    fn diminishing(&self) -> bool;
}

/// The objective for `greedy` over `x`'s sentences.
pub(crate) fn objective<'x>(greedy: Greedy, x: &'x TfIdf) -> Box<dyn Objective + 'x> {
    match greedy {
        Greedy::SumBasic => Box::new(SumBasic::new(x)),
        Greedy::KlSum => Box::new(KlSum::new(x)),
    }
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
