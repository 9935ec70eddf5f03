//! `salient summarize`: the sentences that best sum up each input.

use std::io::Write;

use salient_rank::{Status, Summarizer, SummarizerConfig, Summary};
use serde::Serialize;

use crate::args::{ColorChoice, InputFormat, OutputFormat, SummarizeArgs};
use crate::batch;
use crate::input::read_for;
use crate::{emit, emit_json, Failure, EXIT_INPUT, EXIT_OK};

#[derive(Serialize)]
struct Record<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sources: Vec<&'a str>,
    /// `html` when the input was a web page: spans then index its extracted main text.
    #[serde(skip_serializing_if = "Option::is_none")]
    text_from: Option<&'static str>,
    version: &'static str,
    method: String,
    /// One code for one input; a list for a combined summary of several.
    language: serde_json::Value,
    transcript: serde_json::Value,
    options: Options,
    sentences: usize,
    /// The picks as one text (each as `summarize` prints it), and its word count.
    summary: String,
    words: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    notes: Vec<String>,
    picks: Vec<PickOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    explain: Option<Vec<PickOut<'a>>>,
}

#[derive(Serialize)]
struct Options {
    budget: String,
    redundancy: String,
    position_prior: String,
    min_words: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_words: Option<usize>,
    skip_questions: bool,
    idf_model: bool,
}

#[derive(Serialize)]
struct PickOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    index: usize,
    start: usize,
    end: usize,
    score: f64,
    rank: usize,
    words: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<String>,
    text: std::borrow::Cow<'a, str>,
}

pub fn run(args: &SummarizeArgs, out: &mut impl Write) -> Result<u8, Failure> {
    crate::set_jobs(args.batch.jobs)?;
    let config = SummarizerConfig::try_from(args)?;
    let summarizer = config.build().map_err(|e| Failure::usage(e.to_string()))?;
    if args.batch.input_format == InputFormat::Jsonl {
        return batch(args, &summarizer, out);
    }
    let (inputs, failed) = read_for(&args.text, args.batch.input_format);
    let texts: Vec<(&str, &str)> = inputs
        .iter()
        .map(|t| (t.name.as_str(), t.text.as_str()))
        .collect();
    if args.combine {
        let names: Vec<&str> = texts.iter().map(|(n, _)| *n).collect();
        let bodies: Vec<&str> = texts.iter().map(|(_, t)| t.as_ref()).collect();
        if !bodies.is_empty() {
            let summary = summarizer.summarize_many(&bodies);
            let html = inputs.iter().any(|t| t.from_html);
            write_summary(out, args, &summarizer, (&summary, html), &names, true)?;
        }
    } else {
        let many = texts.len() > 1;
        // Several inputs with `-f json` make one JSON array (`jsonl` gives a line each).
        let array = many && args.format == OutputFormat::Json;
        if array {
            emit(out, "[\n")?;
        }
        for (k, ((name, text), input)) in texts.iter().zip(&inputs).enumerate() {
            if array && k > 0 {
                emit(out, ",\n")?;
            }
            let summary = summarizer.summarize(text);
            if many && matches!(args.format, OutputFormat::Text | OutputFormat::Markdown) {
                emit(
                    out,
                    &format!("{}==> {name} <==\n", if k > 0 { "\n" } else { "" }),
                )?;
            }
            let html = input.from_html;
            write_summary(out, args, &summarizer, (&summary, html), &[name], false)?;
        }
        if array {
            emit(out, "]\n")?;
        }
    }
    Ok(if failed { EXIT_INPUT } else { EXIT_OK })
}

/// ANSI styles: picks in bold green, redundant and filtered sentences dimmed.
const PICKED: &str = "\x1b[1;32m";
const MUTED: &str = "\x1b[2m";

/// `text` in `style` when colour is on (a line of its own: the style ends with it).
fn paint(text: &str, style: &str, color: bool) -> String {
    if color && !style.is_empty() {
        format!("{style}{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}

/// Whether to colour the output: `always`, `never`, or on a terminal unless `NO_COLOR` is set
/// (<https://no-color.org>).
fn use_color(choice: ColorChoice) -> bool {
    use std::io::IsTerminal;
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

/// A JSON string for one value, a list for several.
fn one_or_list<'v>(values: impl Iterator<Item = &'v str>) -> serde_json::Value {
    let mut v: Vec<serde_json::Value> = values.map(|s| s.into()).collect();
    if v.len() == 1 {
        v.remove(0)
    } else {
        serde_json::Value::Array(v)
    }
}

/// Writes one summary; `from_html` says its spans index text extracted from HTML.
fn write_summary(
    out: &mut impl Write,
    args: &SummarizeArgs,
    summarizer: &Summarizer,
    (summary, from_html): (&Summary<'_>, bool),
    names: &[&str],
    combined: bool,
) -> Result<(), Failure> {
    let label = |d: usize| names.get(d).copied().unwrap_or("-");
    let color = use_color(args.color);
    // An empty input's only news is that it is empty (not, say, that its language is unknown).
    let notes: &[salient_rank::Note] = if summary.sentences.is_empty() {
        &[]
    } else {
        &summary.notes
    };
    for note in notes {
        crate::note!(
            "salient: {}: note: {note}",
            if combined { "combined" } else { label(0) }
        );
    }
    if summary.sentences.is_empty() {
        crate::note!(
            "salient: {}: note: no text, so the summary is empty",
            if combined { "combined" } else { label(0) }
        );
    }
    match args.format {
        OutputFormat::Text if args.explain => {
            for s in &summary.sentences {
                let mark = if s.status == Status::Picked { '+' } else { '-' };
                let source = if combined {
                    format!("{}:", label(s.document))
                } else {
                    String::new()
                };
                let line = format!(
                    "{mark} {source}{:<4} rank {:<4} score {:<9.4} {:<32} {}",
                    s.index,
                    s.rank,
                    s.score,
                    summary.reason(s),
                    salient_text::one_line(
                        &salient_text::Markers::from(args.markers).apply(summary.text(s))
                    )
                );
                let style = match s.status {
                    Status::Picked => PICKED,
                    Status::Redundant { .. } | Status::Filtered(_) | Status::Filler(_) => MUTED,
                    Status::Budget | Status::DoesNotFit | Status::SameTurn { .. } => "",
                };
                emit(out, &paint(&line, style, color))?;
                emit(out, "\n")?;
            }
        }
        OutputFormat::Text => {
            for s in summary.picks() {
                if combined {
                    emit(out, &format!("[{}] ", label(s.document)))?;
                }
                emit(out, &summary.line_with(s, args.markers.into()))?;
                emit(out, "\n")?;
            }
        }
        OutputFormat::Markdown => {
            for (d, text) in summary.inputs().iter().enumerate() {
                if combined {
                    emit(out, &format!("## {}\n\n", label(d)))?;
                }
                emit(out, &highlighted(summary, d, text, color))?;
                emit(out, "\n")?;
            }
        }
        OutputFormat::Json | OutputFormat::Jsonl => {
            let mut record = record(args, summarizer, summary, names, combined, None, None);
            record.text_from = from_html.then_some("html");
            emit_json(out, &record, args.format == OutputFormat::Json)?;
        }
    }
    Ok(())
}

/// Input `d` with its picked sentences in bold (Markdown), everything else verbatim.
fn highlighted(summary: &Summary<'_>, d: usize, text: &str, color: bool) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for s in summary.picks().filter(|s| s.document == d) {
        out.push_str(&text[at..s.span.start]);
        out.push_str(&paint(&format!("**{}**", summary.text(s)), PICKED, color));
        at = s.span.end;
    }
    out.push_str(&text[at..]);
    out
}

fn record<'a>(
    args: &SummarizeArgs,
    summarizer: &Summarizer,
    summary: &'a Summary<'a>,
    names: &[&'a str],
    combined: bool,
    line: Option<usize>,
    id: Option<&'a serde_json::Value>,
) -> Record<'a> {
    let label = |d: usize| names.get(d).copied().unwrap_or("-");
    let pick = |s: &salient_rank::RankedSentence, status: bool| PickOut {
        source: combined.then(|| label(s.document)),
        index: s.index,
        start: s.span.start,
        end: s.span.end,
        score: s.score,
        rank: s.rank,
        words: s.words,
        speaker: summary.speaker(s),
        status: status.then(|| summary.reason(s)),
        text: salient_text::Markers::from(args.markers).apply(summary.text(s)),
    };
    let cfg = summarizer.config();
    Record {
        source: (!combined).then(|| label(0)),
        line,
        id,
        sources: if combined { names.to_vec() } else { Vec::new() },
        text_from: None,
        version: salient_rank::VERSION,
        method: summary.method.to_string(),
        language: one_or_list(summary.languages.iter().map(|l| l.language.code())),
        transcript: one_or_list(summary.transcripts.iter().map(|t| t.name())),
        options: Options {
            budget: summary.budget.to_string(),
            redundancy: summary.redundancy.to_string(),
            position_prior: cfg.position_prior.to_string(),
            min_words: cfg.filters.min_words,
            max_words: cfg.filters.max_words,
            skip_questions: cfg.filters.skip_questions,
            idf_model: cfg.idf_model.is_some(),
        },
        sentences: summary.sentences.len(),
        summary: summary
            .picks()
            .map(|s| summary.line_with(s, args.markers.into()))
            .collect::<Vec<_>>()
            .join(" "),
        words: summary.picks().map(|s| s.words).sum(),
        notes: summary.notes.iter().map(ToString::to_string).collect(),
        picks: summary.picks().map(|s| pick(s, false)).collect(),
        explain: args
            .explain
            .then(|| summary.sentences.iter().map(|s| pick(s, true)).collect()),
    }
}

/// `--input-format jsonl`: one document per line, summarized in parallel, one result per line in
/// input order; a bad line gives an error record (and a message with its line number).
fn batch(
    args: &SummarizeArgs,
    summarizer: &Summarizer,
    out: &mut impl Write,
) -> Result<u8, Failure> {
    if args.combine {
        return Err(Failure::usage(
            "--combine cannot be used with --input-format jsonl (each line is its own document)",
        ));
    }
    let work = |doc: &batch::Doc<'_>| {
        let summary = summarizer.summarize(doc.text);
        let id = doc.id();
        if args.format == OutputFormat::Text {
            let picks: Vec<String> = summary
                .picks()
                .map(|s| summary.line_with(s, args.markers.into()))
                .collect();
            // One record per line: an id's own tabs and line breaks become spaces, as the
            // picks' do (Summary::line).
            let id = id.map_or(String::new(), |v| match v {
                serde_json::Value::String(s) => salient_text::one_line(s).into_owned(),
                v => v.to_string(),
            });
            Ok(format!("{id}\t{}", picks.join(" ")))
        } else {
            let r = record(
                args,
                summarizer,
                &summary,
                &[doc.source],
                false,
                Some(doc.line),
                id,
            );
            serde_json::to_string(&r).map_err(|e| e.to_string())
        }
    };
    batch::command(&args.text, &args.batch, &work, out)
}
