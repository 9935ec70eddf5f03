//! Evaluation corpora: JSON Lines with `text`, `summaries` and optional `documents`.

use serde_json::Value;

use crate::jsonl::{json_lines, JsonLine};

/// One evaluation document.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalDoc {
    /// Its `id` (or `line N` when absent).
    pub id: String,
    /// The text to summarize.
    pub text: String,
    /// Human reference summaries (may be empty, e.g. for books).
    pub summaries: Vec<String>,
    /// For multi-document clusters: each document's text.
    pub documents: Vec<String>,
}

/// A line that could not be read, with its 1-based number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for LineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Parses a corpus in the `../shared/eval` format. Each line is a JSON object with a string
/// `text`, a list of strings `summaries`, and optionally `documents`: a list of strings, or of
/// objects holding `sentences` or `paragraphs` (lists of strings) or `text`. Blank lines are
/// skipped; bad lines are returned beside the good documents so one bad line stops nothing.
///
/// ```
/// let data = "{\"id\": \"a\", \"text\": \"One. Two.\", \"summaries\": [\"One.\"]}\nnot json\n";
/// let (docs, errors) = salient_eval::parse_corpus(data);
/// assert_eq!(docs.len(), 1);
/// assert_eq!(errors[0].line, 2);
/// ```
pub fn parse_corpus(data: &str) -> (Vec<EvalDoc>, Vec<LineError>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for line in json_lines(data) {
        match parse_line(&line) {
            Ok(d) => docs.push(d),
            Err(message) => errors.push(LineError {
                line: line.line,
                message,
            }),
        }
    }
    (docs, errors)
}

fn parse_line(line: &JsonLine) -> Result<EvalDoc, String> {
    let text = line.string("text")?.to_owned();
    let summaries = match line.value("summaries") {
        Value::Null => Vec::new(),
        Value::Array(a) => a
            .iter()
            .map(|s| s.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
            .ok_or("\"summaries\" must be a list of strings")?,
        _ => return Err("\"summaries\" must be a list of strings".into()),
    };
    let id = match line.value("id") {
        Value::String(s) => s.clone(),
        Value::Null => format!("line {}", line.line),
        other => other.to_string(),
    };
    let documents = match line.value("documents") {
        Value::Array(a) => a.iter().filter_map(document_text).collect(),
        _ => Vec::new(),
    };
    Ok(EvalDoc {
        id,
        text,
        summaries,
        documents,
    })
}

fn document_text(d: &Value) -> Option<String> {
    if let Some(s) = d.as_str() {
        return Some(s.to_owned());
    }
    let join = |key: &str, sep: &str| {
        d.get(key)?.as_array().map(|a| {
            a.iter()
                .filter_map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(sep)
        })
    };
    join("sentences", " ")
        .or_else(|| join("paragraphs", "\n\n"))
        .or_else(|| d.get("text")?.as_str().map(str::to_owned))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_are_reported_with_numbers() {
        let data = "{\"text\": \"a\", \"summaries\": []}\n\n[1]\n{\"summaries\": []}\n{\"text\": \"b\", \"summaries\": [3]}\n{\"id\": 7, \"text\": \"c\", \"documents\": [{\"sentences\": [\"x.\", \"y.\"]}, {\"paragraphs\": [\"p\", \"q\"]}, \"z\"]}";
        let (docs, errors) = parse_corpus(data);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "line 1");
        assert_eq!(docs[1].id, "7");
        assert_eq!(docs[1].documents, ["x. y.", "p\n\nq", "z"]);
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 4, 5]);
        assert!(errors[1].message.contains("\"text\""));
    }
}
