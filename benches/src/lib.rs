//! Inputs for the salient benchmarks: texts read from `../shared/eval` (or `$SALIENT_SHARED`),
//! with seeded synthetic text as a fallback so that `cargo bench` always has something to run.

use std::path::PathBuf;

/// `$SALIENT_SHARED/eval`, or the `shared/eval` found beside the workspace (see
/// [`salient_testdata::eval_dir`]).
pub fn eval_dir() -> PathBuf {
    salient_testdata::eval_dir()
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/eval"))
}

/// The `text` fields of a corpus file, or `None` (with a note on stderr) when it is absent.
pub fn corpus_texts(name: &str) -> Option<Vec<String>> {
    let path = eval_dir().join(format!("{name}.jsonl"));
    let data = match std::fs::read_to_string(&path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!(
                "note: {} unavailable ({e}); using synthetic text",
                path.display()
            );
            return None;
        }
    };
    let texts = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_owned))
        .collect();
    Some(texts)
}

/// Deterministic English-like text of about `sentences` sentences (xorshift, fixed seed).
pub fn synthetic(sentences: usize, seed: u64) -> String {
    const WORDS: &[&str] = &[
        "the",
        "government",
        "announced",
        "new",
        "policy",
        "on",
        "energy",
        "prices",
        "which",
        "analysts",
        "said",
        "would",
        "raise",
        "costs",
        "for",
        "households",
        "and",
        "firms",
        "in",
        "the",
        "coming",
        "months",
        "minister",
        "defended",
        "plan",
        "as",
        "necessary",
        "while",
        "critics",
        "warned",
        "of",
        "higher",
        "inflation",
        "unemployment",
        "market",
        "reacted",
        "calmly",
        "shares",
        "rose",
        "slightly",
        "after",
        "report",
        "Mr.",
        "Smith",
        "U.S.",
        "officials",
        "meeting",
        "Tuesday",
        "budget",
        "deficit",
        "growth",
        "forecast",
        "percent",
    ];
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407)
        | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut out = String::new();
    for _ in 0..sentences {
        let n = 8 + (next() % 18) as usize;
        for j in 0..n {
            let w = WORDS[(next() % WORDS.len() as u64) as usize];
            if j == 0 {
                let mut c = w.chars();
                if let Some(f) = c.next() {
                    out.extend(f.to_uppercase());
                    out.push_str(c.as_str());
                }
            } else {
                out.push(' ');
                out.push_str(w);
            }
        }
        out.push_str(". ");
        if next() % 6 == 0 {
            out.push_str("\n\n");
        }
    }
    out
}
