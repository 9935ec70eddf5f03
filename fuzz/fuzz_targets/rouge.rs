//! ROUGE on arbitrary pairs, both tokenizers: scores in [0, 1], a text against itself is 1 or 0.
#![no_main]
use libfuzzer_sys::fuzz_target;
use salient_eval::{Rouge, RougeTokenizer};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (a, b) = text.split_at(text.char_indices().nth(text.chars().count() / 2).map_or(0, |(i, _)| i));
    for tokenizer in [RougeTokenizer::RougeScore, RougeTokenizer::Unicode] {
        let rouge = Rouge::new(true, tokenizer);
        for p in rouge.score(a, b).all() {
            for v in [p.precision, p.recall, p.f] {
                assert!((0.0..=1.0).contains(&v), "{v}");
            }
        }
        let same = rouge.score(a, a).rouge1.f;
        assert!(same == 0.0 || (same - 1.0).abs() < 1e-12, "{same}");
    }
});
