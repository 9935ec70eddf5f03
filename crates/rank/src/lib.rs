//! # salient-rank
//!
//! The ranking core of [salient](https://github.com/salient-rs/salient): TF-IDF, sentence
//! similarity graphs, centrality and budgeted selection. It builds on
//! [`salient_text`]'s analysis; this first version exposes the crate's version only, and the
//! ranking methods arrive with the ranking issue.
//!
//! ```
//! assert!(!salient_rank::VERSION.is_empty());
//! ```
#![deny(missing_docs)]

/// The crate version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
