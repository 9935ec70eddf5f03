//! Streaming batch: JSON Lines in, one result per line out, in order; compressed and nested
//! inputs; `keywords` and `split` in batch; output while the input is still being written.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use common::{ok_stdout, salient, tmp_dir};

fn docs(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "{{\"id\": {i}, \"text\": \"Report {i} opens here. The river rose by {i} metres overnight. Farmers moved cattle to higher ground. Officials said the dam held.\"}}\n"
            )
        })
        .collect()
}

#[test]
fn gzip_and_zstd_inputs_give_the_same_output_as_plain() {
    let dir = tmp_dir("compressed");
    let data = docs(40);
    let plain = dir.join("docs.jsonl");
    std::fs::write(&plain, &data).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(data.as_bytes()).unwrap();
    std::fs::write(dir.join("docs.jsonl.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(
        dir.join("docs.jsonl.zst"),
        zstd::encode_all(data.as_bytes(), 3).unwrap(),
    )
    .unwrap();
    let args = |p: &str| {
        vec![
            "summarize",
            "--input-format",
            "jsonl",
            "-f",
            "jsonl",
            "-s",
            "1",
            p,
        ]
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>()
    };
    let run = |p: &std::path::Path| {
        let a = args(p.to_str().unwrap());
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        ok_stdout(&a, b"").replace(p.to_str().unwrap(), "SOURCE")
    };
    let want = run(&plain);
    assert_eq!(want.lines().count(), 40);
    assert_eq!(run(&dir.join("docs.jsonl.gz")), want);
    assert_eq!(run(&dir.join("docs.jsonl.zst")), want);
    // Compressed standard input is told by its magic bytes.
    let zst = std::fs::read(dir.join("docs.jsonl.zst")).unwrap();
    let got = ok_stdout(
        &[
            "summarize",
            "--input-format",
            "jsonl",
            "-f",
            "jsonl",
            "-s",
            "1",
            "-",
        ],
        &zst,
    );
    assert_eq!(
        got.replace("\"source\":\"-\"", "\"source\":\"SOURCE\""),
        want
    );
    // Whole text files too.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"The river is low. Farmers wait for rain.")
        .unwrap();
    std::fs::write(dir.join("story.txt.gz"), gz.finish().unwrap()).unwrap();
    let got = ok_stdout(&["split", dir.join("story.txt.gz").to_str().unwrap()], b"");
    assert_eq!(got, "The river is low.\nFarmers wait for rain.\n");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn directories_are_read_recursively_in_order_honouring_ignore_files() {
    let dir = tmp_dir("tree");
    std::fs::create_dir_all(dir.join("b/deeper")).unwrap();
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::write(
        dir.join("a/one.txt"),
        "Alpha text here. It has two sentences.",
    )
    .unwrap();
    std::fs::write(dir.join("b/deeper/two.md"), "Beta text here.").unwrap();
    std::fs::write(dir.join("b/skip.txt"), "Ignored text.").unwrap();
    std::fs::write(dir.join("b/.ignore"), "skip.txt\n").unwrap();
    std::fs::write(dir.join("b/data.bin"), "not text").unwrap();
    let got = ok_stdout(&["split", dir.to_str().unwrap()], b"");
    let headers: Vec<&str> = got.lines().filter(|l| l.starts_with("==>")).collect();
    assert_eq!(headers.len(), 2, "{got}");
    assert!(headers[0].ends_with("a/one.txt <==") && headers[1].ends_with("b/deeper/two.md <=="));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn keywords_and_split_take_json_lines() {
    let data = format!("{}{{\"id\": \"bad\"}}\n", docs(3));
    let out = salient(
        &["keywords", "--input-format", "jsonl", "-"],
        data.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(3));
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(
        (rows[1]["id"].as_i64(), rows[1]["line"].as_i64()),
        (Some(1), Some(2))
    );
    assert!(!rows[0]["keywords"].as_array().unwrap().is_empty());
    assert_eq!(rows[3]["error"], "missing field \"text\"");
    let got = ok_stdout(
        &["split", "--input-format", "jsonl", "-"],
        docs(2).as_bytes(),
    );
    let rows: Vec<serde_json::Value> = got
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1]["sentences"].as_array().unwrap().len(), 4);
}

/// D1: one invalid UTF-8 byte or raw NUL costs its own line only, reported with its number.
#[test]
fn d1_a_bad_byte_costs_only_its_line() {
    let mut data = docs(5).into_bytes();
    let lines: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
    let mut bad = Vec::new();
    for (k, l) in lines.iter().enumerate().filter(|(_, l)| !l.is_empty()) {
        let mut l = l.to_vec();
        if k == 1 {
            l.insert(20, 0xFF);
        }
        if k == 3 {
            l.insert(20, 0);
        }
        bad.extend(l);
        bad.push(b'\n');
    }
    data = bad;
    let out = salient(
        &["summarize", "--input-format", "jsonl", "-f", "jsonl", "-"],
        &data,
    );
    assert_eq!(out.status.code(), Some(3));
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 5);
    let errors: Vec<i64> = rows
        .iter()
        .filter(|r| r.get("error").is_some())
        .map(|r| r["line"].as_i64().unwrap())
        .collect();
    assert_eq!(errors, [2, 4]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("-: line 2: invalid UTF-8"), "{stderr}");
    assert!(stderr.contains("-: line 4: malformed JSON"), "{stderr}");
    // --lossy decodes the bad byte; the NUL is still a bad line.
    let out = salient(
        &[
            "summarize",
            "--input-format",
            "jsonl",
            "-f",
            "jsonl",
            "--lossy",
            "-",
        ],
        &data,
    );
    let n_errors = String::from_utf8(out.stdout)
        .unwrap()
        .matches("\"error\"")
        .count();
    assert_eq!(n_errors, 1);
}

/// D7: results come while the producer is still writing (a pipe that pauses).
#[test]
fn d7_output_appears_before_the_input_ends() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_salient"))
        .args(["summarize", "--input-format", "jsonl", "-s", "1", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(docs(1).as_bytes()).unwrap();
    stdin.flush().unwrap();
    // The input is still open; the first result must arrive anyway.
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        let first = lines.next().and_then(Result::ok);
        let _ = tx.send(first);
        lines.count()
    });
    let first = rx
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("no output while the input was open");
    assert!(first.unwrap().starts_with("0\tReport 0 opens here."));
    stdin.write_all(docs(3).as_bytes()).unwrap();
    drop(stdin);
    assert_eq!(reader.join().unwrap(), 3);
    assert!(child.wait().unwrap().success());
}

/// `--bad-lines record`: the error records are the answer, so the run exits 0 (engines such as
/// Spark's `pipe` fail a whole job on a non-zero exit); an unreadable input still fails it.
#[test]
fn bad_lines_record_exits_zero_but_an_unreadable_input_still_fails() {
    let data = format!("{}not json\n{{\"id\": 9}}\n{}", docs(2), docs(1));
    let args = |mode: &'static str| {
        [
            "summarize",
            "--input-format",
            "jsonl",
            "-f",
            "jsonl",
            "--bad-lines",
            mode,
            "-",
        ]
    };
    let fail = salient(&args("fail"), data.as_bytes());
    assert_eq!(fail.status.code(), Some(3));
    let record = salient(&args("record"), data.as_bytes());
    assert_eq!(record.status.code(), Some(0));
    // Same output either way: one record per line, in order, errors in place with a null id
    // where the line could not be parsed.
    assert_eq!(record.stdout, fail.stdout);
    let rows = common::records(&record.stdout);
    let lines: Vec<i64> = rows.iter().map(|r| r["line"].as_i64().unwrap()).collect();
    assert_eq!(lines, [1, 2, 3, 4, 5]);
    assert!(rows[2]["error"].is_string() && rows[2]["id"].is_null());
    assert_eq!(rows[3]["id"], 9);
    assert!(rows[3]["error"].as_str().unwrap().contains("text"));
    let stderr = String::from_utf8_lossy(&record.stderr);
    assert!(
        stderr.contains("2 bad lines answered with an error record"),
        "{stderr}"
    );
    // A missing input is not a bad line: no records can stand for it.
    let missing = salient(
        &[
            "summarize",
            "--input-format",
            "jsonl",
            "--bad-lines",
            "record",
            "no/such/file.jsonl",
        ],
        b"",
    );
    assert_eq!(missing.status.code(), Some(3));
}
