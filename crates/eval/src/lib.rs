//! # salient-eval
//!
//! ROUGE and corpus evaluation for [salient](https://github.com/salient-rs/salient). It builds
//! on [`salient_rank`]; this first version exposes the crate's version only, and the scorers
//! arrive with the evaluation issue.
//!
//! ```
//! assert!(!salient_eval::VERSION.is_empty());
//! ```
#![deny(missing_docs)]

/// The crate version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
