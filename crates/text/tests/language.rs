//! Language detection: the stopword vote on a text's opening, which spares most texts whatlang's
//! trigram statistics, gives the language whatlang gives, on every document of the shared
//! evaluation corpora (summaries in eight languages, keyphrase benchmarks in three).

use salient_text::Language;

#[test]
fn the_quick_vote_agrees_with_trigram_detection_on_every_shared_document() {
    let Some(dir) = salient_testdata::eval_dir() else {
        println!("SKIPPED: ../shared/eval not found (set SALIENT_SHARED)");
        return;
    };
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for d in [dir.clone(), dir.join("keyphrases")] {
        for entry in std::fs::read_dir(&d).expect("read the eval directory") {
            let path = entry.expect("a directory entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.ends_with(".jsonl") && !name.starts_with("rouge_vectors") {
                files.push(path);
            }
        }
    }
    files.sort();
    let (mut documents, mut disagreements) = (0usize, Vec::new());
    for path in &files {
        let data = std::fs::read_to_string(path).expect("read a corpus");
        for (i, line) in data.lines().enumerate() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let Some(text) = v["text"].as_str() else {
                continue;
            };
            documents += 1;
            let (fast, slow) = (Language::detect(text), Language::detect_by_trigrams(text));
            if fast.language != slow.language {
                disagreements.push(format!(
                    "{}:{}: {} by the vote, {} by trigrams",
                    path.display(),
                    i + 1,
                    fast.language,
                    slow.language
                ));
            }
        }
    }
    println!("{documents} documents in {} corpora", files.len());
    assert!(documents > 3500, "only {documents} documents read");
    assert!(disagreements.is_empty(), "{disagreements:#?}");
}

#[test]
fn clear_openings_are_decided_and_close_languages_are_left_to_trigrams() {
    let english = "The city council voted on Tuesday to replace the old harbor bridge, which has \
                   been closed to trucks since the spring, and the mayor said that the work \
                   would begin in the autumn and that it would take two years to finish it.";
    assert_eq!(Language::detect(english).language, Language::English);
    let german = "Die Stadt hat am Dienstag beschlossen, die alte Brücke am Hafen zu ersetzen, \
                  die seit dem Frühjahr für Lastwagen gesperrt ist, und der Bürgermeister sagte, \
                  dass die Arbeiten im Herbst beginnen und zwei Jahre dauern werden.";
    assert_eq!(Language::detect(german).language, Language::German);
    // Danish and Norwegian share most stopwords: the vote cannot separate them, whatlang does.
    let norwegian = "Bystyret vedtok tirsdag å erstatte den gamle havnebrua, som har vært stengt \
                     for lastebiler siden våren, og ordføreren sa at arbeidet skal begynne til \
                     høsten og at det vil ta to år før det er ferdig.";
    assert_eq!(
        Language::detect(norwegian).language,
        Language::detect_by_trigrams(norwegian).language
    );
}
