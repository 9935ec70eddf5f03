//! # salient-eval
//!
//! Evaluation for [salient](https://github.com/salient-rs/salient): ROUGE-1, ROUGE-2, ROUGE-L and
//! ROUGE-Lsum exactly as Google's `rouge-score` computes them (the implementation behind most
//! published CNN/DailyMail numbers; checked on every row of `../shared/eval/rouge_vectors.jsonl`),
//! multi-reference scoring, a Unicode tokenizer for other languages, corpus reading, and a
//! parallel, deterministic evaluator with LEAD, random and greedy-oracle baselines.
//!
//! ```
//! use salient_eval::{evaluate, parse_corpus, Rouge, RougeTokenizer, System};
//! use salient_rank::{Budget, Method, SummarizerConfig};
//!
//! let corpus = r#"{"id": "a", "text": "The dam failed at noon. Water filled the valley. Nobody was hurt.", "summaries": ["The dam failed and water filled the valley."]}"#;
//! let (docs, errors) = parse_corpus(corpus);
//! assert!(errors.is_empty());
//! let config = SummarizerConfig { budget: Budget::Sentences(2), ..Default::default() };
//! let rouge = Rouge::new(true, RougeTokenizer::RougeScore);
//! let lead = evaluate(&docs, System::Method(Method::Lead), &config, &rouge, &|| {})?;
//! let oracle = evaluate(&docs, System::Oracle, &config, &rouge, &|| {})?;
//! assert!(oracle.mean.rouge1.f >= lead.mean.rouge1.f);
//! assert_eq!(lead.docs.len(), 1);
//! # Ok::<(), salient_eval::Error>(())
//! ```
#![deny(missing_docs)]

mod corpus;
mod error;
mod evaluate;
mod jsonl;
mod keyphrase;
mod predictions;
mod rouge;
mod segmentation;
mod stats;

pub use corpus::{
    parse_corpus, parse_corpus_bytes, parse_corpus_with, CorpusFields, EvalDoc, Half, LineError,
};
pub use error::{Error, Result};
pub use evaluate::{evaluate, score_summaries, time_only, DocResult, Report, System};
pub use jsonl::{json_lines, json_lines_bytes, JsonLine, TextLine};
pub use keyphrase::{
    parse_keyphrase_docs, score_keyphrases, KeyphraseDoc, KeyphraseScores, PhraseMatcher,
};
pub use predictions::{parse_predictions, Alignment, Predictions};
pub use rouge::{Prf, Rouge, RougeScores, RougeTokenizer, Tokenized};
pub use segmentation::{
    parse_segmentation_cases, score_segmentation, Segmentation, SegmentationCase,
    SegmentationTotals,
};
pub use stats::{bootstrap_intervals, paired_test, Interval, Paired};

/// The crate version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
