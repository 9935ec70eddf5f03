//! `salient split`: the sentences of each input.

use std::io::Write;

use salient_text::{AnalyzerConfig, Vocabulary};
use serde::Serialize;

use crate::args::{InputFormat, SplitArgs, SplitFormat};
use crate::batch::{self, Origin};
use crate::input::read_for;
use crate::{emit, emit_json, Failure, EXIT_INPUT, EXIT_OK};

#[derive(Serialize)]
struct SplitDoc<'a> {
    #[serde(flatten)]
    origin: Origin<'a>,
    language: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    language_warning: Option<&'a str>,
    transcript: &'static str,
    sentences: Vec<SplitSentence<'a>>,
}

#[derive(Serialize)]
struct SplitSentence<'a> {
    index: usize,
    start: usize,
    end: usize,
    text: &'a str,
    paragraph: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    turn: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'a str>,
}

pub fn run(args: &SplitArgs, out: &mut impl Write) -> Result<u8, Failure> {
    crate::set_jobs(args.batch.jobs)?;
    if args.eval {
        return crate::split_eval::run(args, out);
    }
    let analyzer = AnalyzerConfig::try_from(&args.text)?
        .build()
        .map_err(|e| Failure::usage(e.to_string()))?;
    if args.batch.input_format == InputFormat::Jsonl {
        let work = |doc: &batch::Doc<'_>| {
            let a = analyzer.analyze(doc.text, &mut Vocabulary::default());
            serde_json::to_string(&record(Origin::of_line(doc), &a)).map_err(|e| e.to_string())
        };
        return batch::command(&args.text, &args.batch, &work, out);
    }
    let (inputs, failed) = read_for(&args.text, args.batch.input_format);
    let many = inputs.len() > 1;
    for (n, input) in inputs.iter().enumerate() {
        let text = &input.text;
        let mut vocab = Vocabulary::default();
        let a = analyzer.analyze(text, &mut vocab);
        if let Some(w) = &a.language.warning {
            crate::note!("salient: {}: warning: {w}", input.name);
        }
        let doc = &a.document;
        if doc.is_empty() {
            crate::note!("salient: {}: note: no text, no sentences", input.name);
        }
        match args.format {
            SplitFormat::Text => {
                if many {
                    emit(
                        out,
                        &format!("{}==> {} <==\n", if n > 0 { "\n" } else { "" }, input.name),
                    )?;
                }
                for i in 0..doc.len() {
                    emit(out, &salient_text::one_line(doc.sentence_text(i)))?;
                    emit(out, "\n")?;
                }
            }
            SplitFormat::Json => emit_json(out, &record(Origin::of_input(input), &a), false)?,
        }
    }
    Ok(if failed { EXIT_INPUT } else { EXIT_OK })
}

/// One input's sentences as a JSON record (with its line and id in batch mode).
fn record<'a>(origin: Origin<'a>, a: &'a salient_text::Analysis<'a>) -> SplitDoc<'a> {
    let doc = &a.document;
    SplitDoc {
        origin,
        language: a.language.language.code(),
        language_warning: a.language.warning.as_deref(),
        transcript: doc.transcript().name(),
        sentences: doc
            .sentences()
            .iter()
            .enumerate()
            .map(|(i, s)| SplitSentence {
                index: i,
                start: s.span.start,
                end: s.span.end,
                text: doc.sentence_text(i),
                paragraph: s.paragraph,
                turn: s.turn,
                speaker: doc.speaker(i),
            })
            .collect(),
    }
}
