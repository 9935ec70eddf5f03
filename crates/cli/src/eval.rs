//! `salient eval`: ROUGE of methods and baselines on corpora with reference summaries.

use std::io::{IsTerminal, Write};

use indicatif::{ProgressBar, ProgressStyle};
use salient_eval::{evaluate, parse_corpus, Report, Rouge, RougeScores, RougeTokenizer, System};
use salient_rank::{Budget, Method};
use salient_text::{AnalyzerConfig, LanguageChoice};
use serde::Serialize;

use crate::args::{parse_method, EvalArgs, EvalFormat, RougeTokenizerArg};
use crate::input::read_texts;
use crate::{emit, emit_json, Failure, EXIT_INPUT, EXIT_OK};

#[derive(Serialize)]
struct Row<'a> {
    corpus: &'a str,
    system: &'a str,
    documents: usize,
    skipped_without_reference: usize,
    docs_per_second: f64,
    ms_median: f64,
    ms_p95: f64,
    budget: String,
    rouge_tokenizer: &'static str,
    references: &'static str,
    rouge1: Prf,
    rouge2: Prf,
    rouge_l: Prf,
    rouge_lsum: Prf,
}

#[derive(Serialize)]
struct Prf {
    precision: f64,
    recall: f64,
    f: f64,
}

impl From<salient_eval::Prf> for Prf {
    fn from(p: salient_eval::Prf) -> Self {
        Prf {
            precision: p.precision,
            recall: p.recall,
            f: p.f,
        }
    }
}

pub fn run(args: &EvalArgs, out: &mut impl Write) -> Result<u8, Failure> {
    crate::set_jobs(args.jobs)?;
    let mut systems: Vec<System> = Vec::new();
    let names: Vec<&str> = if args.methods.is_empty() {
        vec!["default", "lead"]
    } else {
        args.methods.iter().map(String::as_str).collect()
    };
    for name in names {
        if name == "all" {
            systems.extend(Method::all().map(|(_, m)| System::Method(m)));
        } else if name == "oracle" {
            systems.push(System::Oracle);
        } else {
            systems.push(System::Method(parse_method(name)?));
        }
    }
    if args.oracle && !systems.contains(&System::Oracle) {
        systems.push(System::Oracle);
    }
    let language: LanguageChoice = args
        .language
        .parse()
        .map_err(|e| Failure::usage(format!("--language: {e}")))?;
    let analyzer = AnalyzerConfig {
        language,
        ..Default::default()
    };
    let config = args
        .rank
        .config(analyzer, Method::Default, Budget::Sentences(3))?;
    // Validate once, before reading anything.
    config
        .clone()
        .build()
        .map_err(|e| Failure::usage(e.to_string()))?;
    let tokenizer = match args.tokenizer {
        RougeTokenizerArg::RougeScore => RougeTokenizer::RougeScore,
        RougeTokenizerArg::Unicode => RougeTokenizer::Unicode,
    };
    let rouge = Rouge::new(!args.no_stem, tokenizer);
    let (corpora, mut failed) = read_texts(&args.corpora, args.lossy);
    for corpus in &corpora {
        let (name, data) = (&corpus.name, &corpus.text);
        let (mut docs, errors) = parse_corpus(data);
        for e in &errors {
            eprintln!("salient: {name}: {e}");
        }
        failed |= !errors.is_empty();
        if let Some(n) = args.limit {
            docs.truncate(n);
        }
        let max_refs = docs.iter().map(|d| d.summaries.len()).max().unwrap_or(0);
        let with_refs = docs.iter().filter(|d| !d.summaries.is_empty()).count();
        if with_refs == 0 {
            eprintln!(
                "salient: {name}: note: no document has a reference summary; nothing to score"
            );
            continue;
        }
        let budget = config.budget;
        if args.format != EvalFormat::Json {
            let md = args.format == EvalFormat::Markdown;
            emit(
                out,
                &format!(
                    "{}{name}: {with_refs} documents{}, {budget}, {}{}\n{}",
                    if md { "#### " } else { "" },
                    if docs.len() > with_refs {
                        format!(" ({} without references skipped)", docs.len() - with_refs)
                    } else {
                        String::new()
                    },
                    rouge.describe(),
                    if max_refs > 1 {
                        format!(", max over up to {max_refs} references")
                    } else {
                        String::new()
                    },
                    if md { "\n" } else { "" }
                ),
            )?;
            emit(out, &header(args.pr, md))?;
        }
        for &system in &systems {
            let bar = progress(with_refs as u64, &format!("{system}"));
            let report = evaluate(&docs, system, &config, &rouge, &|| bar.inc(1))
                .map_err(|e| Failure::usage(e.to_string()))?;
            bar.finish_and_clear();
            match args.format {
                EvalFormat::Text => emit(out, &row_text(&report, args.pr, false))?,
                EvalFormat::Markdown => emit(out, &row_text(&report, args.pr, true))?,
                EvalFormat::Json => {
                    let m = &report.mean;
                    let row = Row {
                        corpus: name,
                        system: &report.system,
                        documents: report.docs.len(),
                        skipped_without_reference: report.skipped,
                        docs_per_second: report.docs_per_second,
                        ms_median: report.time_quantile_ms(0.5),
                        ms_p95: report.time_quantile_ms(0.95),
                        budget: budget.to_string(),
                        rouge_tokenizer: rouge.describe(),
                        references: "max over references, per ROUGE type",
                        rouge1: m.rouge1.into(),
                        rouge2: m.rouge2.into(),
                        rouge_l: m.rouge_l.into(),
                        rouge_lsum: m.rouge_lsum.into(),
                    };
                    emit_json(out, &row, false)?;
                }
            }
        }
        if args.format != EvalFormat::Json {
            emit(out, "\n")?;
        }
    }
    Ok(if failed { EXIT_INPUT } else { EXIT_OK })
}

fn progress(len: u64, label: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template("{msg:>20} {bar:40} {pos}/{len} docs {eta}") {
        bar.set_style(style);
    }
    bar.set_message(label.to_owned());
    bar
}

const COLUMNS: [&str; 7] = ["method", "R1", "R2", "RL", "RLsum", "docs", "docs/s"];

fn header(pr: bool, markdown: bool) -> String {
    let mut cols: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    if pr {
        for c in &mut cols[1..5] {
            c.push_str(" P/R/F");
        }
    }
    if markdown {
        let rule = vec!["---"; cols.len()].join("|");
        return format!("| {} |\n|{rule}|\n", cols.join(" | "));
    }
    let w = if pr { 20 } else { 6 };
    format!(
        "{:<20} {:>w$} {:>w$} {:>w$} {:>w$} {:>6} {:>9}\n",
        cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6]
    )
}

fn row_text(r: &Report, pr: bool, markdown: bool) -> String {
    let m: &RougeScores = &r.mean;
    let cells: Vec<String> = m
        .all()
        .iter()
        .map(|p| {
            if pr {
                format!(
                    "{:.2}/{:.2}/{:.2}",
                    100.0 * p.precision,
                    100.0 * p.recall,
                    100.0 * p.f
                )
            } else {
                format!("{:.2}", 100.0 * p.f)
            }
        })
        .collect();
    if markdown {
        return format!(
            "| {} | {} | {} | {:.0} |\n",
            r.system,
            cells.join(" | "),
            r.docs.len(),
            r.docs_per_second
        );
    }
    let w = if pr { 20 } else { 6 };
    format!(
        "{:<20} {:>w$} {:>w$} {:>w$} {:>w$} {:>6} {:>9.0}\n",
        r.system,
        cells[0],
        cells[1],
        cells[2],
        cells[3],
        r.docs.len(),
        r.docs_per_second
    )
}
