//! The crate's error type.

/// Errors from salient-text. Bad *text* never produces an error (any string can be segmented);
/// these come from bad configuration.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A language name or code that salient does not support.
    #[error("unknown language {0:?}; expected `auto` or one of: {list}", list = crate::Language::codes_list())]
    UnknownLanguage(String),
    /// An option value outside its valid range.
    #[error("invalid value for {option}: {message}")]
    InvalidOption {
        /// The option's name.
        option: &'static str,
        /// What is wrong with the value.
        message: String,
    },
}

/// Result alias for this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
