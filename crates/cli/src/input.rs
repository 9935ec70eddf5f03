//! Reading inputs: files, directories of text files, standard input.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One input document, read but not yet decoded.
pub struct Input {
    /// How to name it in messages and output (`-` for standard input).
    pub name: String,
    pub bytes: Vec<u8>,
}

/// File extensions taken from a directory of text (files without an extension are taken too);
/// each may be followed by `.gz` or `.zst`.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "rst", "html", "htm"];
/// File extensions taken from a directory of JSON Lines (also compressed).
pub const JSONL_EXTENSIONS: &[&str] = &["jsonl", "ndjson", "json"];

/// Where an input comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// How to name it in messages and output (`-` for standard input).
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".into(),
            Source::File(p) => p.display().to_string(),
        }
    }
}

/// Expands `paths` (files, directories, `-`; none means standard input) into sources, in order.
/// Directories are walked recursively in file-name order, honouring `.gitignore`, `.ignore` and
/// hidden files as ripgrep does, keeping files with one of `extensions` (or none). A path that
/// does not exist or a directory with no such file is reported on stderr.
pub fn expand(paths: &[PathBuf], extensions: &[&str]) -> (Vec<Source>, bool) {
    let mut sources = Vec::new();
    let mut failed = false;
    if paths.is_empty() {
        return (vec![Source::Stdin], false);
    }
    for p in paths {
        if p.as_os_str() == "-" {
            sources.push(Source::Stdin);
        } else if p.is_dir() {
            let files = walk(p, extensions);
            if files.is_empty() {
                let kind = if extensions == JSONL_EXTENSIONS {
                    "JSON Lines"
                } else {
                    "text"
                };
                crate::note!(
                    "salient: {}: directory has no {kind} files (.{}, also compressed)",
                    p.display(),
                    extensions.join(", .")
                );
                failed = true;
            }
            sources.extend(files.into_iter().map(Source::File));
        } else if !p.exists() {
            crate::note!("salient: {}: no such file", p.display());
            failed = true;
        } else {
            sources.push(Source::File(p.clone()));
        }
    }
    (sources, failed)
}

/// The files below `dir` with a wanted extension, in a stable order.
fn walk(dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ignore::WalkBuilder::new(dir)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(ignore::DirEntry::into_path)
        .filter(|p| wanted(p, extensions))
        .collect();
    files.sort();
    files
}

fn wanted(path: &Path, extensions: &[&str]) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let name = name
        .strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".zst"))
        .unwrap_or(&name);
    match name.rsplit_once('.') {
        None => true,
        Some((_, ext)) => extensions.contains(&ext),
    }
}

/// Opens a source for reading with a buffer of `capacity` bytes, decompressing gzip and zstd
/// (told by their magic bytes, so standard input works too).
pub fn open_stream(
    source: &Source,
    capacity: usize,
) -> Result<BufReader<Box<dyn Read + Send>>, String> {
    let raw: Box<dyn Read + Send> = match source {
        Source::Stdin => {
            use std::io::IsTerminal;
            if std::io::stdin().is_terminal() {
                crate::note!(
                    "salient: reading standard input from the terminal (end it with Ctrl-D; `salient --help` shows usage)"
                );
            }
            Box::new(std::io::stdin())
        }
        Source::File(p) => Box::new(std::fs::File::open(p).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("{}: no such file", p.display()),
            _ => format!("{}: cannot read: {e}", p.display()),
        })?),
    };
    let mut peek = BufReader::with_capacity(capacity, raw);
    let magic = peek
        .fill_buf()
        .map_err(|e| format!("{}: cannot read: {e}", source.name()))?;
    let inner: Box<dyn Read + Send> = if magic.starts_with(&[0x1F, 0x8B]) {
        Box::new(flate2::read::MultiGzDecoder::new(peek))
    } else if magic.starts_with(&[0x28, 0xB5, 0x2F, 0xFD]) {
        Box::new(
            zstd::stream::read::Decoder::with_buffer(peek)
                .map_err(|e| format!("{}: not valid zstd: {e}", source.name()))?,
        )
    } else {
        return Ok(BufReader::with_capacity(capacity, Box::new(peek)));
    };
    Ok(BufReader::with_capacity(capacity, inner))
}

/// The most bytes one whole-text input may hold: 64 MiB, or `$SALIENT_MAX_INPUT`. A document
/// costs a few hundred bytes of memory per sentence, so a larger one could exhaust memory;
/// JSON Lines input has no such limit on its size (each line is one document).
pub fn max_input() -> u64 {
    std::env::var("SALIENT_MAX_INPUT")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(64 << 20)
}

/// Reads a whole input, refusing binary data on its first block (so `/dev/zero` stops at once)
/// and anything over `cap` bytes, with a message naming the limit and how to raise it.
fn read_capped(r: &mut impl Read, name: &str, cap: u64) -> Result<Vec<u8>, String> {
    const FIRST_BLOCK: u64 = 64 << 10;
    let mut bytes = Vec::new();
    let fail = |e: std::io::Error| format!("{name}: cannot read: {e}");
    r.by_ref()
        .take(FIRST_BLOCK.min(cap + 1))
        .read_to_end(&mut bytes)
        .map_err(fail)?;
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if let Some(offset) = bytes.iter().position(|&b| b == 0).filter(|_| !utf16) {
        return Err(format!(
            "{name}: {}",
            salient_text::DecodeError::Binary { offset }
        ));
    }
    let left = (cap + 1).saturating_sub(bytes.len() as u64);
    r.take(left).read_to_end(&mut bytes).map_err(fail)?;
    if bytes.len() as u64 > cap {
        return Err(format!(
            "{name}: more than {cap} bytes, the limit for one document; set SALIENT_MAX_INPUT=BYTES to raise it, or give the documents one per line with --input-format jsonl"
        ));
    }
    Ok(bytes)
}

/// Expands `paths` (see [`expand`]) and reads each text input whole (decompressed). A path that
/// cannot be read is reported on stderr; the others are returned, with whether any failed.
pub fn read_inputs(paths: &[PathBuf]) -> (Vec<Input>, bool) {
    read_all(paths, TEXT_EXTENSIONS, |r, name| {
        read_capped(r, name, max_input())
    })
}

/// Expands `paths` and reads each JSON Lines file whole (decompressed), with no size limit and
/// no binary check: its lines are decoded one by one later, so a bad byte costs one line.
pub fn read_jsonl_files(paths: &[PathBuf]) -> (Vec<Input>, bool) {
    read_all(paths, JSONL_EXTENSIONS, |r, name| {
        let mut bytes = Vec::new();
        r.read_to_end(&mut bytes)
            .map(|_| bytes)
            .map_err(|e| format!("{name}: cannot read: {e}"))
    })
}

fn read_all(
    paths: &[PathBuf],
    extensions: &[&str],
    read: impl Fn(&mut BufReader<Box<dyn Read + Send>>, &str) -> Result<Vec<u8>, String>,
) -> (Vec<Input>, bool) {
    let (sources, mut failed) = expand(paths, extensions);
    let mut inputs = Vec::new();
    for source in sources {
        let read = open_stream(&source, 64 << 10).and_then(|mut r| read(&mut r, &source.name()));
        match read {
            Ok(bytes) => inputs.push(Input {
                name: source.name(),
                bytes,
            }),
            Err(e) => {
                crate::note!("salient: {e}");
                failed = true;
            }
        }
    }
    (inputs, failed)
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

/// One input, read and decoded.
pub struct Text {
    /// How to name it in messages and output (`-` for standard input).
    pub name: String,
    /// Its text (for an HTML page, the main text extracted from it).
    pub text: String,
    /// Whether the text was extracted from HTML (spans then index the extracted text).
    pub from_html: bool,
}

/// Reads `paths` (see [`read_inputs`]) and decodes each input, reporting every one that cannot be
/// read or is not text on stderr. Returns the texts, in order, and whether any input failed.
pub fn read_texts(paths: &[PathBuf], lossy: bool) -> (Vec<Text>, bool) {
    read_documents(paths, lossy, Html::Never)
}

/// Whether inputs are HTML pages to extract the main text from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Html {
    /// Told by each input's extension or first bytes.
    Auto,
    /// Every input.
    Always,
    /// None (word lists, predictions, references).
    Never,
}

/// [`read_texts`] for documents to summarize, split or count: an HTML page becomes its main
/// text (see [`Html`]).
pub fn read_documents(paths: &[PathBuf], lossy: bool, html: Html) -> (Vec<Text>, bool) {
    let (inputs, mut failed) = read_inputs(paths);
    let mut texts = Vec::with_capacity(inputs.len());
    for input in &inputs {
        let text = input.text(lossy).and_then(|t| {
            let is_html = match html {
                Html::Always => true,
                Html::Never => false,
                Html::Auto => crate::html::is_html(&input.name, &t),
            };
            if is_html {
                crate::html::main_text(&t)
                    .map(|t| (t, true))
                    .map_err(|e| format!("{}: {e}", input.name))
            } else {
                Ok((t.into_owned(), false))
            }
        });
        match text {
            Ok((text, from_html)) => texts.push(Text {
                name: input.name.clone(),
                text,
                from_html,
            }),
            Err(e) => {
                crate::note!("salient: {e}");
                failed = true;
            }
        }
    }
    (texts, failed)
}

/// The documents a command's text arguments name, read as `--input-format` says (HTML pages
/// detected, or every input taken as HTML with `html`).
pub fn read_for(
    text: &crate::args::TextArgs,
    format: crate::args::InputFormat,
) -> (Vec<Text>, bool) {
    let html = match format {
        crate::args::InputFormat::Html => Html::Always,
        _ => Html::Auto,
    };
    read_documents(&text.inputs, text.lossy, html)
}
