//! `salient eval` as a benchmarking tool: other systems' summaries (`--predictions`), intervals,
//! paired comparisons, per-document scores, `--timing`, and `salient rouge`.

mod common;

use common::{records, salient, tmp_dir};

/// rouge-score's own outputs: every stemmed row of `rouge_vectors.jsonl` becomes a corpus
/// document (its reference) and a prediction (its candidate, given as a list of sentences).
/// `salient eval --predictions` must give rouge-score's means.
#[test]
fn predictions_score_as_rouge_score_does() {
    let Some(data) = salient_testdata::shared_file("eval/rouge_vectors.jsonl") else {
        return;
    };
    let rows: Vec<serde_json::Value> = data
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|r| r["use_stemmer"] == true)
        .collect();
    assert!(rows.len() > 500);
    let dir = tmp_dir("predictions");
    let (mut corpus, mut preds) = (String::new(), String::new());
    for (k, r) in rows.iter().enumerate() {
        let id = format!("v{k}");
        let reference = r["reference"].as_str().unwrap();
        corpus.push_str(
            &serde_json::json!({"id": id, "text": "unused", "summaries": [reference]}).to_string(),
        );
        corpus.push('\n');
        let sentences: Vec<&str> = r["candidate"].as_str().unwrap().split('\n').collect();
        preds.push_str(&serde_json::json!({"id": id, "summary": sentences}).to_string());
        preds.push('\n');
    }
    std::fs::write(dir.join("corpus.jsonl"), corpus).unwrap();
    std::fs::write(dir.join("peer.jsonl"), preds).unwrap();
    let out = salient(
        &[
            "eval",
            dir.join("corpus.jsonl").to_str().unwrap(),
            "--predictions",
            &format!("peer={}", dir.join("peer.jsonl").display()),
            "-f",
            "json",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = &records(&out.stdout)[0];
    assert_eq!(got["system"], "peer");
    assert_eq!(got["documents"], rows.len());
    assert_eq!(got["missing_predictions"], 0);
    for (ours, theirs) in [
        ("rouge1", "rouge1"),
        ("rouge2", "rouge2"),
        ("rouge_l", "rougeL"),
        ("rouge_lsum", "rougeLsum"),
    ] {
        for (p, q) in [
            ("precision", "precision"),
            ("recall", "recall"),
            ("f", "fmeasure"),
        ] {
            let want: f64 = rows
                .iter()
                .map(|r| r["scores"][theirs][q].as_f64().unwrap())
                .sum::<f64>()
                / rows.len() as f64;
            let mean = got[ours][p].as_f64().unwrap();
            assert!((mean - want).abs() < 1e-9, "{ours} {p}: {mean} vs {want}");
            let ci = &got[ours]["interval"][p];
            let (lo, hi) = (ci[0].as_f64().unwrap(), ci[1].as_f64().unwrap());
            assert!(
                lo <= mean + 1e-12 && mean <= hi + 1e-12,
                "{ours} {p}: {lo} {mean} {hi}"
            );
        }
    }
    // `salient rouge` on one pair gives the row's numbers.
    let r = &rows[3];
    std::fs::write(dir.join("ref.txt"), r["reference"].as_str().unwrap()).unwrap();
    let out = salient(
        &[
            "rouge",
            dir.join("ref.txt").to_str().unwrap(),
            "-",
            "-f",
            "json",
        ],
        r["candidate"].as_str().unwrap().as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let one = &records(&out.stdout)[0];
    for (ours, theirs) in [("rouge1", "rouge1"), ("rouge_lsum", "rougeLsum")] {
        let f = one[ours]["f"].as_f64().unwrap();
        assert!((f - r["scores"][theirs]["fmeasure"].as_f64().unwrap()).abs() < 1e-12);
    }
    std::fs::remove_dir_all(&dir).ok();
}

fn tiny_corpus(dir: &std::path::Path) -> String {
    let path = dir.join("corpus.jsonl");
    std::fs::write(
        &path,
        concat!(
            r#"{"id": "a", "text": "The dam failed at noon. Water filled the valley. Nobody was hurt. Crews arrived.", "summaries": ["The dam failed and water filled the valley."]}"#,
            "\n",
            r#"{"id": "b", "text": "Prices rose. Wages fell. Shops closed early. The mayor spoke.", "summaries": ["Prices rose and wages fell."]}"#,
            "\n",
            r#"{"id": "c", "text": "The team won the final. Fans filled the square. The coach cried.", "summaries": ["The team won the final and fans celebrated."]}"#,
            "\n"
        ),
    )
    .unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn prediction_problems_are_reported_with_their_exit_status() {
    let dir = tmp_dir("prediction-errors");
    let corpus = tiny_corpus(&dir);
    let write = |name: &str, body: &str| {
        let p = dir.join(name);
        std::fs::write(&p, body).unwrap();
        p.to_str().unwrap().to_owned()
    };
    let missing = write(
        "missing.jsonl",
        "{\"id\": \"a\", \"summary\": \"The dam failed.\"}\n{\"id\": \"zz\", \"summary\": \"x\"}\n{\"id\": \"a\", \"summary\": \"again\"}\nnot json\n",
    );
    let empty = write("empty.jsonl", "\n\n");
    let lines = write(
        "lines.txt",
        "The dam failed.\nPrices rose.\nThe team won.\n",
    );
    let cases: Vec<(Vec<&str>, i32, Vec<&str>)> = vec![
        (
            vec!["eval", &corpus, "--predictions", &missing],
            3,
            vec![
                "missing: 2 corpus documents have no prediction: b, c",
                "missing: 1 predictions have ids the corpus does not have: zz",
                "missing: 1 ids are given more than once (the first is scored): a",
                "missing.jsonl: line 4: malformed JSON",
            ],
        ),
        (
            vec!["eval", &corpus, "--predictions", &empty],
            3,
            vec!["no predictions"],
        ),
        (
            vec!["eval", &corpus, &corpus, "--predictions", &lines],
            2,
            vec!["exactly one corpus"],
        ),
        (
            vec!["eval", &corpus, "--baseline", "bogus"],
            2,
            vec!["--baseline: \"bogus\" is not among the evaluated systems"],
        ),
        (
            vec!["eval", &corpus, "--compare", "default"],
            2,
            vec!["--compare"],
        ),
        (
            vec!["eval", &corpus, "--summary-field", "highlights"],
            3,
            vec!["no document has a reference summary (field \"highlights\")"],
        ),
    ];
    for (args, code, messages) in cases {
        let out = salient(&args, b"");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        for m in messages {
            assert!(stderr.contains(m), "{args:?}: {m:?} not in {stderr}");
        }
    }
    // The missing documents were scored as empty summaries, not dropped.
    let out = salient(
        &["eval", &corpus, "--predictions", &missing, "-f", "json"],
        b"",
    );
    let row = &records(&out.stdout)[0];
    assert_eq!(
        (
            row["documents"].as_u64(),
            row["missing_predictions"].as_u64()
        ),
        (Some(3), Some(2))
    );
    // Plain-text predictions line up by position; --timing needs no references.
    let out = salient(
        &["eval", &corpus, "-m", "lead", "--predictions", &lines],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("lines - lead"), "{stdout}");
    let out = salient(
        &[
            "eval",
            &corpus,
            "--summary-field",
            "none",
            "--timing",
            "-f",
            "json",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(records(&out.stdout)[0]["documents"], 3);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn intervals_comparisons_and_per_doc_scores_are_deterministic() {
    let Some(corpus) = salient_testdata::shared_path("eval/cnndm_summeval.jsonl") else {
        return;
    };
    let dir = tmp_dir("per-doc");
    let run = |jobs: &str, per_doc: &str| {
        let out = salient(
            &[
                "eval",
                corpus.to_str().unwrap(),
                "--limit",
                "20",
                "-m",
                "default",
                "-m",
                "lead",
                "-m",
                "textrank",
                "--compare",
                "default,textrank",
                "--per-doc",
                per_doc,
                "-j",
                jobs,
                "-f",
                "json",
            ],
            b"",
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let strip = |mut r: serde_json::Value| {
            if let Some(o) = r.as_object_mut() {
                for k in ["docs_per_second", "ms_median", "ms_p95"] {
                    o.remove(k);
                }
            }
            r
        };
        records(&out.stdout)
            .into_iter()
            .map(strip)
            .collect::<Vec<_>>()
    };
    let one = run("1", dir.join("one.jsonl").to_str().unwrap());
    let two = run("2", dir.join("two.jsonl").to_str().unwrap());
    assert_eq!(one, two);
    let comparisons: Vec<&serde_json::Value> = one
        .iter()
        .filter(|r| r.get("comparison").is_some())
        .collect();
    let names: Vec<&str> = comparisons
        .iter()
        .map(|r| r["comparison"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["default - lead", "textrank - lead", "default - textrank"]
    );
    for c in comparisons {
        let d = &c["rouge1"];
        let (lo, mid, hi, p) = (
            d["low"].as_f64().unwrap(),
            d["difference"].as_f64().unwrap(),
            d["high"].as_f64().unwrap(),
            d["p"].as_f64().unwrap(),
        );
        assert!(lo <= mid && mid <= hi && p > 0.0 && p <= 1.0, "{c}");
    }
    let per_doc = std::fs::read_to_string(dir.join("one.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = per_doc
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 60);
    // The per-document F scores average to the table's mean.
    let default_f: f64 = lines
        .iter()
        .filter(|l| l["system"] == "default")
        .map(|l| l["rouge1"]["f"].as_f64().unwrap())
        .sum::<f64>()
        / 20.0;
    let row = one.iter().find(|r| r["system"] == "default").unwrap();
    assert!((row["rouge1"]["f"].as_f64().unwrap() - default_f).abs() < 1e-12);
    std::fs::remove_dir_all(&dir).ok();
}

/// D1 for eval: a bad byte or a raw NUL costs its line, reported with its number.
#[test]
fn d1_eval_decodes_corpus_lines_one_by_one() {
    let dir = tmp_dir("eval-d1");
    let corpus = tiny_corpus(&dir);
    let mut bytes = std::fs::read(&corpus).unwrap();
    let second = bytes.iter().position(|&b| b == b'\n').unwrap() + 10;
    bytes.insert(second, 0xFF);
    bytes.insert(12, 0);
    std::fs::write(&corpus, &bytes).unwrap();
    let out = salient(&["eval", &corpus, "-m", "lead", "-f", "json"], b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("line 1: malformed JSON"), "{stderr}");
    assert!(stderr.contains("line 2: invalid UTF-8"), "{stderr}");
    assert_eq!(records(&out.stdout)[0]["documents"], 1);
    std::fs::remove_dir_all(&dir).ok();
}
