//! Man pages per command, custom stopwords, one JSON document for several inputs, notes for
//! unsupported languages.

mod common;

use common::salient;

fn ok(args: &[&str]) -> String {
    common::ok_stdout(args, b"")
}

#[test]
fn every_command_has_a_man_page_with_its_options() {
    let dir = std::env::temp_dir().join(format!("salient-man-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    ok(&["man", "--dir", dir.to_str().unwrap()]);
    for (page, option) in [
        ("salient.1", "summarize"),
        ("salient-summarize.1", "\\-\\-redundancy"),
        ("salient-keywords.1", "\\-\\-stopwords"),
        ("salient-split.1", "\\-\\-input\\-format"),
        ("salient-eval.1", "\\-\\-predictions"),
        ("salient-rouge.1", "\\-\\-tokenizer"),
        ("salient-idf-build.1", "\\-\\-min\\-df"),
        ("salient-completions.1", "shell"),
    ] {
        let roff =
            std::fs::read_to_string(dir.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"));
        assert!(roff.contains(option), "{page} lacks {option}");
    }
    let page = ok(&["man", "idf", "build"]);
    assert!(
        page.contains("salient\\-idf\\-build") && page.contains("\\-\\-min\\-df"),
        "{page}"
    );
    let out = salient(&["man", "nosuch"], b"");
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn stopwords_from_a_file_are_added_or_replace_the_list() {
    let dir = std::env::temp_dir().join(format!("salient-stop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let list = dir.join("stop.txt");
    std::fs::write(&list, "# project words\nbridge\n\nharbor\n").unwrap();
    let story = "corpora/news_harbor_bridge.txt";
    let keys = |extra: &[&str]| {
        let mut args = vec!["keywords", "-f", "json", "--no-phrases", "-n", "30", story];
        args.extend_from_slice(extra);
        let v: serde_json::Value = serde_json::from_str(ok(&args).trim()).unwrap();
        v["keywords"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["keyword"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    let plain = keys(&[]);
    assert!(plain.iter().any(|k| k == "bridge"), "{plain:?}");
    let added = keys(&["--stopwords", list.to_str().unwrap()]);
    assert!(
        !added.iter().any(|k| k == "bridge" || k == "harbor"),
        "{added:?}"
    );
    assert!(!added.iter().any(|k| k == "the"), "{added:?}");
    // Replacing the list lets English stopwords back in.
    let replaced = keys(&[
        "--stopwords",
        list.to_str().unwrap(),
        "--stopwords-mode",
        "replace",
    ]);
    assert!(!replaced.iter().any(|k| k == "bridge"), "{replaced:?}");
    assert!(replaced.len() == 30 && replaced != added, "{replaced:?}");
    // Summaries take it too; a missing list is an input error.
    ok(&["summarize", "--stopwords", list.to_str().unwrap(), story]);
    let out = salient(&["summarize", "--stopwords", "no/such.txt", story], b"");
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--stopwords no/such.txt"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn several_inputs_in_json_make_one_array_with_scalar_fields() {
    let out = ok(&[
        "summarize",
        "-f",
        "json",
        "-s",
        "2",
        "corpora/news_harbor_bridge.txt",
        "corpora/de_energiewende.txt",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON document");
    let records = v.as_array().unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["language"], "en");
    assert_eq!(records[1]["language"], "de");
    assert_eq!(records[0]["transcript"], "none");
    let picks = records[0]["picks"].as_array().unwrap();
    let words: u64 = picks.iter().map(|p| p["words"].as_u64().unwrap()).sum();
    assert_eq!(records[0]["words"].as_u64(), Some(words));
    assert!(records[0]["summary"]
        .as_str()
        .unwrap()
        .starts_with(picks[0]["text"].as_str().unwrap()));
    // One input stays one object; a combined summary lists its inputs' languages.
    let one: serde_json::Value = serde_json::from_str(&ok(&[
        "summarize",
        "-f",
        "json",
        "corpora/fr_transports.txt",
    ]))
    .unwrap();
    assert!(one.is_object());
    let combined: serde_json::Value = serde_json::from_str(&ok(&[
        "summarize",
        "-f",
        "json",
        "--combine",
        "corpora/news_harbor_bridge.txt",
        "corpora/de_energiewende.txt",
    ]))
    .unwrap();
    assert_eq!(combined["language"], serde_json::json!(["en", "de"]));
}

#[test]
fn an_unsupported_language_is_named_as_such() {
    let out = salient(
        &["split", "-"],
        "今日は晴れです。明日は雨が降るでしょう。".as_bytes(),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success());
    assert!(
        stderr.contains("looks like Japanese, which salient does not support"),
        "{stderr}"
    );
    assert!(!stderr.contains("unsure"), "{stderr}");
}

#[test]
fn color_highlights_picks_when_asked_and_never_otherwise() {
    let story = "corpora/news_harbor_bridge.txt";
    let explain = ok(&[
        "summarize",
        "--explain",
        "-s",
        "2",
        "--color",
        "always",
        story,
    ]);
    // The headline is a heading (dimmed, as redundant and filtered sentences are); the first
    // body sentence is picked (bold green).
    let lines: Vec<&str> = explain.lines().collect();
    assert!(
        lines[0].starts_with("\u{1b}[2m-") && lines[0].contains("filler: heading"),
        "{:?}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("\u{1b}[1;32m+") && lines[1].ends_with("\u{1b}[0m"),
        "{:?}",
        lines[1]
    );
    let markdown = ok(&[
        "summarize",
        "-f",
        "markdown",
        "-s",
        "1",
        "--color",
        "always",
        story,
    ]);
    assert!(markdown.contains("\u{1b}[1;32m**HARBOR CITY"), "{markdown}");
    // Not a terminal (a pipe here), or --color never, or NO_COLOR: no escape codes.
    for args in [
        vec!["summarize", "--explain", story],
        vec!["summarize", "--explain", "--color", "never", story],
    ] {
        assert!(!ok(&args).contains('\u{1b}'), "{args:?}");
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_salient"))
        .args(["summarize", "-f", "markdown", story])
        .current_dir(common::root())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\u{1b}'));
}

/// Saved web pages (written for the project, `corpora/html/`): the main text is summarized,
/// page furniture never is, and the JSON says the spans index the extracted text.
#[test]
fn html_pages_are_summarized_by_their_main_text() {
    let junk = [
        "cookies",
        "Subscribe",
        "Related stories",
        "Comments",
        "All rights reserved",
        "Popular posts",
        "Share this post",
        "Sign up",
        "dataLayer",
        "<",
    ];
    for page in ["news_flood_barrier", "blog_night_trains"] {
        let path = format!("corpora/html/{page}.html");
        let sentences = ok(&["split", &path]);
        for j in junk {
            assert!(!sentences.contains(j), "{page}: {j:?} in {sentences}");
        }
        assert!(sentences.lines().count() >= 8, "{page}: {sentences}");
        let v: serde_json::Value =
            serde_json::from_str(&ok(&["summarize", "-f", "json", "-s", "3", &path])).unwrap();
        assert_eq!(v["text_from"], "html");
        assert_eq!(v["picks"].as_array().unwrap().len(), 3);
    }
    let summary = ok(&[
        "summarize",
        "-s",
        "2",
        "corpora/html/news_flood_barrier.html",
    ]);
    assert!(summary.contains("flood barrier"), "{summary}");
    // Told by content on standard input, or forced.
    let html = std::fs::read(common::root().join("corpora/html/blog_night_trains.html")).unwrap();
    let got = common::ok_stdout(&["split", "-"], &html);
    assert!(got.starts_with("Why night trains came back\n"), "{got}");
    let got = common::ok_stdout(
        &["split", "--input-format", "html", "-"],
        b"<p>Short page. Two sentences.</p>",
    );
    assert_eq!(got, "Short page.\nTwo sentences.\n");
    // Plain text stays plain text.
    assert!(!ok(&["split", "corpora/news_harbor_bridge.txt"]).is_empty());
}

/// On a terminal with no input, salient says it is reading standard input instead of waiting
/// silently (`script` gives it a pseudo-terminal; skipped where util-linux's `script` is absent).
#[test]
fn reading_a_terminal_says_so() {
    let cmd = format!("timeout 2 {} summarize -", env!("CARGO_BIN_EXE_salient"));
    let Ok(out) = std::process::Command::new("script")
        .args(["-q", "-c", &cmd, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
    else {
        eprintln!("SKIPPED: no `script` command to make a terminal");
        return;
    };
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        shown.contains("reading standard input from the terminal"),
        "{shown}"
    );
    // Piped input gets no such hint.
    let out = salient(&["summarize", "-"], b"The river rose. Farmers moved.");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("reading standard input"));
}
