//! The JSON Lines readers (corpus, predictions, one line): no panic, errors name real lines.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines = text.lines().count();
    let (docs, errors) = salient_eval::parse_corpus(&text);
    assert!(docs.len() + errors.len() <= lines);
    assert!(errors.iter().all(|e| e.line >= 1 && e.line <= lines));
    let p = salient_eval::parse_predictions(&text, "id");
    let _ = p.align(&docs);
    for l in salient_eval::json_lines(&text) {
        let _ = (l.string("text"), l.value("id"));
    }
});
