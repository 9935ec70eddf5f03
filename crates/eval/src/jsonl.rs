//! JSON Lines: one reader for every command that takes documents one per line (batch
//! summarization and evaluation corpora), with the same line numbers and messages.

use serde_json::{Map, Value};

/// One non-blank line of a JSON Lines text.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonLine {
    /// 1-based line number.
    pub line: usize,
    /// The line's object, or what is wrong with the line.
    pub object: Result<Map<String, Value>, String>,
}

impl JsonLine {
    /// Parses one line (`line` is its 1-based number): an object, or what is wrong with it.
    pub fn parse(line: usize, text: &str) -> JsonLine {
        JsonLine {
            line,
            object: match serde_json::from_str::<Value>(text) {
                Ok(Value::Object(o)) => Ok(o),
                Ok(_) => Err("expected a JSON object".to_owned()),
                Err(e) => Err(format!("malformed JSON: {e}")),
            },
        }
    }

    /// Parses one line given as bytes: invalid UTF-8 makes that line (alone) an error, unless
    /// `lossy` decodes it with U+FFFD.
    pub fn parse_bytes(line: usize, bytes: &[u8], lossy: bool) -> JsonLine {
        match std::str::from_utf8(bytes) {
            Ok(text) => JsonLine::parse(line, text),
            Err(_) if lossy => JsonLine::parse(line, &String::from_utf8_lossy(bytes)),
            Err(e) => JsonLine {
                line,
                object: Err(format!(
                    "invalid UTF-8 at byte {} of the line (use --lossy to decode anyway)",
                    e.valid_up_to()
                )),
            },
        }
    }

    /// Field `name` as a string, or why it is not one.
    pub fn string(&self, name: &str) -> Result<&str, String> {
        let object = self.object.as_ref().map_err(Clone::clone)?;
        match object.get(name) {
            Some(Value::String(s)) => Ok(s),
            Some(_) => Err(format!("field {name:?} is not a string")),
            None => Err(format!("missing field {name:?}")),
        }
    }

    /// Field `name` as a list of strings, or why it is not one.
    pub fn strings(&self, name: &str) -> Result<Vec<String>, String> {
        self.value(name)
            .as_array()
            .ok_or_else(|| format!("missing field {name:?} (a list of strings)"))?
            .iter()
            .map(|s| s.as_str().map(str::to_owned))
            .collect::<Option<Vec<String>>>()
            .ok_or_else(|| format!("field {name:?} holds a non-string"))
    }

    /// The `id` field, or `line N` without one.
    pub fn id_or_line(&self) -> String {
        self.value("id")
            .as_str()
            .map_or_else(|| format!("line {}", self.line), str::to_owned)
    }

    /// The `lang` field, empty without one.
    pub fn lang(&self) -> String {
        self.value("lang").as_str().unwrap_or("").to_owned()
    }

    /// Field `name` as JSON (`Null` when absent or the line is bad).
    pub fn value(&self, name: &str) -> &Value {
        const NULL: Value = Value::Null;
        self.object
            .as_ref()
            .ok()
            .and_then(|o| o.get(name))
            .unwrap_or(&NULL)
    }
}

/// The non-blank lines of `data`, in order, each parsed as a JSON object. A line that is not
/// JSON, or not an object, carries its error; the lines after it are read all the same.
///
/// ```
/// let lines: Vec<_> = salient_eval::json_lines("{\"text\": \"a\"}\n\n[1]\n{\"text\": 2}\n").collect();
/// assert_eq!(lines.iter().map(|l| l.line).collect::<Vec<_>>(), [1, 3, 4]);
/// assert_eq!(lines[0].string("text"), Ok("a"));
/// assert_eq!(lines[1].string("text"), Err("expected a JSON object".to_string()));
/// assert_eq!(lines[2].string("text"), Err("field \"text\" is not a string".to_string()));
/// ```
pub fn json_lines(data: &str) -> impl Iterator<Item = JsonLine> + '_ {
    data.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| JsonLine::parse(i + 1, l))
}

/// [`json_lines`] over bytes: each line is decoded on its own (see [`JsonLine::parse_bytes`]),
/// so one bad byte costs its line, not the file. A leading UTF-8 byte-order mark is skipped.
///
/// ```
/// let lines: Vec<_> = salient_eval::json_lines_bytes(b"{\"text\": \"a\"}\n{\"text\": \"\xFF\"}\n", false).collect();
/// assert_eq!(lines[0].string("text"), Ok("a"));
/// assert!(lines[1].object.as_ref().unwrap_err().contains("invalid UTF-8"));
/// ```
pub fn json_lines_bytes(data: &[u8], lossy: bool) -> impl Iterator<Item = JsonLine> + '_ {
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    data.split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, l)| (i, l.strip_suffix(b"\r").unwrap_or(l)))
        .filter(|(_, l)| !l.iter().all(u8::is_ascii_whitespace))
        .map(move |(i, l)| JsonLine::parse_bytes(i + 1, l, lossy))
}

/// Reads every line of `data` with `read`: the records it makes, and the lines it refused with
/// their numbers.
pub(crate) fn read_records<T>(
    data: &str,
    read: impl Fn(&JsonLine) -> Result<T, String>,
) -> (Vec<T>, Vec<crate::LineError>) {
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for line in json_lines(data) {
        match read(&line) {
            Ok(r) => records.push(r),
            Err(message) => errors.push(crate::LineError {
                line: line.line,
                message,
            }),
        }
    }
    (records, errors)
}
