//! Checking that bytes are text before analysing them.

/// Why bytes are not analysable text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// The bytes are not valid UTF-8.
    #[error("invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The bytes look binary (a NUL byte).
    #[error("binary data (NUL byte at offset {offset})")]
    Binary {
        /// Offset of the first NUL byte.
        offset: usize,
    },
}

/// Borrows `bytes` as text: valid UTF-8 without NUL bytes. A leading byte-order mark is
/// skipped (the text then starts after it; offsets in errors count from the first byte of
/// `bytes`). With `lossy`, invalid sequences become U+FFFD instead of an error (NUL bytes are
/// still refused).
///
/// ```
/// use salient_text::{decode, DecodeError};
/// assert_eq!(decode(b"\xEF\xBB\xBFhi", false).unwrap(), "hi");
/// assert_eq!(decode(b"ok \xFF", false), Err(DecodeError::InvalidUtf8 { offset: 3 }));
/// assert_eq!(decode(b"ok \xFF", true).unwrap(), "ok \u{FFFD}");
/// assert_eq!(decode(b"a\0b", true), Err(DecodeError::Binary { offset: 1 }));
/// ```
pub fn decode(bytes: &[u8], lossy: bool) -> Result<std::borrow::Cow<'_, str>, DecodeError> {
    let (bom, bytes) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (3, rest),
        None => (0, bytes),
    };
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary {
            offset: bom + offset,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(std::borrow::Cow::Borrowed(s)),
        Err(_) if lossy => Ok(String::from_utf8_lossy(bytes)),
        Err(e) => Err(DecodeError::InvalidUtf8 {
            offset: bom + e.valid_up_to(),
        }),
    }
}
