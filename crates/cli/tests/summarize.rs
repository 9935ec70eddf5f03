//! Integration tests of `salient summarize` and `salient keywords` on the real binary. Goldens
//! live in `tests/golden/`; re-bless with `SALIENT_BLESS=1 cargo test -p salient-cli`.

mod common;

use common::{golden, root, salient};

const CORPORA: &[&str] = &[
    "news_harbor_bridge",
    "interview_water_rights",
    "report_city_libraries",
    "de_energiewende",
    "fr_transports",
];

fn stdout(args: &[&str]) -> String {
    let out = salient(args, b"");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn summarize_corpora_goldens() {
    for file in CORPORA {
        let path = format!("corpora/{file}.txt");
        golden(
            &format!("summarize_{file}.txt"),
            &stdout(&["summarize", &path]),
        );
        let json = stdout(&["summarize", "--format", "json", "--sentences", "3", &path]);
        let v: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
        let text = std::fs::read_to_string(root().join(&path)).unwrap();
        let picks = v["picks"].as_array().unwrap();
        assert_eq!(picks.len(), 3);
        let mut last = None;
        for p in picks {
            let (a, b) = (
                p["start"].as_u64().unwrap() as usize,
                p["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[a..b], p["text"].as_str().unwrap());
            let i = p["index"].as_u64().unwrap();
            assert!(last.is_none_or(|l| l < i), "document order");
            last = Some(i);
        }
        assert_eq!(v["method"], "default");
        assert_eq!(v["options"]["budget"], "sentences:3");
        golden(&format!("summarize_{file}.jsonl"), &json);
    }
    golden(
        "summarize_explain_interview.txt",
        &stdout(&[
            "summarize",
            "--explain",
            "-s",
            "3",
            "corpora/interview_water_rights.txt",
        ]),
    );
    golden(
        "keywords_report_city_libraries.txt",
        &stdout(&["keywords", "corpora/report_city_libraries.txt"]),
    );
}

#[test]
fn summarize_seed_transcript() {
    let seed = root().join("../shared/seed/000_05eae02359d293ec.txt");
    if !seed.exists() {
        eprintln!("SKIPPED: {} not available", seed.display());
        return;
    }
    let out = stdout(&[
        "summarize",
        "--format",
        "json",
        "-s",
        "4",
        seed.to_str().unwrap(),
    ]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["transcript"][0], "double-space");
    assert_eq!(v["picks"].as_array().unwrap().len(), 4);
    // Every method runs on it.
    for m in [
        "textrank",
        "textrank-bm25",
        "lexrank",
        "lexrank-continuous",
        "centroid",
        "luhn",
        "sumbasic",
        "klsum",
        "lsa",
        "pacsum",
        "lead",
        "random:3",
    ] {
        let t = stdout(&["summarize", "-m", m, "-s", "3", seed.to_str().unwrap()]);
        assert_eq!(t.lines().count(), 3, "{m}");
    }
}

#[test]
fn summarize_options() {
    let news = "corpora/news_harbor_bridge.txt";
    // Word budget: never more words than asked.
    let v: serde_json::Value =
        serde_json::from_str(stdout(&["summarize", "-f", "json", "--words", "60", news]).trim())
            .unwrap();
    let words: u64 = v["picks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["words"].as_u64().unwrap())
        .sum();
    assert!(words <= 60 && words > 0, "{words}");
    // LEAD-2 is the first two sentences.
    let lead = stdout(&["summarize", "-m", "lead", "-s", "2", news]);
    let split = stdout(&["split", news]);
    assert_eq!(
        lead.lines().collect::<Vec<_>>(),
        split.lines().take(2).collect::<Vec<_>>()
    );
    // stdin, and --combine naming sources.
    let out = salient(
        &["summarize", "-s", "1", "-"],
        b"One sentence here. Another one there.",
    );
    assert!(out.status.success());
    let combined = stdout(&[
        "summarize",
        "--combine",
        "-s",
        "4",
        news,
        "corpora/report_city_libraries.txt",
    ]);
    assert_eq!(combined.lines().count(), 4);
    assert!(combined.lines().all(|l| l.starts_with("[corpora/")));
    // Same output on every run.
    assert_eq!(
        stdout(&["summarize", "-f", "json", news]),
        stdout(&["summarize", "-f", "json", news])
    );
}

/// Every error case: (args, expected exit code, expected text in stderr).
#[test]
fn summarize_error_cases() {
    let dir = std::env::temp_dir().join(format!("salient-sum-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("bad.idf"), b"not a model\n").unwrap();
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    let bad_idf = dir.join("bad.idf").to_str().unwrap().to_string();
    let empty = dir.join("empty.txt").to_str().unwrap().to_string();
    let news = "corpora/news_harbor_bridge.txt";
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            vec!["summarize", "-s", "0", news],
            2,
            "--sentences: 0 would give an empty summary",
        ),
        (
            vec!["summarize", "--words", "-5", news],
            2,
            "--words: -5 would give an empty summary",
        ),
        (
            vec!["summarize", "--ratio", "-0.2", news],
            2,
            "--ratio: -0.2 is outside (0, 1]",
        ),
        (
            vec!["summarize", "--ratio", "1.5", news],
            2,
            "--ratio: 1.5 is outside (0, 1]",
        ),
        (
            vec!["summarize", "-s", "3", "--words", "50", news],
            2,
            "cannot be used with",
        ),
        (
            vec!["summarize", "-m", "pagerank", news],
            2,
            "--method: unknown method \"pagerank\"",
        ),
        (
            vec!["summarize", "-m", "lexrank:2", news],
            2,
            "lexrank threshold",
        ),
        (
            vec!["summarize", "--redundancy", "lots", news],
            2,
            "--redundancy",
        ),
        (
            vec!["summarize", "--redundancy", "mmr:1.5", news],
            2,
            "MMR lambda 1.5",
        ),
        (
            vec!["summarize", "--position-prior", "-1", news],
            2,
            "tau -1",
        ),
        (
            vec!["summarize", "--max-words", "3", "--min-words", "5", news],
            2,
            "max_words",
        ),
        (
            vec!["summarize", "--idf", &bad_idf, news],
            3,
            "bad.idf: idf model, line 1",
        ),
        (vec!["summarize", "-l", "xx", news], 2, "unknown language"),
        (
            vec!["summarize", "no/such.txt"],
            3,
            "no/such.txt: no such file",
        ),
        (
            vec!["summarize", &empty],
            0,
            "no text, so the summary is empty",
        ),
        (
            vec!["keywords", "--top", "0", news],
            2,
            "asking for 0 keywords",
        ),
        (vec!["keywords", "--window", "1", news], 2, "window"),
    ];
    for (args, code, message) in cases {
        let out = salient(&args, b"");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(
            stderr.contains(message),
            "{args:?}: {stderr:?} lacks {message:?}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    std::fs::remove_dir_all(&dir).ok();
}
