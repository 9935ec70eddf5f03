//! Languages: Snowball stemmers, stopword lists, and automatic detection.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

macro_rules! languages {
    ($( $variant:ident, $code:literal, $name:literal, $algo:ident, $wl:ident; )*) => {
        /// A language salient can analyse: every language with a Snowball stemmer in
        /// `rust-stemmers`. Stopword lists are NLTK's (via the `stop-words` crate).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Language {
            $(
                #[doc = concat!($name, " (`", $code, "`).")]
                $variant,
            )*
        }

        impl Language {
            /// Every supported language, in code order.
            pub const ALL: &'static [Language] = &[$(Language::$variant),*];

            /// ISO 639-1 code, e.g. `"en"`.
            pub const fn code(self) -> &'static str {
                match self { $(Language::$variant => $code,)* }
            }

            /// English name, lowercase, e.g. `"english"`.
            pub const fn name(self) -> &'static str {
                match self { $(Language::$variant => $name,)* }
            }

            /// The Snowball algorithm for this language.
            pub const fn algorithm(self) -> rust_stemmers::Algorithm {
                match self { $(Language::$variant => rust_stemmers::Algorithm::$algo,)* }
            }

            fn to_whatlang(self) -> whatlang::Lang {
                match self { $(Language::$variant => whatlang::Lang::$wl,)* }
            }

            fn from_whatlang(lang: whatlang::Lang) -> Option<Language> {
                match lang {
                    $(whatlang::Lang::$wl => Some(Language::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

languages! {
    Arabic, "ar", "arabic", Arabic, Ara;
    Danish, "da", "danish", Danish, Dan;
    German, "de", "german", German, Deu;
    Greek, "el", "greek", Greek, Ell;
    English, "en", "english", English, Eng;
    Spanish, "es", "spanish", Spanish, Spa;
    Finnish, "fi", "finnish", Finnish, Fin;
    French, "fr", "french", French, Fra;
    Hungarian, "hu", "hungarian", Hungarian, Hun;
    Italian, "it", "italian", Italian, Ita;
    Dutch, "nl", "dutch", Dutch, Nld;
    Norwegian, "no", "norwegian", Norwegian, Nob;
    Portuguese, "pt", "portuguese", Portuguese, Por;
    Romanian, "ro", "romanian", Romanian, Ron;
    Russian, "ru", "russian", Russian, Rus;
    Swedish, "sv", "swedish", Swedish, Swe;
    Tamil, "ta", "tamil", Tamil, Tam;
    Turkish, "tr", "turkish", Turkish, Tur;
}

impl Language {
    /// The language's stopword list (NLTK's, lowercase).
    pub fn stopwords(self) -> &'static [&'static str] {
        // Every Language has an NLTK list; the fallback only guards against a future
        // stop-words release dropping one.
        stop_words::lookup(self.code()).unwrap_or(&[])
    }

    /// A Snowball stemmer for this language.
    pub fn stemmer(self) -> rust_stemmers::Stemmer {
        rust_stemmers::Stemmer::create(self.algorithm())
    }

    pub(crate) fn codes_list() -> String {
        Language::ALL
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Detects the language of `text`: a stopword vote on its first 512 bytes when one language
    /// clearly leads, else [`Language::detect_by_trigrams`] (whatlang on up to its first 16 KiB).
    ///
    /// Never fails: when the text is too short, the detection unreliable, or the language not one
    /// salient supports, the result is English with [`Detection::warning`] saying why.
    ///
    /// ```
    /// use salient_text::Language;
    /// let d = Language::detect("Die Katze sitzt auf der Matte und schläft, weil sie müde ist.");
    /// assert_eq!(d.language, Language::German);
    /// assert!(d.warning.is_none());
    /// ```
    pub fn detect(text: &str) -> Detection {
        let prefix = |n: usize| prefix(text, n);
        // Most texts say which language they are in with their first hundred words: when one
        // language's stopwords clearly dominate them, trigram statistics are not needed.
        if let Some((language, share)) = quick_vote(prefix(512)) {
            return Detection {
                language,
                confidence: share,
                warning: None,
            };
        }
        Language::detect_by_trigrams(text)
    }

    /// [`Language::detect`] without its first step (the stopword vote on the opening): whatlang's
    /// trigram statistics, then the stopword vote on the sample for short texts. The two agree on
    /// every document of the shared evaluation corpora (a test checks it).
    pub fn detect_by_trigrams(text: &str) -> Detection {
        let prefix = |n: usize| prefix(text, n);
        let allow: Vec<whatlang::Lang> = Language::ALL.iter().map(|l| l.to_whatlang()).collect();
        let detector = whatlang::Detector::with_allowlist(allow);
        // Trigram statistics settle within a few hundred words: try the opening first (most of
        // the cost of summarizing a news article was detection on its whole text), and read
        // further, 2 KiB then 16 KiB, only while that is not reliable.
        let mut sample = prefix(512);
        let mut guess = detector.detect(sample);
        for n in [2 * 1024, 16 * 1024] {
            if guess.as_ref().is_some_and(|i| i.is_reliable()) || text.len() <= sample.len() {
                break;
            }
            sample = prefix(n);
            guess = detector.detect(sample);
        }
        if let Some(info) = guess.as_ref().filter(|i| i.is_reliable()) {
            if let Some(language) = Language::from_whatlang(info.lang()) {
                return Detection {
                    language,
                    confidence: info.confidence(),
                    warning: None,
                };
            }
        }
        // Short texts defeat trigram statistics; the share of a language's stopwords among the
        // words is a robust second opinion for them.
        if let Some((language, share)) = stopword_vote(sample) {
            return Detection {
                language,
                confidence: share,
                warning: None,
            };
        }
        let warning = match guess {
            None => "could not detect the language; using English".to_string(),
            Some(info) if Language::from_whatlang(info.lang()).is_none() => format!(
                "the text looks like {}, which salient does not support (no stemmer or stopword list); it is analysed with English rules, so sentences and word weights may be off",
                info.lang().eng_name()
            ),
            Some(info) => format!(
                "language detection was unsure (best guess {}, confidence {:.2}); using English",
                info.lang().eng_name().to_lowercase(),
                info.confidence()
            ),
        };
        Detection {
            language: Language::English,
            confidence: 0.0,
            warning: Some(warning),
        }
    }
}

/// The longest prefix of `text` of at most `n` bytes that ends on a character boundary.
fn prefix(text: &str, n: usize) -> &str {
    let mut end = text.len().min(n);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Each stopword of any language, with the set of languages (bit `i` for `Language::ALL[i]`)
/// whose list holds it.
fn stopword_languages() -> &'static rustc_hash::FxHashMap<&'static str, u32> {
    static TABLE: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, u32>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = rustc_hash::FxHashMap::default();
        for (i, l) in Language::ALL.iter().enumerate() {
            for &w in l.stopwords() {
                *table.entry(w).or_insert(0) |= 1u32 << i;
            }
        }
        table
    })
}

/// A language decided from the opening alone: at least 40 words, among which one language's
/// stopwords weigh at least 15% and at least three times any other language's. A stopword of
/// several languages ("a", "in", "de") weighs `1 / k` in each of its `k`. Closely related
/// languages (Danish and Norwegian, say) seldom pass the margin and then go to whatlang.
fn quick_vote(sample: &str) -> Option<(Language, f64)> {
    let (weights, words) = stopword_weights(letter_runs(sample), true);
    if words < 40 {
        return None;
    }
    let (best, weight, runner_up) = leader(&weights);
    let share = weight / f64::from(words);
    (share >= 0.15 && weight >= 3.0 * runner_up).then(|| (Language::ALL[best], share))
}

/// Runs of letters, digits and apostrophes: close enough to UAX #29 words for a vote, and much
/// cheaper (ASCII bytes are classified without decoding).
fn letter_runs(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    // The character at `i` (a char boundary): whether it belongs to a run, and its length.
    let at = move |i: usize| -> (bool, usize) {
        let b = bytes[i];
        if b.is_ascii() {
            return (b.is_ascii_alphanumeric() || b == b'\'', 1);
        }
        text[i..].chars().next().map_or((false, 1), |c| {
            (c.is_alphanumeric() || c == '\u{2019}', c.len_utf8())
        })
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let (inside, len) = at(i);
            if inside {
                break;
            }
            i += len;
        }
        let start = i;
        while i < bytes.len() {
            let (inside, len) = at(i);
            if !inside {
                break;
            }
            i += len;
        }
        (i > start).then(|| &text[start..i])
    })
}

/// The language whose stopwords make up the largest share of the first 2,000 words, if that
/// share is at least 20% and clearly ahead of the runner-up.
fn stopword_vote(sample: &str) -> Option<(Language, f64)> {
    let (hits, words) = stopword_weights(crate::words(sample).take(2000).map(|w| w.text), false);
    if words < 5 {
        return None;
    }
    let (best, hits, runner_up) = leader(&hits);
    let share = hits / f64::from(words);
    (share >= 0.2 && share >= 1.5 * (runner_up / f64::from(words)))
        .then_some((Language::ALL[best], share))
}

/// Each language's stopwords among `words` (index `i` for `Language::ALL[i]`), and how many
/// words there were. A stopword of `k` languages counts 1 in each, or `1 / k` in each with
/// `split_shared`.
fn stopword_weights<'a>(
    words: impl Iterator<Item = &'a str>,
    split_shared: bool,
) -> ([f64; 32], u32) {
    let table = stopword_languages();
    let mut weights = [0f64; 32];
    let mut count = 0u32;
    let mut buf = String::new();
    for w in words {
        crate::analyzer::normalize_into(w, &mut buf);
        count += 1;
        let mut set = table.get(buf.as_str()).copied().unwrap_or(0);
        let weight = if split_shared {
            1.0 / f64::from(set.count_ones().max(1))
        } else {
            1.0
        };
        while set != 0 {
            weights[set.trailing_zeros() as usize] += weight;
            set &= set - 1;
        }
    }
    (weights, count)
}

/// The index with the largest weight (ties: the earlier language), its weight, and the
/// runner-up's.
fn leader(weights: &[f64; 32]) -> (usize, f64, f64) {
    let mut best = 0;
    for (i, w) in weights.iter().enumerate().skip(1) {
        if w.total_cmp(&weights[best]).is_gt() {
            best = i;
        }
    }
    let runner_up = weights
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != best)
        .map(|(_, &w)| w)
        .max_by(f64::total_cmp)
        .unwrap_or(0.0);
    (best, weights[best], runner_up)
}

/// The outcome of [`Language::detect`].
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    /// The language to use.
    pub language: Language,
    /// whatlang's confidence in `[0, 1]` (0 when falling back).
    pub confidence: f64,
    /// Set when the result is a fallback or a guess the caller should be told about.
    pub warning: Option<String>,
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = Error;

    /// Parses an ISO 639-1 code (`de`), a three-letter code (`deu`, `ger`) or an English name
    /// (`german`), case-insensitively.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_lowercase();
        let three = |l: Language| match l {
            Language::Arabic => ["ara", "ara"],
            Language::Danish => ["dan", "dan"],
            Language::German => ["deu", "ger"],
            Language::Greek => ["ell", "gre"],
            Language::English => ["eng", "eng"],
            Language::Spanish => ["spa", "spa"],
            Language::Finnish => ["fin", "fin"],
            Language::French => ["fra", "fre"],
            Language::Hungarian => ["hun", "hun"],
            Language::Italian => ["ita", "ita"],
            Language::Dutch => ["nld", "dut"],
            Language::Norwegian => ["nor", "nob"],
            Language::Portuguese => ["por", "por"],
            Language::Romanian => ["ron", "rum"],
            Language::Russian => ["rus", "rus"],
            Language::Swedish => ["swe", "swe"],
            Language::Tamil => ["tam", "tam"],
            Language::Turkish => ["tur", "tur"],
        };
        Language::ALL
            .iter()
            .copied()
            .find(|&l| l.code() == lower || l.name() == lower || three(l).contains(&lower.as_str()))
            .ok_or_else(|| Error::UnknownLanguage(s.to_string()))
    }
}

/// Which language to analyse a text as: a fixed one, or detected from the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LanguageChoice {
    /// Detect with [`Language::detect`], falling back to English with a warning.
    #[default]
    Auto,
    /// Always use this language.
    Fixed(Language),
}

impl LanguageChoice {
    /// Resolves the choice for `text`.
    pub fn resolve(self, text: &str) -> Detection {
        match self {
            LanguageChoice::Auto => Language::detect(text),
            LanguageChoice::Fixed(language) => Detection {
                language,
                confidence: 1.0,
                warning: None,
            },
        }
    }
}

impl FromStr for LanguageChoice {
    type Err = Error;

    /// `auto`, or anything [`Language::from_str`] accepts.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.trim().eq_ignore_ascii_case("auto") {
            Ok(LanguageChoice::Auto)
        } else {
            s.parse().map(LanguageChoice::Fixed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_stopwords_and_a_stemmer() {
        for &l in Language::ALL {
            assert!(l.stopwords().len() > 20, "{l:?} has too few stopwords");
            // A stemmer must at least not panic on its own stopwords.
            let s = l.stemmer();
            for w in l.stopwords() {
                let _ = s.stem(w);
            }
        }
    }

    #[test]
    fn parse_codes_names_and_three_letter_codes() {
        let table = [
            ("en", Language::English),
            ("EN", Language::English),
            ("german", Language::German),
            ("deu", Language::German),
            ("fre", Language::French),
            ("nl", Language::Dutch),
            ("russian", Language::Russian),
        ];
        for (s, l) in table {
            assert_eq!(s.parse::<Language>().unwrap(), l, "{s}");
        }
        assert!("klingon".parse::<Language>().is_err());
        assert_eq!(
            "auto".parse::<LanguageChoice>().unwrap(),
            LanguageChoice::Auto
        );
        let err = "xx".parse::<Language>().unwrap_err().to_string();
        assert!(
            err.contains("unknown language \"xx\"") && err.contains("en, es"),
            "{err}"
        );
    }

    #[test]
    fn detection_table() {
        let table = [
            ("The quick brown fox jumps over the lazy dog and keeps running far away.", Language::English),
            ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites pour les salariés.", Language::French),
            ("El gobierno anunció el martes una nueva reforma de las pensiones para los trabajadores.", Language::Spanish),
            ("Правительство объявило во вторник о новой пенсионной реформе для работников.", Language::Russian),
        ];
        for (text, lang) in table {
            let d = Language::detect(text);
            assert_eq!(d.language, lang, "{text}");
            assert!(d.warning.is_none());
        }
    }

    #[test]
    fn detection_falls_back_to_english_with_a_warning() {
        for text in ["", "12345 678", "これは日本語の文章です。とても短い。"] {
            let d = Language::detect(text);
            assert_eq!(d.language, Language::English);
            assert!(d.warning.is_some(), "{text:?} gave no warning");
        }
    }
}
