//! Reading inputs: files, directories of text files, standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One input document, read but not yet decoded.
pub struct Input {
    /// How to name it in messages and output (`-` for standard input).
    pub name: String,
    pub bytes: Vec<u8>,
}

/// File extensions taken from a directory (files without an extension are taken too).
const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "rst"];

/// Expands `paths` (files, directories, `-`) into inputs, in order. Problems with one path are
/// returned as messages beside the inputs that could be read.
pub fn read_inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    let stdin_only = [PathBuf::from("-")];
    let paths = if paths.is_empty() {
        &stdin_only[..]
    } else {
        paths
    };
    for p in paths {
        if p.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match std::io::stdin().lock().read_to_end(&mut bytes) {
                Ok(_) => inputs.push(Input {
                    name: "-".into(),
                    bytes,
                }),
                Err(e) => errors.push(format!("<stdin>: cannot read: {e}")),
            }
        } else if p.is_dir() {
            match text_files(p) {
                Ok(files) if files.is_empty() => errors.push(format!(
                    "{}: directory has no text files (.{})",
                    p.display(),
                    TEXT_EXTENSIONS.join(", .")
                )),
                Ok(files) => files
                    .iter()
                    .for_each(|f| read_file(f, &mut inputs, &mut errors)),
                Err(e) => errors.push(format!("{}: cannot list directory: {e}", p.display())),
            }
        } else {
            read_file(p, &mut inputs, &mut errors);
        }
    }
    (inputs, errors)
}

fn read_file(path: &Path, inputs: &mut Vec<Input>, errors: &mut Vec<String>) {
    match std::fs::read(path) {
        Ok(bytes) => inputs.push(Input {
            name: path.display().to_string(),
            bytes,
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            errors.push(format!("{}: no such file", path.display()))
        }
        Err(e) => errors.push(format!("{}: cannot read: {e}", path.display())),
    }
}

/// Regular, non-hidden files with a text extension (or none), sorted by name for determinism.
fn text_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        let texty = match path.extension().and_then(|e| e.to_str()) {
            None => true,
            Some(e) => TEXT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()),
        };
        if path.is_file() && !hidden && texty {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

impl Input {
    /// The input as text, or a message naming it (with the byte offset for invalid UTF-8).
    pub fn text(&self, lossy: bool) -> Result<std::borrow::Cow<'_, str>, String> {
        salient_text::decode(&self.bytes, lossy).map_err(|e| {
            let hint = if matches!(
                e,
                salient_text::DecodeError::InvalidUtf8 { .. }
                    | salient_text::DecodeError::InvalidUtf16 { .. }
            ) {
                " (use --lossy to decode anyway)"
            } else {
                ""
            };
            format!("{}: {e}{hint}", self.name)
        })
    }
}

/// One document of a JSON Lines input.
pub struct JsonlDoc {
    /// 1-based line number.
    pub line: usize,
    /// The id field, as JSON (null when absent).
    pub id: serde_json::Value,
    /// The text, or what is wrong with the line.
    pub text: Result<String, String>,
}

/// The documents of a JSON Lines text (read by [`salient_eval::json_lines`], as evaluation
/// corpora are): one per non-blank line, in order. A line that is not a JSON object, or lacks a
/// string `text_field`, yields an error naming the problem.
pub fn jsonl_documents(data: &str, text_field: &str, id_field: &str) -> Vec<JsonlDoc> {
    salient_eval::json_lines(data)
        .map(|l| JsonlDoc {
            line: l.line,
            id: l.value(id_field).clone(),
            text: l.string(text_field).map(str::to_owned),
        })
        .collect()
}

/// One input, read and decoded.
pub struct Text {
    /// How to name it in messages and output (`-` for standard input).
    pub name: String,
    /// Its text.
    pub text: String,
}

/// Reads `paths` (see [`read_inputs`]) and decodes each input, reporting every one that cannot be
/// read or is not text on stderr. Returns the texts, in order, and whether any input failed.
pub fn read_texts(paths: &[PathBuf], lossy: bool) -> (Vec<Text>, bool) {
    let (inputs, errors) = read_inputs(paths);
    let mut failed = !errors.is_empty();
    for e in &errors {
        crate::note!("salient: {e}");
    }
    let mut texts = Vec::with_capacity(inputs.len());
    for input in &inputs {
        match input.text(lossy) {
            Ok(t) => texts.push(Text {
                name: input.name.clone(),
                text: t.into_owned(),
            }),
            Err(e) => {
                crate::note!("salient: {e}");
                failed = true;
            }
        }
    }
    (texts, failed)
}
