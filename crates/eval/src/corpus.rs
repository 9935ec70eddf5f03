//! Evaluation corpora: JSON Lines with `text`, `summaries` and optional `documents`.

use serde_json::Value;

use crate::jsonl::{json_lines, json_lines_bytes, JsonLine};

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

/// The field names of a corpus's JSON Lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusFields {
    /// The text to summarize (default `text`).
    pub text: String,
    /// The document's id (default `id`).
    pub id: String,
    /// The reference summaries: a string, or a list of strings (default `summaries`).
    pub summaries: String,
}

impl Default for CorpusFields {
    fn default() -> Self {
        CorpusFields {
            text: "text".into(),
            id: "id".into(),
            summaries: "summaries".into(),
        }
    }
}

/// Parses a corpus in the `../shared/eval` format (see [`parse_corpus_with`]) with the default
/// field names.
///
/// ```
/// let data = "{\"id\": \"a\", \"text\": \"One. Two.\", \"summaries\": [\"One.\"]}\nnot json\n";
/// let (docs, errors) = salient_eval::parse_corpus(data);
/// assert_eq!(docs.len(), 1);
/// assert_eq!(errors[0].line, 2);
/// ```
pub fn parse_corpus(data: &str) -> (Vec<EvalDoc>, Vec<LineError>) {
    parse_corpus_with(data, &CorpusFields::default())
}

/// Parses a corpus: each line a JSON object with a string text, references as a string or a list
/// of strings (absent or null: none), an id (absent: `line N`), and optionally `documents`: a
/// list of strings, or of objects holding `sentences` or `paragraphs` (lists of strings) or
/// `text`, for multi-document clusters. Blank lines are skipped; bad lines are returned beside
/// the good documents so one bad line stops nothing.
///
/// ```
/// use salient_eval::{parse_corpus_with, CorpusFields};
/// let fields = CorpusFields { text: "article".into(), summaries: "highlights".into(), ..Default::default() };
/// let (docs, errors) = parse_corpus_with(r#"{"article": "A. B.", "highlights": "A."}"#, &fields);
/// assert!(errors.is_empty());
/// assert_eq!(docs[0].summaries, ["A."]);
/// ```
pub fn parse_corpus_with(data: &str, fields: &CorpusFields) -> (Vec<EvalDoc>, Vec<LineError>) {
    parse_lines(json_lines(data), fields)
}

/// [`parse_corpus_with`] over bytes, each line decoded on its own: invalid UTF-8 costs its
/// line (an error with its number), not the corpus; `lossy` decodes it with U+FFFD instead.
pub fn parse_corpus_bytes(
    data: &[u8],
    lossy: bool,
    fields: &CorpusFields,
) -> (Vec<EvalDoc>, Vec<LineError>) {
    parse_lines(json_lines_bytes(data, lossy), fields)
}

fn parse_lines(
    lines: impl Iterator<Item = JsonLine>,
    fields: &CorpusFields,
) -> (Vec<EvalDoc>, Vec<LineError>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for line in lines {
        match parse_line(&line, fields) {
            Ok(d) => docs.push(d),
            Err(message) => errors.push(LineError {
                line: line.line,
                message,
            }),
        }
    }
    (docs, errors)
}

fn parse_line(line: &JsonLine, fields: &CorpusFields) -> Result<EvalDoc, String> {
    let text = line.string(&fields.text)?.to_owned();
    let summaries = string_or_list(line.value(&fields.summaries)).ok_or_else(|| {
        format!(
            "{:?} must be a string or a list of strings",
            fields.summaries
        )
    })?;
    let id = match line.value(&fields.id) {
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

/// A string as a one-element list, a list of strings as it is, null as an empty list.
pub(crate) fn string_or_list(v: &Value) -> Option<Vec<String>> {
    match v {
        Value::Null => Some(Vec::new()),
        Value::String(s) => Some(vec![s.clone()]),
        Value::Array(a) => a.iter().map(|s| s.as_str().map(str::to_owned)).collect(),
        _ => None,
    }
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

/// A fixed half of a corpus, chosen by a hash of `"<corpus>/<id>"`, so that settings can be
/// tuned on one half and reported on the other (documents nobody tuned on), the same way on
/// every machine and run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Half {
    /// Documents whose hash is even: tune here.
    Tune,
    /// Documents whose hash is odd: report here.
    Test,
}

impl Half {
    /// Whether the document `id` of corpus `corpus` (its file name without directory and
    /// `.jsonl`) is in this half: FNV-1a 64 of `"<corpus>/<id>"`, even for [`Half::Tune`].
    ///
    /// ```
    /// use salient_eval::Half;
    /// let tune = Half::Tune.contains("cnndm_summeval", "dm-test-1");
    /// assert_ne!(tune, Half::Test.contains("cnndm_summeval", "dm-test-1"));
    /// ```
    pub fn contains(self, corpus: &str, id: &str) -> bool {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in corpus.bytes().chain([b'/']).chain(id.bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h.is_multiple_of(2) == (self == Half::Tune)
    }
}

#[cfg(test)]
mod half_tests {
    use super::Half;

    #[test]
    fn the_halves_partition_a_corpus_about_evenly_and_stably() {
        let ids: Vec<String> = (0..2000).map(|i| format!("doc-{i}")).collect();
        let tune = ids.iter().filter(|id| Half::Tune.contains("c", id)).count();
        let test = ids.iter().filter(|id| Half::Test.contains("c", id)).count();
        assert_eq!(tune + test, 2000);
        assert!((900..1100).contains(&tune), "{tune}");
        // Pinned: the split must not move between releases (results would stop being comparable).
        assert!(
            Half::Tune.contains("cnndm_summeval", "doc-0")
                ^ Half::Test.contains("cnndm_summeval", "doc-0")
        );
        let pinned: Vec<bool> = (0..8)
            .map(|i| Half::Tune.contains("x", &i.to_string()))
            .collect();
        assert_eq!(pinned, fnv_parity("x", 8));
    }

    /// The same hash written out independently.
    fn fnv_parity(corpus: &str, n: usize) -> Vec<bool> {
        (0..n)
            .map(|i| {
                let s = format!("{corpus}/{i}");
                let h = s.bytes().fold(14695981039346656037u64, |h, b| {
                    (h ^ b as u64).wrapping_mul(1099511628211)
                });
                h.is_multiple_of(2)
            })
            .collect()
    }
}
