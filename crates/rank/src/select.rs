//! Selection: budgets, filters and redundancy control over ranked sentences.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use crate::error::{invalid, Result};
use crate::score::Objective;
use crate::{Method, SparseMatrix};

/// How long the summary may be. A sentence is never cut: sentences that would overflow a word
/// or character budget are skipped in favour of shorter ones that fit.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Budget {
    /// Scales with the document: `ceil(sqrt(n))` sentences, at least 3 and at most 50
    /// (3 for a 9-sentence story, 10 for 100 sentences, 50 for a book). The default.
    #[default]
    Auto,
    /// At most this many sentences (>= 1).
    Sentences(usize),
    /// This share of the sentences, `ceil(r · n)`, with `0 < r <= 1`.
    Ratio(f64),
    /// At most this many words in total (>= 1), words counted as the tokenizer does.
    Words(usize),
    /// At most this many characters (Unicode scalar values) of sentence text in total (>= 1).
    Chars(usize),
}

impl Budget {
    pub(crate) fn check(&self) -> Result<()> {
        match *self {
            Budget::Sentences(0) => Err(invalid("budget", "a summary of 0 sentences is empty")),
            Budget::Words(0) => Err(invalid("budget", "a summary of 0 words is empty")),
            Budget::Chars(0) => Err(invalid("budget", "a summary of 0 characters is empty")),
            Budget::Ratio(r) if !(r > 0.0 && r <= 1.0) => {
                Err(invalid("budget", format!("ratio {r} is outside (0, 1]")))
            }
            _ => Ok(()),
        }
    }

    /// The sentence limit for `n` sentences, if the budget counts sentences.
    pub fn sentence_limit(&self, n: usize) -> Option<usize> {
        match *self {
            Budget::Auto => Some(((n as f64).sqrt().ceil() as usize).clamp(3, 50)),
            Budget::Sentences(k) => Some(k),
            Budget::Ratio(r) => Some(((r * n as f64).ceil() as usize).max(1)),
            Budget::Words(_) | Budget::Chars(_) => None,
        }
    }

    /// About how many sentences the budget will hold, given sentence lengths.
    pub(crate) fn expected_picks(&self, words: &[u32], chars: &[u32]) -> usize {
        let n = words.len();
        let mean = |v: &[u32]| v.iter().map(|&x| x as f64).sum::<f64>() / n.max(1) as f64;
        let k = match *self {
            Budget::Words(w) => (w as f64 / mean(words).max(1.0)).round() as usize,
            Budget::Chars(c) => (c as f64 / mean(chars).max(1.0)).round() as usize,
            _ => self.sentence_limit(n).unwrap_or(3),
        };
        k.clamp(1, n.max(1))
    }
}

/// How to keep near-duplicates out of a summary.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Redundancy {
    /// What suits the method: MMR (lambda 0.6) for [`Method::Default`], none for the LEAD and
    /// random baselines (so they stay the textbook baselines), and a near-duplicate cap (cosine
    /// 0.95) for the other methods. The default.
    #[default]
    Auto,
    /// No redundancy control.
    Off,
    /// Maximal marginal relevance (Carbonell & Goldstein 1998): pick greedily by
    /// `lambda · score' - (1 - lambda) · max cos(x_i, picked)`, scores min-max scaled to [0, 1];
    /// `0 <= lambda <= 1`, 1 meaning scores alone. Sentences of cosine >= 0.95 to a pick are
    /// skipped as duplicates.
    Mmr {
        /// Weight of the score against novelty.
        lambda: f64,
    },
    /// Skip any sentence whose cosine to an already picked one is `>= max_similarity` (in (0, 1]).
    Cap {
        /// The cosine at which a sentence counts as a repeat.
        max_similarity: f64,
    },
}

/// Cosine at or above which two sentences are duplicates.
pub(crate) const DUPLICATE: f64 = 0.95;

impl Redundancy {
    pub(crate) fn check(&self) -> Result<()> {
        match *self {
            Redundancy::Mmr { lambda } if !(0.0..=1.0).contains(&lambda) => Err(invalid(
                "redundancy",
                format!("MMR lambda {lambda} is outside [0, 1]"),
            )),
            Redundancy::Cap { max_similarity: m } if !(m > 0.0 && m <= 1.0) => Err(invalid(
                "redundancy",
                format!("similarity cap {m} is outside (0, 1]"),
            )),
            _ => Ok(()),
        }
    }

    /// What `Auto` means for `method`.
    pub fn resolve(self, method: &Method) -> Redundancy {
        match (self, method) {
            (Redundancy::Auto, Method::Default) => Redundancy::Mmr {
                lambda: crate::score::DEFAULT_MMR_LAMBDA,
            },
            (Redundancy::Auto, m) if m.is_baseline() => Redundancy::Off,
            (Redundancy::Auto, _) => Redundancy::Cap {
                max_similarity: DUPLICATE,
            },
            (r, _) => r,
        }
    }

    fn cap(self) -> Option<f64> {
        match self {
            Redundancy::Off | Redundancy::Auto => None,
            Redundancy::Mmr { .. } => Some(DUPLICATE),
            Redundancy::Cap { max_similarity } => Some(max_similarity),
        }
    }
}

/// Sentence filters. A sentence that fails one is never picked, unless every sentence fails, in
/// which case the filters are ignored (with a note) so that a summary is never empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Filters {
    /// Skip sentences of fewer words (default 0: none skipped).
    pub min_words: usize,
    /// Skip sentences of more words (default none).
    pub max_words: Option<usize>,
    /// Skip sentences that end in a question mark (default false).
    pub skip_questions: bool,
}

impl Filters {
    pub(crate) fn check(&self) -> Result<()> {
        match self.max_words {
            Some(0) => Err(invalid("max_words", "0 would skip every sentence")),
            Some(m) if m < self.min_words => Err(invalid(
                "max_words",
                format!("{m} is below min_words {}", self.min_words),
            )),
            _ => Ok(()),
        }
    }

    pub(crate) fn apply(&self, words: u32, text: &str) -> Option<Filter> {
        let w = words as usize;
        if w < self.min_words {
            Some(Filter::TooShort)
        } else if self.max_words.is_some_and(|m| w > m) {
            Some(Filter::TooLong)
        } else if self.skip_questions && is_question(text) {
            Some(Filter::Question)
        } else {
            None
        }
    }
}

fn is_question(text: &str) -> bool {
    text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | '»')
    })
    .ends_with(['?', '？', '\u{037E}'].as_slice())
}

/// Which filter turned a sentence away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// Fewer words than `min_words`.
    TooShort,
    /// More words than `max_words`.
    TooLong,
    /// A question, with `skip_questions` on.
    Question,
}

/// Why a sentence is or is not in the summary.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Status {
    /// In the summary.
    Picked,
    /// Turned away by a filter.
    Filtered(Filter),
    /// It ranked high enough to be picked, but repeats a picked sentence.
    Redundant {
        /// The picked sentence it is most similar to (index among all sentences).
        similar_to: usize,
        /// Their cosine similarity.
        similarity: f64,
    },
    /// The budget was full, or the sentence did not fit in what was left.
    Budget,
}

pub(crate) struct Selection {
    /// Picks in the order they were made.
    pub picks: Vec<usize>,
    pub status: Vec<Status>,
    /// True when even the best sentence exceeded a word or character budget and was returned
    /// anyway.
    pub over_budget: bool,
    /// True when the filters rejected everything and were ignored.
    pub filters_ignored: bool,
}

/// Tracks each sentence's highest cosine to the picks so far, lazily.
struct Tracker<'m> {
    x: &'m SparseMatrix,
    picked: Vec<usize>,
    best: Vec<(f64, usize)>,
    checked: Vec<u32>,
}

impl<'m> Tracker<'m> {
    fn new(x: &'m SparseMatrix) -> Self {
        let n = x.rows();
        Tracker {
            x,
            picked: Vec::new(),
            best: vec![(0.0, usize::MAX); n],
            checked: vec![0; n],
        }
    }

    fn max_sim(&mut self, i: usize) -> (f64, usize) {
        let from = self.checked[i] as usize;
        for &j in &self.picked[from..] {
            let s = self.x.row_dot(i, j);
            if s > self.best[i].0 {
                self.best[i] = (s, j);
            }
        }
        self.checked[i] = self.picked.len() as u32;
        self.best[i]
    }
}

#[derive(PartialEq)]
struct Entry {
    gain: f64,
    index: usize,
    stamp: usize,
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    /// Highest gain first; ties go to the earlier sentence.
    fn cmp(&self, other: &Self) -> Ordering {
        self.gain
            .total_cmp(&other.gain)
            .then_with(|| other.index.cmp(&self.index))
    }
}

pub(crate) struct SelectInput<'s> {
    pub scores: &'s [f64],
    pub words: &'s [u32],
    pub chars: &'s [u32],
    pub filtered: Vec<Option<Filter>>,
    pub budget: Budget,
    pub redundancy: Redundancy,
    /// Unit-norm TF-IDF rows for cosine.
    pub unit_rows: &'s SparseMatrix,
}

/// Scores (min-max scaled) as a fixed objective; MMR is applied on top by the caller.
struct Scored {
    scaled: Vec<f64>,
}

pub(crate) fn select(input: SelectInput<'_>, greedy: Option<&mut dyn Objective>) -> Selection {
    let n = input.scores.len();
    let mut status: Vec<Status> = input
        .filtered
        .iter()
        .map(|f| f.map_or(Status::Budget, Status::Filtered))
        .collect();
    let mut filters_ignored = false;
    if n > 0 && input.filtered.iter().all(Option::is_some) {
        filters_ignored = true;
        status.fill(Status::Budget);
    }
    let eligible = |s: &Status| !matches!(s, Status::Filtered(_));
    let sentence_limit = input.budget.sentence_limit(n);
    let (limit, sizes): (usize, &[u32]) = match input.budget {
        Budget::Words(w) => (w, input.words),
        Budget::Chars(c) => (c, input.chars),
        _ => (usize::MAX, input.words),
    };
    let cap = input.redundancy.cap();
    let mut tracker = Tracker::new(input.unit_rows);
    let mut scored = Scored {
        scaled: min_max(input.scores, &status),
    };
    let objective: &mut dyn Objective = match greedy {
        Some(g) => g,
        None => &mut scored,
    };
    let uses_tracker = cap.is_some() || matches!(input.redundancy, Redundancy::Mmr { .. });
    let mut picks: Vec<usize> = Vec::new();
    let mut used = 0usize;
    let mut first_popped = None;
    // Gains that depend on the picks are recomputed when popped (lazy greedy); exact when gains
    // only shrink as picks are added. KL-Sum's can grow, so it rescans every round instead.
    let lazy = objective.diminishing();
    let mut pool: Vec<usize> = (0..n).filter(|&i| eligible(&status[i])).collect();
    let mut heap: BinaryHeap<Entry> = BinaryHeap::new();
    let gain_of = |i: usize, objective: &mut dyn Objective, tracker: &mut Tracker<'_>| {
        let sim = if uses_tracker {
            tracker.max_sim(i).0
        } else {
            0.0
        };
        with_mmr(objective.gain(i), sim, &scored_lambda(&input.redundancy))
    };
    if lazy {
        for &i in &pool {
            let gain = gain_of(i, objective, &mut tracker);
            heap.push(Entry {
                gain,
                index: i,
                stamp: 0,
            });
        }
    }
    loop {
        if sentence_limit.is_some_and(|k| picks.len() >= k) || used >= limit {
            break;
        }
        let next = if lazy {
            let Some(top) = heap.pop() else { break };
            if top.stamp < picks.len() {
                let gain = gain_of(top.index, objective, &mut tracker);
                heap.push(Entry {
                    gain,
                    index: top.index,
                    stamp: picks.len(),
                });
                continue;
            }
            top.index
        } else {
            let best = pool
                .iter()
                .map(|&i| Entry {
                    gain: gain_of(i, objective, &mut tracker),
                    index: i,
                    stamp: 0,
                })
                .max();
            let Some(best) = best else { break };
            pool.retain(|&i| i != best.index);
            best.index
        };
        first_popped.get_or_insert(next);
        if let Some(c) = cap {
            let (sim, j) = tracker.max_sim(next);
            if sim >= c {
                status[next] = Status::Redundant {
                    similar_to: j,
                    similarity: sim,
                };
                continue;
            }
        }
        let size = sizes[next] as usize;
        if limit != usize::MAX && used + size > limit {
            continue; // Status stays Budget: it does not fit in what is left.
        }
        used += size;
        picks.push(next);
        status[next] = Status::Picked;
        objective.commit(next);
        tracker.picked.push(next);
    }
    let mut over_budget = false;
    if picks.is_empty() {
        if let Some(i) = first_popped.or_else(|| (0..n).find(|&i| eligible(&status[i]))) {
            picks.push(i);
            status[i] = Status::Picked;
            over_budget = true;
        }
    }
    // Sentences that outscored a pick but were passed over repeat something picked; so does one
    // that only tied with the last pick, if it is close to a pick.
    if uses_tracker && !picks.is_empty() {
        let floor = picks
            .iter()
            .map(|&i| input.scores[i])
            .fold(f64::INFINITY, f64::min);
        tracker.picked = picks.clone();
        for (i, st) in status.iter_mut().enumerate() {
            if *st == Status::Budget && input.scores[i] >= floor {
                let (sim, j) = tracker.max_sim(i);
                if j != usize::MAX && (input.scores[i] > floor || sim >= 0.5) {
                    *st = Status::Redundant {
                        similar_to: j,
                        similarity: sim,
                    };
                }
            }
        }
    }
    Selection {
        picks,
        status,
        over_budget,
        filters_ignored,
    }
}

fn scored_lambda(r: &Redundancy) -> Option<f64> {
    match *r {
        Redundancy::Mmr { lambda } => Some(lambda),
        _ => None,
    }
}

fn with_mmr(gain: f64, sim: f64, lambda: &Option<f64>) -> f64 {
    match *lambda {
        Some(l) => l * gain - (1.0 - l) * sim,
        None => gain,
    }
}

impl Objective for Scored {
    fn gain(&mut self, i: usize) -> f64 {
        self.scaled[i]
    }
    fn commit(&mut self, _: usize) {}
    fn diminishing(&self) -> bool {
        true
    }
}

/// Scores scaled to [0, 1] over the eligible sentences (all 1 when they are equal).
fn min_max(scores: &[f64], status: &[Status]) -> Vec<f64> {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for (s, st) in scores.iter().zip(status) {
        if !matches!(st, Status::Filtered(_)) {
            lo = lo.min(*s);
            hi = hi.max(*s);
        }
    }
    let span = hi - lo;
    scores
        .iter()
        .map(|&s| if span > 0.0 { (s - lo) / span } else { 1.0 })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions() {
        for (t, q) in [
            ("Is it?", true),
            ("\"Is it?\"", true),
            ("It is.", false),
            ("Why not? he said.", false),
            ("¿Qué?", true),
            ("Τι είναι\u{037E}", true),
        ] {
            assert_eq!(is_question(t), q, "{t}");
        }
    }

    #[test]
    fn budget_checks() {
        for b in [
            Budget::Sentences(0),
            Budget::Words(0),
            Budget::Chars(0),
            Budget::Ratio(0.0),
            Budget::Ratio(-0.5),
            Budget::Ratio(1.5),
            Budget::Ratio(f64::NAN),
        ] {
            assert!(b.check().is_err(), "{b:?}");
        }
        assert_eq!(Budget::Auto.sentence_limit(9), Some(3));
        assert_eq!(Budget::Auto.sentence_limit(100), Some(10));
        assert_eq!(Budget::Auto.sentence_limit(1_000_000), Some(50));
        assert_eq!(Budget::Ratio(0.1).sentence_limit(25), Some(3));
    }
}
