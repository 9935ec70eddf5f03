//! The crate's error type.

/// Errors from salient-rank: invalid configuration, and background idf models that cannot be
/// read. Text never produces an error: empty or odd input gives an empty or short summary.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An option value outside its valid range, or two options that conflict.
    #[error("invalid value for {option}: {message}")]
    InvalidOption {
        /// The option's name.
        option: &'static str,
        /// What is wrong with the value.
        message: String,
    },
    /// A method or weighting name that is not known.
    #[error("unknown {kind} {name:?}; expected one of: {expected}")]
    UnknownName {
        /// What was being named ("method", "similarity", ...).
        kind: &'static str,
        /// The name given.
        name: String,
        /// The accepted names, comma-separated.
        expected: String,
    },
    /// An error from the text layer (analyzer configuration).
    #[error(transparent)]
    Text(#[from] salient_text::Error),
    /// A background idf model file that is malformed.
    #[error("idf model, line {line}: {message}")]
    IdfFormat {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Reading or writing an idf model failed.
    #[error("idf model: {0}")]
    Io(#[from] std::io::Error),
}

/// Result alias for this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

pub(crate) fn invalid(option: &'static str, message: impl Into<String>) -> Error {
    Error::InvalidOption {
        option,
        message: message.into(),
    }
}
