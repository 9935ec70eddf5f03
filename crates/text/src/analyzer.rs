//! The analyzer: a document to sentences of term ids.

use std::collections::hash_map::Entry;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::error::{Error, Result};
use crate::{
    words_in, Detection, Document, Language, LanguageChoice, LineMode, QuoteMode, SentenceSplitter,
    Span, TranscriptMode,
};

/// Which stopwords to drop.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Stopwords {
    /// The document language's list ([`Language::stopwords`]).
    #[default]
    Language,
    /// Keep every word.
    None,
    /// This list (compared after lowercasing).
    Custom(Vec<String>),
    /// The document language's list and these words too (compared after lowercasing).
    Extra(Vec<String>),
}

/// Settings of an [`Analyzer`]. Validate and freeze them with [`AnalyzerConfig::build`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzerConfig {
    /// Language, or automatic detection (default).
    pub language: LanguageChoice,
    /// Apply the language's Snowball stemmer (default true).
    pub stem: bool,
    /// Stopwords to drop (default: the language's).
    pub stopwords: Stopwords,
    /// Drop words shorter than this many characters (default 2; numbers are words too).
    pub min_token_chars: usize,
    /// Transcript detection (default auto).
    pub transcript: TranscriptMode,
    /// Line-break handling (default auto).
    pub line_mode: LineMode,
    /// Extra abbreviations for the sentence splitter.
    pub abbreviations: Vec<String>,
    /// Whether a sentence may end inside a quotation (default: it may).
    pub quotes: QuoteMode,
}

impl Default for AnalyzerConfig {
    fn default() -> Self {
        AnalyzerConfig {
            language: LanguageChoice::Auto,
            stem: true,
            stopwords: Stopwords::Language,
            min_token_chars: 2,
            transcript: TranscriptMode::Auto,
            line_mode: LineMode::Auto,
            abbreviations: Vec::new(),
            quotes: QuoteMode::Split,
        }
    }
}

impl AnalyzerConfig {
    /// Checks the settings and builds the analyzer.
    pub fn build(self) -> Result<Analyzer> {
        if self.min_token_chars > 64 {
            return Err(Error::InvalidOption {
                option: "min_token_chars",
                message: format!(
                    "{} is more than 64; no word would be kept",
                    self.min_token_chars
                ),
            });
        }
        let custom = match &self.stopwords {
            Stopwords::Custom(list) | Stopwords::Extra(list) => {
                Some(list.iter().map(|w| normalize(w)).collect())
            }
            _ => None,
        };
        Ok(Analyzer {
            config: self,
            custom,
            resources: std::array::from_fn(|_| OnceLock::new()),
        })
    }
}

/// Per-language resources, built on first use.
struct Resources {
    splitter: SentenceSplitter,
    stemmer: rust_stemmers::Stemmer,
    stopwords: FxHashSet<&'static str>,
    /// Which language, as an index into [`Language::ALL`] (for the stem memo).
    index: usize,
    /// English: ASCII words go through [`crate::porter2`] instead of `stemmer` and the memo.
    english: bool,
}

/// Most distinct words a thread's stem memo holds per language before it starts over.
const STEM_MEMO_LIMIT: usize = 100_000;

thread_local! {
    /// Per thread and language, word -> stem for words already stemmed: a batch of documents
    /// repeats most of its vocabulary, and stemming was an eighth of the work. Snowball is a
    /// pure function, so the memo cannot change a result.
    static STEM_MEMO: std::cell::RefCell<Vec<FxHashMap<Box<str>, Box<str>>>> =
        std::cell::RefCell::new(vec![FxHashMap::default(); N_LANGUAGES]);
}

/// `stemmer`'s stem of `word` (lowercase): English ASCII words through the byte stemmer (same
/// stems, cheaper than a memo probe and insert), other words from this thread's memo when it
/// has them.
fn stem_memo(
    res: &Resources,
    word: &str,
    scratch: &mut Vec<u8>,
    f: impl FnOnce(&str) -> TermId,
) -> TermId {
    if res.english && crate::porter2::stem_ascii(word, scratch) {
        if let Ok(stem) = std::str::from_utf8(scratch) {
            return f(stem);
        }
    }
    STEM_MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let map = &mut memo[res.index];
        if let Some(stem) = map.get(word) {
            return f(stem);
        }
        let stem: Box<str> = res.stemmer.stem(word).into();
        if map.len() >= STEM_MEMO_LIMIT {
            map.clear();
        }
        let id = f(&stem);
        map.insert(word.into(), stem);
        id
    })
}

const N_LANGUAGES: usize = 18;
const _: () = assert!(Language::ALL.len() == N_LANGUAGES);

impl std::fmt::Debug for Resources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Resources")
            .field("splitter", &self.splitter)
            .finish_non_exhaustive()
    }
}

/// Turns text into sentences of terms. Immutable and `Send + Sync`: share one across threads.
///
/// ```
/// use salient_text::{AnalyzerConfig, Language, LanguageChoice, Vocabulary};
/// let analyzer = AnalyzerConfig { language: LanguageChoice::Fixed(Language::English), ..Default::default() }
///     .build()
///     .unwrap();
/// let mut vocab = Vocabulary::default();
/// let a = analyzer.analyze("The cats were running. A cat runs!", &mut vocab);
/// assert_eq!(a.document.len(), 2);
/// let terms: Vec<&str> = a.terms(1).iter().map(|t| vocab.term(t.term)).collect();
/// assert_eq!(terms, ["cat", "run"]);
/// assert_eq!(a.word_count(0), 4);
/// ```
#[derive(Debug)]
pub struct Analyzer {
    config: AnalyzerConfig,
    custom: Option<FxHashSet<String>>,
    resources: [OnceLock<Resources>; N_LANGUAGES],
}

/// A term's id in a [`Vocabulary`]: dense from 0, in order of first appearance.
///
/// ```
/// use salient_text::{TermId, Vocabulary};
/// let mut v = Vocabulary::default();
/// assert_eq!(v.intern("harbor"), TermId(0));
/// assert_eq!(v.intern("bridg"), TermId(1));
/// assert_eq!(v.intern("harbor").index(), 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct TermId(pub u32);

impl TermId {
    /// The id as an index (into per-term arrays).
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A term occurrence: its span in the text and its id in the [`Vocabulary`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where the word is in the text.
    pub span: Span,
    /// The term id (the normalised, stemmed form).
    pub term: TermId,
}

/// The analysed form of one text.
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    /// Sentences and turns.
    pub document: Document<'a>,
    /// The language used, with any detection warning.
    pub language: Detection,
    tokens: Vec<Token>,
    /// `tokens[offsets[i]..offsets[i+1]]` are sentence i's terms.
    offsets: Vec<u32>,
    word_counts: Vec<u32>,
}

impl Analysis<'_> {
    /// The kept terms of sentence `i`, in order (stopwords and short words removed).
    ///
    /// # Panics
    /// Panics if `i >= self.document.len()`.
    pub fn terms(&self, i: usize) -> &[Token] {
        &self.tokens[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    /// Number of words in sentence `i`, stopwords included (for word budgets).
    ///
    /// # Panics
    /// Panics if `i >= self.document.len()`.
    pub fn word_count(&self, i: usize) -> usize {
        self.word_counts[i] as usize
    }

    /// Every kept term of the document, in order.
    pub fn all_terms(&self) -> &[Token] {
        &self.tokens
    }

    /// Number of sentences.
    pub fn len(&self) -> usize {
        self.document.len()
    }

    /// True when there is no sentence.
    pub fn is_empty(&self) -> bool {
        self.document.is_empty()
    }
}

/// Interned terms: id <-> string. Ids are given in order of first appearance, so they are the
/// same on every run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vocabulary {
    terms: Vec<Box<str>>,
    ids: FxHashMap<Box<str>, TermId>,
}

impl Vocabulary {
    /// The id of `term`, adding it if new.
    pub fn intern(&mut self, term: &str) -> TermId {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = TermId(self.terms.len() as u32);
        self.terms.push(term.into());
        self.ids.insert(term.into(), id);
        id
    }

    /// Makes room for `additional` more terms.
    pub fn reserve(&mut self, additional: usize) {
        self.terms.reserve(additional);
        self.ids.reserve(additional);
    }

    /// The id of `term`, if known.
    pub fn get(&self, term: &str) -> Option<TermId> {
        self.ids.get(term).copied()
    }

    /// The string of term `id`.
    ///
    /// # Panics
    /// Panics if `id` was not returned by this vocabulary.
    pub fn term(&self, id: TermId) -> &str {
        &self.terms[id.index()]
    }

    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// True when no term was interned.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Unicode lowercasing, with typographic apostrophes made ASCII so "it’s" and "it's" agree.
pub fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    normalize_into(word, &mut out);
    out
}

pub(crate) fn normalize_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            '’' | 'ʼ' | '‘' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
}

impl Analyzer {
    /// The settings this analyzer was built from.
    pub fn config(&self) -> &AnalyzerConfig {
        &self.config
    }

    fn resources(&self, language: Language) -> &Resources {
        let idx = Language::ALL
            .iter()
            .position(|&l| l == language)
            .unwrap_or(0);
        self.resources[idx].get_or_init(|| Resources {
            splitter: SentenceSplitter::new(language)
                .with_abbreviations(&self.config.abbreviations)
                .with_transcript(self.config.transcript)
                .with_line_mode(self.config.line_mode)
                .with_quotes(self.config.quotes),
            stemmer: language.stemmer(),
            index: idx,
            english: language == Language::English,
            stopwords: language.stopwords().iter().copied().collect(),
        })
    }

    /// The sentence splitter used for `language`.
    pub fn splitter(&self, language: Language) -> &SentenceSplitter {
        &self.resources(language).splitter
    }

    /// Splits and analyses `text`, interning terms into `vocabulary` (share one vocabulary to
    /// compare several documents).
    pub fn analyze<'a>(&self, text: &'a str, vocabulary: &mut Vocabulary) -> Analysis<'a> {
        let detection = self.config.language.resolve(text);
        let res = self.resources(detection.language);
        let document = res.splitter.split(text);
        let mut tokens = Vec::with_capacity(text.len() / 8);
        let mut offsets = Vec::with_capacity(document.len() + 1);
        let mut word_counts = Vec::with_capacity(document.len());
        offsets.push(0);
        // Each distinct surface form is normalised, filtered and stemmed once.
        // About one distinct surface form per 16 bytes of news text: sized so that it rarely grows.
        let mut cache: FxHashMap<&'a str, Option<TermId>> =
            FxHashMap::with_capacity_and_hasher(text.len() / 16, Default::default());
        vocabulary.reserve(text.len() / 24);
        let mut buf = String::new();
        let mut scratch = Vec::new();
        for s in document.sentences() {
            let mut count = 0u32;
            for w in words_in(text, s.span) {
                count += 1;
                let term = match cache.entry(w.text) {
                    Entry::Occupied(e) => *e.get(),
                    Entry::Vacant(e) => {
                        *e.insert(self.term_of(w.text, res, vocabulary, (&mut buf, &mut scratch)))
                    }
                };
                if let Some(term) = term {
                    tokens.push(Token { span: w.span, term });
                }
            }
            word_counts.push(count);
            offsets.push(tokens.len() as u32);
        }
        Analysis {
            document,
            language: detection,
            tokens,
            offsets,
            word_counts,
        }
    }

    fn term_of(
        &self,
        word: &str,
        res: &Resources,
        vocabulary: &mut Vocabulary,
        (buf, scratch): (&mut String, &mut Vec<u8>),
    ) -> Option<TermId> {
        normalize_into(word, buf);
        if buf.chars().count() < self.config.min_token_chars {
            return None;
        }
        let stop = match (&self.config.stopwords, &self.custom) {
            (Stopwords::Language, _) => res.stopwords.contains(buf.as_str()),
            (Stopwords::Custom(_), Some(set)) => set.contains(buf.as_str()),
            (Stopwords::Extra(_), Some(set)) => {
                res.stopwords.contains(buf.as_str()) || set.contains(buf.as_str())
            }
            _ => false,
        };
        if stop {
            return None;
        }
        // Dotted tokens ("u.s", "3.5", "z.b") are kept whole: stemmers would mangle them.
        if self.config.stem && !buf.contains('.') {
            Some(stem_memo(res, buf, scratch, |stem| vocabulary.intern(stem)))
        } else {
            Some(vocabulary.intern(buf))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(config: AnalyzerConfig) -> Analyzer {
        AnalyzerConfig {
            language: LanguageChoice::Fixed(Language::English),
            ..config
        }
        .build()
        .unwrap()
    }

    fn terms(a: &Analyzer, text: &str) -> Vec<Vec<String>> {
        let mut v = Vocabulary::default();
        let an = a.analyze(text, &mut v);
        (0..an.len())
            .map(|i| {
                an.terms(i)
                    .iter()
                    .map(|t| v.term(t.term).to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn options_table() {
        let text = "The Runners’ ran quickly to 3000 U.S. towns.";
        let cases: &[(AnalyzerConfig, &[&str])] = &[
            (
                AnalyzerConfig::default(),
                &["runner", "ran", "quick", "3000", "u.s", "town"],
            ),
            (
                AnalyzerConfig {
                    stem: false,
                    ..Default::default()
                },
                &["runners", "ran", "quickly", "3000", "u.s", "towns"],
            ),
            (
                AnalyzerConfig {
                    stopwords: Stopwords::None,
                    ..Default::default()
                },
                &["the", "runner", "ran", "quick", "to", "3000", "u.s", "town"],
            ),
            (
                AnalyzerConfig {
                    stopwords: Stopwords::Custom(vec!["RAN".into()]),
                    ..Default::default()
                },
                &["the", "runner", "quick", "to", "3000", "u.s", "town"],
            ),
            (
                AnalyzerConfig {
                    min_token_chars: 5,
                    ..Default::default()
                },
                &["runner", "quick", "town"],
            ),
            (
                AnalyzerConfig {
                    min_token_chars: 1,
                    ..Default::default()
                },
                &["runner", "ran", "quick", "3000", "u.s", "town"],
            ),
        ];
        for (config, want) in cases {
            let got = terms(&en(config.clone()), text);
            assert_eq!(got, [want.to_vec()], "{config:?}");
        }
    }

    #[test]
    fn transcript_labels_and_markers_are_not_terms() {
        let a = en(AnalyzerConfig {
            stem: false,
            ..Default::default()
        });
        let text =
            "Grad A: I think {disfmarker} the budget matters .\nGrad B: Budget ?\nGrad A: Yes .";
        let got = terms(&a, text);
        assert_eq!(
            got,
            [
                vec!["think", "budget", "matters"],
                vec!["budget"],
                vec!["yes"]
            ]
        );
        let mut v = Vocabulary::default();
        let an = a.analyze(text, &mut v);
        assert_eq!(an.document.speaker(1), Some("Grad B"));
        assert_eq!(an.word_count(0), 5);
    }

    #[test]
    fn invalid_config_is_an_error() {
        let err = AnalyzerConfig {
            min_token_chars: 1000,
            ..Default::default()
        }
        .build()
        .unwrap_err();
        assert!(err.to_string().contains("min_token_chars"), "{err}");
    }

    #[test]
    fn vocabulary_is_shared_and_stable() {
        let a = en(AnalyzerConfig::default());
        let mut v = Vocabulary::default();
        a.analyze("Cats sleep.", &mut v);
        a.analyze("Dogs and cats.", &mut v);
        assert_eq!(
            (0..v.len() as u32)
                .map(|i| v.term(TermId(i)))
                .collect::<Vec<_>>(),
            ["cat", "sleep", "dog"]
        );
        assert_eq!(v.get("dog"), Some(TermId(2)));
    }

    #[test]
    fn auto_language_uses_the_detected_stemmer() {
        let a = AnalyzerConfig {
            stopwords: Stopwords::None,
            ..Default::default()
        }
        .build()
        .unwrap();
        let mut v = Vocabulary::default();
        let an = a.analyze(
            "Die Kinder spielten gestern im großen Garten hinter dem Haus der Großeltern.",
            &mut v,
        );
        assert_eq!(an.language.language, Language::German);
        assert!(v.get("kind").is_some(), "German stemmer not used: {v:?}");
    }
}
