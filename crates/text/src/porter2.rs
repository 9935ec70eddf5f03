//! Snowball English (Porter2) on bytes, for ASCII words: the same stems as rust-stemmers'
//! `Algorithm::English` (which stays the reference and handles every other word), at a fraction
//! of its cost. Stemming was a sixth of a news batch, and a batch's first sight of a word always
//! pays it. The unit tests compare the two on every ASCII word of the shared corpora (when
//! they are present) and on random words built from the letters and suffixes the rules look at.
//!
//! The steps follow the algorithm's description at <https://snowballstem.org/algorithms/english/stemmer.html>
//! and the generated code of rust-stemmers 1.2.0, whose details decide ties: the longest matching
//! suffix of a step is the only one tried, and R1 and R2 are byte positions fixed before step 1.

/// `word`'s Porter2 stem into `out`, when every byte is ASCII and none is uppercase (uppercase
/// `Y` is the algorithm's own marker); returns false, leaving `out` cleared, otherwise.
pub(crate) fn stem_ascii(word: &str, out: &mut Vec<u8>) -> bool {
    out.clear();
    let bytes = word.as_bytes();
    if !bytes
        .iter()
        .all(|&b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return false;
    }
    if let Some(s) = exception1(bytes) {
        out.extend_from_slice(s.as_bytes());
        return true;
    }
    out.extend_from_slice(bytes);
    if bytes.len() >= 3 {
        stem(out);
    }
    true
}

/// Words that are their own stem or have an irregular one.
fn exception1(w: &[u8]) -> Option<&'static str> {
    Some(match w {
        b"skis" => "ski",
        b"skies" => "sky",
        b"dying" => "die",
        b"lying" => "lie",
        b"tying" => "tie",
        b"idly" => "idl",
        b"gently" => "gentl",
        b"ugly" => "ugli",
        b"early" => "earli",
        b"only" => "onli",
        b"singly" => "singl",
        b"sky" => "sky",
        b"news" => "news",
        b"howe" => "howe",
        b"atlas" => "atlas",
        b"cosmos" => "cosmos",
        b"bias" => "bias",
        b"andes" => "andes",
        _ => return None,
    })
}

/// Words left alone once step 1a has run.
fn exception2(w: &[u8]) -> bool {
    matches!(
        w,
        b"inning"
            | b"outing"
            | b"canning"
            | b"herring"
            | b"earring"
            | b"proceed"
            | b"exceed"
            | b"succeed"
    )
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// R1 and R2 as byte positions.
struct Regions {
    r1: usize,
    r2: usize,
}

fn stem(w: &mut Vec<u8>) {
    let y_found = prelude(w);
    let regions = mark_regions(w);
    step_0_1a(w);
    if !exception2(w) {
        step_1b(w, &regions);
        step_1c(w);
        step_2(w, &regions);
        step_3(w, &regions);
        step_4(w, &regions);
        step_5(w, &regions);
    }
    if y_found {
        for b in w.iter_mut().filter(|b| **b == b'Y') {
            *b = b'y';
        }
    }
}

/// Drops a leading apostrophe and marks consonant `y`s as `Y`; returns whether it marked any.
fn prelude(w: &mut Vec<u8>) -> bool {
    if w.first() == Some(&b'\'') {
        w.remove(0);
    }
    let mut found = false;
    if w.first() == Some(&b'y') {
        w[0] = b'Y';
        found = true;
    }
    for i in 1..w.len() {
        if w[i] == b'y' && is_vowel(w[i - 1]) {
            w[i] = b'Y';
            found = true;
        }
    }
    found
}

/// The position after the first non-vowel that follows a vowel, from `from` on.
fn after_vowel_consonant(w: &[u8], from: usize) -> Option<usize> {
    let v = from + w[from..].iter().position(|&b| is_vowel(b))?;
    let c = v + 1 + w[v + 1..].iter().position(|&b| !is_vowel(b))?;
    Some(c + 1)
}

fn mark_regions(w: &[u8]) -> Regions {
    let n = w.len();
    let prefix = [&b"gener"[..], b"commun", b"arsen"]
        .into_iter()
        .find(|p| w.starts_with(p))
        .map(<[u8]>::len);
    let Some(r1) = prefix.or_else(|| after_vowel_consonant(w, 0)) else {
        return Regions { r1: n, r2: n };
    };
    let r2 = after_vowel_consonant(w, r1).unwrap_or(n);
    Regions { r1, r2 }
}

/// The longest of `suffixes` (listed longest first) that `w` ends with, as (its length, its
/// action).
fn longest<const N: usize>(w: &[u8], suffixes: &[(&[u8], u8); N]) -> Option<(usize, u8)> {
    let last = *w.last()?;
    suffixes
        .iter()
        .find(|(s, _)| s.last() == Some(&last) && w.ends_with(s))
        .map(|&(s, a)| (s.len(), a))
}

/// [`longest`], when that suffix starts at `region` or after (a step's R1 or R2 condition; a
/// shorter suffix is not tried instead): its start, length and action.
fn longest_in<const N: usize>(
    w: &[u8],
    suffixes: &[(&[u8], u8); N],
    region: usize,
) -> Option<(usize, usize, u8)> {
    let (len, action) = longest(w, suffixes)?;
    let start = w.len() - len;
    (start >= region).then_some((start, len, action))
}

/// Replaces the last `cut` bytes of `w` with `with`.
fn replace(w: &mut Vec<u8>, cut: usize, with: &[u8]) {
    w.truncate(w.len() - cut);
    w.extend_from_slice(with);
}

/// A short syllable ends at `end`: non-vowel, vowel, then a non-vowel other than `w`, `x` or
/// `Y`; or, at the start of the word, a vowel then a non-vowel.
fn short_syllable(w: &[u8], end: usize) -> bool {
    let wxy = |b: u8| is_vowel(b) || matches!(b, b'w' | b'x' | b'Y');
    (end >= 3 && !wxy(w[end - 1]) && is_vowel(w[end - 2]) && !is_vowel(w[end - 3]))
        || (end == 2 && is_vowel(w[0]) && !is_vowel(w[1]))
}

fn step_0_1a(w: &mut Vec<u8>) {
    if let Some((len, _)) = longest(w, &[(b"'s'", 0), (b"'s", 0), (b"'", 0)]) {
        w.truncate(w.len() - len);
    }
    let n = w.len();
    match longest(
        w,
        &[
            (b"sses", 1),
            (b"ied", 2),
            (b"ies", 2),
            (b"ss", 0),
            (b"us", 0),
            (b"s", 3),
        ],
    ) {
        Some((_, 1)) => w.truncate(n - 2),
        Some((3, 2)) if n >= 5 => replace(w, 3, b"i"),
        Some((3, 2)) => replace(w, 3, b"ie"),
        // "s" goes when a vowel comes before the letter before it ("gas" stays, "gaps" goes).
        Some((1, 3)) if n >= 3 && w[..n - 2].iter().any(|&b| is_vowel(b)) => w.truncate(n - 1),
        _ => {}
    }
}

fn step_1b(w: &mut Vec<u8>, r: &Regions) {
    const SUFFIXES: [(&[u8], u8); 6] = [
        (b"eedly", 1),
        (b"ingly", 2),
        (b"edly", 2),
        (b"eed", 1),
        (b"ing", 2),
        (b"ed", 2),
    ];
    let Some((len, action)) = longest(w, &SUFFIXES) else {
        return;
    };
    let start = w.len() - len;
    if action == 1 {
        if r.r1 <= start {
            replace(w, len, b"ee");
        }
        return;
    }
    if !w[..start].iter().any(|&b| is_vowel(b)) {
        return;
    }
    w.truncate(start);
    if w.ends_with(b"at") || w.ends_with(b"bl") || w.ends_with(b"iz") {
        w.push(b'e');
    } else if let [.., a, b] = w[..] {
        if a == b
            && matches!(
                a,
                b'b' | b'd' | b'f' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
            )
        {
            w.pop();
        } else if r.r1 == w.len() && short_syllable(w, w.len()) {
            w.push(b'e');
        }
    }
}

fn step_1c(w: &mut [u8]) {
    let n = w.len();
    if n >= 3 && matches!(w[n - 1], b'y' | b'Y') && !is_vowel(w[n - 2]) {
        w[n - 1] = b'i';
    }
}

fn step_2(w: &mut Vec<u8>, r: &Regions) {
    const SUFFIXES: [(&[u8], u8); 24] = [
        (b"ational", 7),
        (b"ization", 6),
        (b"iveness", 11),
        (b"fulness", 9),
        (b"ousness", 10),
        (b"tional", 1),
        (b"lessli", 15),
        (b"biliti", 12),
        (b"fulli", 14),
        (b"ousli", 10),
        (b"entli", 5),
        (b"aliti", 8),
        (b"iviti", 11),
        (b"alism", 8),
        (b"ation", 7),
        (b"anci", 3),
        (b"enci", 2),
        (b"abli", 4),
        (b"alli", 8),
        (b"izer", 6),
        (b"ator", 7),
        (b"bli", 12),
        (b"ogi", 13),
        (b"li", 16),
    ];
    let Some((start, len, action)) = longest_in(w, &SUFFIXES, r.r1) else {
        return;
    };
    let with: &[u8] = match action {
        1 => b"tion",
        2 => b"ence",
        3 => b"ance",
        4 => b"able",
        5 => b"ent",
        6 => b"ize",
        7 => b"ate",
        8 => b"al",
        9 | 14 => b"ful",
        10 => b"ous",
        11 => b"ive",
        12 => b"ble",
        13 if start > 0 && w[start - 1] == b'l' => b"og",
        15 => b"less",
        16 if start > 0 && b"cdeghkmnrt".contains(&w[start - 1]) => b"",
        _ => return,
    };
    replace(w, len, with);
}

fn step_3(w: &mut Vec<u8>, r: &Regions) {
    const SUFFIXES: [(&[u8], u8); 9] = [
        (b"ational", 2),
        (b"tional", 1),
        (b"alize", 3),
        (b"icate", 4),
        (b"iciti", 4),
        (b"ative", 6),
        (b"ical", 4),
        (b"ness", 5),
        (b"ful", 5),
    ];
    let Some((start, len, action)) = longest_in(w, &SUFFIXES, r.r1) else {
        return;
    };
    let with: &[u8] = match action {
        1 => b"tion",
        2 => b"ate",
        3 => b"al",
        4 => b"ic",
        5 => b"",
        6 if start >= r.r2 => b"",
        _ => return,
    };
    replace(w, len, with);
}

fn step_4(w: &mut Vec<u8>, r: &Regions) {
    const SUFFIXES: [(&[u8], u8); 18] = [
        (b"ement", 1),
        (b"ance", 1),
        (b"ence", 1),
        (b"able", 1),
        (b"ible", 1),
        (b"ment", 1),
        (b"ate", 1),
        (b"ive", 1),
        (b"ize", 1),
        (b"iti", 1),
        (b"ism", 1),
        (b"ion", 2),
        (b"ous", 1),
        (b"ant", 1),
        (b"ent", 1),
        (b"ic", 1),
        (b"al", 1),
        (b"er", 1),
    ];
    let Some((start, _, action)) = longest_in(w, &SUFFIXES, r.r2) else {
        return;
    };
    if action == 2 && !(start > 0 && matches!(w[start - 1], b's' | b't')) {
        return;
    }
    w.truncate(start);
}

fn step_5(w: &mut Vec<u8>, r: &Regions) {
    let Some(&last) = w.last() else {
        return;
    };
    let start = w.len() - 1;
    let drop = match last {
        b'e' => start >= r.r2 || (start >= r.r1 && !short_syllable(w, start)),
        b'l' => start >= r.r2 && start > 0 && w[start - 1] == b'l',
        _ => false,
    };
    if drop {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem_of(word: &str) -> String {
        let mut out = Vec::new();
        assert!(stem_ascii(word, &mut out));
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_algorithm_descriptions_examples() {
        let reference = reference();
        for w in [
            "consign",
            "consigned",
            "consigning",
            "consignment",
            "consist",
            "consisted",
            "consistency",
            "consistent",
            "consistently",
            "consisting",
            "consists",
            "consolation",
            "consolations",
            "consolatory",
            "console",
            "consoled",
            "consoles",
            "consolidate",
            "knack",
            "knackeries",
            "knacks",
            "knag",
            "knave",
            "knaves",
            "knavish",
            "kneaded",
            "kneading",
            "knee",
            "kneel",
            "kneeled",
            "kneeling",
            "kneels",
            "knees",
            "knell",
            "generously",
            "communism",
            "arsenal",
            "yelling",
            "sayings",
            "'tis",
            "cats'",
            "dog's",
            "hoped",
            "hopping",
            "filing",
            "cried",
            "ties",
            "gas",
            "gaps",
            "agreement",
            "hopeful",
            "cyberbullying",
            "ugly",
            "skies",
            "succeeded",
            "exceed",
            "news",
            "abc123",
            "x-ray",
            "rhythms",
            "syzygy",
            "by",
            "cry",
            "ays",
            "yyy",
            "ayyy",
        ] {
            assert_eq!(stem_of(w), reference.stem(w), "{w}");
        }
    }

    fn reference() -> rust_stemmers::Stemmer {
        rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)
    }

    #[test]
    fn agrees_with_rust_stemmers_on_every_word_of_the_shared_corpora() {
        let Some(dir) = salient_testdata::eval_dir() else {
            println!("SKIPPED: ../shared/eval not found (set SALIENT_SHARED)");
            return;
        };
        let mut words = std::collections::BTreeSet::new();
        for d in [dir.clone(), dir.join("keyphrases")] {
            let Ok(entries) = std::fs::read_dir(&d) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "jsonl") {
                    let data = std::fs::read_to_string(&path).unwrap_or_default();
                    for w in crate::words(&data) {
                        words.insert(w.text.to_lowercase());
                    }
                }
            }
        }
        let stemmer = reference();
        let mut checked = 0;
        for w in &words {
            let mut out = Vec::new();
            if stem_ascii(w, &mut out) {
                checked += 1;
                assert_eq!(std::str::from_utf8(&out).unwrap(), stemmer.stem(w), "{w:?}");
            }
        }
        println!("{checked} distinct ASCII words agree");
        assert!(checked > 50_000, "only {checked} words checked");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]
        #[test]
        fn agrees_with_rust_stemmers_on_random_words(
            w in "'?([aeiouy]|[bcdgklmnrstwxz]|'|-|1){0,9}(s|'s|s'|ss|us|sses|ies|ied|ed|eed|edly|eedly|ing|ingly|y|ly|li|bli|ogi|ational|tional|ization|ation|ator|alism|aliti|iveness|fulness|ousness|ousli|entli|lessli|biliti|iviti|icate|ative|alize|iciti|ical|ful|ness|ement|ment|ent|ance|ence|able|ible|ate|ive|ize|iti|al|ism|ion|er|ous|ant|ic|e|l|ll|at|bl|iz|bb|tt)?"
        ) {
            let mut out = Vec::new();
            proptest::prop_assert!(stem_ascii(&w, &mut out));
            proptest::prop_assert_eq!(std::str::from_utf8(&out).unwrap(), reference().stem(&w));
        }
    }

    #[test]
    fn words_it_cannot_take_are_left_to_the_caller() {
        let mut out = b"stale".to_vec();
        assert!(!stem_ascii("café", &mut out));
        assert!(out.is_empty());
        assert!(!stem_ascii("Yes", &mut out));
    }
}
