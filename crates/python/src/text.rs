//! `salient.split` and `salient.keywords`.

use pyo3::prelude::*;
use salient_rank::KeywordConfig;
use salient_text::{Analyzer, AnalyzerConfig, QuoteMode, Vocabulary};

use crate::offsets::CharOffsets;
use crate::summarize::{analyzer, parse};
use crate::{error, parallel};

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Segment>()?;
    m.add_class::<Keyword>()?;
    m.add_function(wrap_pyfunction!(split, m)?)?;
    m.add_function(wrap_pyfunction!(split_batch, m)?)?;
    m.add_function(wrap_pyfunction!(keywords, m)?)?;
    m.add_function(wrap_pyfunction!(keywords_batch, m)?)?;
    Ok(())
}

/// One sentence found by `split`.
#[pyclass(frozen, get_all, module = "salient")]
pub(crate) struct Segment {
    /// The sentence, verbatim.
    text: String,
    /// Character offset of its first character in the input string.
    start: usize,
    /// Character offset just past its last character: `text == input[start:end]`.
    end: usize,
    /// The paragraph (blank-line separated block, or transcript turn) it is in, from 0.
    paragraph: u32,
    /// Its speaker's label in a transcript, else None.
    speaker: Option<String>,
}

#[pymethods]
impl Segment {
    fn __repr__(&self) -> String {
        format!(
            "Segment(start={}, end={}, text={:?})",
            self.start, self.end, self.text
        )
    }
}

fn build_analyzer(language: &str, transcript: &str, quotes: &str) -> PyResult<Analyzer> {
    AnalyzerConfig {
        quotes: parse::<QuoteMode>("quotes", quotes)?,
        ..analyzer(language, transcript)?
    }
    .build()
    .map_err(|e| error("split", e))
}

fn segments(analyzer: &Analyzer, text: &str) -> Vec<Segment> {
    let a = analyzer.analyze(text, &mut Vocabulary::default());
    let doc = &a.document;
    let mut offsets = CharOffsets::new(text);
    doc.sentences()
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (start, end) = offsets.span(s.span);
            Segment {
                text: doc.sentence_text(i).to_string(),
                start,
                end,
                paragraph: s.paragraph,
                speaker: doc.speaker(i).map(str::to_string),
            }
        })
        .collect()
}

/// Splits a text into sentences (and transcript turns), as `salient split` does; `quotes` is
/// `"split"` (sentences end inside quotations, except a short one introduced after a comma) or `"whole"` (a quotation stays in one sentence).
#[pyfunction]
#[pyo3(signature = (text, *, language = "auto", transcript = "auto", quotes = "split"))]
fn split(
    py: Python<'_>,
    text: &str,
    language: &str,
    transcript: &str,
    quotes: &str,
) -> PyResult<Vec<Segment>> {
    let analyzer = build_analyzer(language, transcript, quotes)?;
    Ok(py.detach(|| segments(&analyzer, text)))
}

/// `split` over many texts, in parallel with the GIL released.
#[pyfunction]
#[pyo3(signature = (texts, *, language = "auto", transcript = "auto", quotes = "split", jobs = None))]
fn split_batch(
    py: Python<'_>,
    texts: Vec<String>,
    language: &str,
    transcript: &str,
    quotes: &str,
    jobs: Option<usize>,
) -> PyResult<Vec<Vec<Segment>>> {
    let analyzer = build_analyzer(language, transcript, quotes)?;
    parallel(py, &texts, jobs, |t| segments(&analyzer, t))
}

/// A keyword or keyphrase.
#[pyclass(frozen, get_all, module = "salient")]
pub(crate) struct Keyword {
    /// The phrase as written at its first occurrence.
    text: String,
    /// Its normalised key (lowercased, stemmed words), which groups its occurrences.
    key: String,
    /// Character offset of its first occurrence.
    start: usize,
    /// Character offset just past its first occurrence.
    end: usize,
    /// Its score (higher is more central).
    score: f64,
    /// How many times it occurs.
    count: usize,
    /// Character offsets `(start, end)` of every occurrence, in text order.
    occurrences: Vec<(usize, usize)>,
}

#[pymethods]
impl Keyword {
    fn __repr__(&self) -> String {
        format!("Keyword({:?}, score={:.4})", self.text, self.score)
    }
}

fn extractor(
    top: usize,
    language: &str,
    phrases: bool,
    style: &str,
) -> PyResult<salient_rank::KeywordExtractor> {
    KeywordConfig {
        analyzer: analyzer(language, "auto")?,
        top,
        max_words: if phrases {
            KeywordConfig::default().max_words
        } else {
            1
        },
        style: style.parse().map_err(|e| error("style", e))?,
        ..Default::default()
    }
    .build()
    .map_err(|e| error("keywords", e))
}

fn extract(extractor: &salient_rank::KeywordExtractor, text: &str) -> Vec<Keyword> {
    let mut offsets = CharOffsets::new(text);
    extractor
        .extract(text)
        .into_iter()
        .map(|k| {
            let (start, end) = offsets.span(k.first);
            let occurrences = k.occurrences.iter().map(|&o| offsets.span(o)).collect();
            Keyword {
                text: k.text.to_string(),
                key: k.key,
                start,
                end,
                score: k.score,
                count: k.count,
                occurrences,
            }
        })
        .collect()
}

/// The text's keyphrases, best first, as `salient keywords` finds them.
#[pyfunction]
#[pyo3(signature = (text, *, top = 10, language = "auto", phrases = true, style = "auto"))]
fn keywords(
    py: Python<'_>,
    text: &str,
    top: usize,
    language: &str,
    phrases: bool,
    style: &str,
) -> PyResult<Vec<Keyword>> {
    let extractor = extractor(top, language, phrases, style)?;
    Ok(py.detach(|| extract(&extractor, text)))
}

/// `keywords` over many texts, in parallel with the GIL released.
#[pyfunction]
#[pyo3(signature = (texts, *, top = 10, language = "auto", phrases = true, style = "auto", jobs = None))]
fn keywords_batch(
    py: Python<'_>,
    texts: Vec<String>,
    top: usize,
    language: &str,
    phrases: bool,
    style: &str,
    jobs: Option<usize>,
) -> PyResult<Vec<Vec<Keyword>>> {
    let extractor = extractor(top, language, phrases, style)?;
    parallel(py, &texts, jobs, |t| extract(&extractor, t))
}
