//! Evaluation corpora: JSON Lines with `text`, `summaries` and optional `documents`.

use std::path::{Path, PathBuf};

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
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(line, i + 1) {
            Ok(d) => docs.push(d),
            Err(message) => errors.push(LineError {
                line: i + 1,
                message,
            }),
        }
    }
    (docs, errors)
}

fn parse_line(line: &str, n: usize) -> Result<EvalDoc, String> {
    let v: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let obj = v.as_object().ok_or("expected a JSON object")?;
    let text = obj
        .get("text")
        .and_then(|t| t.as_str())
        .ok_or("missing string field \"text\"")?
        .to_owned();
    let summaries = match obj.get("summaries") {
        None | Some(serde_json::Value::Null) => Vec::new(),
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .map(|s| s.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
            .ok_or("\"summaries\" must be a list of strings")?,
        Some(_) => return Err("\"summaries\" must be a list of strings".into()),
    };
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) if !other.is_null() => other.to_string(),
        _ => format!("line {n}"),
    };
    let documents = match obj.get("documents") {
        Some(serde_json::Value::Array(a)) => a.iter().filter_map(document_text).collect(),
        _ => Vec::new(),
    };
    Ok(EvalDoc {
        id,
        text,
        summaries,
        documents,
    })
}

fn document_text(d: &serde_json::Value) -> Option<String> {
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

/// Where the shared data lives: `$SALIENT_SHARED` if set, else the first `shared` folder holding
/// `eval/` found beside `start` or one of its ancestors (so `../shared` from the repository, from
/// any crate in it, or from a clone next to it). `None` when there is none.
pub fn shared_dir(start: &Path) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("SALIENT_SHARED") {
        return Some(PathBuf::from(p));
    }
    start
        .ancestors()
        .map(|a| a.join("shared"))
        .find(|p| p.join("eval").is_dir())
}

/// `shared_dir(start)/eval`.
pub fn eval_dir(start: &Path) -> Option<PathBuf> {
    shared_dir(start).map(|p| p.join("eval"))
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
