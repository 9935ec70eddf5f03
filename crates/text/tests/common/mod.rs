//! Locating `../shared` (the seed and evaluation corpora) for tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// `$SALIENT_SHARED`, or `../shared` beside the workspace.
pub fn shared_dir() -> PathBuf {
    match std::env::var_os("SALIENT_SHARED") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
}

/// Reads a file under the shared dir, or prints why the test is skipped and returns `None`.
pub fn shared_file(rel: &str) -> Option<String> {
    let path = shared_dir().join(rel);
    match std::fs::read_to_string(&path) {
        Ok(s) => Some(s),
        Err(e) => {
            eprintln!(
                "SKIPPED: {} is not available ({e}); set SALIENT_SHARED to the shared data folder",
                path.display()
            );
            None
        }
    }
}
