//! Integration tests of `salient eval` on the real binary.

mod common;

use common::{records, salient};

/// The system rows of JSON output (comparison records, which have no `system`, left out).
fn rows(stdout: &[u8]) -> Vec<serde_json::Value> {
    records(stdout)
        .into_iter()
        .filter(|r| r.get("system").is_some())
        .collect()
}

#[test]
fn eval_reports_bad_lines_and_scores_the_rest() {
    let dir = std::env::temp_dir().join(format!("salient-eval-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let corpus = dir.join("tiny.jsonl");
    std::fs::write(
        &corpus,
        concat!(
            r#"{"id": "a", "text": "The dam failed at noon. Water filled the valley. Nobody was hurt. Crews arrived.", "summaries": ["The dam failed and water filled the valley."]}"#,
            "\n{not json\n",
            r#"{"id": "b", "summaries": ["x"]}"#,
            "\n",
            r#"{"id": "c", "text": "Prices rose. Wages fell. Shops closed early.", "summaries": ["Prices rose and wages fell.", "Wages fell."]}"#,
            "\n",
            r#"{"id": "d", "text": "A book with no summary.", "summaries": []}"#,
            "\n"
        ),
    )
    .unwrap();
    let path = corpus.to_str().unwrap();
    let out = salient(
        &[
            "eval", "-f", "json", "-m", "default", "-m", "lead", "--oracle", path,
        ],
        b"",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("tiny.jsonl: line 2: malformed JSON"),
        "{stderr}"
    );
    assert!(
        stderr.contains("tiny.jsonl: line 3: missing field \"text\""),
        "{stderr}"
    );
    let rows = rows(&out.stdout);
    assert_eq!(rows.len(), 3);
    for r in &rows {
        assert_eq!(r["documents"], 2);
        assert_eq!(r["skipped_without_reference"], 1);
        let f = r["rouge1"]["f"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&f));
    }
    let f = |sys: &str| {
        rows.iter().find(|r| r["system"] == sys).unwrap()["rouge1"]["f"]
            .as_f64()
            .unwrap()
    };
    assert!(f("oracle") >= f("lead") && f("oracle") >= f("default"));
    // Every other system is compared with the baseline, lead.
    let comparisons: Vec<_> = records(&out.stdout)
        .into_iter()
        .filter(|r| r.get("comparison").is_some())
        .collect();
    let names: Vec<&str> = comparisons
        .iter()
        .map(|r| r["comparison"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["default - lead", "oracle - lead"]);
    // Usage errors.
    for (args, code, msg) in [
        (vec!["eval", "-m", "bogus", path], 2, "unknown method"),
        (vec!["eval", "--jobs", "0", path], 2, "--jobs"),
        (vec!["eval", "-s", "0", path], 2, "--sentences"),
        (
            vec!["eval", "no/such.jsonl"],
            3,
            "no/such.jsonl: no such file",
        ),
    ] {
        let out = salient(&args, b"");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.contains(msg), "{args:?}: {stderr}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn eval_on_shared_corpora_is_thread_count_independent() {
    let Some(corpus) = salient_testdata::shared_path("eval/cnndm_summeval.jsonl") else {
        return;
    };
    let c = corpus.to_str().unwrap();
    let run = |jobs: &str| {
        let out = salient(
            &[
                "eval", "-f", "json", "--limit", "12", "-m", "default", "-m", "lead", "-j", jobs, c,
            ],
            b"",
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        rows(&out.stdout)
    };
    let (one, two) = (run("1"), run("2"));
    for (a, b) in one.iter().zip(&two) {
        assert_eq!(a["documents"], 12);
        for t in ["rouge1", "rouge2", "rouge_l", "rouge_lsum"] {
            assert_eq!(a[t], b[t], "{t}");
        }
    }
    // A multi-document corpus runs too.
    let Some(duc) = salient_testdata::shared_path("eval/duc2002_mds_extracts.jsonl") else {
        return;
    };
    let out = salient(
        &[
            "eval",
            "--limit",
            "2",
            "--words",
            "200",
            duc.to_str().unwrap(),
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
