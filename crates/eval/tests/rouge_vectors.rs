//! ROUGE against rouge-score 0.1.2 on every row of `../shared/eval/rouge_vectors.jsonl`.

use salient_eval::{Prf, Rouge, RougeTokenizer};

#[test]
fn matches_rouge_score_on_every_vector() {
    let Some(path) = salient_testdata::shared_path("eval/rouge_vectors.jsonl") else {
        return;
    };
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("SKIPPED: {} not readable", path.display());
        return;
    };
    let scorers = [
        Rouge::new(false, RougeTokenizer::RougeScore),
        Rouge::new(true, RougeTokenizer::RougeScore),
    ];
    let mut rows = 0;
    let mut worst = 0.0f64;
    for (n, line) in data.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let stem = v["use_stemmer"].as_bool().unwrap();
        let got = scorers[stem as usize].score(
            v["reference"].as_str().unwrap(),
            v["candidate"].as_str().unwrap(),
        );
        for (name, prf) in [
            ("rouge1", got.rouge1),
            ("rouge2", got.rouge2),
            ("rougeL", got.rouge_l),
            ("rougeLsum", got.rouge_lsum),
        ] {
            let want = &v["scores"][name];
            let Prf {
                precision,
                recall,
                f,
            } = prf;
            for (k, x) in [
                ("precision", precision),
                ("recall", recall),
                ("fmeasure", f),
            ] {
                let w = want[k].as_f64().unwrap();
                let d = (x - w).abs();
                worst = worst.max(d);
                assert!(
                    d <= 1e-6,
                    "line {}: {name} {k}: {x} vs rouge-score {w} (stemmer {stem}, kind {})",
                    n + 1,
                    v["kind"]
                );
            }
        }
        rows += 1;
    }
    assert!(rows >= 1000, "only {rows} rows");
    eprintln!("{rows} rows match rouge-score; largest difference {worst:e}");
}

#[test]
fn unicode_tokenizer_sees_cyrillic() {
    let default = Rouge::new(true, RougeTokenizer::RougeScore);
    let unicode = Rouge::new(true, RougeTokenizer::Unicode);
    let (r, c) = (
        "Москва приняла новый бюджет.",
        "Новый бюджет принят в Москве.",
    );
    assert_eq!(default.score(r, c).rouge1.f, 0.0);
    assert!(unicode.score(r, c).rouge1.f > 0.0);
    assert!(unicode.describe().contains("Unicode"));
}

#[test]
fn multi_reference_takes_the_best_per_type() {
    let rouge = Rouge::new(true, RougeTokenizer::RougeScore);
    let refs: Vec<_> = ["the cat sat", "a dog ran far away"]
        .iter()
        .map(|r| rouge.tokenize(r))
        .collect();
    let c = rouge.tokenize("the dog ran");
    let best = rouge.score_multi(&refs, &c);
    let each: Vec<f64> = ["the cat sat", "a dog ran far away"]
        .iter()
        .map(|r| rouge.score(r, "the dog ran").rouge2.f)
        .collect();
    assert_eq!(best.rouge2.f, each[0].max(each[1]));
    assert_eq!(rouge.score_multi(&[], &c).rouge1.f, 0.0);
}

#[test]
fn time_quantiles_use_nearest_rank() {
    use salient_eval::{DocResult, Report, RougeScores};
    let doc = |ms: f64| DocResult {
        id: String::new(),
        scores: RougeScores::default(),
        picks: 0,
        seconds: ms / 1e3,
    };
    let r = Report {
        system: "x".into(),
        docs: [5.0, 1.0, 3.0, 2.0, 4.0].into_iter().map(doc).collect(),
        mean: RougeScores::default(),
        docs_per_second: 0.0,
        skipped: 0,
        missing: 0,
    };
    assert!((r.time_quantile_ms(0.5) - 3.0).abs() < 1e-9);
    assert!((r.time_quantile_ms(0.95) - 5.0).abs() < 1e-9);
    assert!((r.time_quantile_ms(0.0) - 1.0).abs() < 1e-9);
}
