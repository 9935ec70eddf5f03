//! `salient eval --keyphrases`: `salient keywords` (and other systems' keyphrases) scored on
//! keyphrase benchmarks, P/R/F1 at 5 and 10 with a bootstrap interval on F1@10.

use std::collections::BTreeMap;
use std::io::Write;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use salient_eval::{
    bootstrap_intervals, paired_test, parse_keyphrase_docs, score_keyphrases, KeyphraseDoc,
    KeyphraseScores, Paired, PhraseMatcher,
};
use salient_rank::KeywordExtractor;
use salient_text::{AnalyzerConfig, LanguageChoice};
use serde::Serialize;

use crate::args::{EvalArgs, EvalFormat};
use crate::eval::{
    comparison_header, comparison_line, corpus_stem, keep_selected, ComparisonRow, Difference,
    PerDoc,
};
use crate::input::read_jsonl_files;
use crate::per_language::PerLanguage;
use crate::{emit, emit_json, Failure, EXIT_INPUT, EXIT_OK};

/// One row of the report: a system on a corpus.
#[derive(Serialize)]
struct Row<'a> {
    corpus: &'a str,
    system: &'a str,
    documents: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    missing_predictions: Option<usize>,
    p5: f64,
    r5: f64,
    f5: f64,
    p10: f64,
    r10: f64,
    f10: f64,
    f10_low: f64,
    f10_high: f64,
}

/// The figures of a paired comparison of keyphrase systems.
#[derive(Serialize)]
struct F1Differences {
    f5: Difference,
    f10: Difference,
}

/// Another system's keyphrases by document id.
struct Entry {
    name: String,
    by_id: FxHashMap<String, Vec<String>>,
}

pub fn run(args: &EvalArgs, out: &mut impl Write) -> Result<u8, Failure> {
    crate::set_jobs(args.jobs)?;
    let language: LanguageChoice = args
        .language
        .parse()
        .map_err(|e| Failure::usage(format!("--language: {e}")))?;
    let mut failed = false;
    let entries = predictions(&args.predictions, &args.id_field, &mut failed)?;
    if !entries.is_empty() && args.corpora.len() != 1 {
        return Err(Failure::usage(
            "--predictions needs exactly one corpus".to_string(),
        ));
    }
    let (corpora, read_failed) = read_jsonl_files(&args.corpora);
    failed |= read_failed;
    let base = args.keyphrase.config(AnalyzerConfig::default(), 10)?;
    let mut extractors: PerLanguage<KeywordExtractor> = PerLanguage::new(language);
    let mut per_doc = PerDoc::create(args.per_doc.as_deref())?;
    let mut rows_out = Vec::new();
    let mut comparisons = Vec::new();
    for corpus in &corpora {
        let name = corpus.name.as_str();
        let text = match std::str::from_utf8(&corpus.bytes) {
            Ok(t) => std::borrow::Cow::Borrowed(t),
            Err(_) if args.lossy => String::from_utf8_lossy(&corpus.bytes),
            Err(e) => {
                crate::note!(
                    "salient: {name}: invalid UTF-8 at byte {} (use --lossy to decode anyway)",
                    e.valid_up_to()
                );
                failed = true;
                continue;
            }
        };
        let (mut docs, errors) = parse_keyphrase_docs(&text);
        for e in &errors {
            crate::note!("salient: {name}: {e}");
        }
        failed |= !errors.is_empty();
        keep_selected(args, name, &mut docs, |d| &d.id);
        for d in &docs {
            extractors.prepare(&d.lang, |language| {
                let mut config = base.clone();
                config.analyzer.language = language;
                config.build().map_err(|e| Failure::usage(e.to_string()))
            })?;
        }
        let scored = score_corpus(&docs, &extractors, &entries);
        per_doc.write(|w| write_per_doc(w, name, &docs, &scored))?;
        if args.bootstrap > 0 {
            for (system, _, scores) in &scored[1..] {
                let tests = compare(args, &scored[0].2, scores);
                comparisons.push((name.to_owned(), system.clone(), docs.len(), tests));
            }
        }
        rows_out.extend(
            scored
                .into_iter()
                .map(|(system, missing, scores)| (name.to_owned(), system, missing, scores)),
        );
    }
    per_doc.finish()?;
    let rows: Vec<Row> = rows_out
        .iter()
        .map(|(corpus, system, missing, scores)| row(args, corpus, system, *missing, scores))
        .collect();
    write(args.format, &rows, out)?;
    write_comparisons(args, &comparisons, out)?;
    Ok(if failed { EXIT_INPUT } else { EXIT_OK })
}

/// Every system's scores on one corpus's documents: salient first (extracting in parallel),
/// then each `--predictions` entry with how many documents it has no line for.
fn score_corpus(
    docs: &[KeyphraseDoc],
    extractors: &PerLanguage<KeywordExtractor>,
    entries: &[Entry],
) -> Vec<(String, Option<usize>, Vec<KeyphraseScores>)> {
    let matchers = Matchers::for_docs(docs);
    let ours: Vec<KeyphraseScores> = docs
        .par_iter()
        .map(|d| {
            // Every document's language was prepared before scoring.
            let kw = extractors
                .get(&d.lang)
                .map_or_else(Vec::new, |e| e.extract(&d.text));
            let keys: Vec<&str> = kw.iter().map(|k| k.text).collect();
            score_keyphrases(&keys, &d.gold, matchers.get(&d.lang))
        })
        .collect();
    let mut out = vec![("salient".to_owned(), None, ours)];
    for e in entries {
        let mut missing = 0;
        let scores = docs
            .iter()
            .map(|d| {
                let got = e.by_id.get(&d.id).map_or_else(
                    || {
                        missing += 1;
                        &[][..]
                    },
                    Vec::as_slice,
                );
                score_keyphrases(got, &d.gold, matchers.get(&d.lang))
            })
            .collect();
        out.push((e.name.clone(), Some(missing), scores));
    }
    out
}

/// Every system's scores per document, as JSON Lines.
fn write_per_doc(
    w: &mut impl Write,
    corpus: &str,
    docs: &[KeyphraseDoc],
    scored: &[(String, Option<usize>, Vec<KeyphraseScores>)],
) -> std::io::Result<()> {
    for (system, _, scores) in scored {
        for (d, s) in docs.iter().zip(scores) {
            let line = serde_json::json!({
                "corpus": corpus_stem(corpus),
                "id": d.id,
                "system": system,
                "p5": s.at5.precision, "r5": s.at5.recall, "f5": s.at5.f,
                "p10": s.at10.precision, "r10": s.at10.recall, "f10": s.at10.f,
            });
            writeln!(w, "{line}")?;
        }
    }
    Ok(())
}

/// Paired tests of salient's F1@5 and F1@10 against another system's on the same documents.
fn compare(args: &EvalArgs, ours: &[KeyphraseScores], theirs: &[KeyphraseScores]) -> [Paired; 2] {
    let column = |s: &[KeyphraseScores], at10: bool| -> Vec<f64> {
        s.iter()
            .map(|x| if at10 { x.at10.f } else { x.at5.f })
            .collect()
    };
    [false, true].map(|at10| {
        paired_test(
            &column(ours, at10),
            &column(theirs, at10),
            args.bootstrap,
            args.seed,
        )
    })
}

/// The paired comparisons, after the table (text, Markdown) or as JSON lines of their own.
fn write_comparisons(
    args: &EvalArgs,
    comparisons: &[(String, String, usize, [Paired; 2])],
    out: &mut impl Write,
) -> Result<(), Failure> {
    if comparisons.is_empty() {
        return Ok(());
    }
    let md = args.format == EvalFormat::Markdown;
    if args.format != EvalFormat::Json {
        let header = comparison_header("F1@5 and F1@10", "corpus: a - b", &["F1@5", "F1@10"], md);
        emit(out, &header)?;
    }
    for (corpus, system, documents, tests) in comparisons {
        let stem = corpus_stem(corpus);
        if args.format == EvalFormat::Json {
            let [f5, f10] = tests.map(Difference::from);
            let figures = F1Differences { f5, f10 };
            let row = ComparisonRow::new(args, corpus, ("salient", system), *documents, figures);
            emit_json(out, &row, false)?;
        } else {
            emit(
                out,
                &comparison_line(&format!("{stem}: salient"), system, tests, md),
            )?;
        }
    }
    Ok(())
}

/// Means of the six figures and the bootstrap interval of F1@10.
fn row<'a>(
    args: &EvalArgs,
    corpus: &'a str,
    system: &'a str,
    missing: Option<usize>,
    s: &[KeyphraseScores],
) -> Row<'a> {
    let n = s.len().max(1) as f64;
    let mean = |f: &dyn Fn(&KeyphraseScores) -> f64| s.iter().map(f).sum::<f64>() / n;
    let f10: Vec<f64> = s.iter().map(|x| x.at10.f).collect();
    let ci = bootstrap_intervals(&[&f10], args.bootstrap, args.seed);
    Row {
        corpus,
        system,
        documents: s.len(),
        missing_predictions: missing,
        p5: mean(&|x| x.at5.precision),
        r5: mean(&|x| x.at5.recall),
        f5: mean(&|x| x.at5.f),
        p10: mean(&|x| x.at10.precision),
        r10: mean(&|x| x.at10.recall),
        f10: mean(&|x| x.at10.f),
        f10_low: ci[0].low,
        f10_high: ci[0].high,
    }
}

/// One phrase matcher per language code in a corpus.
struct Matchers(BTreeMap<String, PhraseMatcher>);

impl Matchers {
    fn for_docs(docs: &[KeyphraseDoc]) -> Self {
        let mut m = BTreeMap::new();
        for d in docs {
            m.entry(d.lang.clone())
                .or_insert_with(|| PhraseMatcher::for_code(&d.lang));
        }
        Matchers(m)
    }

    fn get(&self, lang: &str) -> &PhraseMatcher {
        &self.0[lang]
    }
}

/// Reads `[NAME=]FILE` predictions: JSON Lines with the id field and `keyphrases`.
fn predictions(specs: &[String], id_field: &str, failed: &mut bool) -> Result<Vec<Entry>, Failure> {
    let mut entries = Vec::new();
    for spec in specs {
        let (name, path) = match spec.split_once('=') {
            Some((n, p)) if !n.is_empty() => (n.to_owned(), p),
            _ => (corpus_stem(spec).to_owned(), spec.as_str()),
        };
        let bytes =
            std::fs::read(path).map_err(|e| Failure::input(format!("{path}: cannot read: {e}")))?;
        let mut by_id = FxHashMap::default();
        for line in salient_eval::json_lines_bytes(&bytes, true) {
            let parsed = line.string(id_field).and_then(|id| {
                let phrases = line
                    .value("keyphrases")
                    .as_array()
                    .ok_or("missing field \"keyphrases\" (a list of strings)")?
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect();
                Ok((id.to_owned(), phrases))
            });
            match parsed {
                Ok((id, phrases)) => {
                    by_id.insert(id, phrases);
                }
                Err(e) => {
                    crate::note!("salient: {path}: line {}: {e}", line.line);
                    *failed = true;
                }
            }
        }
        entries.push(Entry { name, by_id });
    }
    Ok(entries)
}

fn write(format: EvalFormat, rows: &[Row], out: &mut impl Write) -> Result<(), Failure> {
    if format == EvalFormat::Json {
        for r in rows {
            let line = serde_json::to_string(r).map_err(|e| Failure::input(e.to_string()))?;
            emit(out, &format!("{line}\n"))?;
        }
        return Ok(());
    }
    let md = format == EvalFormat::Markdown;
    let head = [
        "corpus",
        "system",
        "docs",
        "P@5",
        "R@5",
        "F1@5",
        "P@10",
        "R@10",
        "F1@10",
        "F1@10 95% CI",
    ];
    if md {
        emit(out, &format!("| {} |\n", head.join(" | ")))?;
        emit(out, "|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n")?;
    } else {
        emit(
            out,
            &format!(
                "{:<24} {:<12} {:>5} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}  {}\n",
                head[0],
                head[1],
                head[2],
                head[3],
                head[4],
                head[5],
                head[6],
                head[7],
                head[8],
                head[9]
            ),
        )?;
    }
    for r in rows {
        let figures = [r.p5, r.r5, r.f5, r.p10, r.r10, r.f10].map(|v| format!("{:.1}", 100.0 * v));
        let ci = format!("[{:.1}, {:.1}]", 100.0 * r.f10_low, 100.0 * r.f10_high);
        let corpus = corpus_stem(r.corpus);
        let line = if md {
            format!(
                "| {corpus} | {} | {} | {} | {ci} |\n",
                r.system,
                r.documents,
                figures.join(" | ")
            )
        } else {
            format!(
                "{corpus:<24} {:<12} {:>5} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}  {ci}\n",
                r.system,
                r.documents,
                figures[0],
                figures[1],
                figures[2],
                figures[3],
                figures[4],
                figures[5]
            )
        };
        emit(out, &line)?;
    }
    Ok(())
}
