//! # salient-rank
//!
//! The ranking core of [salient](https://github.com/salient-rs/salient): TF-IDF, sentence
//! similarity graphs, centrality, budgeted selection with redundancy control, and keywords,
//! on top of [`salient_text`]'s analysis. Every formula is in the documentation of the item
//! that computes it.
//!
//! * [`Summarizer`]: built from a validated [`SummarizerConfig`]; `summarize(&str)` borrows the
//!   text and returns spans, in document order, each with its score, rank and speaker. Inside,
//!   a pipeline of named stages, one module each: analyses, a sentence table, [`TfIdf`], a plan
//!   (the method and options resolved; every constant of the default method), scores,
//!   selection, and the [`Summary`] with its [`Note`]s.
//! * [`Budget`], [`Redundancy`], [`PositionPrior`]: each with one text form (`Display` and
//!   `FromStr` agree: `words:100`, `mmr:0.6`, `auto`), as the command line takes and prints them.
//! * [`Method`]: TextRank, LexRank (thresholded and continuous), centroid, Luhn, SumBasic,
//!   KL-Sum, LSA, PacSum, LEAD-k, seeded random, and a document-adaptive default.
//! * [`Budget`]: sentences, ratio, words or characters (sentences are never cut).
//! * [`TfIdf`], [`Graph`] (dense, sparse, or implicit `X (Xᵀ p)` products), [`pagerank`]:
//!   the building blocks, for reuse in other tools.
//! * [`IdfModel`]: background document frequencies, saved and loaded.
//! * [`KeywordExtractor`]: keyphrases (content-word runs scored by PositionRank; [`KeyphraseStyle`]).
//!
//! ```
//! use salient_rank::{Budget, Method, SummarizerConfig};
//!
//! let text = "Dr. Ruiz said the U.S. plan would cut costs. Critics disagreed. \
//!             The plan cuts costs by sharing depots, Dr. Ruiz said. \
//!             It was sunny.";
//! let summarizer = SummarizerConfig {
//!     method: Method::TextRank { similarity: salient_rank::Similarity::Overlap },
//!     budget: Budget::Sentences(1),
//!     ..Default::default()
//! }
//! .build()?;
//! let summary = summarizer.summarize(text);
//! let picked: Vec<&str> = summary.picks().map(|s| summary.text(s)).collect();
//! assert_eq!(picked, ["Dr. Ruiz said the U.S. plan would cut costs."]);
//! // Every sentence has a score, a rank and the reason it was or was not picked.
//! assert_eq!(summary.sentences.len(), 4);
//! assert!(summary.sentences.iter().all(|s| s.score.is_finite()));
//! # Ok::<(), salient_rank::Error>(())
//! ```
#![deny(missing_docs)]

// The pipeline's stages, in order (see `summarizer`): table, tfidf, plan, score (with
// objective and centrality), select, summary.
mod aim;
mod centrality;
mod content;
mod error;
mod filler;
mod graph;
mod idf;
mod keywords;
mod matrix;
mod method;
mod objective;
mod options;
mod plan;
mod score;
mod select;
mod similarity;
mod summarizer;
mod summary;
mod svd;
mod table;
mod tfidf;

pub use centrality::{pagerank, personalized_pagerank, Centrality, PageRankConfig};
pub use error::{Error, Result};
pub use filler::Filler;
pub use graph::{Graph, GraphOptions, GraphStrategy};
pub use idf::{IdfModel, IdfWeighting};
pub use keywords::{KeyphraseStyle, Keyword, KeywordConfig, KeywordExtractor};
pub use matrix::SparseMatrix;
pub use method::Method;
pub use options::{Budget, Filter, Filters, PositionPrior, Redundancy};
pub use score::CentralityReport;
pub use select::Status;
pub use similarity::Similarity;
pub use summarizer::{Summarizer, SummarizerConfig};
pub use summary::{Note, RankedSentence, Summary};
pub use svd::splitmix64;
pub use tfidf::{IdfSource, TermWeighting, TfIdf, TfIdfConfig};

/// The crate version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
