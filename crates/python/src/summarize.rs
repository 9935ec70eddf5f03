//! `salient.Summarizer`, `salient.Summary` and `salient.Sentence`.

use std::sync::Arc;

use pyo3::prelude::*;
use salient_rank::{Budget, Filters, Method, PositionPrior, Redundancy, SummarizerConfig};
use salient_text::{AnalyzerConfig, LanguageChoice, TranscriptMode};

use crate::offsets::CharOffsets;
use crate::{error, parallel};

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Summarizer>()?;
    m.add_class::<Summary>()?;
    m.add_class::<Sentence>()?;
    Ok(())
}

/// Parses an option's text form with the library's own parser, naming the option on error.
pub(crate) fn parse<T>(option: &str, value: &str) -> PyResult<T>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    value.parse().map_err(|e| error(option, e))
}

/// A budget given as an int (that many sentences) or in the command line's text form.
#[derive(FromPyObject)]
pub(crate) enum BudgetArg {
    Sentences(usize),
    Text(String),
}

impl BudgetArg {
    fn resolve(&self) -> PyResult<Budget> {
        match self {
            BudgetArg::Sentences(n) => Ok(Budget::Sentences(*n)),
            BudgetArg::Text(s) => parse("budget", s),
        }
    }
}

/// The analyzer settings shared by every entry point: language and transcript handling.
pub(crate) fn analyzer(language: &str, transcript: &str) -> PyResult<AnalyzerConfig> {
    Ok(AnalyzerConfig {
        language: parse::<LanguageChoice>("language", language)?,
        transcript: parse::<TranscriptMode>("transcript", transcript)?,
        ..Default::default()
    })
}

/// Summarizes texts: picks the sentences that best sum each one up, quoted verbatim and in
/// document order. Configured like `salient summarize`; immutable, and safe to share between
/// threads.
#[pyclass(frozen, module = "salient")]
pub(crate) struct Summarizer {
    inner: Arc<salient_rank::Summarizer>,
    description: String,
}

#[pymethods]
impl Summarizer {
    #[new]
    #[pyo3(signature = (
        method = "default",
        budget = BudgetArg::Text("auto".into()),
        *,
        redundancy = "auto",
        language = "auto",
        position_prior = "auto",
        transcript = "auto",
        min_words = 0,
        max_words = None,
        skip_questions = false,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        method: &str,
        budget: BudgetArg,
        redundancy: &str,
        language: &str,
        position_prior: &str,
        transcript: &str,
        min_words: usize,
        max_words: Option<usize>,
        skip_questions: bool,
    ) -> PyResult<Self> {
        let config = SummarizerConfig {
            analyzer: analyzer(language, transcript)?,
            method: parse::<Method>("method", method)?,
            budget: budget.resolve()?,
            redundancy: parse::<Redundancy>("redundancy", redundancy)?,
            position_prior: parse::<PositionPrior>("position_prior", position_prior)?,
            filters: Filters {
                min_words,
                max_words,
                skip_questions,
            },
            ..Default::default()
        };
        let description = format!(
            "Summarizer(method={:?}, budget={:?}, redundancy={:?}, language={language:?})",
            config.method.to_string(),
            config.budget.to_string(),
            config.redundancy.to_string(),
        );
        let inner = config.build().map_err(|e| error("Summarizer", e))?;
        Ok(Summarizer {
            inner: Arc::new(inner),
            description,
        })
    }

    /// Summarizes one text.
    fn summarize(&self, py: Python<'_>, text: &str) -> Summary {
        py.detach(|| summary(&self.inner, text))
    }

    /// Summarizes each text on its own, in parallel with the GIL released (`jobs` threads;
    /// all cores by default). Returns one `Summary` per text, in order.
    #[pyo3(signature = (texts, *, jobs = None))]
    fn summarize_batch(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        jobs: Option<usize>,
    ) -> PyResult<Vec<Summary>> {
        parallel(py, &texts, jobs, |t| summary(&self.inner, t))
    }

    fn __repr__(&self) -> &str {
        &self.description
    }
}

/// One sentence of a summarized text, with its fate.
#[pyclass(frozen, get_all, module = "salient")]
#[derive(Clone)]
pub(crate) struct Sentence {
    /// The sentence, verbatim.
    text: String,
    /// Character offset of its first character in the input string.
    start: usize,
    /// Character offset just past its last character: `text == input[start:end]`.
    end: usize,
    /// Its position among the text's sentences, from 0.
    index: usize,
    /// Its score under the method (higher is more central).
    score: f64,
    /// Its rank by score, from 1.
    rank: usize,
    /// Its speaker's label in a transcript, else None.
    speaker: Option<String>,
    /// Its word count.
    words: usize,
    /// True when it is in the summary.
    picked: bool,
    /// Why it is or is not in the summary: "picked" ("picked: states the aim" for an aim
    /// statement the default kept despite its position), "budget", "redundant: ...",
    /// "filtered: ...".
    reason: String,
}

#[pymethods]
impl Sentence {
    fn __repr__(&self) -> String {
        format!(
            "Sentence(index={}, start={}, end={}, rank={}, picked={}, text={:?})",
            self.index,
            self.start,
            self.end,
            self.rank,
            if self.picked { "True" } else { "False" },
            self.text
        )
    }
}

/// A summary: the picks in document order, and every sentence with its score and fate.
#[pyclass(frozen, get_all, module = "salient")]
pub(crate) struct Summary {
    /// The picks, one per line, as `salient summarize` prints them (speaker label first in a
    /// transcript, whitespace runs as one space).
    text: String,
    /// The picked sentences, in document order.
    picks: Vec<Sentence>,
    /// Every sentence of the text, in order.
    sentences: Vec<Sentence>,
    /// The method used.
    method: String,
    /// The budget used, in the command line's form (`sentences:3`, `words:100`, `auto`).
    budget: String,
    /// The language the text was analysed as (ISO 639-1 code).
    language: String,
    /// The transcript format found: "none", "double-space" or "labeled".
    transcript: String,
    /// Things worth knowing: a language fallback, filters ignored, ...
    notes: Vec<String>,
}

#[pymethods]
impl Summary {
    fn __len__(&self) -> usize {
        self.picks.len()
    }

    /// The picks, one per line, as `salient summarize` prints them.
    fn __str__(&self) -> &str {
        &self.text
    }

    fn __repr__(&self) -> String {
        format!(
            "Summary(method={:?}, budget={:?}, picks={}, sentences={})",
            self.method,
            self.budget,
            self.picks.len(),
            self.sentences.len()
        )
    }
}

/// Summarizes `text` and converts the result to Python-side values.
fn summary(summarizer: &salient_rank::Summarizer, text: &str) -> Summary {
    let s = summarizer.summarize(text);
    let mut offsets = CharOffsets::new(text);
    let sentences: Vec<Sentence> = s
        .sentences
        .iter()
        .map(|r| {
            let (start, end) = offsets.span(r.span);
            Sentence {
                text: s.text(r).to_string(),
                start,
                end,
                index: r.index,
                score: r.score,
                rank: r.rank,
                speaker: s.speaker(r).map(str::to_string),
                words: r.words,
                picked: r.status == salient_rank::Status::Picked,
                reason: s.reason(r),
            }
        })
        .collect();
    let lines: Vec<String> = s.picks().map(|r| s.line(r)).collect();
    Summary {
        text: lines.join("\n"),
        picks: sentences.iter().filter(|x| x.picked).cloned().collect(),
        sentences,
        method: s.method.to_string(),
        budget: s.budget.to_string(),
        language: s
            .languages
            .first()
            .map_or("en", |d| d.language.code())
            .to_string(),
        transcript: s
            .transcripts
            .first()
            .map_or("none", |t| t.name())
            .to_string(),
        notes: s.notes.iter().map(ToString::to_string).collect(),
    }
}
