//! `salient`: the command-line front end. It parses arguments, calls the libraries, prints, and
//! maps failures to exit codes; every behaviour lives in the library crates.

mod args;
mod eval;
mod input;
mod keywords;
mod split;
mod summarize;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

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
    let cli = args::Cli::parse();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = match cli.command {
        args::Command::Split(a) => split::run(&a, &mut out),
        args::Command::Summarize(a) => summarize::run(&a, &mut out),
        args::Command::Keywords(a) => keywords::run(&a, &mut out),
        args::Command::Eval(a) => eval::run(&a, &mut out),
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

/// Writes to `out`, turning a closed pipe into a quiet stop.
pub fn emit(out: &mut impl Write, s: &str) -> Result<(), Failure> {
    out.write_all(s.as_bytes()).map_err(Failure::from)
}
