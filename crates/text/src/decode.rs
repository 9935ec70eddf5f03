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
    /// UTF-16 (it starts with a UTF-16 byte-order mark) that is not valid UTF-16.
    #[error("invalid UTF-16 at byte offset {offset}")]
    InvalidUtf16 {
        /// Offset of the first invalid code unit.
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
/// still refused). Text that starts with a UTF-16 byte-order mark (as Windows tools write it)
/// is decoded from UTF-16, little- or big-endian as the mark says, into a new string.
///
/// ```
/// use salient_text::{decode, DecodeError};
/// assert_eq!(decode(b"\xEF\xBB\xBFhi", false).unwrap(), "hi");
/// assert_eq!(decode(b"ok \xFF", false), Err(DecodeError::InvalidUtf8 { offset: 3 }));
/// assert_eq!(decode(b"ok \xFF", true).unwrap(), "ok \u{FFFD}");
/// assert_eq!(decode(b"a\0b", true), Err(DecodeError::Binary { offset: 1 }));
/// assert_eq!(decode(b"\xFF\xFEh\0i\0", false).unwrap(), "hi");
/// assert_eq!(decode(b"\xFE\xFF\0h\0i", false).unwrap(), "hi");
/// assert_eq!(decode(b"\xFF\xFE\x00\xD8", false), Err(DecodeError::InvalidUtf16 { offset: 2 }));
/// ```
pub fn decode(bytes: &[u8], lossy: bool) -> Result<std::borrow::Cow<'_, str>, DecodeError> {
    match bytes {
        [0xFF, 0xFE, rest @ ..] => return decode_utf16(rest, false, lossy),
        [0xFE, 0xFF, rest @ ..] => return decode_utf16(rest, true, lossy),
        _ => {}
    }
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

/// UTF-16 after its 2-byte byte-order mark; offsets count from the mark.
fn decode_utf16(
    bytes: &[u8],
    big_endian: bool,
    lossy: bool,
) -> Result<std::borrow::Cow<'static, str>, DecodeError> {
    let units = bytes.chunks(2).map(|c| match (c, big_endian) {
        ([a, b], false) => u16::from_le_bytes([*a, *b]),
        ([a, b], true) => u16::from_be_bytes([*a, *b]),
        // A lone trailing byte is an unpaired surrogate's worth of damage.
        _ => 0xD800,
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut unit = 0;
    for c in char::decode_utf16(units) {
        let offset = 2 + 2 * unit;
        match c {
            Ok('\0') => return Err(DecodeError::Binary { offset }),
            Ok(c) => {
                text.push(c);
                unit += c.len_utf16();
            }
            Err(_) if lossy => {
                text.push(char::REPLACEMENT_CHARACTER);
                unit += 1;
            }
            Err(_) => return Err(DecodeError::InvalidUtf16 { offset }),
        }
    }
    Ok(std::borrow::Cow::Owned(text))
}
