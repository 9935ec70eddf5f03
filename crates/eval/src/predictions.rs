//! Any system's summaries, read from a file and lined up with a corpus, so that `salient eval`
//! scores them as it scores its own methods.

use std::collections::HashMap;

use crate::corpus::string_or_list;
use crate::jsonl::json_lines;
use crate::{EvalDoc, LineError};

/// A system's summaries as read from a predictions file.
#[derive(Debug, Clone, PartialEq)]
pub struct Predictions {
    /// Each summary with its id (JSON Lines) or with none (plain text, in corpus order); a
    /// summary given as a list of sentences is joined with line breaks, as ROUGE-Lsum wants.
    pub entries: Vec<(Option<String>, String)>,
    /// Lines that could not be read (JSON Lines only).
    pub errors: Vec<LineError>,
}

/// Reads predictions: JSON Lines, one `{"<id_field>": ..., "summary": ...}` object per line,
/// the summary a string or a list of sentences; or plain text, one summary per line in the
/// corpus's order. The form is told by the first non-blank line: a JSON object means JSON
/// Lines.
///
/// ```
/// let p = salient_eval::parse_predictions("{\"id\": \"a\", \"summary\": [\"One.\", \"Two.\"]}\n", "id");
/// assert_eq!(p.entries, [(Some("a".to_string()), "One.\nTwo.".to_string())]);
/// let p = salient_eval::parse_predictions("First summary.\nSecond one.\n", "id");
/// assert_eq!(p.entries[1], (None, "Second one.".to_string()));
/// ```
pub fn parse_predictions(data: &str, id_field: &str) -> Predictions {
    let first = data.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let is_jsonl = matches!(
        serde_json::from_str::<serde_json::Value>(first),
        Ok(serde_json::Value::Object(_))
    );
    if !is_jsonl {
        let entries = data
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| (None, l.to_owned()))
            .collect();
        return Predictions {
            entries,
            errors: Vec::new(),
        };
    }
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for line in json_lines(data) {
        let entry = (|| {
            line.object.as_ref().map_err(Clone::clone)?;
            let id = match line.value(id_field) {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => return Err(format!("missing field {id_field:?}")),
                other => other.to_string(),
            };
            let summary = match line.value("summary") {
                serde_json::Value::Null => return Err("missing field \"summary\"".to_owned()),
                v => string_or_list(v)
                    .ok_or("field \"summary\" must be a string or a list of strings".to_owned())?,
            };
            Ok((Some(id), summary.join("\n")))
        })();
        match entry {
            Ok(e) => entries.push(e),
            Err(message) => errors.push(LineError {
                line: line.line,
                message,
            }),
        }
    }
    Predictions { entries, errors }
}

/// Predictions lined up with a corpus's documents.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Alignment {
    /// Per corpus document, its summary (`None`: the file has none for it).
    pub summaries: Vec<Option<String>>,
    /// Ids of corpus documents the file has no summary for.
    pub missing: Vec<String>,
    /// Ids (or `line N` for plain text) the corpus does not have.
    pub extra: Vec<String>,
    /// Ids given more than once (the first is kept).
    pub duplicates: Vec<String>,
}

impl Predictions {
    /// Lines the predictions up with `docs`: by id for JSON Lines, by position for plain text.
    pub fn align(&self, docs: &[EvalDoc]) -> Alignment {
        let mut a = Alignment::default();
        if self.entries.first().is_some_and(|(id, _)| id.is_none()) {
            a.summaries = (0..docs.len())
                .map(|k| self.entries.get(k).map(|(_, s)| s.clone()))
                .collect();
            a.extra = (docs.len()..self.entries.len())
                .map(|k| format!("line {}", k + 1))
                .collect();
        } else {
            let mut by_id: HashMap<&str, &str> = HashMap::new();
            for (id, s) in &self.entries {
                let id = id.as_deref().unwrap_or_default();
                if by_id.contains_key(id) {
                    a.duplicates.push(id.to_owned());
                } else {
                    by_id.insert(id, s);
                }
            }
            a.summaries = docs
                .iter()
                .map(|d| by_id.get(d.id.as_str()).map(|s| s.to_string()))
                .collect();
            let known: std::collections::HashSet<&str> =
                docs.iter().map(|d| d.id.as_str()).collect();
            let mut extra: Vec<String> = by_id
                .keys()
                .filter(|id| !known.contains(*id))
                .map(|id| id.to_string())
                .collect();
            extra.sort();
            a.extra = extra;
        }
        a.missing = docs
            .iter()
            .zip(&a.summaries)
            .filter(|(_, s)| s.is_none())
            .map(|(d, _)| d.id.clone())
            .collect();
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str) -> EvalDoc {
        EvalDoc {
            id: id.into(),
            text: "x".into(),
            summaries: vec!["x".into()],
            documents: Vec::new(),
        }
    }

    #[test]
    fn missing_extra_and_duplicate_ids_are_reported() {
        let p = parse_predictions(
            "{\"id\": \"a\", \"summary\": \"A.\"}\n{\"id\": \"z\", \"summary\": \"Z.\"}\n{\"id\": \"a\", \"summary\": \"again\"}\n{\"summary\": \"no id\"}\n{\"id\": \"c\", \"summary\": 3}\n",
            "id",
        );
        let lines: Vec<usize> = p.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [4, 5]);
        let a = p.align(&[doc("a"), doc("b")]);
        assert_eq!(a.summaries, [Some("A.".to_string()), None]);
        assert_eq!(a.missing, ["b"]);
        assert_eq!(a.extra, ["z"]);
        assert_eq!(a.duplicates, ["a"]);
    }

    #[test]
    fn plain_text_lines_follow_corpus_order() {
        let p = parse_predictions("one\ntwo\nthree\n", "id");
        let a = p.align(&[doc("a"), doc("b")]);
        assert_eq!(a.summaries, [Some("one".into()), Some("two".into())]);
        assert_eq!(a.extra, ["line 3"]);
        let a = parse_predictions("one\n", "id").align(&[doc("a"), doc("b")]);
        assert_eq!(a.missing, ["b"]);
    }
}
