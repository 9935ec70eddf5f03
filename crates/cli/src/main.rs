//! `salient`: the command-line front end. It parses arguments, calls the libraries, prints, and
//! maps failures to exit codes; every behaviour lives in the library crates.

/// Writes a line to standard error. A full or closed stderr must not cost the user the output
/// (nor turn a usage error into a panic), so a failed write is ignored.
#[macro_export]
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// mimalloc: the analysis allocates many small strings and vectors per document, and returns
/// them at once; about 9% fewer instructions than the system allocator summarizing news
/// (BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod args;
mod batch;
mod eval;
mod html;
mod idf;
mod input;
mod keyphrase_eval;
mod keywords;
mod per_language;
mod split;
mod split_eval;
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
    let cli = match args::Cli::try_parse_from(with_shortcut(std::env::args_os().collect())) {
        Ok(cli) => cli,
        Err(e) => return clap_exit(&e),
    };
    if stdout_is_closed() {
        note!(
            "salient: standard output is closed; nothing can be written (a /dev/null opened \
             read-write, as Python's subprocess.DEVNULL opens it, looks the same to a program: \
             open it write-only, e.g. `> /dev/null`, or read the output and drop it)"
        );
        return ExitCode::from(1);
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = match cli.command {
        args::Command::Split(a) => split::run(&a, &mut out),
        args::Command::Summarize(a) => summarize::run(&a, &mut out),
        args::Command::Keywords(a) => keywords::run(&a, &mut out),
        args::Command::Eval(a) => eval::run(&a, &mut out),
        args::Command::Rouge(a) => eval::rouge(&a, &mut out),
        args::Command::Idf(args::IdfCommand::Build(a)) => idf::build(&a, &mut out),
        args::Command::Completions { shell } => {
            // Rendered in memory: clap_complete panics when its writer fails.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut args::Cli::command(), "salient", &mut script);
            out.write_all(&script)
                .map(|_| EXIT_OK)
                .map_err(Failure::from)
        }
        args::Command::Man(a) => man(&a, &mut out),
    };
    let result = result.and_then(|code| out.flush().map(|_| code).map_err(Failure::from));
    match result {
        Ok(code) => ExitCode::from(code),
        Err(f) if f.code == EXIT_OK => ExitCode::SUCCESS,
        Err(f) => {
            note!("salient: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}

/// `salient man`: one page to standard output, or every page to a directory.
fn man(args: &args::ManArgs, out: &mut impl Write) -> Result<u8, Failure> {
    let mut cmd = args::Cli::command();
    // Building gives each subcommand its full name (`salient-idf-build`) for its page.
    cmd.build();
    if let Some(dir) = &args.dir {
        std::fs::create_dir_all(dir)
            .and_then(|_| clap_mangen::generate_to(cmd, dir))
            .map_err(|e| {
                Failure::input(format!("{}: cannot write man pages: {e}", dir.display()))
            })?;
        emit(out, &format!("man pages written to {}\n", dir.display()))?;
        return Ok(EXIT_OK);
    }
    let mut page = cmd;
    for name in &args.command {
        page = page
            .find_subcommand(name)
            .cloned()
            .ok_or_else(|| Failure::usage(format!("salient man: no command {name:?}")))?;
    }
    let mut roff = Vec::new();
    clap_mangen::Man::new(page).render(&mut roff)?;
    out.write_all(&roff).map_err(Failure::from)?;
    Ok(EXIT_OK)
}

/// Prints clap's help, version or usage error and gives its exit status; a help text that
/// cannot be written (`--help > /dev/full`) is an error, not a success.
fn clap_exit(e: &clap::Error) -> ExitCode {
    match e.print() {
        Ok(()) => ExitCode::from(e.exit_code() as u8),
        Err(w) if w.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(w) => {
            note!("salient: write error: {w}");
            ExitCode::from(1)
        }
    }
}

/// Whether standard output was closed when salient started (`salient ... >&-`): the output
/// would be lost with exit status 0. Rust's runtime reopens a closed descriptor 1 on
/// `/dev/null`, read-write, before `main`; a shell's `>/dev/null` opens it write-only. So on
/// Linux a descriptor 1 that is `/dev/null` opened read-write is taken as closed.
fn stdout_is_closed() -> bool {
    use std::os::fd::AsFd;
    if io::stdout().as_fd().try_clone_to_owned().is_err() {
        return true;
    }
    if cfg!(target_os = "linux") {
        let null = std::fs::read_link("/proc/self/fd/1").is_ok_and(|p| p == *"/dev/null");
        // `flags:` in fdinfo is octal; the access mode is its low two bits (2 = O_RDWR).
        let read_write = std::fs::read_to_string("/proc/self/fdinfo/1").is_ok_and(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("flags:"))
                .and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
                .is_some_and(|f| f & 3 == 2)
        });
        return null && read_write;
    }
    false
}

/// `salient FILE...` means `salient summarize FILE...`: insert the subcommand when the first
/// argument is not one (nor a top-level flag such as `--help`). With no argument at all,
/// standard input is summarized when it is not a terminal; otherwise help is shown.
fn with_shortcut(mut argv: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    use std::io::IsTerminal;
    // A file name that is not UTF-8 is no subcommand either: it is a file to summarize.
    let insert = match argv.get(1).map(|a| a.to_str()) {
        None => !io::stdin().is_terminal(),
        Some(Some("-h" | "--help" | "-V" | "--version")) => false,
        Some(Some(a)) => !args::SUBCOMMANDS.contains(&a),
        Some(None) => true,
    };
    if insert {
        argv.insert(1.min(argv.len()), "summarize".into());
    }
    argv
}

/// The most worker threads `--jobs` accepts.
pub const MAX_JOBS: usize = 1024;

/// Sizes rayon's global pool for `--jobs N` (default: all cores).
pub fn set_jobs(jobs: Option<usize>) -> Result<(), Failure> {
    if let Some(j) = jobs {
        if j == 0 {
            return Err(Failure::usage("--jobs: 0 threads cannot run anything"));
        }
        if j > MAX_JOBS {
            return Err(Failure::usage(format!(
                "--jobs: {j} is more than {MAX_JOBS} threads; use at most the number of cores"
            )));
        }
        // Nothing else builds the global pool, so an error here means the threads could not
        // be started (a process or memory limit): say so instead of panicking later.
        rayon::ThreadPoolBuilder::new()
            .num_threads(j)
            .build_global()
            .map_err(|e| Failure {
                code: 1,
                message: format!("--jobs {j}: cannot start the worker threads: {e}"),
            })?;
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
