//! Locating the shared data (`../shared`: the seed interview and the evaluation corpora) for the
//! workspace's tests and benchmarks. Dev-only: no library crate depends on it.
//!
//! The data is never copied into the repository. Tests that need it call [`shared_path`] or
//! [`shared_file`], which print `SKIPPED: ...` and return `None` when it is absent, so the test
//! passes with a visible reason.
//!
//! ```
//! // `$SALIENT_SHARED` wins; otherwise the first `shared/` (holding `eval/`) beside the
//! // workspace or one of its ancestors.
//! if let Some(dir) = salient_testdata::shared_dir() {
//!     assert!(dir.join("eval").is_dir() || std::env::var_os("SALIENT_SHARED").is_some());
//! }
//! ```
#![deny(missing_docs)]

use std::path::{Path, PathBuf};

/// `$SALIENT_SHARED` if set, else the first `shared` folder holding `eval/` beside the workspace
/// or one of its ancestors (so `../shared` from the repository or from a clone next to it).
pub fn shared_dir() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("SALIENT_SHARED") {
        return Some(PathBuf::from(p));
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .map(|a| a.join("shared"))
        .find(|p| p.join("eval").is_dir())
}

/// `shared_dir()/eval`, or `None` when there is no shared folder.
pub fn eval_dir() -> Option<PathBuf> {
    shared_dir().map(|d| d.join("eval"))
}

/// The path of `rel` under the shared folder if it exists; otherwise prints why the caller is
/// skipped and returns `None`.
pub fn shared_path(rel: &str) -> Option<PathBuf> {
    match shared_dir().map(|d| d.join(rel)) {
        Some(p) if p.exists() => Some(p),
        Some(p) => {
            eprintln!(
                "SKIPPED: {} is not available; set SALIENT_SHARED to the shared data folder",
                p.display()
            );
            None
        }
        None => {
            eprintln!(
                "SKIPPED: no shared data folder (../shared) for {rel}; set SALIENT_SHARED to it"
            );
            None
        }
    }
}

/// The text of `rel` under the shared folder, or `None` (with a `SKIPPED:` line) when it cannot
/// be read.
pub fn shared_file(rel: &str) -> Option<String> {
    let path = shared_path(rel)?;
    match std::fs::read_to_string(&path) {
        Ok(s) => Some(s),
        Err(e) => {
            eprintln!("SKIPPED: {} cannot be read ({e})", path.display());
            None
        }
    }
}
