//! The JSON Lines readers (corpus, predictions, one line): no panic, errors name real lines, and
//! the batch's two-field reader (`TextLine`) reads what the whole-object reader (`JsonLine`) reads.
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
    for (l, raw) in salient_eval::json_lines(&text).zip(text.lines().filter(|l| !l.trim().is_empty())) {
        let whole = (l.value("id").clone(), l.string("text").map(str::to_owned));
        let two = salient_eval::TextLine::parse(raw, "text", "id");
        assert_eq!((two.id, two.text.map(|t| t.into_owned())), whole, "{raw:?}");
    }
});
