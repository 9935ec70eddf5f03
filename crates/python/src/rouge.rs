//! `salient.rouge`: rouge-score's numbers, from Rust.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use salient_eval::{Prf, Rouge, RougeTokenizer};

use crate::error;

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Score>()?;
    m.add_function(wrap_pyfunction!(rouge, m)?)?;
    Ok(())
}

/// Precision, recall and F-measure, named as rouge-score's `Score` tuple names them.
#[pyclass(frozen, get_all, module = "salient")]
pub(crate) struct Score {
    /// Precision.
    precision: f64,
    /// Recall.
    recall: f64,
    /// F-measure.
    fmeasure: f64,
}

#[pymethods]
impl Score {
    fn __repr__(&self) -> String {
        format!(
            "Score(precision={}, recall={}, fmeasure={})",
            self.precision, self.recall, self.fmeasure
        )
    }
}

impl From<Prf> for Score {
    fn from(p: Prf) -> Self {
        Score {
            precision: p.precision,
            recall: p.recall,
            fmeasure: p.f,
        }
    }
}

/// One reference, or several (scored against each, keeping the best F per measure, as
/// `salient eval` does for multi-reference corpora).
#[derive(FromPyObject)]
enum References {
    One(String),
    Many(Vec<String>),
}

/// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum of `candidate` against `reference`, identical to
/// rouge-score's `RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer=stem)`.
/// Returns a dict keyed as rouge-score's is.
#[pyfunction]
#[pyo3(signature = (reference, candidate, *, stem = true, tokenizer = "rouge-score"))]
fn rouge<'py>(
    py: Python<'py>,
    reference: References,
    candidate: &str,
    stem: bool,
    tokenizer: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let tokenizer = match tokenizer {
        "rouge-score" => RougeTokenizer::RougeScore,
        "unicode" => RougeTokenizer::Unicode,
        other => {
            return Err(error(
                "tokenizer",
                format!("{other:?}; expected rouge-score or unicode"),
            ))
        }
    };
    let scorer = Rouge::new(stem, tokenizer);
    let scores = py.detach(|| match &reference {
        References::One(r) => Ok(scorer.score(r, candidate)),
        References::Many(rs) if rs.is_empty() => {
            Err("references: an empty list; give at least one")
        }
        References::Many(rs) => {
            let refs: Vec<_> = rs.iter().map(|r| scorer.tokenize(r)).collect();
            Ok(scorer.score_multi(&refs, &scorer.tokenize(candidate)))
        }
    });
    let scores = scores.map_err(|e| error("rouge", e))?;
    let out = PyDict::new(py);
    for (name, prf) in ["rouge1", "rouge2", "rougeL", "rougeLsum"]
        .into_iter()
        .zip(scores.all())
    {
        out.set_item(name, Score::from(prf))?;
    }
    Ok(out)
}
