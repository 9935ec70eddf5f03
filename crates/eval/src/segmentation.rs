//! Sentence-boundary test suites: cases (a text and its expected sentences) read from JSON
//! Lines, and a splitter's output scored against them.
//!
//! A boundary is where a sentence starts (after the first), counted as the number of
//! non-whitespace characters before it: so whitespace, and text a splitter leaves out between
//! sentences, cannot shift it. A case is exactly right when the sentences, each without its
//! whitespace, are the expected ones: the splitter quotes its input, so whitespace inside a
//! sentence is the input's (a suite's cleaner may have joined a wrapped `父の\n家` into `父の家`
//! or `pricing\n.` into `pricing.`; the split is the same).

use crate::jsonl::read_records;
use crate::LineError;

/// One test case.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentationCase {
    /// Its id (`line N` when absent).
    pub id: String,
    /// Its language code (the `lang` field), empty when absent.
    pub lang: String,
    /// The text to split.
    pub text: String,
    /// The expected sentences.
    pub sentences: Vec<String>,
    /// False when the expected sentences do not cover the text (the upstream cleaner deleted
    /// part of it): no splitter that quotes its input can match these, so they are not scored.
    pub lossless: bool,
}

/// Reads cases: one JSON object per line with `text`, `sentences` (a list of strings),
/// optional `id`, `lang` and `lossless` (default true). Bad lines are returned beside the good
/// cases.
///
/// ```
/// let data = r#"{"id": "a", "lang": "en", "text": "Hi. Bye.", "sentences": ["Hi.", "Bye."]}"#;
/// let (cases, errors) = salient_eval::parse_segmentation_cases(data);
/// assert!(errors.is_empty());
/// assert_eq!(cases[0].sentences, ["Hi.", "Bye."]);
/// ```
pub fn parse_segmentation_cases(data: &str) -> (Vec<SegmentationCase>, Vec<LineError>) {
    read_records(data, |line| {
        let text = line.string("text")?;
        Ok(SegmentationCase {
            sentences: line.strings("sentences")?,
            id: line.id_or_line(),
            lang: line.lang(),
            text: text.to_owned(),
            lossless: line.value("lossless").as_bool().unwrap_or(true),
        })
    })
}

/// How one case went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Segmentation {
    /// The sentences are exactly the expected ones.
    pub exact: bool,
    /// Boundaries found that are expected.
    pub true_positives: usize,
    /// Boundaries found that are not expected.
    pub false_positives: usize,
    /// Expected boundaries not found.
    pub false_negatives: usize,
}

/// Scores `got` (the splitter's sentences as byte ranges of `text`) against `expected`.
///
/// ```
/// use salient_eval::score_segmentation;
/// let text = "Dr. Smith left. He flew home.";
/// let got = [0..3, 4..15, 16..29]; // split after "Dr." by mistake
/// let s = score_segmentation(text, &["Dr. Smith left.".into(), "He flew home.".into()], &got);
/// assert!(!s.exact);
/// assert_eq!((s.true_positives, s.false_positives, s.false_negatives), (1, 1, 0));
/// ```
pub fn score_segmentation(
    text: &str,
    expected: &[String],
    got: &[std::ops::Range<usize>],
) -> Segmentation {
    let dense = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
    let mut want = Vec::new();
    let mut at = 0;
    for s in expected.iter().take(expected.len().saturating_sub(1)) {
        at += dense(s);
        want.push(at);
    }
    let found: Vec<usize> = got
        .iter()
        .skip(1)
        .filter_map(|r| text.get(..r.start).map(dense))
        .collect();
    let tp = found.iter().filter(|b| want.contains(b)).count();
    let letters = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let exact = got.len() == expected.len()
        && got
            .iter()
            .zip(expected)
            .all(|(r, e)| text.get(r.clone()).map(letters) == Some(letters(e)));
    Segmentation {
        exact,
        true_positives: tp,
        false_positives: found.len() - tp,
        false_negatives: want.len() - want.iter().filter(|b| found.contains(b)).count(),
    }
}

/// Totals over cases: exact-case accuracy and boundary precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SegmentationTotals {
    /// Cases scored.
    pub cases: usize,
    /// Cases exactly right.
    pub exact: usize,
    /// Boundary true positives.
    pub true_positives: usize,
    /// Boundary false positives.
    pub false_positives: usize,
    /// Boundary false negatives.
    pub false_negatives: usize,
}

impl SegmentationTotals {
    /// Adds one case.
    pub fn add(&mut self, s: Segmentation) {
        self.cases += 1;
        self.exact += usize::from(s.exact);
        self.true_positives += s.true_positives;
        self.false_positives += s.false_positives;
        self.false_negatives += s.false_negatives;
    }

    /// Share of cases exactly right (0 when there are none).
    pub fn accuracy(&self) -> f64 {
        ratio(self.exact, self.cases)
    }

    /// Boundary precision (1 when nothing was found and nothing expected).
    pub fn precision(&self) -> f64 {
        ratio_or_one(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    /// Boundary recall (1 when nothing was expected).
    pub fn recall(&self) -> f64 {
        ratio_or_one(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn ratio_or_one(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_and_dropped_text_do_not_shift_boundaries() {
        let text = "One.\n\n  Two.   ...   Three.";
        let expected: Vec<String> = ["One.", "Two. ...", "Three."].map(String::from).into();
        // The splitter dropped "..." (punctuation only) between Two. and Three.
        let got = [0..4, 8..12, 21..27];
        let s = score_segmentation(text, &expected, &got);
        assert_eq!(
            (s.true_positives, s.false_positives, s.false_negatives),
            (2, 0, 0)
        );
        assert!(!s.exact, "a dropped piece is not exactly right");
    }

    #[test]
    fn whitespace_inside_a_sentence_does_not_make_a_case_wrong() {
        // A suite's cleaner joined the wrapped line; the splitter quotes it as written.
        let text = "これは父の\n家です。次です。";
        let expected: Vec<String> = ["これは父の家です。", "次です。"].map(String::from).into();
        let cut = text.find('次').unwrap_or(0);
        assert!(score_segmentation(text, &expected, &[0..cut, cut..text.len()]).exact);
        // The same text split after the particle is wrong.
        let after = text.find('\n').unwrap_or(0);
        let got = [0..after, after + 1..cut, cut..text.len()];
        assert!(!score_segmentation(text, &expected, &got).exact);
    }

    #[test]
    fn totals_count_cases_and_boundaries() {
        let mut t = SegmentationTotals::default();
        t.add(Segmentation {
            exact: true,
            true_positives: 3,
            false_positives: 0,
            false_negatives: 0,
        });
        t.add(Segmentation {
            exact: false,
            true_positives: 1,
            false_positives: 1,
            false_negatives: 2,
        });
        assert_eq!(t.accuracy(), 0.5);
        assert_eq!(t.precision(), 0.8);
        assert!((t.recall() - 4.0 / 6.0).abs() < 1e-12);
    }

    #[test]
    fn bad_lines_are_reported_with_their_numbers() {
        let data = "{\"text\": \"A.\", \"sentences\": [\"A.\"]}\n{\"text\": \"B.\"}\n{\"text\": \"C.\", \"sentences\": [1]}\n";
        let (cases, errors) = parse_segmentation_cases(data);
        assert_eq!(cases.len(), 1);
        assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), [2, 3]);
    }
}
