//! `salient`: the command-line front end. It parses arguments, calls the libraries, prints, and
//! maps failures to exit codes; every behaviour lives in the library crates.

mod args;
mod eval;
mod idf;
mod input;
mod keywords;
mod split;
mod summarize;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

/// Exit status: the command ran and every input was fine.
pub const EXIT_OK: u8 = 0;
/// Exit status: bad usage (unknown option, invalid value); clap uses 2 as well.
pub const EXIT_USAGE: u8 = 2;
/// Exit status: an input could not be read or is not text (the others were still processed).
pub const EXIT_INPUT: u8 = 3;

/// A failure with its exit status; printed once, by `main`.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: EXIT_USAGE,
            message: message.into(),
        }
    }

    pub fn input(message: impl Into<String>) -> Self {
        Failure {
            code: EXIT_INPUT,
            message: message.into(),
        }
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            // `salient big.txt | head -1`: the reader has what it wanted; stop quietly.
            return Failure {
                code: EXIT_OK,
                message: String::new(),
            };
        }
        Failure {
            code: 1,
            message: format!("write error: {e}"),
        }
    }
}

fn main() -> ExitCode {
    let cli = args::Cli::parse_from(with_shortcut(std::env::args_os().collect()));
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = match cli.command {
        args::Command::Split(a) => split::run(&a, &mut out),
        args::Command::Summarize(a) => summarize::run(&a, &mut out),
        args::Command::Keywords(a) => keywords::run(&a, &mut out),
        args::Command::Eval(a) => eval::run(&a, &mut out),
        args::Command::Idf(args::IdfCommand::Build(a)) => idf::build(&a, &mut out),
        args::Command::Completions { shell } => {
            let mut cmd = args::Cli::command();
            clap_complete::generate(shell, &mut cmd, "salient", &mut out);
            Ok(EXIT_OK)
        }
        args::Command::Man => clap_mangen::Man::new(args::Cli::command())
            .render(&mut out)
            .map(|_| EXIT_OK)
            .map_err(Failure::from),
    };
    let result = result.and_then(|code| out.flush().map(|_| code).map_err(Failure::from));
    match result {
        Ok(code) => ExitCode::from(code),
        Err(f) if f.code == EXIT_OK => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("salient: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}

/// `salient FILE...` means `salient summarize FILE...`: insert the subcommand when the first
/// argument is not one (nor a top-level flag such as `--help`). With no argument at all,
/// standard input is summarized when it is not a terminal; otherwise help is shown.
fn with_shortcut(mut argv: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    use std::io::IsTerminal;
    let first = argv.get(1).and_then(|a| a.to_str()).map(str::to_owned);
    let insert = match first.as_deref() {
        None => !io::stdin().is_terminal(),
        Some("-h" | "--help" | "-V" | "--version") => false,
        Some(a) => !args::SUBCOMMANDS.contains(&a),
    };
    if insert {
        argv.insert(1.min(argv.len()), "summarize".into());
    }
    argv
}

/// Sizes rayon's global pool for `--jobs N` (default: all cores).
pub fn set_jobs(jobs: Option<usize>) -> Result<(), Failure> {
    if let Some(j) = jobs {
        if j == 0 {
            return Err(Failure::usage("--jobs: 0 threads cannot run anything"));
        }
        // Only fails if the pool was already built, which nothing else does.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(j)
            .build_global();
    }
    Ok(())
}

/// Writes `value` as one line of JSON (indented over several lines when `pretty`).
pub fn emit_json(
    out: &mut impl Write,
    value: &impl serde::Serialize,
    pretty: bool,
) -> Result<(), Failure> {
    let text = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    }
    .map_err(|e| Failure {
        code: 1,
        message: e.to_string(),
    })?;
    emit(out, &text)?;
    emit(out, "\n")
}

/// Writes to `out`, turning a closed pipe into a quiet stop.
pub fn emit(out: &mut impl Write, s: &str) -> Result<(), Failure> {
    out.write_all(s.as_bytes()).map_err(Failure::from)
}
