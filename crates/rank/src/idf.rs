//! Background idf models: document frequencies from a corpus, saved as a small text file.

use std::io::{BufRead, Read, Write};
use std::path::Path;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};
use salient_text::{Analysis, Language, Vocabulary};

use crate::error::{Error, Result};

const MAGIC: &str = "# salient idf model v1";

/// How rare a term is (the "idf"). `N` is the number of documents (a sentence counts as one
/// document when idf comes from the text itself, or the model's documents with an [`IdfModel`])
/// and `df` the number of them that contain the term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdfWeighting {
    /// `idf = 1`: term frequency only.
    None,
    /// `idf = ln((1 + N) / (1 + df)) + 1` (scikit-learn's smooth idf; always >= 1; the default).
    Smooth,
    /// The probabilistic (BM25) idf `ln((N - df + 0.5) / (df + 0.5))`; values below
    /// `0.25 x` the mean idf are raised to it, as gensim does, so that terms in more than half
    /// of the sentences still count a little.
    Probabilistic,
}

impl IdfWeighting {
    /// The idf of a term with document frequency `df` among `n` documents.
    pub fn idf(self, n: f64, df: f64) -> f64 {
        match self {
            IdfWeighting::None => 1.0,
            IdfWeighting::Smooth => ((1.0 + n) / (1.0 + df)).ln() + 1.0,
            IdfWeighting::Probabilistic => ((n - df + 0.5) / (df + 0.5)).ln(),
        }
    }
}

/// gensim's floor for probabilistic idf: `0.25 x` the mean idf. With few sentences every idf can
/// be <= 0, so the floor is kept at 1e-3 or more.
fn probabilistic_floor(mean: f64) -> f64 {
    (0.25 * mean).max(1e-3)
}

/// Raises probabilistic idf values below 0.25 x their mean to that floor (gensim's rule).
pub(crate) fn floor_probabilistic(kind: IdfWeighting, mut idf: Vec<f64>) -> Vec<f64> {
    if kind == IdfWeighting::Probabilistic && !idf.is_empty() {
        let mean = idf.iter().sum::<f64>() / idf.len() as f64;
        let floor = probabilistic_floor(mean);
        for v in &mut idf {
            if *v < floor {
                *v = floor;
            }
        }
    }
    idf
}

/// Document frequencies collected from a corpus, so that a short text gets meaningful idf
/// (a 5-sentence news brief says little about which of its words are rare) and scores are
/// comparable across documents.
///
/// Terms are stored as the analyzer produced them (lowercased, stemmed when stemming was on),
/// with the language and stemming setting recorded so a mismatch can be reported.
///
/// The file format is UTF-8 text: a header line, `language`, `stem` and `documents` lines, then
/// one `term<TAB>df` line per term, sorted by term so the same corpus gives the same file.
///
/// ```
/// use salient_rank::{IdfModel, IdfWeighting};
/// let mut m = IdfModel::new(Some(salient_text::Language::English), true);
/// m.add_document(["river", "water"]);
/// m.add_document(["water", "court", "water"]);
/// assert_eq!(m.documents(), 2);
/// assert_eq!(m.df("water"), 2);
/// let mut file = Vec::new();
/// m.write_to(&mut file).unwrap();
/// let back = IdfModel::read_from(&file[..]).unwrap();
/// assert_eq!(back, m);
/// // Unseen terms are as rare as can be: df = 0.
/// assert!(back.idf("rowboat", IdfWeighting::Smooth) > back.idf("water", IdfWeighting::Smooth));
/// ```
#[derive(Debug, Clone, Default)]
pub struct IdfModel {
    documents: u64,
    df: FxHashMap<String, u64>,
    language: Option<Language>,
    stem: bool,
    mean_probabilistic: OnceLock<f64>,
}

impl PartialEq for IdfModel {
    fn eq(&self, other: &Self) -> bool {
        self.documents == other.documents
            && self.df == other.df
            && self.language == other.language
            && self.stem == other.stem
    }
}

impl IdfModel {
    /// An empty model for terms of `language` (None when mixed), stemmed or not.
    pub fn new(language: Option<Language>, stem: bool) -> Self {
        IdfModel {
            language,
            stem,
            ..Default::default()
        }
    }

    /// Counts one document given its terms (repeats are counted once).
    pub fn add_document<I, S>(&mut self, terms: I)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let distinct: FxHashSet<String> =
            terms.into_iter().map(|t| t.as_ref().to_owned()).collect();
        for t in distinct {
            *self.df.entry(t).or_insert(0) += 1;
        }
        self.documents += 1;
        self.mean_probabilistic = OnceLock::new();
    }

    /// Counts one analysed document.
    pub fn add_analysis(&mut self, analysis: &Analysis<'_>, vocabulary: &Vocabulary) {
        self.add_document(analysis.all_terms().iter().map(|t| vocabulary.term(t.term)));
    }

    /// Adds another model's counts to this one (for building in parallel).
    pub fn merge(&mut self, other: IdfModel) {
        self.documents += other.documents;
        for (t, d) in other.df {
            *self.df.entry(t).or_insert(0) += d;
        }
        self.mean_probabilistic = OnceLock::new();
    }

    /// Drops terms seen in fewer than `min_df` documents (they then count as unseen).
    pub fn prune(&mut self, min_df: u64) {
        self.df.retain(|_, d| *d >= min_df);
        self.mean_probabilistic = OnceLock::new();
    }

    /// Number of documents counted.
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// Number of distinct terms.
    pub fn terms(&self) -> usize {
        self.df.len()
    }

    /// The language the terms are in, if a single one.
    pub fn language(&self) -> Option<Language> {
        self.language
    }

    /// Whether the terms were stemmed.
    pub fn stemmed(&self) -> bool {
        self.stem
    }

    /// The number of documents containing `term` (0 when unseen).
    pub fn df(&self, term: &str) -> u64 {
        self.df.get(term).copied().unwrap_or(0)
    }

    /// The idf of `term` under `kind`, with the model's documents as `N`.
    pub fn idf(&self, term: &str, kind: IdfWeighting) -> f64 {
        let n = self.documents as f64;
        let v = kind.idf(n, self.df(term) as f64);
        if kind == IdfWeighting::Probabilistic {
            let mean = *self.mean_probabilistic.get_or_init(|| {
                if self.df.is_empty() {
                    return 0.0;
                }
                self.df
                    .values()
                    .map(|&d| kind.idf(n, d as f64))
                    .sum::<f64>()
                    / self.df.len() as f64
            });
            v.max(probabilistic_floor(mean))
        } else {
            v
        }
    }

    /// Writes the model in its text format.
    pub fn write_to(&self, mut w: impl Write) -> std::io::Result<()> {
        writeln!(w, "{MAGIC}")?;
        let lang = self.language.map_or("mixed", |l| l.code());
        writeln!(w, "language\t{lang}")?;
        writeln!(w, "stem\t{}", self.stem)?;
        writeln!(w, "documents\t{}", self.documents)?;
        let mut terms: Vec<(&String, &u64)> = self.df.iter().collect();
        terms.sort();
        for (t, d) in terms {
            writeln!(w, "{t}\t{d}")?;
        }
        w.flush()
    }

    /// Reads a model written by [`IdfModel::write_to`].
    pub fn read_from(mut r: impl BufRead) -> Result<IdfModel> {
        // The header is read with a bound: a file that is not a model (`/dev/zero`, a binary)
        // is refused at once instead of being read whole as one "line".
        let mut head = Vec::new();
        (&mut r)
            .take(MAGIC.len() as u64 + 8)
            .read_until(b'\n', &mut head)
            .map_err(|e| format_error(1, format!("cannot read: {e}")))?;
        if head.is_empty() {
            return Err(format_error(1, "the file is empty".into()));
        }
        let head = String::from_utf8_lossy(&head);
        if head.trim_start_matches('\u{feff}').trim_end() != MAGIC {
            return Err(format_error(
                1,
                format!("expected {MAGIC:?}; this is not a salient idf model"),
            ));
        }
        let mut model = IdfModel::default();
        let mut seen_documents = false;
        for (i, line) in std::iter::once(Ok(String::new()))
            .chain(r.lines())
            .enumerate()
        {
            let lineno = i + 1;
            let line = line.map_err(|e| format_error(lineno, format!("cannot read: {e}")))?;
            if i == 0 {
                // The header, checked above (editors on Windows add a byte-order mark).
                continue;
            }
            if line.is_empty() {
                continue;
            }
            let (key, value) = line
                .rsplit_once('\t')
                .ok_or_else(|| format_error(lineno, "expected `term<TAB>count`".into()))?;
            match (i, key) {
                (1, "language") => {
                    model.language = match value {
                        "mixed" => None,
                        code => Some(code.parse().map_err(|_| {
                            format_error(lineno, format!("unknown language {code:?}"))
                        })?),
                    }
                }
                (2, "stem") => {
                    model.stem = value.parse().map_err(|_| {
                        format_error(lineno, format!("expected true or false, got {value:?}"))
                    })?
                }
                (3, "documents") => {
                    model.documents = parse_count(value, lineno)?;
                    seen_documents = true;
                }
                (1..=3, _) => {
                    return Err(format_error(
                        lineno,
                        "header must give language, stem and documents, in that order".into(),
                    ))
                }
                _ => {
                    let d = parse_count(value, lineno)?;
                    if d > model.documents {
                        return Err(format_error(
                            lineno,
                            format!(
                                "{key:?} is in {d} documents, more than the model's {}",
                                model.documents
                            ),
                        ));
                    }
                    if model.df.insert(key.to_owned(), d).is_some() {
                        return Err(format_error(lineno, format!("{key:?} appears twice")));
                    }
                }
            }
        }
        if !seen_documents {
            return Err(format_error(1, "the file is empty or has no header".into()));
        }
        Ok(model)
    }

    /// Saves the model to `path`.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<()> {
        let f = std::fs::File::create(path)?;
        self.write_to(std::io::BufWriter::new(f))?;
        Ok(())
    }

    /// Loads a model from `path`.
    pub fn load(path: impl AsRef<Path>) -> Result<IdfModel> {
        let f = std::fs::File::open(path)?;
        IdfModel::read_from(std::io::BufReader::new(f))
    }
}

fn format_error(line: usize, message: String) -> Error {
    Error::IdfFormat { line, message }
}

fn parse_count(value: &str, line: usize) -> Result<u64> {
    value
        .parse()
        .map_err(|_| format_error(line, format!("expected a count, got {value:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_files_name_the_line() {
        let cases: &[(&str, usize, &str)] = &[
            ("", 1, "empty"),
            ("hello\n", 1, "not a salient idf model"),
            (
                "# salient idf model v1\nlanguage\ten\nstem\ttrue\ndocuments\t2\nwater\tx\n",
                5,
                "expected a count",
            ),
            (
                "# salient idf model v1\nlanguage\ten\nstem\ttrue\ndocuments\t2\nwater\t3\n",
                5,
                "more than",
            ),
            (
                "# salient idf model v1\nlanguage\tklingon\n",
                2,
                "unknown language",
            ),
            (
                "# salient idf model v1\nlanguage\ten\nstem\ttrue\ndocuments\t2\nwater 1\n",
                5,
                "expected `term",
            ),
            (
                "# salient idf model v1\nlanguage\ten\nstem\ttrue\ndocuments\t2\na\t1\na\t1\n",
                6,
                "twice",
            ),
        ];
        for (text, line, needle) in cases {
            match IdfModel::read_from(text.as_bytes()) {
                Err(Error::IdfFormat { line: l, message }) => {
                    assert_eq!(l, *line, "{text:?}: {message}");
                    assert!(message.contains(needle), "{text:?}: {message}");
                }
                other => panic!("{text:?}: expected a format error, got {other:?}"),
            }
        }
    }

    #[test]
    fn probabilistic_idf_is_floored() {
        let mut m = IdfModel::new(None, false);
        for _ in 0..10 {
            m.add_document(["common"]);
        }
        m.add_document(["rare"]);
        assert!(m.idf("common", IdfWeighting::Probabilistic) > 0.0);
        assert!(
            m.idf("rare", IdfWeighting::Probabilistic)
                > m.idf("common", IdfWeighting::Probabilistic)
        );
    }
}
