//! Command-line arguments (clap), converted into library configuration with `TryFrom`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use salient_text::{AnalyzerConfig, LanguageChoice, LineMode, TranscriptMode};

use crate::Failure;

#[derive(Debug, Parser)]
#[command(name = "salient", version, about = "Fast statistical extractive summarization", long_about = None)]
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
}

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
    /// An extra abbreviation that never ends a sentence (repeatable), e.g. `--abbreviation approx.`
    #[arg(long = "abbreviation", value_name = "ABBR")]
    pub abbreviations: Vec<String>,
    /// Decode invalid UTF-8 as U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
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
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = SplitFormat::Text)]
    pub format: SplitFormat,
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
            abbreviations: a.abbreviations.clone(),
            ..AnalyzerConfig::default()
        })
    }
}
