//! Streaming JSON Lines: one document per line in, one result per line out, in order, at any
//! size. A reader thread reads lines as they come (files, directories, standard input, gzip or
//! zstd) and hands them on in chunks; the pool works on a chunk (parsing each line too) while
//! the main thread writes the chunk before it. Memory is bounded by a few chunks, not by the
//! input, and output appears as soon as a chunk is done: a producer that pauses (a pipe,
//! `tail -f`) sees the results of what it has written so far.

use std::io::Write;
use std::path::PathBuf;
use std::sync::mpsc::{sync_channel, SyncSender};

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use salient_eval::TextLine;

use crate::args::{BadLines, BatchArgs, TextArgs};
use crate::input::{expand, open_stream, Source, JSONL_EXTENSIONS};
use crate::{emit, Failure, EXIT_INPUT, EXIT_OK};

/// A chunk ends after this many lines, or earlier when the input has nothing more buffered.
const CHUNK_LINES: usize = 1024;
/// Or after this many bytes.
const CHUNK_BYTES: usize = 16 << 20;
/// The reader's buffer: chunks of a file are about this size.
const READ_BUFFER: usize = 1 << 20;

/// One document of a batch, as the command's work function sees it.
pub struct Doc<'a> {
    /// The input it comes from (`-` for standard input).
    pub source: &'a str,
    /// Its 1-based line number in that input.
    pub line: usize,
    /// Its id field (null when absent).
    pub id: &'a serde_json::Value,
    /// Its text.
    pub text: &'a str,
}

impl<'a> Doc<'a> {
    /// The id, unless the line has none.
    pub fn id(&self) -> Option<&'a serde_json::Value> {
        (!self.id.is_null()).then_some(self.id)
    }
}

/// Where a JSON record's document came from: its input, and in batch its line and id; for a
/// web page, that its spans index the extracted text. Flattened into each command's record.
#[derive(serde::Serialize)]
pub struct Origin<'a> {
    pub source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a serde_json::Value>,
    /// `html` when the input was a web page: spans then index its extracted main text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_from: Option<&'static str>,
}

impl<'a> Origin<'a> {
    /// A document of a JSON Lines batch.
    pub fn of_line(doc: &Doc<'a>) -> Self {
        Origin {
            source: doc.source,
            line: Some(doc.line),
            id: doc.id(),
            text_from: None,
        }
    }

    /// A whole input.
    pub fn of_input(input: &'a crate::input::Text) -> Self {
        Origin {
            source: &input.name,
            line: None,
            id: None,
            text_from: input.from_html.then_some("html"),
        }
    }
}

/// A command's batch mode: streams its inputs (`text`) as `args` says through `work`, one
/// result line per input line. The exit status is [`EXIT_INPUT`] when an input could not be
/// read, or when a line failed and `--bad-lines fail` (the default) is in force.
pub fn command(
    text: &TextArgs,
    args: &BatchArgs,
    work: &(dyn Fn(&Doc<'_>) -> Result<String, String> + Sync),
    out: &mut impl Write,
) -> Result<u8, Failure> {
    let fields = Fields {
        text: &args.text_field,
        id: &args.id_field,
    };
    let tally = run(&text.inputs, text.lossy, &fields, work, out)?;
    Ok(tally.exit_status(args.bad_lines))
}

/// What went wrong in a batch run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Lines answered with an error record.
    pub bad_lines: usize,
    /// Inputs that could not be opened or read to the end.
    pub failed_inputs: usize,
}

impl Tally {
    /// The exit status: an unreadable input always fails the run (its lines have no records);
    /// bad lines fail it only under [`BadLines::Fail`].
    pub fn exit_status(self, bad_lines: BadLines) -> u8 {
        if self.failed_inputs > 0 {
            return EXIT_INPUT;
        }
        match (self.bad_lines, bad_lines) {
            (0, _) => EXIT_OK,
            (n, BadLines::Record) => {
                crate::note!(
                    "salient: {n} bad line{} answered with an error record",
                    if n == 1 { "" } else { "s" }
                );
                EXIT_OK
            }
            (_, BadLines::Fail) => EXIT_INPUT,
        }
    }
}

/// Where to find the text and the id in each line.
pub struct Fields<'f> {
    pub text: &'f str,
    pub id: &'f str,
}

/// A line as read: raw bytes, decoded later in the pool.
struct RawLine {
    source: usize,
    line: usize,
    bytes: Vec<u8>,
}

/// What the reader sends: a chunk of lines, or an input that could not be opened or read.
enum Read {
    Lines(Vec<RawLine>),
    Failed(String),
}

/// What becomes of a line (or of an input that failed as a whole).
pub enum Outcome<T> {
    /// The work's result.
    Done(T),
    /// A line that failed: its message (for stderr) and its error record (for the output).
    Error { message: String, record: String },
    /// An input that could not be opened or read: a message, no output line.
    Failed(String),
}

/// Streams every JSON Lines input through `work`, writing one line per non-blank input line in
/// input order: `work`'s result, or an error record `{"source","line","id","error"}` (also
/// reported on stderr with its line number). Returns how many lines and inputs failed.
pub fn run(
    paths: &[PathBuf],
    lossy: bool,
    fields: &Fields<'_>,
    work: &(dyn Fn(&Doc<'_>) -> Result<String, String> + Sync),
    out: &mut impl Write,
) -> Result<Tally, Failure> {
    let bar = progress_bar();
    let mut tally = Tally::default();
    let result = map(paths, lossy, fields, work, &mut |outcomes| {
        write_chunk(outcomes, out, &bar, &mut tally)
    });
    bar.finish_and_clear();
    if result? {
        tally.failed_inputs += 1;
    }
    Ok(tally)
}

/// The streaming engine: `work` runs on every line in parallel, and `sink` receives each chunk's
/// outcomes in input order (while the next chunk is being worked on). Returns whether an input
/// could not be expanded; a `sink` error stops the stream.
pub fn map<T: Send>(
    paths: &[PathBuf],
    lossy: bool,
    fields: &Fields<'_>,
    work: &(dyn Fn(&Doc<'_>) -> Result<T, String> + Sync),
    sink: &mut dyn FnMut(Vec<Outcome<T>>) -> Result<(), Failure>,
) -> Result<bool, Failure> {
    let (sources, failed) = expand(paths, JSONL_EXTENSIONS);
    let names: Vec<String> = sources.iter().map(Source::name).collect();
    let (lines_tx, lines_rx) = sync_channel::<Read>(1);
    let (done_tx, done_rx) = sync_channel::<Vec<Outcome<T>>>(1);
    let names = &names;
    let written = std::thread::scope(|scope| {
        scope.spawn(|| read_all(&sources, lines_tx));
        // Moves the sender in, so the writer's loop ends when the worker does.
        scope.spawn(move || {
            for read in lines_rx {
                let results = match read {
                    Read::Lines(chunk) => chunk
                        .par_iter()
                        .map(|raw| one_line(raw, &names[raw.source], lossy, fields, work))
                        .collect(),
                    Read::Failed(message) => vec![Outcome::Failed(message)],
                };
                if done_tx.send(results).is_err() {
                    return; // The writer stopped (a closed pipe): stop working.
                }
            }
        });
        // On a sink error the receiver is dropped, which stops the worker and then the reader.
        done_rx.into_iter().try_for_each(&mut *sink)
    });
    written?;
    Ok(failed)
}

/// Writes a chunk's results, then flushes; messages for failed lines and inputs go to stderr
/// and are counted in `tally`.
fn write_chunk(
    results: Vec<Outcome<String>>,
    out: &mut impl Write,
    bar: &ProgressBar,
    tally: &mut Tally,
) -> Result<(), Failure> {
    for r in &results {
        match r {
            Outcome::Done(line) => emit(out, line)?,
            Outcome::Error { message, record } => {
                crate::note!("salient: {message}");
                tally.bad_lines += 1;
                emit(out, record)?;
            }
            Outcome::Failed(message) => {
                crate::note!("salient: {message}");
                tally.failed_inputs += 1;
                continue;
            }
        }
        emit(out, "\n")?;
        bar.inc(1);
    }
    out.flush().map_err(Failure::from)
}

/// Decodes, parses and works on one line.
fn one_line<T>(
    raw: &RawLine,
    source: &str,
    lossy: bool,
    fields: &Fields<'_>,
    work: &(dyn Fn(&Doc<'_>) -> Result<T, String> + Sync),
) -> Outcome<T> {
    let parsed = TextLine::parse_bytes(&raw.bytes, lossy, fields.text, fields.id);
    let id = &parsed.id;
    let result = parsed
        .text
        .as_deref()
        .map_err(Clone::clone)
        .and_then(|text| {
            work(&Doc {
                source,
                line: raw.line,
                id,
                text,
            })
        });
    match result {
        Ok(done) => Outcome::Done(done),
        Err(e) => {
            let record = serde_json::json!({
                "source": source,
                "line": raw.line,
                "id": id,
                "error": e,
            });
            Outcome::Error {
                message: format!("{source}: line {}: {e}", raw.line),
                record: record.to_string(),
            }
        }
    }
}

/// Reads every source in turn, sending chunks of non-blank lines.
fn read_all(sources: &[Source], tx: SyncSender<Read>) {
    for (k, source) in sources.iter().enumerate() {
        let reader = match open_stream(source, READ_BUFFER) {
            Ok(r) => r,
            Err(message) => {
                if tx.send(Read::Failed(message)).is_err() {
                    return;
                }
                continue;
            }
        };
        if let Err(message) = read_source(k, &source.name(), reader, &tx) {
            if tx.send(Read::Failed(message)).is_err() {
                return;
            }
        }
    }
}

/// `BufRead::read_until(b'\n')` with the memchr crate's vectorised search (the standard
/// library's is a word-at-a-time loop): the reader is one of the batch's two serial parts.
fn read_line(reader: &mut impl std::io::BufRead, out: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut read = 0;
    loop {
        let buf = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (done, used) = match memchr::memchr(b'\n', buf) {
            Some(i) => (true, i + 1),
            None => (buf.is_empty(), buf.len()),
        };
        out.extend_from_slice(&buf[..used]);
        reader.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

/// Sends the lines of one source in chunks. A chunk is sent when it is full, or as soon as the
/// reader has nothing more buffered (the next read may wait on a producer).
fn read_source(
    source: usize,
    name: &str,
    mut reader: std::io::BufReader<Box<dyn std::io::Read + Send>>,
    tx: &SyncSender<Read>,
) -> Result<(), String> {
    let mut chunk: Vec<RawLine> = Vec::new();
    let mut bytes_in_chunk = 0;
    let mut line = 0;
    loop {
        let mut bytes = Vec::new();
        let n = read_line(&mut reader, &mut bytes)
            .map_err(|e| format!("{name}: cannot read after line {line}: {e}"))?;
        if n == 0 {
            break;
        }
        line += 1;
        while matches!(bytes.last(), Some(b'\n' | b'\r')) {
            bytes.pop();
        }
        if line == 1 && bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
        }
        if !bytes.iter().all(u8::is_ascii_whitespace) {
            bytes_in_chunk += bytes.len();
            chunk.push(RawLine {
                source,
                line,
                bytes,
            });
        }
        // Nothing buffered: the next read goes to the input itself and may wait for a producer.
        let drained = reader.buffer().is_empty();
        let full = chunk.len() >= CHUNK_LINES || bytes_in_chunk >= CHUNK_BYTES;
        if !chunk.is_empty() && (full || drained) {
            bytes_in_chunk = 0;
            if tx.send(Read::Lines(std::mem::take(&mut chunk))).is_err() {
                return Ok(());
            }
        }
    }
    if !chunk.is_empty() {
        let _ = tx.send(Read::Lines(chunk));
    }
    Ok(())
}

/// A count and rate on a terminal (the total is unknown while streaming).
fn progress_bar() -> ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    if let Ok(style) = ProgressStyle::with_template("{spinner} {human_pos} docs, {rate} {elapsed}")
    {
        bar.set_style(style.with_key(
            "rate",
            |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} docs/s", s.per_sec());
            },
        ));
    }
    bar
}

#[cfg(test)]
mod tests {
    use std::io::BufRead;

    /// Every line of `data` through `read_line` and through `read_until`, with a buffer of
    /// `capacity` bytes (lines longer than the buffer span several fills).
    fn both(data: &[u8], capacity: usize) -> (Vec<Vec<u8>>, Vec<Vec<u8>>) {
        let mut ours = Vec::new();
        let mut r = std::io::BufReader::with_capacity(capacity, data);
        loop {
            let mut line = Vec::new();
            if super::read_line(&mut r, &mut line).unwrap() == 0 {
                break;
            }
            ours.push(line);
        }
        let mut std = Vec::new();
        let mut r = std::io::BufReader::with_capacity(capacity, data);
        loop {
            let mut line = Vec::new();
            if r.read_until(b'\n', &mut line).unwrap() == 0 {
                break;
            }
            std.push(line);
        }
        (ours, std)
    }

    #[test]
    fn read_line_reads_what_read_until_reads() {
        for data in [
            &b""[..],
            b"\n",
            b"a",
            b"a\n",
            b"{\"text\": \"one\"}\r\n\n{\"text\": \"two\"}",
            b"a long line that spans several buffer fills\nand a last one without a newline",
        ] {
            for capacity in [1, 3, 8, 1 << 16] {
                let (ours, std) = both(data, capacity);
                assert_eq!(ours, std, "{data:?} with a {capacity}-byte buffer");
            }
        }
    }
}
