//! # salient-text
//!
//! The text layer of [salient](https://github.com/salient-rs/salient): sentence splitting that
//! real text gets right, word tokenization, stopwords and Snowball stemming, for 18 languages.
//! Everything is reported as byte [`Span`]s into the borrowed input: nothing is rewritten.
//!
//! * [`SentenceSplitter`]: UAX #29 sentence bounds corrected for abbreviations ("Mr.", "U.S.",
//!   "e.g.", "No. 5", "Jan. 6"), initials ("J. R. R. Tolkien"), hard-wrapped lines, headings and
//!   list items, and transcript turns (`Speaker: text` lines, or turns separated by two spaces),
//!   reporting each sentence's speaker.
//! * [`words`]: UAX #29 words with spans; punctuation dropped, numbers kept, transcript markers
//!   such as `{disfmarker}` skipped.
//! * [`Language`]: every language `rust-stemmers` has, with NLTK stopword lists and automatic
//!   detection ([`Language::detect`]) that falls back to English with a visible warning.
//! * [`Analyzer`]: a document to sentences of interned, stemmed terms, fast enough for books.
//!
//! ```
//! use salient_text::{AnalyzerConfig, Vocabulary};
//!
//! let text = "FARAI CHIDEYA, host: Dr. Hader runs the D.C. agency. Welcome.\n\
//!             Dr. SHANNON HADER (Director): Thank you.";
//! let analyzer = AnalyzerConfig::default().build()?;
//! let mut vocab = Vocabulary::default();
//! let a = analyzer.analyze(text, &mut vocab);
//!
//! let doc = &a.document;
//! assert_eq!(doc.len(), 3);
//! assert_eq!(doc.sentence_text(0), "Dr. Hader runs the D.C. agency.");
//! assert_eq!(doc.speaker(2), Some("Dr. SHANNON HADER (Director)"));
//! // Spans index the original text.
//! let s = doc.sentences()[1];
//! assert_eq!(&text[s.span.start..s.span.end], "Welcome.");
//! // Terms: lowercased, stopwords dropped, stemmed.
//! let terms: Vec<&str> = a.terms(0).iter().map(|t| vocab.term(t.term)).collect();
//! assert_eq!(terms, ["dr", "hader", "run", "d.c", "agenc"]);
//! # Ok::<(), salient_text::Error>(())
//! ```
#![deny(missing_docs)]

mod abbrev;
mod analyzer;
mod boundary;
mod decode;
mod error;
mod language;
mod porter2;
mod sentence_bounds;
mod sentences;
mod span;
mod transcript;
mod words;

pub use analyzer::{
    normalize, Analysis, Analyzer, AnalyzerConfig, Stopwords, TermId, Token, Vocabulary,
};
pub use decode::{decode, DecodeError};
pub use error::{Error, Result};
pub use language::{Detection, Language, LanguageChoice};
pub use sentences::{
    ends_sentence, Document, LineMode, QuoteMode, Sentence, SentenceSplitter, TranscriptMode, Turn,
};
pub use span::{one_line, Span};
pub use transcript::{speaker_label, TranscriptFormat};
pub use words::{words, words_in, Markers, Word, Words};
