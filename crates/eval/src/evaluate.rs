//! Running summarizers (and the oracle) over a corpus and averaging ROUGE.

use std::fmt;
use std::time::Instant;

use rayon::prelude::*;
use salient_rank::{Budget, Method, Summarizer, SummarizerConfig, Summary};

use crate::{EvalDoc, Result, Rouge, RougeScores, Tokenized};

/// What produces the summaries being evaluated.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum System {
    /// A salient-rank method (LEAD-k and seeded random are methods too).
    Method(Method),
    /// The greedy ROUGE oracle: sentences added one at a time, each the one that most raises
    /// the mean of ROUGE-1 and ROUGE-2 F against the references, until the budget is full or no
    /// sentence helps. An upper bound (approximately) for extractive summaries of that length.
    Oracle,
}

impl fmt::Display for System {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            System::Method(m) => write!(f, "{m}"),
            System::Oracle => f.write_str("oracle"),
        }
    }
}

/// One document's outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct DocResult {
    /// The document's id.
    pub id: String,
    /// ROUGE against its references (max over references per type).
    pub scores: RougeScores,
    /// Number of sentences picked.
    pub picks: usize,
    /// Seconds spent summarizing it (not scoring).
    pub seconds: f64,
}

/// A system's results over a corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The system's name.
    pub system: String,
    /// Per-document results, in corpus order (documents without references are left out).
    pub docs: Vec<DocResult>,
    /// Means over `docs` of every precision, recall and F.
    pub mean: RougeScores,
    /// Documents per second of summarizing time on one thread (`docs / sum of seconds`).
    pub docs_per_second: f64,
    /// Documents skipped for having no reference summary.
    pub skipped: usize,
    /// Documents with references that the system gave no summary for (predictions files
    /// only): scored as empty summaries, so they count against the system.
    pub missing: usize,
}

impl Report {
    /// The `q`-quantile (0 to 1, nearest rank) of the per-document summarizing time, in
    /// milliseconds; 0 without documents.
    pub fn time_quantile_ms(&self, q: f64) -> f64 {
        let mut t: Vec<f64> = self.docs.iter().map(|d| d.seconds * 1e3).collect();
        if t.is_empty() {
            return 0.0;
        }
        t.sort_by(f64::total_cmp);
        let rank = ((q.clamp(0.0, 1.0) * t.len() as f64).ceil() as usize).clamp(1, t.len());
        t[rank - 1]
    }
}

/// The candidate text ROUGE sees: one picked sentence per line, inner whitespace collapsed.
fn candidate<'a>(sentences: impl Iterator<Item = &'a str>) -> String {
    sentences
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Evaluates `system` on `docs` with the summarizer settings of `config` (its method is replaced
/// by the system's). Documents run in parallel on rayon's pool; the results, and their means,
/// are the same whatever the thread count. `progress` is called once per finished document.
pub fn evaluate(
    docs: &[EvalDoc],
    system: System,
    config: &SummarizerConfig,
    rouge: &Rouge,
    progress: &(dyn Fn() + Sync),
) -> Result<Report> {
    let method = match system {
        System::Method(m) => m,
        System::Oracle => Method::Lead,
    };
    let summarizer = SummarizerConfig {
        method,
        ..config.clone()
    }
    .build()?;
    let with_refs: Vec<&EvalDoc> = docs.iter().filter(|d| !d.summaries.is_empty()).collect();
    warm_up(&summarizer, docs);
    let results: Vec<DocResult> = with_refs
        .par_iter()
        .map(|d| {
            let refs: Vec<Tokenized> = d.summaries.iter().map(|s| rouge.tokenize(s)).collect();
            let start = Instant::now();
            let (text, picks) = match system {
                System::Method(_) => summarize(&summarizer, d),
                System::Oracle => oracle(&summarizer, d, rouge, &refs),
            };
            let seconds = start.elapsed().as_secs_f64();
            let scores = rouge.score_multi(&refs, &rouge.tokenize(&text));
            progress();
            DocResult {
                id: d.id.clone(),
                scores,
                picks,
                seconds,
            }
        })
        .collect();
    Ok(Report::new(
        system.to_string(),
        results,
        docs.len() - with_refs.len(),
        0,
    ))
}

/// Runs `method` on every document, with or without references, and measures its speed only:
/// the report's scores are zero. For corpora without reference summaries (books, say).
pub fn time_only(
    docs: &[EvalDoc],
    method: Method,
    config: &SummarizerConfig,
    progress: &(dyn Fn() + Sync),
) -> Result<Report> {
    let summarizer = SummarizerConfig {
        method,
        ..config.clone()
    }
    .build()?;
    warm_up(&summarizer, docs);
    let results: Vec<DocResult> = docs
        .par_iter()
        .map(|d| {
            let start = Instant::now();
            let (_, picks) = summarize(&summarizer, d);
            progress();
            DocResult {
                id: d.id.clone(),
                scores: RougeScores::default(),
                picks,
                seconds: start.elapsed().as_secs_f64(),
            }
        })
        .collect();
    Ok(Report::new(method.to_string(), results, 0, 0))
}

/// Scores another system's summaries: `summaries[k]` is document `k`'s (`None`: the system gave
/// none, scored as an empty summary and counted in [`Report::missing`]). Documents without
/// references are skipped, as in [`evaluate`].
///
/// # Panics
/// Panics if `summaries` and `docs` differ in length.
pub fn score_summaries(
    name: &str,
    docs: &[EvalDoc],
    summaries: &[Option<String>],
    rouge: &Rouge,
) -> Report {
    assert_eq!(docs.len(), summaries.len(), "one summary slot per document");
    let with_refs: Vec<(&EvalDoc, &Option<String>)> = docs
        .iter()
        .zip(summaries)
        .filter(|(d, _)| !d.summaries.is_empty())
        .collect();
    let results: Vec<DocResult> = with_refs
        .par_iter()
        .map(|(d, s)| {
            let refs: Vec<Tokenized> = d.summaries.iter().map(|r| rouge.tokenize(r)).collect();
            let text = s.as_deref().unwrap_or("");
            DocResult {
                id: d.id.clone(),
                scores: rouge.score_multi(&refs, &rouge.tokenize(text)),
                picks: text.lines().filter(|l| !l.trim().is_empty()).count(),
                seconds: 0.0,
            }
        })
        .collect();
    let missing = with_refs.iter().filter(|(_, s)| s.is_none()).count();
    Report::new(
        name.to_owned(),
        results,
        docs.len() - with_refs.len(),
        missing,
    )
}

impl Report {
    fn new(system: String, docs: Vec<DocResult>, skipped: usize, missing: usize) -> Report {
        let n = docs.len().max(1) as f64;
        let mut mean = RougeScores::default();
        for r in &docs {
            for (m, s) in [
                (&mut mean.rouge1, r.scores.rouge1),
                (&mut mean.rouge2, r.scores.rouge2),
                (&mut mean.rouge_l, r.scores.rouge_l),
                (&mut mean.rouge_lsum, r.scores.rouge_lsum),
            ] {
                m.precision += s.precision / n;
                m.recall += s.recall / n;
                m.f += s.f / n;
            }
        }
        let seconds: f64 = docs.iter().map(|r| r.seconds).sum();
        Report {
            system,
            docs_per_second: if seconds > 0.0 {
                docs.len() as f64 / seconds
            } else {
                0.0
            },
            skipped,
            missing,
            mean,
            docs,
        }
    }
}

/// Each worker thread summarizes the first document once, untimed, so that one-time setup
/// (stopword tables, stemmers and their per-thread memos, language models) is not counted
/// against whichever document comes first, as a peer's model setup is not.
fn warm_up(summarizer: &Summarizer, docs: &[EvalDoc]) {
    if let Some(first) = docs.first() {
        rayon::broadcast(|_| {
            summarize_doc(summarizer, first);
        });
    }
}

/// The document as the summarizer sees it: a cluster's documents as several inputs.
fn summarize_doc<'d>(summarizer: &Summarizer, d: &'d EvalDoc) -> Summary<'d> {
    if d.documents.is_empty() {
        summarizer.summarize(&d.text)
    } else {
        let texts: Vec<&str> = d.documents.iter().map(String::as_str).collect();
        summarizer.summarize_many(&texts)
    }
}

fn summarize(summarizer: &Summarizer, d: &EvalDoc) -> (String, usize) {
    let summary = summarize_doc(summarizer, d);
    // Each pick as `salient summarize` prints it (with its speaker in a transcript).
    let lines: Vec<String> = summary.picks().map(|s| summary.line(s)).collect();
    (candidate(lines.iter().map(String::as_str)), summary.len())
}

/// The greedy oracle over the sentences the systems choose from: the same inputs (a cluster's
/// documents), the same pick lines (speakers included), and the budget counted as they count it.
/// `summarizer` is LEAD, which costs nothing beyond the analysis.
fn oracle(
    summarizer: &Summarizer,
    d: &EvalDoc,
    rouge: &Rouge,
    refs: &[Tokenized],
) -> (String, usize) {
    let summary = summarize_doc(summarizer, d);
    let n = summary.sentences.len();
    let lines: Vec<String> = summary.sentences.iter().map(|s| summary.line(s)).collect();
    let words = summary.sentences.iter().map(|s| s.words).sum();
    let budget = summarizer.config().budget.resolve(words);
    let (max_sentences, max_size) = match budget {
        Budget::Words(w) | Budget::Chars(w) => (n, w),
        b => (b.sentence_limit(n).unwrap_or(3), usize::MAX),
    };
    let size = |i: usize| {
        let s = &summary.sentences[i];
        match budget {
            Budget::Chars(_) => summary.text(s).chars().count(),
            _ => s.words,
        }
    };
    let sentences: Vec<Tokenized> = lines
        .iter()
        .map(|l| rouge.tokenize(&candidate(std::iter::once(l.as_str()))))
        .collect();
    let objective = |s: &RougeScores| (s.rouge1.f + s.rouge2.f) / 2.0;
    let mut picked: Vec<usize> = Vec::new();
    let mut best = 0.0;
    let mut used = 0;
    while picked.len() < max_sentences {
        let mut step: Option<(f64, usize)> = None;
        for i in 0..n {
            if picked.contains(&i) || used + size(i) > max_size {
                continue;
            }
            let mut trial = picked.clone();
            trial.push(i);
            trial.sort_unstable();
            let parts: Vec<&Tokenized> = trial.iter().map(|&k| &sentences[k]).collect();
            let g = objective(&rouge.score_multi(refs, &Tokenized::concat(&parts)));
            if step.is_none_or(|(b, _)| g > b) {
                step = Some((g, i));
            }
        }
        match step {
            Some((g, i)) if g > best => {
                best = g;
                used += size(i);
                picked.push(i);
            }
            _ => break,
        }
    }
    picked.sort_unstable();
    (
        candidate(picked.iter().map(|&i| lines[i].as_str())),
        picked.len(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RougeTokenizer;

    fn doc(text: &str, documents: &[&str], summary: &str) -> EvalDoc {
        EvalDoc {
            id: "t".into(),
            text: text.into(),
            summaries: vec![summary.into()],
            documents: documents.iter().map(|d| d.to_string()).collect(),
        }
    }

    fn run_oracle(d: &EvalDoc, budget: Budget) -> (String, usize) {
        let rouge = Rouge::new(true, RougeTokenizer::RougeScore);
        let refs: Vec<Tokenized> = d.summaries.iter().map(|s| rouge.tokenize(s)).collect();
        let lead = SummarizerConfig {
            method: Method::Lead,
            budget,
            ..Default::default()
        }
        .build()
        .unwrap();
        oracle(&lead, d, &rouge, &refs)
    }

    /// Regression: the oracle quoted transcript sentences without their speaker, while the
    /// systems it bounds are scored with it.
    #[test]
    fn oracle_candidates_carry_speakers() {
        let text = "#Person1#: Where is the train station?\n#Person2#: Two blocks north, past the bank.\n#Person1#: Thanks a lot.";
        let d = doc(
            text,
            &[],
            "#Person2# tells #Person1# the station is two blocks north.",
        );
        let (candidate, picks) = run_oracle(&d, Budget::Sentences(2));
        assert!(picks >= 1);
        assert!(
            candidate.lines().all(|l| l.starts_with("#Person")),
            "{candidate}"
        );
        assert!(
            candidate.contains("#Person2#: Two blocks north"),
            "{candidate}"
        );
    }

    /// Regression: the oracle analysed the joined `text` of a cluster instead of its documents.
    #[test]
    fn oracle_reads_a_clusters_documents() {
        let d = doc(
            "Unrelated joined text that is not the cluster.",
            &[
                "The dam failed at noon.",
                "Water filled the valley below the dam.",
            ],
            "The dam failed and water filled the valley.",
        );
        let (candidate, picks) = run_oracle(&d, Budget::Sentences(2));
        assert!(picks >= 1);
        for line in candidate.lines() {
            assert!(d.documents.iter().any(|doc| doc == line), "{candidate}");
        }
    }

    /// Regression: a character budget was treated as chars / 6 words.
    #[test]
    fn oracle_counts_characters_for_a_character_budget() {
        let text = "The dam failed at noon. Water filled the valley below the old dam. It rained.";
        let d = doc(text, &[], "The dam failed and water filled the valley.");
        // 23 characters: only "The dam failed at noon." fits (the old rule allowed 3 words).
        let (candidate, picks) = run_oracle(&d, Budget::Chars(23));
        assert_eq!((candidate.as_str(), picks), ("The dam failed at noon.", 1));
        let (candidate, _) = run_oracle(&d, Budget::Chars(70));
        assert!(
            candidate.chars().filter(|c| *c != '\n').count() <= 70,
            "{candidate}"
        );
    }
}
