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

/// One line's text and id fields, read without building the whole object (batch commands need
/// only these two): the other fields are skipped as they are parsed, and the text is borrowed
/// from the line when it holds no escapes. Its errors and values are [`JsonLine`]'s (a test
/// checks both on every line of the shared corpora and on malformed ones).
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine<'a> {
    /// The id field (`Null` when absent or the line is bad).
    pub id: Value,
    /// The text field, or what is wrong with the line or the field.
    pub text: Result<std::borrow::Cow<'a, str>, String>,
}

impl<'a> TextLine<'a> {
    /// Parses `line` for fields `text_field` and `id_field`.
    ///
    /// ```
    /// use salient_eval::TextLine;
    /// let l = TextLine::parse(r#"{"id": 7, "text": "Hi.", "summaries": ["x"]}"#, "text", "id");
    /// assert_eq!((l.id, l.text.as_deref()), (serde_json::json!(7), Ok("Hi.")));
    /// let l = TextLine::parse("[1]", "text", "id");
    /// assert_eq!(l.text, Err("expected a JSON object".to_string()));
    /// ```
    pub fn parse(line: &'a str, text_field: &str, id_field: &str) -> TextLine<'a> {
        use serde::de::DeserializeSeed;
        let mut de = serde_json::Deserializer::from_str(line);
        let seed = TwoFields {
            text: text_field,
            id: id_field,
        };
        let parsed = seed.deserialize(&mut de).and_then(|v| de.end().map(|()| v));
        match parsed {
            Err(e) => TextLine {
                id: Value::Null,
                text: Err(format!("malformed JSON: {e}")),
            },
            Ok(None) => TextLine {
                id: Value::Null,
                text: Err("expected a JSON object".to_owned()),
            },
            Ok(Some((id, text))) => TextLine {
                id,
                text: match text {
                    Slot::Text(t) => Ok(t),
                    Slot::NotText => Err(format!("field {text_field:?} is not a string")),
                    Slot::Missing => Err(format!("missing field {text_field:?}")),
                },
            },
        }
    }

    /// [`TextLine::parse`] on bytes, decoded as [`JsonLine::parse_bytes`] decodes them.
    pub fn parse_bytes(
        bytes: &'a [u8],
        lossy: bool,
        text_field: &str,
        id_field: &str,
    ) -> TextLine<'a> {
        match std::str::from_utf8(bytes) {
            Ok(text) => TextLine::parse(text, text_field, id_field),
            Err(_) if lossy => {
                let owned = String::from_utf8_lossy(bytes).into_owned();
                let l = TextLine::parse(&owned, text_field, id_field);
                TextLine {
                    id: l.id,
                    text: l.text.map(|t| std::borrow::Cow::Owned(t.into_owned())),
                }
            }
            Err(e) => TextLine {
                id: Value::Null,
                text: Err(format!(
                    "invalid UTF-8 at byte {} of the line (use --lossy to decode anyway)",
                    e.valid_up_to()
                )),
            },
        }
    }
}

/// What a line holds under the text field.
enum Slot<'a> {
    Missing,
    NotText,
    Text(std::borrow::Cow<'a, str>),
}

/// Reads a JSON value: `Some((id, text))` for an object, `None` for anything else.
struct TwoFields<'f> {
    text: &'f str,
    id: &'f str,
}

impl<'de> serde::de::DeserializeSeed<'de> for TwoFields<'_> {
    type Value = Option<(Value, Slot<'de>)>;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

/// Scalar `visit_*` methods that accept their value and answer `$value`.
macro_rules! scalars_give {
    ($value:expr; $($name:ident: $t:ty),*) => {
        $(fn $name<E: serde::de::Error>(self, _: $t) -> Result<Self::Value, E> { Ok($value) })*
    };
}

/// Accepts any value; only an object's two fields are kept. Every other kind is consumed
/// whole, so that a well-formed non-object is "not an object", not a parse error.
impl<'de> serde::de::Visitor<'de> for TwoFields<'_> {
    type Value = Option<(Value, Slot<'de>)>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    scalars_give!(None; visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64,
        visit_str: &str);

    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Skip.visit_seq(seq).map(|_| None)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut id, mut text) = (Value::Null, Slot::Missing);
        while let Some(key) = map.next_key_seed(KeyIs(self.text, self.id))? {
            match key {
                Key::Text => text = map.next_value_seed(TextValue)?,
                Key::Id => id = map.next_value()?,
                Key::Both => {
                    id = map.next_value()?;
                    text = match &id {
                        Value::String(t) => Slot::Text(std::borrow::Cow::Owned(t.clone())),
                        _ => Slot::NotText,
                    };
                }
                Key::Other => {
                    map.next_value::<Skip>()?;
                }
            }
        }
        Ok(Some((id, text)))
    }
}

/// A value parsed as [`Value`] would parse it (numbers out of range are errors, unlike
/// serde's `IgnoredAny`), then dropped: nothing is allocated.
struct Skip;

impl<'de> serde::Deserialize<'de> for Skip {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Skip, D::Error> {
        d.deserialize_any(Skip)
    }
}

impl<'de> serde::de::Visitor<'de> for Skip {
    type Value = Skip;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    scalars_give!(Skip; visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64,
        visit_str: &str);

    fn visit_unit<E: serde::de::Error>(self) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Skip)
    }
}

enum Key {
    Text,
    Id,
    /// The text and id fields have the same name.
    Both,
    Other,
}

/// Compares an object key with the two field names without allocating.
struct KeyIs<'f>(&'f str, &'f str);

impl<'de> serde::de::DeserializeSeed<'de> for KeyIs<'_> {
    type Value = Key;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl serde::de::Visitor<'_> for KeyIs<'_> {
    type Value = Key;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an object key")
    }

    fn visit_str<E: serde::de::Error>(self, k: &str) -> Result<Key, E> {
        Ok(match (k == self.0, k == self.1) {
            (true, true) => Key::Both,
            (true, false) => Key::Text,
            (false, true) => Key::Id,
            (false, false) => Key::Other,
        })
    }
}

/// The text field's value: a string (borrowed when it has no escapes) or anything else.
struct TextValue;

impl<'de> serde::de::DeserializeSeed<'de> for TextValue {
    type Value = Slot<'de>;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Slot<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for TextValue {
    type Value = Slot<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    scalars_give!(Slot::NotText; visit_bool: bool, visit_i64: i64, visit_u64: u64,
        visit_f64: f64);

    fn visit_unit<E: serde::de::Error>(self) -> Result<Slot<'de>, E> {
        Ok(Slot::NotText)
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, s: &'de str) -> Result<Slot<'de>, E> {
        Ok(Slot::Text(std::borrow::Cow::Borrowed(s)))
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Slot<'de>, E> {
        Ok(Slot::Text(std::borrow::Cow::Owned(s.to_owned())))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Slot<'de>, A::Error> {
        Skip.visit_seq(seq).map(|_| Slot::NotText)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Slot<'de>, A::Error> {
        Skip.visit_map(map).map(|_| Slot::NotText)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What the batch commands read from a line, through the whole-object parser.
    fn through_json_line(line: &str, text: &str, id: &str) -> (Value, Result<String, String>) {
        let l = JsonLine::parse(1, line);
        (l.value(id).clone(), l.string(text).map(str::to_owned))
    }

    fn through_text_line(line: &str, text: &str, id: &str) -> (Value, Result<String, String>) {
        let l = TextLine::parse(line, text, id);
        (l.id, l.text.map(|t| t.into_owned()))
    }

    #[test]
    fn two_fields_read_as_the_whole_object_reads_them() {
        for line in [
            r#"{"id": 1, "text": "plain"}"#,
            r#"{"text": "esc\"aped\n\u00e9", "id": {"a": [1, 2]}}"#,
            r#"{"text": 5, "id": "x"}"#,
            r#"{"text": null}"#,
            r#"{"text": ["a"], "id": true}"#,
            r#"{"text": {"a": 1}}"#,
            r#"{"id": "only"}"#,
            r#"{"text": "first", "text": "second", "id": 1, "id": 2}"#,
            r#"{"text": "a", "text": 3}"#,
            r#"{"te\u0078t": "escaped key"}"#,
            r#"{"summaries": [["nested"], {"x": null}], "text": "t", "other": 1.5e3}"#,
            "[1, 2]",
            "\"a string\"",
            "3",
            "null",
            "true",
            "{\"text\": \"unterminated",
            "{\"text\": \"a\"} trailing",
            "{\"text\": \"a\",}",
            "{",
            "",
            "{\"text\": 1e999}",
        ] {
            for (text, id) in [("text", "id"), ("body", "id"), ("text", "text")] {
                assert_eq!(
                    through_text_line(line, text, id),
                    through_json_line(line, text, id),
                    "{line:?} with text={text} id={id}"
                );
            }
        }
    }

    #[test]
    fn two_fields_read_as_the_whole_object_reads_them_on_every_shared_line() {
        let Some(dir) = salient_testdata::eval_dir() else {
            println!("SKIPPED: ../shared/eval not found (set SALIENT_SHARED)");
            return;
        };
        let mut lines = 0;
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "jsonl") {
                let data = std::fs::read_to_string(&path).unwrap_or_default();
                for line in data.lines() {
                    lines += 1;
                    assert_eq!(
                        through_text_line(line, "text", "id"),
                        through_json_line(line, "text", "id")
                    );
                }
            }
        }
        assert!(lines > 1000, "only {lines} lines");
    }
}
