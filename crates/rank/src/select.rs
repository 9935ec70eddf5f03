//! Stage 6: selection. Picks within the budget, greedily by score (or by a greedy objective),
//! with redundancy control; every sentence gets a [`Status`].

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use crate::objective::Objective;
use crate::table::SentenceTable;
use crate::{Budget, Filler, Filter, Redundancy, SparseMatrix};

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
    /// The budget was full.
    Budget,
    /// It ranked high enough, but was longer than what was left of a word or character budget.
    DoesNotFit,
    /// It cannot stand alone as a pick (see [`Filler`]); picked only when nothing else is left.
    Filler(Filler),
    /// In a long conversation, its turn already has a pick (the default spreads its picks
    /// over the conversation, one per turn).
    SameTurn {
        /// The pick in that turn (index among all sentences).
        picked: usize,
    },
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
    /// For sentences without index terms, a key of their text (their cosine is undefined).
    blank: &'m [Option<u64>],
    picked: Vec<usize>,
    best: Vec<(f64, usize)>,
    checked: Vec<u32>,
}

impl<'m> Tracker<'m> {
    fn new(x: &'m SparseMatrix, blank: &'m [Option<u64>]) -> Self {
        let n = x.rows();
        Tracker {
            x,
            blank,
            picked: Vec::new(),
            best: vec![(0.0, usize::MAX); n],
            checked: vec![0; n],
        }
    }

    fn max_sim(&mut self, i: usize) -> (f64, usize) {
        let from = self.checked[i] as usize;
        for &j in &self.picked[from..] {
            // Two sentences with no index terms ("Why?", a line of CJK characters) repeat each
            // other when their text is the same (D5: they were never seen as repeats).
            let s = match (self.blank[i], self.blank[j]) {
                (Some(a), Some(b)) => f64::from(u8::from(a == b)),
                _ => self.x.row_dot(i, j),
            };
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

/// Scores (min-max scaled) as a fixed objective; MMR is applied on top.
struct Scored {
    scaled: Vec<f64>,
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

/// How much the budget holds, and what it counts.
struct Limit {
    sentences: Option<usize>,
    /// Words or characters; `usize::MAX` when the budget counts sentences.
    size: usize,
    sizes: Vec<u32>,
    /// Picks made whatever their size ([`Budget::Auto`]'s three sentences).
    at_least: usize,
}

impl Limit {
    /// `budget` as asked, and as resolved for this text (`Auto` as words).
    fn new(budget: Budget, resolved: Budget, table: &SentenceTable) -> Self {
        let (size, sizes) = match resolved {
            Budget::Words(w) => (w, table.rows.iter().map(|r| r.words).collect()),
            Budget::Chars(c) => (c, table.rows.iter().map(|r| r.chars).collect()),
            _ => (usize::MAX, Vec::new()),
        };
        Limit {
            sentences: resolved.sentence_limit(table.len()),
            size,
            sizes,
            at_least: if budget == Budget::Auto {
                Budget::AUTO_MIN_SENTENCES
            } else {
                0
            },
        }
    }

    fn full(&self, picks: usize, used: usize) -> bool {
        self.sentences.is_some_and(|k| picks >= k) || (used >= self.size && picks >= self.at_least)
    }

    /// The size of sentence `i`, if it fits in what is left after `used` (or is one of the
    /// picks made whatever their size).
    fn fits(&self, i: usize, used: usize, picks: usize) -> Option<usize> {
        if self.size == usize::MAX {
            return Some(0);
        }
        let size = self.sizes[i] as usize;
        (picks < self.at_least || used + size <= self.size).then_some(size)
    }
}

/// Candidates in gain order: lazily re-evaluated from a heap when gains only shrink as picks are
/// added (exact then), or all re-ranked after every pick (KL-Sum, whose gains can grow).
enum Queue {
    Lazy(BinaryHeap<Entry>),
    Rescan {
        /// Candidates not yet popped.
        alive: Vec<bool>,
        /// The alive candidates ranked by their gains as of `stamp` picks, best last.
        ranked: Vec<Entry>,
        stamp: Option<usize>,
    },
}

/// One selection in progress.
struct Run<'r> {
    objective: &'r mut dyn Objective,
    tracker: Tracker<'r>,
    /// MMR's lambda, when MMR applies.
    lambda: Option<f64>,
    uses_tracker: bool,
}

impl Run<'_> {
    fn gain(&mut self, i: usize) -> f64 {
        let sim = if self.uses_tracker {
            self.tracker.max_sim(i).0
        } else {
            0.0
        };
        let gain = self.objective.gain(i);
        match self.lambda {
            Some(l) => l * gain - (1.0 - l) * sim,
            None => gain,
        }
    }

    fn queue(&mut self, pool: Vec<usize>, n: usize) -> Queue {
        if !self.objective.diminishing() {
            let mut alive = vec![false; n];
            for i in pool {
                alive[i] = true;
            }
            return Queue::Rescan {
                alive,
                ranked: Vec::new(),
                stamp: None,
            };
        }
        let heap = pool
            .into_iter()
            .map(|index| Entry {
                gain: self.gain(index),
                index,
                stamp: 0,
            })
            .collect();
        Queue::Lazy(heap)
    }

    /// The best candidate left, given `picked` picks so far.
    fn next(&mut self, queue: &mut Queue, picked: usize) -> Option<usize> {
        match queue {
            Queue::Lazy(heap) => loop {
                let top = heap.pop()?;
                if top.stamp < picked {
                    let gain = self.gain(top.index);
                    heap.push(Entry {
                        gain,
                        index: top.index,
                        stamp: picked,
                    });
                    continue;
                }
                return Some(top.index);
            },
            // Gains only change when a pick is made, so one ranking serves every candidate
            // turned away (as redundant, or too long) until the next pick: without it, each of n
            // duplicates cost a full rescan (D4, quadratic in the number of duplicates).
            Queue::Rescan {
                alive,
                ranked,
                stamp,
            } => {
                if *stamp != Some(picked) {
                    *ranked = (0..alive.len())
                        .filter(|&i| alive[i])
                        .map(|i| Entry {
                            gain: self.gain(i),
                            index: i,
                            stamp: 0,
                        })
                        .collect();
                    ranked.sort();
                    *stamp = Some(picked);
                }
                let best = ranked.pop()?;
                alive[best.index] = false;
                Some(best.index)
            }
        }
    }
}

/// Once a sentence has not fitted a word or character budget, the rest of it is filled only
/// with sentences scoring at least this share of the lowest pick: under-filling a budget is
/// better than padding it with the leftovers that happen to be short.
const FILL_FLOOR: f64 = 0.5;

/// Selects sentences by `scores` (or by `greedy`'s gains) within `budget`, controlling
/// redundancy by cosine on `unit_rows`.
pub(crate) fn select(
    table: &SentenceTable,
    scores: &[f64],
    budget: Budget,
    redundancy: Redundancy,
    unit_rows: &SparseMatrix,
    one_per_turn: &[bool],
    greedy: Option<&mut dyn Objective>,
) -> Selection {
    let (mut status, filters_ignored) = initial_status(table);
    let limit = Limit::new(budget, budget.resolve(table.words()), table);
    let cap = redundancy.cap();
    let mut scored = Scored {
        scaled: min_max(scores, &status),
    };
    let mut run = Run {
        objective: match greedy {
            Some(g) => g,
            None => &mut scored,
        },
        tracker: Tracker::new(unit_rows, &table.blank),
        lambda: redundancy.mmr_lambda(),
        uses_tracker: cap.is_some() || redundancy.mmr_lambda().is_some(),
    };
    let pool = pool(table, &status);
    let mut queue = run.queue(pool, scores.len());
    let mut picks: Vec<usize> = Vec::new();
    let mut used = 0usize;
    let mut first_popped = None;
    // The lowest score picked so far, and whether a sentence has been skipped for its length.
    let mut floor = f64::INFINITY;
    let mut filling = false;
    // Turns with a pick, in the documents whose picks are spread one per turn.
    let mut spread: std::collections::BTreeMap<(usize, Option<u32>), usize> = Default::default();
    while !limit.full(picks.len(), used) {
        let Some(next) = run.next(&mut queue, picks.len()) else {
            break;
        };
        first_popped.get_or_insert(next);
        if let Some(&picked) = spread.get(&turn_key(table, next)) {
            status[next] = Status::SameTurn { picked };
            continue;
        }
        if let Some(c) = cap {
            let (sim, j) = run.tracker.max_sim(next);
            if sim >= c {
                status[next] = Status::Redundant {
                    similar_to: j,
                    similarity: sim,
                };
                continue;
            }
        }
        let Some(size) = limit.fits(next, used, picks.len()) else {
            status[next] = Status::DoesNotFit;
            filling = true;
            continue;
        };
        // Filling what is left after a sentence did not fit: only a sentence that could have
        // been picked on its merits, not whatever is short enough.
        if filling && scores[next] < FILL_FLOOR * floor {
            continue;
        }
        floor = floor.min(scores[next]);
        if one_per_turn[table.rows[next].document] && table.rows[next].turn.is_some() {
            spread.insert(turn_key(table, next), next);
        }
        used += size;
        picks.push(next);
        status[next] = Status::Picked;
        run.objective.commit(next);
        run.tracker.picked.push(next);
    }
    let mut over_budget = false;
    if picks.is_empty() {
        if let Some(i) = first_popped.or_else(|| status.iter().position(eligible)) {
            picks.push(i);
            status[i] = Status::Picked;
            over_budget = true;
        }
    }
    if run.uses_tracker {
        mark_passed_over(&mut status, scores, &picks, &mut run.tracker);
    }
    Selection {
        picks,
        status,
        over_budget,
        filters_ignored,
    }
}

/// A sentence's turn, across documents.
fn turn_key(table: &SentenceTable, i: usize) -> (usize, Option<u32>) {
    (table.rows[i].document, table.rows[i].turn)
}

fn eligible(s: &Status) -> bool {
    !matches!(s, Status::Filtered(_))
}

/// The candidates: every eligible sentence that can stand alone; only when there is none (a
/// chat of "Hi." and "OK."), the fillers that hold a word; only when there is none of those
/// either, a separator line or punctuation alone.
fn pool(table: &SentenceTable, status: &[Status]) -> Vec<usize> {
    let eligible: Vec<usize> = (0..status.len())
        .filter(|&i| eligible(&status[i]))
        .collect();
    let only = |keep: &dyn Fn(usize) -> bool| -> Vec<usize> {
        eligible.iter().copied().filter(|&i| keep(i)).collect()
    };
    let standalone = only(&|i| table.rows[i].filler.is_none());
    if !standalone.is_empty() {
        return standalone;
    }
    let worded = only(&|i| table.rows[i].words > 0);
    if worded.is_empty() {
        eligible
    } else {
        worded
    }
}

/// Each sentence's status before selection (filtered or not), and whether the filters were
/// ignored because they turned every sentence away.
fn initial_status(table: &SentenceTable) -> (Vec<Status>, bool) {
    let mut status: Vec<Status> = table
        .rows
        .iter()
        .map(|r| match (r.filter, r.filler) {
            (Some(f), _) => Status::Filtered(f),
            (None, Some(f)) => Status::Filler(f),
            (None, None) => Status::Budget,
        })
        .collect();
    let ignored = !status.is_empty() && status.iter().all(|s| !eligible(s));
    if ignored {
        for (st, r) in status.iter_mut().zip(&table.rows) {
            *st = r.filler.map_or(Status::Budget, Status::Filler);
        }
    }
    (status, ignored)
}

/// Sentences that outscored a pick but were passed over repeat something picked; so does one
/// that only tied with the last pick, if it is close to a pick.
fn mark_passed_over(
    status: &mut [Status],
    scores: &[f64],
    picks: &[usize],
    tracker: &mut Tracker<'_>,
) {
    if picks.is_empty() {
        return;
    }
    let floor = picks
        .iter()
        .map(|&i| scores[i])
        .fold(f64::INFINITY, f64::min);
    tracker.picked = picks.to_vec();
    for (i, st) in status.iter_mut().enumerate() {
        if *st == Status::Budget && scores[i] >= floor {
            let (sim, j) = tracker.max_sim(i);
            if j != usize::MAX && (scores[i] > floor || sim >= 0.5) {
                *st = Status::Redundant {
                    similar_to: j,
                    similarity: sim,
                };
            }
        }
    }
}

/// Scores scaled to [0, 1] over the eligible sentences (all 1 when they are equal).
fn min_max(scores: &[f64], status: &[Status]) -> Vec<f64> {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for (s, st) in scores.iter().zip(status) {
        if eligible(st) {
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
