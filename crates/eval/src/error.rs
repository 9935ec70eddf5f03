//! The crate's error type.

/// Errors from salient-eval.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The summarizer settings are invalid.
    #[error(transparent)]
    Config(#[from] salient_rank::Error),
}

/// Result alias for this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
