//! Keyphrase benchmarks: documents with gold keyphrases read from JSON Lines, and an
//! extractor's ranked phrases scored against them with the usual metric (pke's benchmarks, the
//! YAKE paper): precision, recall and F1 at k, exact match after lowercasing and stemming every
//! word (Porter for English, as rouge-score does; Snowball for other languages), gold phrases
//! absent from the text kept in the denominator.

use rustc_hash::FxHashSet;
use salient_text::Language;

use crate::jsonl::read_records;
use crate::{LineError, Prf};

/// One document of a keyphrase benchmark.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyphraseDoc {
    /// Its id (`line N` when absent).
    pub id: String,
    /// Its language code (the `lang` field), empty when absent.
    pub lang: String,
    /// The text.
    pub text: String,
    /// The gold keyphrases.
    pub gold: Vec<String>,
}

/// Reads a benchmark: one JSON object per line with `text`, `keyphrases` (a list of strings),
/// optional `id` and `lang`. Bad lines are returned beside the good documents.
///
/// ```
/// let data = r#"{"id": "a", "lang": "en", "text": "Water rights.", "keyphrases": ["water rights"]}"#;
/// let (docs, errors) = salient_eval::parse_keyphrase_docs(data);
/// assert!(errors.is_empty());
/// assert_eq!(docs[0].gold, ["water rights"]);
/// ```
pub fn parse_keyphrase_docs(data: &str) -> (Vec<KeyphraseDoc>, Vec<LineError>) {
    read_records(data, |line| {
        let text = line.string("text")?;
        Ok(KeyphraseDoc {
            gold: line.strings("keyphrases")?,
            id: line.id_or_line(),
            lang: line.lang(),
            text: text.to_owned(),
        })
    })
}

/// The matching form of a phrase in one language: its words lowercased and stemmed.
pub struct PhraseMatcher(Stemming);

/// How a matcher splits and stems.
enum Stemming {
    /// rouge-score's tokenizer with NLTK's Porter stemmer (`[a-z0-9]` runs).
    English(rougers::Tokenizer),
    /// Unicode alphanumeric runs, lowercased, with the language's Snowball stemmer.
    Snowball(rust_stemmers::Stemmer),
}

impl std::fmt::Debug for PhraseMatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self.0 {
            Stemming::English(_) => "PhraseMatcher(Porter)",
            Stemming::Snowball(_) => "PhraseMatcher(Snowball)",
        })
    }
}

impl PhraseMatcher {
    /// The matcher for an ISO 639-1 code (English, and any code salient cannot stem, use
    /// Porter).
    ///
    /// ```
    /// let m = salient_eval::PhraseMatcher::for_code("en");
    /// assert_eq!(m.key("Neural Networks"), m.key("neural network"));
    /// let fr = salient_eval::PhraseMatcher::for_code("fr");
    /// assert_eq!(fr.key("élections présidentielles"), fr.key("Élection présidentielle"));
    /// ```
    pub fn for_code(code: &str) -> PhraseMatcher {
        match code.parse::<Language>() {
            Ok(lang) if lang != Language::English => {
                PhraseMatcher(Stemming::Snowball(lang.stemmer()))
            }
            _ => PhraseMatcher(Stemming::English(rougers::Tokenizer::new(true))),
        }
    }

    /// The phrase's key: stemmed words joined by single spaces.
    pub fn key(&self, phrase: &str) -> String {
        match &self.0 {
            Stemming::English(t) => t.tokenize(phrase).join(" "),
            Stemming::Snowball(s) => phrase
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| s.stem(&w.to_lowercase()).into_owned())
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

/// One document's scores at 5 and at 10.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct KeyphraseScores {
    /// The first five predictions.
    pub at5: Prf,
    /// The first ten predictions.
    pub at10: Prf,
}

/// Scores ranked predictions against gold phrases: precision at k is the matches among the
/// first k distinct predictions over how many there are (at most k), recall the matches over
/// the distinct gold phrases (those absent from the text included). Predictions and gold are
/// compared by [`PhraseMatcher::key`]; a prediction whose key repeats an earlier one's is
/// dropped, as are empty keys.
///
/// ```
/// let m = salient_eval::PhraseMatcher::for_code("en");
/// let gold = ["neural networks".to_string(), "pruning".to_string()];
/// let s = salient_eval::score_keyphrases(&["Neural network", "layers"], &gold, &m);
/// assert_eq!(s.at5.precision, 0.5);
/// assert_eq!(s.at5.recall, 0.5);
/// ```
pub fn score_keyphrases<S: AsRef<str>>(
    predicted: &[S],
    gold: &[String],
    matcher: &PhraseMatcher,
) -> KeyphraseScores {
    let gold: FxHashSet<String> = gold
        .iter()
        .map(|g| matcher.key(g))
        .filter(|k| !k.is_empty())
        .collect();
    let mut seen = FxHashSet::default();
    let hits: Vec<bool> = predicted
        .iter()
        .map(|p| matcher.key(p.as_ref()))
        .filter(|k| !k.is_empty() && seen.insert(k.clone()))
        .map(|k| gold.contains(&k))
        .collect();
    let at = |k: usize| {
        let top = &hits[..hits.len().min(k)];
        let matched = top.iter().filter(|&&h| h).count() as f64;
        let precision = if top.is_empty() {
            0.0
        } else {
            matched / top.len() as f64
        };
        let recall = if gold.is_empty() {
            0.0
        } else {
            matched / gold.len() as f64
        };
        let f = if matched == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            precision,
            recall,
            f,
        }
    };
    KeyphraseScores {
        at5: at(5),
        at10: at(10),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_predictions_count_once_and_absent_gold_stays_in_the_denominator() {
        let m = PhraseMatcher::for_code("en");
        let gold: Vec<String> = ["grid computing", "service discovery", "absent phrase"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let pred = [
            "Grid computing",
            "grid-computing",
            "service discovery",
            "",
            "other",
        ];
        let s = score_keyphrases(&pred, &gold, &m);
        // Distinct keys: grid comput, servic discoveri, other.
        assert!((s.at10.precision - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.at10.recall - 2.0 / 3.0).abs() < 1e-12);
        let none = score_keyphrases::<&str>(&[], &gold, &m);
        assert_eq!(none.at10.f, 0.0);
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let data = "{\"text\": \"a\", \"keyphrases\": [\"a\"]}\n{\"text\": \"b\"}\n";
        let (docs, errors) = parse_keyphrase_docs(data);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "line 1");
        assert_eq!(errors[0].line, 2);
        assert!(errors[0].message.contains("keyphrases"));
    }
}
