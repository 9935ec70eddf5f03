//! `salient keywords`: keywords and keyphrases of each input.

use std::io::Write;

use salient_text::AnalyzerConfig;
use serde::Serialize;

use crate::args::{InputFormat, KeywordsArgs, KeywordsFormat};
use crate::batch::{self, Origin};
use crate::input::read_for;
use crate::{emit, emit_json, Failure, EXIT_INPUT, EXIT_OK};

#[derive(Serialize)]
struct Record<'a> {
    #[serde(flatten)]
    origin: Origin<'a>,
    keywords: Vec<KeywordOut<'a>>,
}

fn record<'a>(origin: Origin<'a>, keywords: &'a [salient_rank::Keyword<'a>]) -> Record<'a> {
    Record {
        origin,
        keywords: keywords
            .iter()
            .map(|k| KeywordOut {
                keyword: k.text,
                key: &k.key,
                score: k.score,
                count: k.count,
                words: k.words,
                start: k.first.start,
                end: k.first.end,
                occurrences: k
                    .occurrences
                    .iter()
                    .map(|o| Occurrence {
                        start: o.start,
                        end: o.end,
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// A keyphrase: as written at its first occurrence, its normalised key, byte spans.
#[derive(Serialize)]
struct KeywordOut<'a> {
    keyword: &'a str,
    key: &'a str,
    score: f64,
    count: usize,
    words: usize,
    start: usize,
    end: usize,
    occurrences: Vec<Occurrence>,
}

#[derive(Serialize)]
struct Occurrence {
    start: usize,
    end: usize,
}

pub fn run(args: &KeywordsArgs, out: &mut impl Write) -> Result<u8, Failure> {
    let extractor = args
        .keyphrase
        .config(AnalyzerConfig::try_from(&args.text)?, args.top)?
        .build()
        .map_err(|e| Failure::usage(e.to_string()))?;
    crate::set_jobs(args.batch.jobs)?;
    if args.batch.input_format == InputFormat::Jsonl {
        let work = |doc: &batch::Doc<'_>| {
            let keywords = extractor.extract(doc.text);
            serde_json::to_string(&record(Origin::of_line(doc), &keywords))
                .map_err(|e| e.to_string())
        };
        return batch::command(&args.text, &args.batch, &work, out);
    }
    let (inputs, failed) = read_for(&args.text, args.batch.input_format);
    let many = inputs.len() > 1;
    for (k, input) in inputs.iter().enumerate() {
        let text = &input.text;
        let keywords = extractor.extract(text);
        if keywords.is_empty() {
            crate::note!("salient: {}: note: no keywords (no words)", input.name);
        }
        match args.format {
            KeywordsFormat::Text => {
                if many {
                    emit(
                        out,
                        &format!("{}==> {} <==\n", if k > 0 { "\n" } else { "" }, input.name),
                    )?;
                }
                for kw in &keywords {
                    emit(out, &format!("{:.4}\t{}\n", kw.score, kw.text))?;
                }
            }
            KeywordsFormat::Json => {
                emit_json(out, &record(Origin::of_input(input), &keywords), false)?
            }
        }
    }
    Ok(if failed { EXIT_INPUT } else { EXIT_OK })
}
