//! Command-line arguments (clap), converted into library configuration with `TryFrom`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use salient_rank::{
    Budget, Filters, IdfModel, Method, PositionPrior, Redundancy, SummarizerConfig,
};
use salient_text::{
    AnalyzerConfig, LanguageChoice, LineMode, QuoteMode, Stopwords, TranscriptMode,
};

use crate::Failure;

#[derive(Debug, Parser)]
#[command(
    name = "salient",
    version,
    about = "Fast statistical extractive summarization",
    long_about = None,
    after_help = "`salient FILE...` is short for `salient summarize FILE...`.\n\nExamples:\n  salient story.txt\n  salient summarize --words 100 --format json interview.txt\n  salient summarize --input-format jsonl --jobs 4 < docs.jsonl > summaries.jsonl\n  salient keywords report.txt\n  salient eval ../shared/eval/cnndm_summeval.jsonl -m all --oracle"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the sentences of each input, as the tokenizer sees them.
    #[command(
        after_help = "Examples:\n  salient split corpora/news_harbor_bridge.txt\n  salient split --format json interview.txt\n  cat notes.txt | salient split -"
    )]
    Split(SplitArgs),
    /// Summarize each input: the sentences that best sum it up, verbatim, in document order.
    #[command(
        visible_alias = "sum",
        after_help = "Budgets (one at a time; default auto: 3 sentences, and more within 3 sqrt(w) words for a w-word text, at most 500):\n  --sentences N, --ratio R (share of the sentences), --words N, --chars N, --budget auto|words:N|...\n\nExamples:\n  salient summarize corpora/news_harbor_bridge.txt\n  salient summarize --sentences 3 --method lexrank story.txt\n  salient summarize --words 100 --format json interview.txt\n  salient summarize --explain corpora/interview_water_rights.txt\n  cat article.txt | salient summarize --ratio 0.2"
    )]
    Summarize(SummarizeArgs),
    /// Keyphrases of each input, as written, best first (PositionRank word scores, phrases
    /// between stopwords and verbs), with scores and spans.
    #[command(
        after_help = "Examples:\n  salient keywords corpora/report_city_libraries.txt\n  salient keywords --top 20 --no-phrases story.txt\n  salient keywords --style technical -f json paper.txt\n  salient eval --keyphrases ../shared/eval/keyphrases/*.jsonl --split test"
    )]
    Keywords(KeywordsArgs),
    /// Evaluate methods, or any system's summaries (--predictions), on corpora with reference
    /// summaries: ROUGE as rouge-score computes it, with bootstrap intervals and paired tests.
    #[command(
        after_help = "Scores are F-measures x 100, the max over each document's references, rouge-score's\ntokenizer with the Porter stemmer unless told otherwise, each with its 95% bootstrap\ninterval. Every system is compared with the baseline (lead, when evaluated): the mean\ndifference, its paired bootstrap interval and an approximate-randomisation p-value.\nDefault budget: 3 sentences.\n\nExamples:\n  salient eval corpus.jsonl\n  salient eval -m all --oracle corpus.jsonl\n  salient eval -m lexrank -m lead --words 100 --format json corpus.jsonl\n  salient eval corpus.jsonl -m lead --predictions bart=bart.jsonl --predictions mine.txt\n  salient eval corpus.jsonl --compare default,textrank --per-doc scores.jsonl"
    )]
    Eval(EvalArgs),
    /// ROUGE of one candidate summary against one reference, as rouge-score computes it.
    #[command(
        after_help = "Examples:\n  salient rouge reference.txt candidate.txt\n  salient summarize doc.txt | salient rouge reference.txt -"
    )]
    Rouge(RougeArgs),
    /// Background idf models.
    #[command(subcommand)]
    Idf(IdfCommand),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(
        after_help = "Example:\n  salient completions bash > ~/.local/share/bash-completion/completions/salient"
    )]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a man page (roff): salient's, or a command's; or write them all to a directory.
    #[command(
        after_help = "Examples:\n  salient man summarize | man -l -\n  sudo salient man --dir /usr/local/share/man/man1   # salient.1, salient-summarize.1, ..."
    )]
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The command whose page to print (e.g. `summarize`, `idf build`); none: salient's own.
    #[arg(value_name = "COMMAND", num_args = 0..)]
    pub command: Vec<String>,
    /// Write every page (salient.1, salient-summarize.1, ...) to DIR instead.
    #[arg(long, value_name = "DIR", conflicts_with = "command")]
    pub dir: Option<PathBuf>,
}

/// Subcommand names, for the `salient INPUT` shortcut (anything else is a summarize input).
pub const SUBCOMMANDS: &[&str] = &[
    "split",
    "summarize",
    "sum",
    "keywords",
    "eval",
    "rouge",
    "idf",
    "completions",
    "man",
    "help",
];

/// How inputs are read and analysed; shared by every command that reads text.
#[derive(Debug, Args, Clone)]
pub struct TextArgs {
    /// Files or directories to read; `-` or nothing reads standard input.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Language: `auto` (detect, falling back to English with a warning) or a code such as
    /// en, de, fr, es, it, pt, nl, ru.
    #[arg(long, short = 'l', default_value = "auto")]
    pub language: String,
    /// Transcript turns: detected, off, or forced.
    #[arg(long, value_enum, default_value_t = TranscriptArg::Auto)]
    pub transcript: TranscriptArg,
    /// Line breaks: detected, every line a sentence, or hard-wrapped prose.
    #[arg(long, value_enum, default_value_t = LineArg::Auto)]
    pub line_mode: LineArg,
    /// Quotations: `split` ends sentences inside them as news segmentation does (`"It is
    /// unfair. Why now?" he said.` is two sentences), except in a short quotation introduced
    /// after a comma (`She said, "Oh! I am late!"` is one); `whole` keeps every quotation that
    /// closes in its paragraph in one sentence, as pySBD and pragmatic_segmenter do.
    #[arg(long, value_enum, default_value_t = QuoteArg::Split)]
    pub quotes: QuoteArg,
    /// An extra abbreviation that never ends a sentence (repeatable), e.g. `--abbreviation approx.`
    #[arg(long = "abbreviation", value_name = "ABBR")]
    pub abbreviations: Vec<String>,
    /// Decode invalid UTF-8 as U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Stopwords from FILE: one word per line (blank lines and lines starting with `#` are
    /// skipped), added to the language's list or replacing it (--stopwords-mode).
    #[arg(long, value_name = "FILE")]
    pub stopwords: Option<PathBuf>,
    /// Whether --stopwords adds to the language's list or replaces it.
    #[arg(long, value_enum, default_value_t = StopwordsMode::Add, requires = "stopwords")]
    pub stopwords_mode: StopwordsMode,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum StopwordsMode {
    /// The language's stopwords and the file's.
    Add,
    /// The file's stopwords only.
    Replace,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TranscriptArg {
    Auto,
    Off,
    DoubleSpace,
    Labeled,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LineArg {
    Auto,
    Lines,
    Wrapped,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum QuoteArg {
    Split,
    Whole,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum MarkersArg {
    Strip,
    Keep,
}

impl From<MarkersArg> for salient_text::Markers {
    fn from(m: MarkersArg) -> Self {
        match m {
            MarkersArg::Strip => salient_text::Markers::Strip,
            MarkersArg::Keep => salient_text::Markers::Keep,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum SplitFormat {
    /// One sentence per line (line breaks inside a sentence shown as spaces).
    Text,
    /// One JSON object per input: sentences with byte spans, turns and speakers.
    Json,
}

#[derive(Debug, Args)]
pub struct SplitArgs {
    #[command(flatten)]
    pub text: TextArgs,
    #[command(flatten)]
    pub batch: BatchArgs,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = SplitFormat::Text)]
    pub format: SplitFormat,
    /// Score the splitter on sentence-boundary test suites instead: each input is JSON Lines,
    /// one case per line (`text`, expected `sentences`, optional `id`, `lang`, `lossless`).
    /// Prints exact-case accuracy and boundary precision, recall and F1 per language. Each case
    /// is split as its `lang` says when salient knows that language (else as `--language`
    /// says); `--language` other than auto overrides every case.
    #[arg(long)]
    pub eval: bool,
    /// With `--eval`: also list every case that is not exactly right, expected against found.
    #[arg(long, requires = "eval")]
    pub failures: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum KeywordsFormat {
    /// One keyword or keyphrase per line, best first: its score, a tab, the phrase.
    Text,
    /// One JSON object per input: each keyword with its score, its number of occurrences and
    /// the byte span of its first occurrence.
    Json,
}

/// Ranking options shared by `summarize` and `eval`.
#[derive(Debug, Args, Clone)]
#[command(group = clap::ArgGroup::new("budget").multiple(false))]
pub struct RankArgs {
    /// Summary length in sentences.
    #[arg(
        long,
        short = 's',
        group = "budget",
        value_name = "N",
        allow_negative_numbers = true
    )]
    pub sentences: Option<i64>,
    /// Summary length as a share of the sentences, in (0, 1].
    #[arg(
        long,
        short = 'r',
        group = "budget",
        value_name = "R",
        allow_negative_numbers = true
    )]
    pub ratio: Option<f64>,
    /// Summary length in words (sentences are never cut).
    #[arg(
        long,
        short = 'w',
        group = "budget",
        value_name = "N",
        allow_negative_numbers = true
    )]
    pub words: Option<i64>,
    /// Summary length in characters (sentences are never cut).
    #[arg(
        long,
        group = "budget",
        value_name = "N",
        allow_negative_numbers = true
    )]
    pub chars: Option<i64>,
    /// The budget in its one-word form: `auto` (a length that grows with the text), or
    /// `sentences:N`, `ratio:R`, `words:N`, `chars:N` as the JSON output prints it.
    #[arg(
        long = "budget",
        id = "budget_form",
        group = "budget",
        value_name = "BUDGET"
    )]
    pub budget_form: Option<String>,
    /// Redundancy control: auto (MMR for the default method, none for lead and random, a
    /// near-duplicate cap for the others), off, `mmr[:LAMBDA]` (default lambda 0.6, the
    /// default method's), `cap[:COSINE]` (default 0.95).
    #[arg(long, default_value = "auto")]
    pub redundancy: String,
    /// Position prior: auto (the default method's genre-aware prior), off, or a tau > 0.
    #[arg(long, default_value = "auto", allow_negative_numbers = true)]
    pub position_prior: String,
    /// Skip sentences of fewer words.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_words: usize,
    /// Skip sentences of more words.
    #[arg(long, value_name = "N")]
    pub max_words: Option<usize>,
    /// Never pick a question.
    #[arg(long)]
    pub skip_questions: bool,
    /// A background idf model (from `salient idf build`).
    #[arg(long, value_name = "MODEL")]
    pub idf: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SummarizeArgs {
    #[command(flatten)]
    pub text: TextArgs,
    #[command(flatten)]
    pub rank: RankArgs,
    /// Ranking method: default, textrank, textrank-bm25, textrank-cosine, `lexrank[:T]`,
    /// lexrank-continuous, centroid, luhn, sumbasic, klsum, `lsa[:K]`, pacsum, lead,
    /// `random[:SEED]`.
    #[arg(long, short = 'm', default_value = "default")]
    pub method: String,
    /// Summarize all inputs together as one; each pick names its source.
    #[arg(long)]
    pub combine: bool,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    /// Show every sentence with its score and why it was or was not picked.
    #[arg(long)]
    pub explain: bool,
    /// Transcript markers such as `{disfmarker}`, `{vocalsound}` or `<file_gif>` in the
    /// printed picks: `strip` leaves them out (the picks' spans still index the input exactly),
    /// `keep` prints them verbatim.
    #[arg(long, value_enum, default_value_t = MarkersArg::Strip)]
    pub markers: MarkersArg,
    /// Colour the picks in the markdown and --explain views: `auto` (on a terminal, unless
    /// NO_COLOR is set), `always` or `never`.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    #[command(flatten)]
    pub batch: BatchArgs,
}

/// Batch input: JSON Lines, streamed. Shared by `summarize`, `keywords` and `split`.
#[derive(Debug, Args, Clone)]
pub struct BatchArgs {
    /// How inputs are read: whole text files, or JSON Lines (one document per line, one result
    /// per line, in the same order, streamed: results come while the input is still being
    /// read). Files may be gzip or zstd compressed; directories are read recursively.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input_format: InputFormat,
    /// With `--input-format jsonl`: the field holding the text.
    #[arg(long, default_value = "text", value_name = "FIELD")]
    pub text_field: String,
    /// With `--input-format jsonl`: the field holding the document id (copied to the output).
    #[arg(long, default_value = "id", value_name = "FIELD")]
    pub id_field: String,
    /// Worker threads for batch input (default: all cores). The output does not depend on it.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// With `--input-format jsonl`: what a line that cannot be used (bad JSON, no text field,
    /// not UTF-8) does to the exit status. Either way it gets an error record in its place and
    /// the other lines still run.
    #[arg(long, value_enum, default_value_t = BadLines::Fail, value_name = "MODE")]
    pub bad_lines: BadLines,
}

/// `--bad-lines`: the exit status of a batch with bad lines.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum BadLines {
    /// Exit 3 when any line was bad (for scripts that must notice).
    Fail,
    /// Exit 0: the error records are the answer for those lines. Still exit 3 when an input
    /// cannot be read, and 2 on bad usage (for Spark's `pipe`, Hadoop Streaming and other
    /// engines that fail the whole job on a non-zero exit).
    Record,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum OutputFormat {
    /// The picked sentences, one per line (transcript picks with their speaker).
    Text,
    /// A JSON object per input, indented.
    Json,
    /// A JSON object per input on one line (per document with `--input-format jsonl`).
    Jsonl,
    /// The whole document with the picked sentences in bold.
    Markdown,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum InputFormat {
    /// Each input is one document (a saved web page is told by its extension or its first
    /// bytes, and its main text is extracted).
    Text,
    /// Each line of each input is a JSON object holding one document.
    Jsonl,
    /// Each input is an HTML page: its main text is extracted (navigation, scripts, ads and
    /// footers left out) and spans index that text.
    Html,
}

#[derive(Debug, Args)]
pub struct IdfBuildArgs {
    #[command(flatten)]
    pub text: TextArgs,
    /// Where to write the model.
    #[arg(long, short = 'o', value_name = "MODEL")]
    pub output: PathBuf,
    /// Read JSON Lines: each line's `--text-field` is one document.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input_format: InputFormat,
    /// With `--input-format jsonl`: the field holding the text.
    #[arg(long, default_value = "text", value_name = "FIELD")]
    pub text_field: String,
    /// Leave out terms seen in fewer documents (they then count as unseen).
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub min_df: u64,
    /// Do not stem (the model must match how it will be used; summarize stems).
    #[arg(long)]
    pub no_stem: bool,
}

#[derive(Debug, Subcommand)]
pub enum IdfCommand {
    /// Count document frequencies over a corpus and save them as a model for `--idf`.
    #[command(
        after_help = "Examples:\n  salient idf build news/ -o news.idf\n  salient idf build --input-format jsonl articles.jsonl -o news.idf\n  salient summarize --idf news.idf brief.txt"
    )]
    Build(IdfBuildArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum SplitHalf {
    /// The documents to tune on.
    Tune,
    /// The documents to report on.
    Test,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum RougeTokenizerArg {
    /// rouge-score's tokenizer ([a-z0-9] runs), as published English numbers use.
    RougeScore,
    /// Unicode words, for languages rouge-score's tokenizer cannot see.
    Unicode,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Corpus files: JSON Lines, one document per line with its text, its reference summaries
    /// (a string or a list of strings) and an id; optional `documents` for multi-document
    /// clusters. Field names: --text-field, --summary-field, --id-field.
    #[arg(value_name = "CORPUS", required = true)]
    pub corpora: Vec<PathBuf>,
    /// Another system's summaries to score (repeatable; `NAME=FILE` names it, else the file
    /// name does): JSON Lines `{"id": ..., "summary": "..." or ["sentence", ...]}`, or plain
    /// text with one summary per line in corpus order. Needs exactly one corpus.
    #[arg(long = "predictions", value_name = "[NAME=]FILE")]
    pub predictions: Vec<String>,
    /// The corpus field holding the text.
    #[arg(long, default_value = "text", value_name = "FIELD")]
    pub text_field: String,
    /// The corpus field holding the reference summaries.
    #[arg(long, default_value = "summaries", value_name = "FIELD")]
    pub summary_field: String,
    /// The field holding each document's id (in the corpus and in JSON Lines predictions).
    #[arg(long, default_value = "id", value_name = "FIELD")]
    pub id_field: String,
    /// Bootstrap samples for the 95% intervals of every mean and for paired comparisons
    /// (documents resampled; 0 turns intervals and comparisons off).
    #[arg(long, default_value_t = 1000, value_name = "N")]
    pub bootstrap: usize,
    /// Seed of the resampling (same seed, same intervals, at any --jobs).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// The system every other is compared with (paired bootstrap interval of the difference and
    /// an approximate-randomisation p-value): default `lead` when it is evaluated; `none` for no
    /// comparison.
    #[arg(long, value_name = "SYSTEM")]
    pub baseline: Option<String>,
    /// Also compare these two systems (repeatable), e.g. `--compare default,textrank`.
    #[arg(long, value_name = "A,B")]
    pub compare: Vec<String>,
    /// Write every document's scores, per system, to FILE as JSON Lines.
    #[arg(long, value_name = "FILE")]
    pub per_doc: Option<PathBuf>,
    /// The corpora are keyphrase benchmarks (`text`, `keyphrases`, optional `lang`): score
    /// `salient keywords` (and `--predictions` with a `keyphrases` list) by precision, recall and
    /// F1 at 5 and 10, stemmed exact match, each prediction compared with salient (paired
    /// bootstrap interval and randomisation p of F1@5 and F1@10). With `--language auto` each
    /// document's `lang` field sets the language.
    #[arg(long)]
    pub keyphrases: bool,
    #[command(flatten)]
    pub keyphrase: KeyphraseArgs,
    /// Measure speed only, no ROUGE (corpora without references are then fine).
    #[arg(long)]
    pub timing: bool,
    #[command(flatten)]
    pub rank: RankArgs,
    /// Methods to evaluate (repeatable; `all` = every method); default: default and lead.
    #[arg(long = "method", short = 'm', value_name = "METHOD")]
    pub methods: Vec<String>,
    /// Also run the greedy ROUGE oracle (the extractive upper bound).
    #[arg(long)]
    pub oracle: bool,
    /// Only the first N documents of each corpus.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Only one fixed half of each corpus, chosen by a hash of `<corpus>/<id>` (the file name
    /// without `.jsonl`): tune settings on `tune`, report on `test`.
    #[arg(long, value_enum, value_name = "HALF")]
    pub split: Option<SplitHalf>,
    /// Language of the texts (auto detects per document).
    #[arg(long, short = 'l', default_value = "auto")]
    pub language: String,
    /// ROUGE tokenizer.
    #[arg(long, value_enum, default_value_t = RougeTokenizerArg::RougeScore)]
    pub tokenizer: RougeTokenizerArg,
    /// Score without the Porter stemmer.
    #[arg(long)]
    pub no_stem: bool,
    /// Decode invalid UTF-8 in a corpus as U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Show precision and recall beside F.
    #[arg(long)]
    pub pr: bool,
    /// Worker threads (default: all cores). Results do not depend on it.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = EvalFormat::Text)]
    pub format: EvalFormat,
}

#[derive(Debug, Args)]
pub struct RougeArgs {
    /// The reference summary: a file, or `-` for standard input.
    pub reference: PathBuf,
    /// The candidate summary: a file, or `-` for standard input (one of the two at most).
    /// For ROUGE-Lsum, line breaks separate sentences.
    pub candidate: PathBuf,
    /// ROUGE tokenizer.
    #[arg(long, value_enum, default_value_t = RougeTokenizerArg::RougeScore)]
    pub tokenizer: RougeTokenizerArg,
    /// Score without the Porter stemmer.
    #[arg(long)]
    pub no_stem: bool,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = RougeFormat::Text)]
    pub format: RougeFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum RougeFormat {
    /// A table of precision, recall and F (x 100).
    Text,
    /// One JSON object with precision, recall and F of every ROUGE type.
    Json,
}

#[derive(Debug, Args)]
pub struct KeywordsArgs {
    #[command(flatten)]
    pub text: TextArgs,
    #[command(flatten)]
    pub batch: BatchArgs,
    #[command(flatten)]
    pub keyphrase: KeyphraseArgs,
    /// How many keyphrases.
    #[arg(long, short = 'n', default_value_t = 10)]
    pub top: usize,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = KeywordsFormat::Text)]
    pub format: KeywordsFormat,
}

/// How keyphrases are formed and ranked (`salient keywords` and `salient eval --keyphrases`).
#[derive(Debug, Args)]
pub struct KeyphraseArgs {
    /// How phrase length counts: `technical` favours multi-word terms (papers, reports),
    /// `news` names and single words; `auto` decides per text from its share of names.
    #[arg(long, value_name = "STYLE", default_value = "auto")]
    pub style: String,
    /// Longest keyphrase, in words.
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub max_phrase_words: usize,
    /// Co-occurrence window of the word graph, in content words.
    #[arg(long, default_value_t = 10)]
    pub window: usize,
    /// Single words only (the same as --max-phrase-words 1).
    #[arg(long)]
    pub no_phrases: bool,
}

impl KeyphraseArgs {
    /// The extractor settings these options describe, with `analyzer` and `top`.
    pub fn config(
        &self,
        analyzer: AnalyzerConfig,
        top: usize,
    ) -> Result<salient_rank::KeywordConfig, Failure> {
        let style = self
            .style
            .parse()
            .map_err(|e| Failure::usage(format!("--style: {e}")))?;
        Ok(salient_rank::KeywordConfig {
            analyzer,
            window: self.window,
            top,
            max_words: if self.no_phrases {
                1
            } else {
                self.max_phrase_words
            },
            style,
            ..Default::default()
        })
    }
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum EvalFormat {
    /// An aligned table per corpus.
    Text,
    /// One JSON object per corpus and method, with precision, recall and F.
    Json,
    /// A Markdown table per corpus (what the README's results come from).
    Markdown,
}

impl RankArgs {
    /// The summarizer settings these options (with `analyzer` and `method`) describe; without a
    /// budget option the budget is `default_budget`.
    pub fn config(
        &self,
        analyzer: AnalyzerConfig,
        method: Method,
        default_budget: Budget,
    ) -> Result<SummarizerConfig, Failure> {
        let usage = |opt: &str, e: &dyn std::fmt::Display| Failure::usage(format!("{opt}: {e}"));
        let count = |opt: &str, v: i64| -> Result<usize, Failure> {
            if v <= 0 {
                Err(Failure::usage(format!(
                    "{opt}: {v} would give an empty summary; use a number of at least 1"
                )))
            } else {
                Ok(v as usize)
            }
        };
        let budget = if let Some(b) = &self.budget_form {
            b.parse().map_err(|e| usage("--budget", &e))?
        } else if let Some(n) = self.sentences {
            Budget::Sentences(count("--sentences", n)?)
        } else if let Some(r) = self.ratio {
            if !(r > 0.0 && r <= 1.0) {
                return Err(Failure::usage(format!(
                    "--ratio: {r} is outside (0, 1]; e.g. 0.2 keeps a fifth of the sentences"
                )));
            }
            Budget::Ratio(r)
        } else if let Some(n) = self.words {
            Budget::Words(count("--words", n)?)
        } else if let Some(n) = self.chars {
            Budget::Chars(count("--chars", n)?)
        } else {
            default_budget
        };
        let redundancy: Redundancy = self
            .redundancy
            .parse()
            .map_err(|e| usage("--redundancy", &e))?;
        let position_prior: PositionPrior = self
            .position_prior
            .parse()
            .map_err(|e| usage("--position-prior", &e))?;
        let idf_model = match &self.idf {
            Some(p) => {
                Some(std::sync::Arc::new(IdfModel::load(p).map_err(|e| {
                    Failure::input(format!("{}: {e}", p.display()))
                })?))
            }
            None => None,
        };
        Ok(SummarizerConfig {
            analyzer,
            method,
            budget,
            redundancy,
            filters: Filters {
                min_words: self.min_words,
                max_words: self.max_words,
                skip_questions: self.skip_questions,
            },
            position_prior,
            idf_model,
            ..Default::default()
        })
    }
}

/// Parses a `--method` value.
pub fn parse_method(s: &str) -> Result<Method, Failure> {
    s.parse()
        .map_err(|e| Failure::usage(format!("--method: {e}")))
}

impl TryFrom<&SummarizeArgs> for SummarizerConfig {
    type Error = Failure;

    fn try_from(a: &SummarizeArgs) -> Result<Self, Failure> {
        a.rank.config(
            AnalyzerConfig::try_from(&a.text)?,
            parse_method(&a.method)?,
            Budget::Auto,
        )
    }
}

impl TryFrom<&TextArgs> for AnalyzerConfig {
    type Error = Failure;

    fn try_from(a: &TextArgs) -> Result<Self, Failure> {
        let language: LanguageChoice = a
            .language
            .parse()
            .map_err(|e| Failure::usage(format!("--language: {e}")))?;
        Ok(AnalyzerConfig {
            language,
            transcript: match a.transcript {
                TranscriptArg::Auto => TranscriptMode::Auto,
                TranscriptArg::Off => TranscriptMode::Off,
                TranscriptArg::DoubleSpace => TranscriptMode::DoubleSpace,
                TranscriptArg::Labeled => TranscriptMode::Labeled,
            },
            line_mode: match a.line_mode {
                LineArg::Auto => LineMode::Auto,
                LineArg::Lines => LineMode::Lines,
                LineArg::Wrapped => LineMode::Wrapped,
            },
            quotes: match a.quotes {
                QuoteArg::Split => QuoteMode::Split,
                QuoteArg::Whole => QuoteMode::Whole,
            },
            abbreviations: a.abbreviations.clone(),
            stopwords: match &a.stopwords {
                None => Stopwords::Language,
                Some(path) => {
                    let words = read_word_list(path)?;
                    match a.stopwords_mode {
                        StopwordsMode::Add => Stopwords::Extra(words),
                        StopwordsMode::Replace => Stopwords::Custom(words),
                    }
                }
            },
            ..AnalyzerConfig::default()
        })
    }
}

/// A word list: one word per line; blank lines and `#` comments skipped.
fn read_word_list(path: &std::path::Path) -> Result<Vec<String>, Failure> {
    let (texts, failed) = crate::input::read_texts(&[path.to_path_buf()], false);
    match texts.into_iter().next() {
        Some(t) if !failed => Ok(t
            .text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_owned)
            .collect()),
        _ => Err(Failure::input(format!(
            "--stopwords {}: cannot be read",
            path.display()
        ))),
    }
}
