//! `salient split --eval`: the splitter scored on sentence-boundary test suites.

use std::collections::BTreeMap;
use std::io::Write;

use salient_eval::{parse_segmentation_cases, score_segmentation, SegmentationTotals};
use salient_text::{Analyzer, AnalyzerConfig, Vocabulary};
use serde::Serialize;

use crate::args::{SplitArgs, SplitFormat};
use crate::input::read_jsonl_files;
use crate::per_language::PerLanguage;
use crate::{emit, Failure, EXIT_INPUT, EXIT_OK};

#[derive(Serialize)]
struct Row<'a> {
    lang: &'a str,
    cases: usize,
    exact: usize,
    accuracy: f64,
    precision: f64,
    recall: f64,
    f1: f64,
}

impl<'a> Row<'a> {
    fn new(lang: &'a str, t: &SegmentationTotals) -> Self {
        Row {
            lang,
            cases: t.cases,
            exact: t.exact,
            accuracy: t.accuracy(),
            precision: t.precision(),
            recall: t.recall(),
            f1: t.f1(),
        }
    }
}

pub fn run(args: &SplitArgs, out: &mut impl Write) -> Result<u8, Failure> {
    let base = AnalyzerConfig::try_from(&args.text)?;
    let mut analyzers: PerLanguage<Analyzer> = PerLanguage::new(base.language);
    let (files, mut failed) = read_jsonl_files(&args.text.inputs);
    let mut totals: BTreeMap<String, SegmentationTotals> = BTreeMap::new();
    let mut all = SegmentationTotals::default();
    let mut failures = Vec::new();
    for file in &files {
        let text = String::from_utf8_lossy(&file.bytes);
        let (cases, errors) = parse_segmentation_cases(&text);
        for e in &errors {
            crate::note!("salient: {}: {e}", file.name);
        }
        failed |= !errors.is_empty();
        for case in cases.iter().filter(|c| c.lossless) {
            let analyzer = analyzers.prepare(&case.lang, |language| {
                let config = AnalyzerConfig {
                    language,
                    ..base.clone()
                };
                config.build().map_err(|e| Failure::usage(e.to_string()))
            })?;
            let a = analyzer.analyze(&case.text, &mut Vocabulary::default());
            let got: Vec<std::ops::Range<usize>> = a
                .document
                .sentences()
                .iter()
                .map(|s| s.span.start..s.span.end)
                .collect();
            let score = score_segmentation(&case.text, &case.sentences, &got);
            totals.entry(case.lang.clone()).or_default().add(score);
            all.add(score);
            if args.failures && !score.exact {
                let found: Vec<&str> = got.iter().map(|r| &case.text[r.clone()]).collect();
                failures.push(format!(
                    "{} [{}] {} extra, {} missed\n  expected: {:?}\n  found:    {:?}\n",
                    case.id,
                    case.lang,
                    score.false_positives,
                    score.false_negatives,
                    case.sentences,
                    found
                ));
            }
        }
    }
    let mut rows: Vec<Row> = totals.iter().map(|(l, t)| Row::new(l, t)).collect();
    rows.push(Row::new("all", &all));
    write(args.format, &rows, out)?;
    for f in &failures {
        emit(out, f)?;
    }
    Ok(if failed { EXIT_INPUT } else { EXIT_OK })
}

fn write(format: SplitFormat, rows: &[Row], out: &mut impl Write) -> Result<(), Failure> {
    match format {
        SplitFormat::Json => {
            for r in rows {
                let line = serde_json::to_string(r).map_err(|e| Failure::input(e.to_string()))?;
                emit(out, &format!("{line}\n"))?;
            }
        }
        SplitFormat::Text => {
            emit(
                out,
                "lang   cases  exact   accuracy  precision  recall     F1\n",
            )?;
            for r in rows {
                emit(
                    out,
                    &format!(
                        "{:<6} {:>5}  {:>5}   {:>7.1}%  {:>8.1}  {:>6.1}  {:>5.1}\n",
                        r.lang,
                        r.cases,
                        r.exact,
                        100.0 * r.accuracy,
                        100.0 * r.precision,
                        100.0 * r.recall,
                        100.0 * r.f1
                    ),
                )?;
            }
        }
    }
    Ok(())
}
