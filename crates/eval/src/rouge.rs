//! ROUGE, as Google's rouge-score computes it (through the `rougers` crate).

use rougers::{Document, RougeScorer, RougeType, Tokenizer};

/// Which tokenizer ROUGE uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RougeTokenizer {
    /// rouge-score's: lowercase, keep `[a-z0-9]` runs, optionally Porter-stem (NLTK's
    /// implementation) tokens longer than 3 characters. What published English numbers use; text
    /// in other scripts, and accented letters, vanish. The default.
    #[default]
    RougeScore,
    /// Unicode words (UAX #29) after NFKC and case folding, never stemmed (rougers'
    /// `unicode-v1` profile), for languages rouge-score's tokenizer cannot see.
    Unicode,
}

impl RougeTokenizer {
    /// The name shown in reports.
    pub fn name(self, stem: bool) -> &'static str {
        match (self, stem) {
            (RougeTokenizer::RougeScore, true) => "rouge-score tokenizer + Porter stemmer",
            (RougeTokenizer::RougeScore, false) => "rouge-score tokenizer, no stemmer",
            (RougeTokenizer::Unicode, _) => "Unicode tokenizer (unicode-v1), no stemmer",
        }
    }
}

/// Precision, recall and F-measure.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F-measure (harmonic mean).
    pub f: f64,
}

/// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum of one candidate.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RougeScores {
    /// Unigram overlap.
    pub rouge1: Prf,
    /// Bigram overlap.
    pub rouge2: Prf,
    /// Longest common subsequence over the whole text.
    pub rouge_l: Prf,
    /// Summary-level LCS over newline-separated sentences.
    pub rouge_lsum: Prf,
}

impl RougeScores {
    /// The four scores in order R1, R2, RL, RLsum.
    pub fn all(&self) -> [Prf; 4] {
        [self.rouge1, self.rouge2, self.rouge_l, self.rouge_lsum]
    }
}

/// A ROUGE scorer matching rouge-score 0.1.2 (tested against its output on every row of
/// `../shared/eval/rouge_vectors.jsonl`).
///
/// ```
/// use salient_eval::{Rouge, RougeTokenizer};
/// let rouge = Rouge::new(true, RougeTokenizer::RougeScore);
/// let s = rouge.score("The quick brown fox jumps over the lazy dog",
///                     "The quick brown dog jumps on the log.");
/// assert!((s.rouge1.f - 0.7058823529411765).abs() < 1e-12);
/// ```
#[derive(Debug, Clone)]
pub struct Rouge {
    scorer: RougeScorer,
    stem: bool,
    tokenizer: RougeTokenizer,
}

/// A text tokenized once, to be scored many times (references in an oracle search, say).
#[derive(Debug, Clone, Default)]
pub struct Tokenized(Document);

impl Tokenized {
    /// The texts one after another, each its own sentence(s) for ROUGE-Lsum: the same as
    /// tokenizing them joined by newlines.
    pub fn concat(parts: &[&Tokenized]) -> Tokenized {
        Tokenized(Document {
            tokens: parts
                .iter()
                .flat_map(|p| p.0.tokens.iter().cloned())
                .collect(),
            sentences: parts
                .iter()
                .flat_map(|p| p.0.sentences.iter().cloned())
                .collect(),
        })
    }
}

impl Rouge {
    /// A scorer with or without the Porter stemmer (ignored by the Unicode tokenizer).
    pub fn new(stem: bool, tokenizer: RougeTokenizer) -> Rouge {
        let t = match tokenizer {
            RougeTokenizer::RougeScore => Tokenizer::new(stem),
            RougeTokenizer::Unicode => Tokenizer::unicode(),
        };
        let types = vec![
            RougeType::N(1),
            RougeType::N(2),
            RougeType::L,
            RougeType::LSum,
        ];
        // The four types are valid by construction.
        let scorer = RougeScorer::with_tokenizer(types, t)
            .unwrap_or_else(|_| unreachable!("rouge1/2/L/Lsum are valid types"));
        Rouge {
            scorer,
            stem: stem && tokenizer == RougeTokenizer::RougeScore,
            tokenizer,
        }
    }

    /// What this scorer does, for reports ("rouge-score tokenizer + Porter stemmer").
    pub fn describe(&self) -> &'static str {
        self.tokenizer.name(self.stem)
    }

    /// Tokenizes a text (newlines separate sentences for ROUGE-Lsum).
    pub fn tokenize(&self, text: &str) -> Tokenized {
        Tokenized(self.scorer.document(text))
    }

    /// Scores `candidate` against `reference` (rouge-score's `score(target, prediction)`).
    pub fn score(&self, reference: &str, candidate: &str) -> RougeScores {
        self.score_tokenized(&self.tokenize(reference), &self.tokenize(candidate))
    }

    /// Scores pre-tokenized texts.
    pub fn score_tokenized(&self, reference: &Tokenized, candidate: &Tokenized) -> RougeScores {
        let s = self.scorer.score_documents(&reference.0, &candidate.0);
        let get = |t| {
            let x = s.get(t).unwrap_or_default();
            Prf {
                precision: x.precision,
                recall: x.recall,
                f: x.fmeasure,
            }
        };
        RougeScores {
            rouge1: get(RougeType::N(1)),
            rouge2: get(RougeType::N(2)),
            rouge_l: get(RougeType::L),
            rouge_lsum: get(RougeType::LSum),
        }
    }

    /// Scores against several references: for each ROUGE type, the scores of the reference with
    /// the highest F-measure (rouge-score's `score_multi`; ties go to the first reference). No
    /// reference gives zeros.
    pub fn score_multi(&self, references: &[Tokenized], candidate: &Tokenized) -> RougeScores {
        let mut best = RougeScores::default();
        for (k, r) in references.iter().enumerate() {
            let s = self.score_tokenized(r, candidate);
            let pick = |b: &mut Prf, x: Prf| {
                if k == 0 || x.f > b.f {
                    *b = x;
                }
            };
            pick(&mut best.rouge1, s.rouge1);
            pick(&mut best.rouge2, s.rouge2);
            pick(&mut best.rouge_l, s.rouge_l);
            pick(&mut best.rouge_lsum, s.rouge_lsum);
        }
        best
    }
}
