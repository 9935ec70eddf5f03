//! Keywords: every keyword's first occurrence slices the text; scores finite; at most `top`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use salient_rank::KeywordConfig;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let extractor = KeywordConfig::default().build().expect("default config");
    let keywords = extractor.extract(&text);
    assert!(keywords.len() <= extractor.config().top);
    for k in &keywords {
        assert_eq!(&text[k.first.start..k.first.end], k.text);
        assert!(k.score.is_finite() && k.count >= 1);
    }
});
