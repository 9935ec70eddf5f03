//! `salient eval`: ROUGE of methods, baselines and other systems' summaries on corpora with
//! reference summaries, with bootstrap intervals and paired comparisons; `salient rouge` for
//! one pair.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressStyle};
use salient_eval::{
    bootstrap_intervals, evaluate, paired_test, parse_corpus_bytes, parse_predictions,
    score_summaries, time_only, CorpusFields, EvalDoc, Half, Interval, Paired, Predictions, Report,
    Rouge, RougeScores, RougeTokenizer, System,
};
use salient_rank::{Budget, Method, SummarizerConfig};
use salient_text::{AnalyzerConfig, LanguageChoice};
use serde::Serialize;

use crate::args::{
    parse_method, EvalArgs, EvalFormat, RougeArgs, RougeFormat, RougeTokenizerArg, SplitHalf,
};
use crate::input::{read_jsonl_files, read_texts};
use crate::{emit, emit_json, Failure, EXIT_INPUT, EXIT_OK};

/// A system in the table: one of salient's, or a predictions file.
enum Entry {
    Salient(System),
    File {
        name: String,
        predictions: Predictions,
    },
}

impl Entry {
    fn name(&self) -> String {
        match self {
            Entry::Salient(s) => s.to_string(),
            Entry::File { name, .. } => name.clone(),
        }
    }
}

/// What every corpus is evaluated with.
struct Setup {
    entries: Vec<Entry>,
    config: SummarizerConfig,
    rouge: Rouge,
    fields: CorpusFields,
    comparisons: Vec<(String, String)>,
}

pub fn run(args: &EvalArgs, out: &mut impl Write) -> Result<u8, Failure> {
    if args.keyphrases {
        return crate::keyphrase_eval::run(args, out);
    }
    crate::set_jobs(args.jobs)?;
    let (setup, mut failed) = setup(args)?;
    let mut per_doc = PerDoc::create(args.per_doc.as_deref())?;
    // Read as bytes and decoded line by line: one bad byte costs its line, not the corpus.
    let (corpora, read_failed) = read_jsonl_files(&args.corpora);
    failed |= read_failed;
    for corpus in &corpora {
        let name = corpus.name.as_str();
        let (mut docs, errors) = parse_corpus_bytes(&corpus.bytes, args.lossy, &setup.fields);
        for e in &errors {
            crate::note!("salient: {name}: {e}");
        }
        failed |= !errors.is_empty();
        keep_selected(args, name, &mut docs, |d| &d.id);
        if args.timing {
            timing(args, &setup, name, &docs, out)?;
            continue;
        }
        if !docs.iter().any(|d| !d.summaries.is_empty()) {
            crate::note!(
                "salient: {name}: no document has a reference summary (field {:?}), so there is nothing to score; --timing measures speed alone",
                setup.fields.summaries
            );
            failed = true;
            continue;
        }
        let reports = reports(args, &setup, name, &docs, &mut failed)?;
        write_table(args, &setup, name, &docs, &reports, out)?;
        write_comparisons(args, &setup, name, &reports, out)?;
        per_doc.write(|w| write_per_doc(w, name, &reports))?;
    }
    per_doc.finish()?;
    Ok(if failed { EXIT_INPUT } else { EXIT_OK })
}

/// The `--per-doc` file, when asked for: created before any work (a bad path fails at once),
/// written corpus by corpus, flushed at the end; a failed write names the option.
pub(crate) struct PerDoc(Option<std::io::BufWriter<std::fs::File>>);

impl PerDoc {
    pub(crate) fn create(path: Option<&std::path::Path>) -> Result<PerDoc, Failure> {
        let file = path
            .map(|p| {
                std::fs::File::create(p)
                    .map_err(|e| Failure::input(format!("{}: cannot create: {e}", p.display())))
            })
            .transpose()?;
        Ok(PerDoc(file.map(std::io::BufWriter::new)))
    }

    /// Runs `write` on the file, if there is one.
    pub(crate) fn write(
        &mut self,
        write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
    ) -> Result<(), Failure> {
        match self.0.as_mut() {
            Some(w) => {
                write(w).map_err(|e| Failure::input(format!("--per-doc: cannot write: {e}")))
            }
            None => Ok(()),
        }
    }

    pub(crate) fn finish(mut self) -> Result<(), Failure> {
        self.write(|w| w.flush())
    }
}

/// Keeps the documents of corpus `name` that `--split` and `--limit` select.
pub(crate) fn keep_selected<T>(
    args: &EvalArgs,
    name: &str,
    docs: &mut Vec<T>,
    id: impl Fn(&T) -> &str,
) {
    if let Some(half) = args.split.map(half_of) {
        let stem = corpus_stem(name);
        docs.retain(|d| half.contains(stem, id(d)));
    }
    if let Some(n) = args.limit {
        docs.truncate(n);
    }
}

/// The corpus half `--split` names.
pub(crate) fn half_of(half: SplitHalf) -> Half {
    match half {
        SplitHalf::Tune => Half::Tune,
        SplitHalf::Test => Half::Test,
    }
}

/// A corpus's name for `--split`: its file name without directories and `.jsonl`.
pub(crate) fn corpus_stem(name: &str) -> &str {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    file.strip_suffix(".jsonl").unwrap_or(file)
}

/// Systems, summarizer settings, tokenizer, fields and comparisons from the arguments; reads the
/// predictions files (a bad one makes the run fail, after the others are scored).
fn setup(args: &EvalArgs) -> Result<(Setup, bool), Failure> {
    let mut entries = Vec::new();
    let names: Vec<&str> = if args.methods.is_empty() && args.predictions.is_empty() {
        vec!["default", "lead"]
    } else {
        args.methods.iter().map(String::as_str).collect()
    };
    for name in names {
        match name {
            "all" => entries.extend(Method::all().map(|(_, m)| Entry::Salient(System::Method(m)))),
            "oracle" => entries.push(Entry::Salient(System::Oracle)),
            _ => entries.push(Entry::Salient(System::Method(parse_method(name)?))),
        }
    }
    if args.oracle
        && !entries
            .iter()
            .any(|e| matches!(e, Entry::Salient(System::Oracle)))
    {
        entries.push(Entry::Salient(System::Oracle));
    }
    if !args.predictions.is_empty() && args.corpora.len() != 1 {
        return Err(Failure::usage(
            "--predictions needs exactly one corpus (its ids are that corpus's)",
        ));
    }
    let (files, failed) = predictions(&args.predictions, &args.id_field)?;
    entries.extend(files);
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
    let tokenizer = rouge_tokenizer(args.tokenizer);
    let comparisons = comparisons(args, &entries)?;
    let setup = Setup {
        entries,
        config,
        rouge: Rouge::new(!args.no_stem, tokenizer),
        fields: CorpusFields {
            text: args.text_field.clone(),
            id: args.id_field.clone(),
            summaries: args.summary_field.clone(),
        },
        comparisons,
    };
    Ok((setup, failed))
}

/// Reads `[NAME=]FILE` predictions; a malformed line is reported with its number.
fn predictions(specs: &[String], id_field: &str) -> Result<(Vec<Entry>, bool), Failure> {
    let mut entries = Vec::new();
    let mut failed = false;
    for spec in specs {
        let (name, path) = match spec.split_once('=') {
            Some((n, p)) if !n.is_empty() && !std::path::Path::new(spec).exists() => {
                (n.to_owned(), PathBuf::from(p))
            }
            _ => {
                let p = PathBuf::from(spec);
                let stem = p
                    .file_stem()
                    .map_or(spec.clone(), |s| s.to_string_lossy().into());
                (stem, p)
            }
        };
        let (texts, _) = read_texts(std::slice::from_ref(&path), false);
        let Some(text) = texts.into_iter().next() else {
            return Err(Failure::input(format!(
                "--predictions {spec}: the file cannot be read"
            )));
        };
        let predictions = parse_predictions(&text.text, id_field);
        for e in &predictions.errors {
            crate::note!("salient: {}: {e}", text.name);
        }
        failed |= !predictions.errors.is_empty();
        if predictions.entries.is_empty() {
            return Err(Failure::input(format!(
                "{}: no predictions (the file has no summary)",
                text.name
            )));
        }
        entries.push(Entry::File { name, predictions });
    }
    Ok((entries, failed))
}

/// The pairs to compare: each system with the baseline, then the explicit `--compare` pairs.
fn comparisons(args: &EvalArgs, entries: &[Entry]) -> Result<Vec<(String, String)>, Failure> {
    if args.bootstrap == 0 {
        return Ok(Vec::new());
    }
    let names: Vec<String> = entries.iter().map(Entry::name).collect();
    let known = |n: &str, opt: &str| {
        if names.iter().any(|m| m == n) {
            Ok(n.to_owned())
        } else {
            Err(Failure::usage(format!(
                "{opt}: {n:?} is not among the evaluated systems ({})",
                names.join(", ")
            )))
        }
    };
    let baseline = match args.baseline.as_deref() {
        Some("none") => None,
        Some(b) => Some(known(b, "--baseline")?),
        None => names.iter().find(|n| *n == "lead").cloned(),
    };
    let mut pairs: Vec<(String, String)> = match &baseline {
        Some(b) => names
            .iter()
            .filter(|n| *n != b)
            .map(|n| (n.clone(), b.clone()))
            .collect(),
        None => Vec::new(),
    };
    for spec in &args.compare {
        let Some((a, b)) = spec.split_once(',') else {
            return Err(Failure::usage(format!(
                "--compare: {spec:?} is not two systems, e.g. default,lead"
            )));
        };
        let pair = (known(a.trim(), "--compare")?, known(b.trim(), "--compare")?);
        if !pairs.contains(&pair) {
            pairs.push(pair);
        }
    }
    Ok(pairs)
}

/// Every system's report on `docs`.
fn reports(
    args: &EvalArgs,
    setup: &Setup,
    name: &str,
    docs: &[EvalDoc],
    failed: &mut bool,
) -> Result<Vec<Report>, Failure> {
    let with_refs = docs.iter().filter(|d| !d.summaries.is_empty()).count();
    let mut reports = Vec::new();
    for entry in &setup.entries {
        let report = match entry {
            Entry::Salient(system) => {
                let bar = progress(with_refs as u64, &system.to_string(), args.format);
                let r = evaluate(docs, *system, &setup.config, &setup.rouge, &|| bar.inc(1))
                    .map_err(|e| Failure::usage(e.to_string()))?;
                bar.finish_and_clear();
                r
            }
            Entry::File {
                name: system,
                predictions,
            } => {
                let a = predictions.align(docs);
                let problems = [
                    ("corpus documents have no prediction", &a.missing),
                    ("predictions have ids the corpus does not have", &a.extra),
                    (
                        "ids are given more than once (the first is scored)",
                        &a.duplicates,
                    ),
                ];
                for (what, ids) in problems {
                    if !ids.is_empty() {
                        crate::note!(
                            "salient: {name}: {system}: {} {what}: {}",
                            ids.len(),
                            preview(ids)
                        );
                        *failed = true;
                    }
                }
                score_summaries(system, docs, &a.summaries, &setup.rouge)
            }
        };
        reports.push(report);
    }
    Ok(reports)
}

/// The first few ids of a list, for a message.
fn preview(ids: &[String]) -> String {
    let shown: Vec<&str> = ids.iter().take(5).map(String::as_str).collect();
    let more = if ids.len() > 5 {
        format!(" and {} more", ids.len() - 5)
    } else {
        String::new()
    };
    format!("{}{more}", shown.join(", "))
}

#[derive(Serialize)]
struct Row<'a> {
    corpus: &'a str,
    system: &'a str,
    documents: usize,
    skipped_without_reference: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    missing_predictions: Option<usize>,
    docs_per_second: f64,
    ms_median: f64,
    ms_p95: f64,
    budget: String,
    rouge_tokenizer: &'static str,
    references: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    bootstrap: Option<Bootstrap>,
    rouge1: Prf,
    rouge2: Prf,
    rouge_l: Prf,
    rouge_lsum: Prf,
}

#[derive(Serialize, Clone, Copy)]
struct Bootstrap {
    samples: usize,
    seed: u64,
}

#[derive(Serialize)]
struct Prf {
    precision: f64,
    recall: f64,
    f: f64,
    /// 95% intervals of each, `[low, high]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    interval: Option<PrfInterval>,
}

#[derive(Serialize)]
struct PrfInterval {
    precision: [f64; 2],
    recall: [f64; 2],
    f: [f64; 2],
}

/// A report's per-document columns, in the order P, R, F of ROUGE-1, -2, -L, -Lsum.
fn columns(r: &Report) -> Vec<Vec<f64>> {
    let mut cols: Vec<Vec<f64>> = (0..12).map(|_| Vec::with_capacity(r.docs.len())).collect();
    for d in &r.docs {
        for (t, p) in d.scores.all().iter().enumerate() {
            cols[3 * t].push(p.precision);
            cols[3 * t + 1].push(p.recall);
            cols[3 * t + 2].push(p.f);
        }
    }
    cols
}

/// The 12 intervals of a report (P, R, F per ROUGE type), or none without bootstrap.
fn intervals(args: &EvalArgs, r: &Report) -> Option<Vec<Interval>> {
    (args.bootstrap > 0).then(|| {
        let cols = columns(r);
        let refs: Vec<&[f64]> = cols.iter().map(Vec::as_slice).collect();
        bootstrap_intervals(&refs, args.bootstrap, args.seed)
    })
}

fn write_table(
    args: &EvalArgs,
    setup: &Setup,
    name: &str,
    docs: &[EvalDoc],
    reports: &[Report],
    out: &mut impl Write,
) -> Result<(), Failure> {
    let with_refs = docs.iter().filter(|d| !d.summaries.is_empty()).count();
    let max_refs = docs.iter().map(|d| d.summaries.len()).max().unwrap_or(0);
    let md = args.format == EvalFormat::Markdown;
    if args.format != EvalFormat::Json {
        let skipped = if docs.len() > with_refs {
            format!(" ({} without references skipped)", docs.len() - with_refs)
        } else {
            String::new()
        };
        let refs = if max_refs > 1 {
            format!(", max over up to {max_refs} references")
        } else {
            String::new()
        };
        let ci = if args.bootstrap > 0 {
            format!(
                ", 95% bootstrap intervals ({} samples, seed {})",
                args.bootstrap, args.seed
            )
        } else {
            String::new()
        };
        emit(
            out,
            &format!(
                "{}{name}: {with_refs} documents{skipped}, {}, {}{refs}{ci}\n{}",
                if md { "#### " } else { "" },
                setup.config.budget,
                setup.rouge.describe(),
                if md { "\n" } else { "" }
            ),
        )?;
        emit(out, &header(args.pr, md, args.bootstrap > 0))?;
    }
    for (entry, report) in setup.entries.iter().zip(reports) {
        let ci = intervals(args, report);
        if args.format == EvalFormat::Json {
            let row = json_row(args, setup, name, entry, report, ci.as_deref());
            emit_json(out, &row, false)?;
        } else {
            emit(out, &row_text(report, args.pr, md, ci.as_deref()))?;
        }
    }
    if args.format != EvalFormat::Json && setup.comparisons.is_empty() {
        emit(out, "\n")?;
    }
    Ok(())
}

fn json_row<'a>(
    args: &EvalArgs,
    setup: &Setup,
    corpus: &'a str,
    entry: &Entry,
    report: &'a Report,
    ci: Option<&[Interval]>,
) -> Row<'a> {
    let prf = |t: usize, p: salient_eval::Prf| Prf {
        precision: p.precision,
        recall: p.recall,
        f: p.f,
        interval: ci.map(|c| PrfInterval {
            precision: [c[3 * t].low, c[3 * t].high],
            recall: [c[3 * t + 1].low, c[3 * t + 1].high],
            f: [c[3 * t + 2].low, c[3 * t + 2].high],
        }),
    };
    let m = &report.mean;
    Row {
        corpus,
        system: &report.system,
        documents: report.docs.len(),
        skipped_without_reference: report.skipped,
        missing_predictions: matches!(entry, Entry::File { .. }).then_some(report.missing),
        docs_per_second: report.docs_per_second,
        ms_median: report.time_quantile_ms(0.5),
        ms_p95: report.time_quantile_ms(0.95),
        budget: setup.config.budget.to_string(),
        rouge_tokenizer: setup.rouge.describe(),
        references: "max over references, per ROUGE type",
        bootstrap: (args.bootstrap > 0).then_some(Bootstrap {
            samples: args.bootstrap,
            seed: args.seed,
        }),
        rouge1: prf(0, m.rouge1),
        rouge2: prf(1, m.rouge2),
        rouge_l: prf(2, m.rouge_l),
        rouge_lsum: prf(3, m.rouge_lsum),
    }
}

/// A paired comparison `a - b` on one corpus, as a JSON line: who, on how many documents, how
/// it was tested, and the `figures` compared (ROUGE types, or F1@5 and F1@10).
#[derive(Serialize)]
pub(crate) struct ComparisonRow<'a, F: Serialize> {
    corpus: &'a str,
    comparison: String,
    a: &'a str,
    b: &'a str,
    documents: usize,
    bootstrap: Bootstrap,
    test: &'static str,
    #[serde(flatten)]
    figures: F,
}

impl<'a, F: Serialize> ComparisonRow<'a, F> {
    pub fn new(
        args: &EvalArgs,
        corpus: &'a str,
        (a, b): (&'a str, &'a str),
        documents: usize,
        figures: F,
    ) -> Self {
        ComparisonRow {
            corpus,
            comparison: format!("{a} - {b}"),
            a,
            b,
            documents,
            bootstrap: Bootstrap {
                samples: args.bootstrap,
                seed: args.seed,
            },
            test: "paired bootstrap interval; approximate randomisation p (sign flips)",
            figures,
        }
    }
}

#[derive(Serialize)]
struct RougeDifferences {
    rouge1: Difference,
    rouge2: Difference,
    rouge_l: Difference,
    rouge_lsum: Difference,
}

#[derive(Serialize)]
pub(crate) struct Difference {
    /// Mean F difference (a - b).
    difference: f64,
    low: f64,
    high: f64,
    p: f64,
}

impl From<Paired> for Difference {
    fn from(p: Paired) -> Self {
        Difference {
            difference: p.difference,
            low: p.interval.low,
            high: p.interval.high,
            p: p.p,
        }
    }
}

/// The paired tests of the F of each ROUGE type, `a - b`.
fn paired(args: &EvalArgs, a: &Report, b: &Report) -> [Paired; 4] {
    let (ca, cb) = (columns(a), columns(b));
    std::array::from_fn(|t| paired_test(&ca[3 * t + 2], &cb[3 * t + 2], args.bootstrap, args.seed))
}

fn write_comparisons(
    args: &EvalArgs,
    setup: &Setup,
    name: &str,
    reports: &[Report],
    out: &mut impl Write,
) -> Result<(), Failure> {
    if setup.comparisons.is_empty() {
        return Ok(());
    }
    let find = |n: &str| reports.iter().find(|r| r.system == n);
    let md = args.format == EvalFormat::Markdown;
    if args.format != EvalFormat::Json {
        let header = comparison_header("F", "a - b", &["R1", "R2", "RL", "RLsum"], md);
        emit(out, &header)?;
    }
    for (a, b) in &setup.comparisons {
        let (Some(ra), Some(rb)) = (find(a), find(b)) else {
            continue;
        };
        let tests = paired(args, ra, rb);
        match args.format {
            EvalFormat::Json => {
                let [rouge1, rouge2, rouge_l, rouge_lsum] = tests.map(Difference::from);
                let figures = RougeDifferences {
                    rouge1,
                    rouge2,
                    rouge_l,
                    rouge_lsum,
                };
                let row = ComparisonRow::new(args, name, (a, b), ra.docs.len(), figures);
                emit_json(out, &row, false)?;
            }
            _ => emit(out, &comparison_line(a, b, &tests, md))?,
        }
    }
    if args.format != EvalFormat::Json {
        emit(out, "\n")?;
    }
    Ok(())
}

/// The heading of the paired comparisons in the text or Markdown report: what is compared
/// (`figures`), and in Markdown a table head with the first column's title and one column per
/// figure.
pub(crate) fn comparison_header(figures: &str, first: &str, columns: &[&str], md: bool) -> String {
    let title = format!(
        "paired differences a - b, {figures} x 100: mean [95% paired bootstrap interval], \
         approximate-randomisation p"
    );
    if md {
        let rule = "---|".repeat(columns.len() + 1);
        format!(
            "\n{title}; *n.s.*: not significant at 0.05\n\n| {first} | {} |\n|{rule}\n",
            columns.join(" | ")
        )
    } else {
        format!("\n{title}; n.s.: not significant at 0.05\n")
    }
}

/// One comparison's line of the text or Markdown report: a cell per figure compared.
pub(crate) fn comparison_line(a: &str, b: &str, tests: &[Paired], md: bool) -> String {
    let cells: Vec<String> = tests
        .iter()
        .map(|t| {
            let cell = format!(
                "{:+.2} [{:+.2}, {:+.2}] p {:.3}",
                100.0 * t.difference,
                100.0 * t.interval.low,
                100.0 * t.interval.high,
                t.p
            );
            match (md, t.p >= 0.05) {
                (true, true) => format!("{cell} *n.s.*"),
                (false, true) => format!("{cell} n.s."),
                _ => cell,
            }
        })
        .collect();
    if md {
        format!("| {a} - {b} | {} |\n", cells.join(" | "))
    } else {
        format!("{:<20} {}\n", format!("{a} - {b}"), cells.join("  "))
    }
}

#[derive(Serialize)]
struct DocRow<'a> {
    corpus: &'a str,
    system: &'a str,
    id: &'a str,
    picks: usize,
    seconds: f64,
    rouge1: Prf,
    rouge2: Prf,
    rouge_l: Prf,
    rouge_lsum: Prf,
}

fn write_per_doc(w: &mut impl Write, corpus: &str, reports: &[Report]) -> std::io::Result<()> {
    let prf = |p: salient_eval::Prf| Prf {
        precision: p.precision,
        recall: p.recall,
        f: p.f,
        interval: None,
    };
    for r in reports {
        for d in &r.docs {
            let row = DocRow {
                corpus,
                system: &r.system,
                id: &d.id,
                picks: d.picks,
                seconds: d.seconds,
                rouge1: prf(d.scores.rouge1),
                rouge2: prf(d.scores.rouge2),
                rouge_l: prf(d.scores.rouge_l),
                rouge_lsum: prf(d.scores.rouge_lsum),
            };
            serde_json::to_writer(&mut *w, &row)?;
            w.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// `--timing`: speed only, every document (references or not).
fn timing(
    args: &EvalArgs,
    setup: &Setup,
    name: &str,
    docs: &[EvalDoc],
    out: &mut impl Write,
) -> Result<(), Failure> {
    #[derive(Serialize)]
    struct TimingRow<'a> {
        corpus: &'a str,
        system: String,
        documents: usize,
        docs_per_second: f64,
        ms_median: f64,
        ms_p95: f64,
        budget: String,
    }
    if args.format != EvalFormat::Json {
        emit(
            out,
            &format!(
                "{name}: {} documents, {}, timing only\n{:<20} {:>6} {:>9} {:>9} {:>9}\n",
                docs.len(),
                setup.config.budget,
                "method",
                "docs",
                "docs/s",
                "ms p50",
                "ms p95"
            ),
        )?;
    }
    for entry in &setup.entries {
        let Entry::Salient(System::Method(method)) = entry else {
            continue;
        };
        let bar = progress(docs.len() as u64, &method.to_string(), args.format);
        let r = time_only(docs, *method, &setup.config, &|| bar.inc(1))
            .map_err(|e| Failure::usage(e.to_string()))?;
        bar.finish_and_clear();
        let row = TimingRow {
            corpus: name,
            system: r.system.clone(),
            documents: r.docs.len(),
            docs_per_second: r.docs_per_second,
            ms_median: r.time_quantile_ms(0.5),
            ms_p95: r.time_quantile_ms(0.95),
            budget: setup.config.budget.to_string(),
        };
        if args.format == EvalFormat::Json {
            emit_json(out, &row, false)?;
        } else {
            emit(
                out,
                &format!(
                    "{:<20} {:>6} {:>9.0} {:>9.3} {:>9.3}\n",
                    row.system, row.documents, row.docs_per_second, row.ms_median, row.ms_p95
                ),
            )?;
        }
    }
    Ok(())
}

fn progress(len: u64, label: &str, _format: EvalFormat) -> ProgressBar {
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

fn header(pr: bool, markdown: bool, intervals: bool) -> String {
    let mut cols: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    for c in &mut cols[1..5] {
        if pr {
            c.push_str(" P/R/F");
        }
        if intervals {
            c.push_str(" [95%]");
        }
    }
    if markdown {
        let rule = vec!["---"; cols.len()].join("|");
        return format!("| {} |\n|{rule}|\n", cols.join(" | "));
    }
    let w = cell_width(pr, intervals);
    format!(
        "{:<20} {:>w$} {:>w$} {:>w$} {:>w$} {:>6} {:>9}\n",
        cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6]
    )
}

fn cell_width(pr: bool, intervals: bool) -> usize {
    match (pr, intervals) {
        (false, false) => 6,
        (false, true) => 20,
        (true, false) => 20,
        (true, true) => 62,
    }
}

/// One mean, with its interval when there is one.
fn cell(v: f64, ci: Option<&Interval>) -> String {
    match ci {
        Some(i) => format!(
            "{:.2} [{:.2}, {:.2}]",
            100.0 * v,
            100.0 * i.low,
            100.0 * i.high
        ),
        None => format!("{:.2}", 100.0 * v),
    }
}

fn row_text(r: &Report, pr: bool, markdown: bool, ci: Option<&[Interval]>) -> String {
    let m: &RougeScores = &r.mean;
    let cells: Vec<String> = m
        .all()
        .iter()
        .enumerate()
        .map(|(t, p)| {
            let at = |k: usize| ci.map(|c| &c[3 * t + k]);
            if pr {
                format!(
                    "{}/{}/{}",
                    cell(p.precision, at(0)),
                    cell(p.recall, at(1)),
                    cell(p.f, at(2))
                )
            } else {
                cell(p.f, at(2))
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
    let w = cell_width(pr, ci.is_some());
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

/// `salient rouge REFERENCE CANDIDATE`.
pub fn rouge(args: &RougeArgs, out: &mut impl Write) -> Result<u8, Failure> {
    if args.reference.as_os_str() == "-" && args.candidate.as_os_str() == "-" {
        return Err(Failure::usage(
            "the reference and the candidate cannot both be standard input",
        ));
    }
    let (texts, failed) = read_texts(&[args.reference.clone(), args.candidate.clone()], false);
    if failed || texts.len() != 2 {
        return Ok(EXIT_INPUT);
    }
    let tokenizer = rouge_tokenizer(args.tokenizer);
    let rouge = Rouge::new(!args.no_stem, tokenizer);
    let s = rouge.score(&texts[0].text, &texts[1].text);
    match args.format {
        RougeFormat::Json => {
            #[derive(Serialize)]
            struct Out {
                rouge_tokenizer: &'static str,
                rouge1: Prf,
                rouge2: Prf,
                rouge_l: Prf,
                rouge_lsum: Prf,
            }
            let prf = |p: salient_eval::Prf| Prf {
                precision: p.precision,
                recall: p.recall,
                f: p.f,
                interval: None,
            };
            let o = Out {
                rouge_tokenizer: rouge.describe(),
                rouge1: prf(s.rouge1),
                rouge2: prf(s.rouge2),
                rouge_l: prf(s.rouge_l),
                rouge_lsum: prf(s.rouge_lsum),
            };
            emit_json(out, &o, false)?;
        }
        RougeFormat::Text => {
            emit(
                out,
                &format!("{:<8} {:>7} {:>7} {:>7}\n", "", "P", "R", "F"),
            )?;
            for (label, p) in ["rouge1", "rouge2", "rougeL", "rougeLsum"]
                .iter()
                .zip(s.all())
            {
                emit(
                    out,
                    &format!(
                        "{label:<8} {:>7.2} {:>7.2} {:>7.2}\n",
                        100.0 * p.precision,
                        100.0 * p.recall,
                        100.0 * p.f
                    ),
                )?;
            }
        }
    }
    Ok(EXIT_OK)
}

/// The ROUGE tokenizer `--tokenizer` names.
fn rouge_tokenizer(arg: RougeTokenizerArg) -> RougeTokenizer {
    match arg {
        RougeTokenizerArg::RougeScore => RougeTokenizer::RougeScore,
        RougeTokenizerArg::Unicode => RougeTokenizer::Unicode,
    }
}
