//! Keyphrases: candidate phrases between stopwords and punctuation, scored on the word graph.

use rustc_hash::{FxHashMap, FxHashSet};
use salient_text::{Analyzer, AnalyzerConfig, Language, Span, Vocabulary};

use crate::error::{invalid, Result};
use crate::PageRankConfig;

/// Keyword extraction settings; check and freeze them with [`KeywordConfig::build`].
#[derive(Debug, Clone)]
pub struct KeywordConfig {
    /// Language, stemming, stopwords (words are grouped by their stem).
    pub analyzer: AnalyzerConfig,
    /// Content words at most `window - 1` positions apart are linked in the word graph.
    pub window: usize,
    /// How many keywords to return (default 10; at least 1).
    pub top: usize,
    /// Phrases of several words (default true); false lists single words.
    pub phrases: bool,
    /// PageRank settings.
    pub pagerank: PageRankConfig,
}

impl Default for KeywordConfig {
    fn default() -> Self {
        KeywordConfig {
            analyzer: AnalyzerConfig::default(),
            window: env_usize("SK_WIN", 10),
            top: 10,
            phrases: true,
            pagerank: PageRankConfig::default(),
        }
    }
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
fn env_f64(name: &str, default: f64) -> f64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
fn env_str(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_string())
}

impl KeywordConfig {
    /// Validates the settings.
    pub fn build(self) -> Result<KeywordExtractor> {
        if self.window < 2 {
            return Err(invalid(
                "window",
                format!("{} is below 2; no word would have a neighbour", self.window),
            ));
        }
        if self.top == 0 {
            return Err(invalid("top", "asking for 0 keywords"));
        }
        self.pagerank.check()?;
        let analyzer = self.analyzer.clone().build()?;
        Ok(KeywordExtractor {
            config: self,
            analyzer,
        })
    }
}

/// Extracts keyphrases. Immutable and `Send + Sync`.
///
/// ```
/// use salient_rank::KeywordConfig;
/// let text = "Water rights decide who farms. The water court rules on water rights. \
///             Farmers wait for the water court.";
/// let kw = KeywordConfig { top: 3, ..Default::default() }.build()?.extract(text);
/// assert_eq!(kw[0].text, "Water rights");
/// assert!(kw[0].score >= kw[1].score);
/// # Ok::<(), salient_rank::Error>(())
/// ```
#[derive(Debug)]
pub struct KeywordExtractor {
    config: KeywordConfig,
    analyzer: Analyzer,
}

/// A keyword or keyphrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword<'a> {
    /// Its first occurrence, verbatim.
    pub text: &'a str,
    /// The lowercased words of that occurrence, space-separated.
    pub key: String,
    /// Where that first occurrence is.
    pub first: Span,
    /// Every occurrence, in text order (the first is `first`).
    pub occurrences: Vec<Span>,
    /// Its score (higher is better).
    pub score: f64,
    /// How many times it occurs.
    pub count: usize,
    /// Number of words.
    pub words: usize,
}

/// A content word of the text: its vertex in the word graph, where it is, its sentence.
#[derive(Debug, Clone, Copy)]
struct Word {
    vertex: u32,
    span: Span,
    sentence: u32,
}

/// A candidate phrase: its vertices and occurrences.
#[derive(Debug)]
struct Candidate {
    vertices: Vec<u32>,
    spans: Vec<Span>,
    /// Index (in the content-word sequence) of the first word of its first occurrence.
    first_pos: usize,
}

impl KeywordExtractor {
    /// The settings.
    pub fn config(&self) -> &KeywordConfig {
        &self.config
    }

    /// Keyphrases of `text`, best first (ties: earlier first occurrence first).
    pub fn extract<'a>(&self, text: &'a str) -> Vec<Keyword<'a>> {
        let mut vocab = Vocabulary::default();
        let a = self.analyzer.analyze(text, &mut vocab);
        let language = a.language.language;
        let (words, nv) = content_words(text, &a, language, &mut vocab);
        if nv == 0 {
            return Vec::new();
        }
        let max_words = if self.config.phrases {
            env_usize("SK_MAXW", 4)
        } else {
            1
        };
        let candidates = candidates(text, &words, max_words, language);
        let ws = self.word_scores(&words, nv);
        if std::env::var("SK_STATS").is_ok() {
            let multi: Vec<&Candidate> =
                candidates.iter().filter(|c| c.vertices.len() > 1).collect();
            let occ: usize = multi.iter().map(|c| c.spans.len()).sum();
            let rep: usize = multi
                .iter()
                .filter(|c| c.spans.len() > 1)
                .map(|c| c.spans.len())
                .sum();
            let all_occ: usize = candidates.iter().map(|c| c.spans.len()).sum();
            let caps = words
                .iter()
                .filter(|w| text[w.span.start..].starts_with(char::is_uppercase))
                .count();
            eprintln!(
                "STAT {} {:.3} {:.3} {:.3}",
                words.len(),
                rep as f64 / occ.max(1) as f64,
                occ as f64 / all_occ.max(1) as f64,
                0.0
            );
        }
        let total_words = words.len().max(1) as f64;
        let mut wcount = vec![0usize; nv];
        for w in &words {
            wcount[w.vertex as usize] += 1;
        }
        let gamma = env_f64("SK_GAMMA", 0.0);
        let cmode = env_str("SK_CMODE", "max");
        let mode = env_str("SK_SCORE", "sum");
        let flags = name_flags(text, &a, &words);
        let counted = flags.iter().flatten().count();
        let caps = flags.iter().flatten().filter(|&&b| b).count() as f64 / counted.max(1) as f64;
        let mut vcap = vec![(0usize, 0usize); nv];
        for (w, f) in words.iter().zip(&flags) {
            if let Some(b) = f {
                vcap[w.vertex as usize].0 += usize::from(*b);
                vcap[w.vertex as usize].1 += 1;
            }
        }
        let beta = env_f64("SK_CAPB", 0.0);
        let auto_alpha = if words.len() >= env_usize("SK_LONG", 1000) {
            0.0
        } else {
            ((caps - env_f64("SK_C0", 0.1)) / env_f64("SK_CW", 0.08)).clamp(0.0, 1.0)
        };
        let amin = env_f64("SK_AMIN", 0.0);
        let auto_alpha = amin + (1.0 - amin) * auto_alpha;
        let freq_w = env_f64("SK_FREQ", 0.0);
        let pos_w = env_f64("SK_POSW", 0.0);
        let mut scored: Vec<(f64, &Candidate)> = candidates
            .iter()
            .map(|c| {
                let sum: f64 = c.vertices.iter().map(|&v| ws[v as usize]).sum();
                let base = match mode.as_str() {
                    "mean" => sum / c.vertices.len() as f64,
                    "auto" => sum / (c.vertices.len() as f64).powf(auto_alpha),
                    "rep" => {
                        let n = c.vertices.len() as f64;
                        let k = c.spans.len() as f64;
                        sum / n.powf(env_f64("SK_ALPHA", 1.0) / k.powf(env_f64("SK_BETA", 1.0)))
                    }
                    "sqrt" => sum / (c.vertices.len() as f64).sqrt(),
                    "alpha" => sum / (c.vertices.len() as f64).powf(env_f64("SK_ALPHA", 0.5)),
                    _ => sum,
                };
                let f = (1.0 + c.spans.len() as f64).ln().powf(freq_w);
                let counts = c.vertices.iter().map(|&v| wcount[v as usize] as f64);
                let denom = if cmode == "max" {
                    counts.fold(0.0, f64::max)
                } else if cmode == "min" {
                    counts.fold(f64::MAX, f64::min)
                } else {
                    counts.sum::<f64>() / c.vertices.len() as f64
                };
                let f = f * (c.spans.len() as f64 / denom).powf(gamma);
                let capr = c
                    .vertices
                    .iter()
                    .map(|&v| {
                        let (a, b) = vcap[v as usize];
                        a as f64 / b.max(1) as f64
                    })
                    .sum::<f64>()
                    / c.vertices.len() as f64;
                let f = f * (1.0 + beta * capr);
                let p = (1.0 - c.first_pos as f64 / total_words).powf(pos_w);
                (base * f * p, c)
            })
            .collect();
        let by_score = |v: &mut Vec<(f64, &Candidate)>| {
            v.sort_by(|a, b| {
                b.0.total_cmp(&a.0)
                    .then(a.1.spans[0].start.cmp(&b.1.spans[0].start))
            })
        };
        if mode == "rrf" {
            let k0 = env_f64("SK_RRFK", 10.0);
            let wmean = env_f64("SK_RRFW", 1.0);
            let f = |c: &Candidate| (1.0 + c.spans.len() as f64).ln().powf(freq_w);
            let mut fused: FxHashMap<*const Candidate, f64> = FxHashMap::default();
            for (alpha, weight) in [(0.0, 1.0), (1.0, wmean)] {
                let mut v: Vec<(f64, &Candidate)> = candidates
                    .iter()
                    .map(|c| {
                        let sum: f64 = c.vertices.iter().map(|&v| ws[v as usize]).sum();
                        (sum / (c.vertices.len() as f64).powf(alpha) * f(c), c)
                    })
                    .collect();
                by_score(&mut v);
                for (r, (_, c)) in v.iter().enumerate() {
                    *fused.entry(*c as *const Candidate).or_default() += weight / (k0 + r as f64);
                }
            }
            scored = candidates
                .iter()
                .map(|c| (fused[&(c as *const Candidate)], c))
                .collect();
        }
        by_score(&mut scored);
        self.select(text, &scored, auto_alpha)
    }

    /// The best candidates, without one that repeats a better one's words or overlaps it.
    fn select<'a>(
        &self,
        text: &'a str,
        scored: &[(f64, &Candidate)],
        auto_alpha: f64,
    ) -> Vec<Keyword<'a>> {
        let mut red = env_str("SK_RED", "contains");
        if red == "auto" {
            red = if auto_alpha >= env_f64("SK_REDT", 0.5) {
                "contains".into()
            } else {
                "none".into()
            };
        }
        let mut out: Vec<Keyword<'a>> = Vec::new();
        let mut kept: Vec<&[u32]> = Vec::new();
        let mut seen = FxHashSet::default();
        for &(score, c) in scored {
            if out.len() >= self.config.top {
                break;
            }
            let redundant = kept.iter().any(|k| match red.as_str() {
                "contains" => contains(&c.vertices, k),
                "contained" => contains(k, &c.vertices),
                "both" => contains(&c.vertices, k) || contains(k, &c.vertices),
                _ => false,
            });
            if redundant {
                continue;
            }
            let first = c.spans[0];
            let t = &text[first.start..first.end];
            let key = salient_text::words(t)
                .map(|w| salient_text::normalize(w.text))
                .collect::<Vec<_>>()
                .join(" ");
            if !seen.insert(key.clone()) {
                continue;
            }
            kept.push(&c.vertices);
            out.push(Keyword {
                text: t,
                key,
                first,
                occurrences: c.spans.clone(),
                score,
                count: c.spans.len(),
                words: c.vertices.len(),
            });
        }
        out
    }

    /// Position-biased PageRank over the co-occurrence graph of the content words
    /// (PositionRank, Florescu & Caragea 2017).
    fn word_scores(&self, words: &[Word], nv: usize) -> Vec<f64> {
        let mut rows: Vec<FxHashMap<u32, f64>> = vec![FxHashMap::default(); nv];
        let cross = env_usize("SK_CROSS", 1) == 1;
        for (k, u) in words.iter().enumerate() {
            for v in words.iter().skip(k + 1).take(self.config.window - 1) {
                if !cross && v.sentence != u.sentence {
                    break;
                }
                if u.vertex != v.vertex {
                    *rows[u.vertex as usize].entry(v.vertex).or_default() += 1.0;
                    *rows[v.vertex as usize].entry(u.vertex).or_default() += 1.0;
                }
            }
        }
        let mut prior = vec![0.0; nv];
        let prior_mode = env_str("SK_PRIOR", "pos");
        for (k, w) in words.iter().enumerate() {
            prior[w.vertex as usize] += match prior_mode.as_str() {
                "pos" => 1.0 / (k as f64 + 1.0),
                "sqrt" => 1.0 / (k as f64 + 1.0).sqrt(),
                "title" => (if w.sentence == 0 { 2.0 } else { 1.0 }) / (k as f64 + 1.0),
                _ => 1.0,
            };
        }
        let rows: Vec<Vec<(u32, f64)>> =
            rows.into_iter().map(|r| r.into_iter().collect()).collect();
        personalized_pagerank(&rows, &prior, &self.config.pagerank)
    }
}

/// The share of content words, not first in their sentence, written with a capital then
/// lowercase: how much of the text is names.
fn name_flags(text: &str, a: &salient_text::Analysis<'_>, words: &[Word]) -> Vec<Option<bool>> {
    words
        .iter()
        .map(|w| {
            let s = a.document.sentences()[w.sentence as usize].span;
            let first_word = salient_text::words(&text[s.start..s.end])
                .next()
                .map(|x| x.text.as_ptr());
            let t = &text[w.span.start..w.span.end];
            if w.sentence == 0 || first_word == Some(t.as_ptr()) || t.chars().count() < 3 {
                return None;
            }
            let mut cs = t.chars();
            Some(cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase))
        })
        .collect()
}

/// Whether `hay` holds `needle` as a contiguous run (and is longer).
fn contains(hay: &[u32], needle: &[u32]) -> bool {
    hay.len() > needle.len() && hay.windows(needle.len()).any(|w| w == needle)
}

/// PageRank with a restart distribution proportional to `prior`; rows are each vertex's
/// weighted neighbours (symmetric).
fn personalized_pagerank(
    rows: &[Vec<(u32, f64)>],
    prior: &[f64],
    cfg: &PageRankConfig,
) -> Vec<f64> {
    let n = rows.len();
    let total: f64 = prior.iter().sum();
    let prior: Vec<f64> = if total > 0.0 {
        prior.iter().map(|p| p / total).collect()
    } else {
        vec![1.0 / n as f64; n]
    };
    let out: Vec<f64> = rows.iter().map(|r| r.iter().map(|e| e.1).sum()).collect();
    let d = env_f64("SK_D", cfg.damping);
    let mut p = prior.clone();
    let mut next = vec![0.0; n];
    for _ in 0..cfg.max_iterations {
        let dangling: f64 = p
            .iter()
            .zip(&out)
            .filter(|(_, &o)| o <= 0.0)
            .map(|(&x, _)| x)
            .sum();
        for (i, x) in next.iter_mut().enumerate() {
            *x = (1.0 - d + d * dangling) * prior[i];
        }
        for (u, r) in rows.iter().enumerate() {
            if out[u] <= 0.0 {
                continue;
            }
            let share = d * p[u] / out[u];
            for &(v, w) in r {
                next[v as usize] += share * w;
            }
        }
        let change: f64 = next.iter().zip(&p).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut p, &mut next);
        if change < cfg.tolerance {
            break;
        }
    }
    p
}

/// The content words in text order, with vertices numbered by first appearance.
fn content_words(
    text: &str,
    a: &salient_text::Analysis<'_>,
    language: Language,
    vocab: &mut Vocabulary,
) -> (Vec<Word>, usize) {
    let mut vertex_of: FxHashMap<u32, u32> = FxHashMap::default();
    let mut words = Vec::new();
    let filter = env_usize("SK_FILTER", 1) == 1;
    let stemmer = language.stemmer();
    for i in 0..a.len() {
        for t in a.terms(i) {
            let mut span = t.span;
            let mut term = t.term;
            let w = &text[span.start..span.end];
            // "l'agence" is the article and "agence"; the word starts after the apostrophe.
            let elided = crate::content::elision(w, language);
            let possessive = crate::content::possessive(w, language);
            if elided.is_some() || possessive.is_some() {
                span.start += elided.unwrap_or(0);
                span.end -= possessive.unwrap_or(0);
                let rest = salient_text::normalize(&text[span.start..span.end]);
                term = vocab.intern(&stemmer.stem(&rest));
            }
            // Joiners such as U+202F belong to the word for UAX #29, not to the phrase.
            let w = text[span.start..span.end].trim_end_matches(|c: char| !c.is_alphanumeric());
            span.end = span.start + w.len();
            if !w.chars().any(char::is_alphabetic) {
                continue;
            }
            if filter && !crate::content::is_content_word(w, language) {
                continue;
            }
            let next = vertex_of.len() as u32;
            words.push(Word {
                vertex: *vertex_of.entry(term.0).or_insert(next),
                span,
                sentence: i as u32,
            });
        }
    }
    (words, vertex_of.len())
}

/// Candidate phrases: maximal runs of content words standing next to each other in one sentence
/// (only spaces or a hyphen between), at most `max_words` long, grouped by their words.
fn candidates(text: &str, words: &[Word], max_words: usize, language: Language) -> Vec<Candidate> {
    let mut index: FxHashMap<Vec<u32>, usize> = FxHashMap::default();
    let mut out: Vec<Candidate> = Vec::new();
    let mut start = 0;
    while start < words.len() {
        let mut end = start + 1;
        while end < words.len()
            && words[end].sentence == words[start].sentence
            && joined(&text[words[end - 1].span.end..words[end].span.start])
        {
            end += 1;
        }
        let mut run = &words[start..end];
        let surface = |w: &Word| &text[w.span.start..w.span.end];
        while let Some((last, rest)) = run.split_last() {
            if rest.is_empty() || !crate::content::cannot_end_phrase(surface(last), language) {
                break;
            }
            run = rest;
        }
        let generic = run.len() == 1 && crate::content::is_generic(surface(&run[0]), language);
        if run.len() <= max_words && !generic {
            let key: Vec<u32> = run.iter().map(|w| w.vertex).collect();
            let span = Span {
                start: run[0].span.start,
                end: run[run.len() - 1].span.end,
            };
            match index.get(&key) {
                Some(&i) => out[i].spans.push(span),
                None => {
                    index.insert(key.clone(), out.len());
                    out.push(Candidate {
                        vertices: key,
                        spans: vec![span],
                        first_pos: start,
                        // (position of the run's first word)
                    });
                }
            }
        }
        start = end;
    }
    out
}

/// Whether two words separated by `gap` belong to one phrase.
fn joined(gap: &str) -> bool {
    !gap.is_empty() && gap.len() <= 3 && gap.chars().all(|c| c == ' ' || c == '-')
}
