//! Keywords and keyphrases: TextRank on the word co-occurrence graph.

use rustc_hash::FxHashMap;
use salient_text::{Analyzer, AnalyzerConfig, Span, Vocabulary};

use crate::error::{invalid, Result};
use crate::{pagerank, Graph, PageRankConfig, SparseMatrix};

/// Keyword extraction settings; check and freeze them with [`KeywordConfig::build`].
#[derive(Debug, Clone)]
pub struct KeywordConfig {
    /// Language, stemming, stopwords (words are grouped by their stem).
    pub analyzer: AnalyzerConfig,
    /// Terms at most `window - 1` positions apart (stopwords removed) are linked (default 2:
    /// neighbours, as in Mihalcea & Tarau 2004). At least 2.
    pub window: usize,
    /// How many keywords to return (default 10; at least 1).
    pub top: usize,
    /// Merge adjacent keywords into phrases (default true).
    pub phrases: bool,
    /// PageRank settings.
    pub pagerank: PageRankConfig,
}

impl Default for KeywordConfig {
    fn default() -> Self {
        KeywordConfig {
            analyzer: AnalyzerConfig::default(),
            window: 2,
            top: 10,
            phrases: true,
            pagerank: PageRankConfig::default(),
        }
    }
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

/// Extracts keywords (TextRank, Mihalcea & Tarau 2004). Immutable and `Send + Sync`.
///
/// Vertices are the document's terms (stems of words that are not stopwords and contain a
/// letter); an edge joins two terms for every time they occur within the window in a sentence,
/// weighted by that count; PageRank scores the terms. With phrases on, runs of top-scored terms
/// that stand next to each other in the text (only spaces or hyphens between) become one
/// keyphrase scoring the sum of its terms; "top-scored" means the best third of the terms
/// (Mihalcea & Tarau's cut). When that gives fewer than `top` keywords, the next best single
/// words fill the list. Speaker labels and transcript markers are never words, so never
/// keywords.
///
/// ```
/// use salient_rank::KeywordConfig;
/// let text = "Water rights decide who farms. The water court rules on water rights. \
///             Farmers wait for the water court.";
/// let kw = KeywordConfig { top: 3, ..Default::default() }.build()?.extract(text);
/// let keys: Vec<&str> = kw.iter().map(|k| k.key.as_str()).collect();
/// // "water" and "rights" are the best third of the 7 terms; next to each other, one phrase.
/// assert_eq!(keys[0], "water rights");
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
    /// The lowercased words of that occurrence, space-separated: the form to display.
    pub key: String,
    /// Where that first occurrence is.
    pub first: Span,
    /// Its score (the sum of its terms' PageRank scores).
    pub score: f64,
    /// How many times it occurs.
    pub count: usize,
    /// Number of words.
    pub words: usize,
}

impl KeywordExtractor {
    /// The settings.
    pub fn config(&self) -> &KeywordConfig {
        &self.config
    }

    /// Keywords of `text`, best first (ties: earlier first occurrence first).
    pub fn extract<'a>(&self, text: &'a str) -> Vec<Keyword<'a>> {
        let mut vocab = Vocabulary::default();
        let a = self.analyzer.analyze(text, &mut vocab);
        let (sentences, nv) = candidates(text, &a);
        if nv == 0 {
            return Vec::new();
        }
        let scores = self.word_scores(&sentences, nv);
        let mut by_score: Vec<usize> = (0..nv).collect();
        by_score.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
        // Mihalcea & Tarau's cut: the best third of the vertices take part in phrases. (Tying it
        // to `top` would make every word of a short text "top" and glue whole clauses together.)
        let keep_n = if self.config.phrases {
            (nv / 3).max(1)
        } else {
            self.config.top.min(nv)
        };
        let mut top = vec![false; nv];
        for &v in &by_score[..keep_n] {
            top[v] = true;
        }
        let found = self.occurrences(text, &sentences, &top, &scores);
        let mut out: Vec<Keyword<'a>> = found
            .into_values()
            .map(|e| {
                let t = &text[e.first.start..e.first.end];
                Keyword {
                    text: t,
                    key: salient_text::words(t)
                        .map(|w| salient_text::normalize(w.text))
                        .collect::<Vec<_>>()
                        .join(" "),
                    first: e.first,
                    score: e.score,
                    count: e.count,
                    words: e.words,
                }
            })
            .collect();
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.first.start.cmp(&b.first.start))
        });
        // Two term sequences can share a display form ("Water-court" and "water court").
        let mut seen = rustc_hash::FxHashSet::default();
        out.retain(|k| seen.insert(k.key.clone()));
        out.truncate(self.config.top);
        if out.len() < self.config.top {
            self.fill(text, &mut out, &mut seen, (&sentences, &by_score, &scores));
        }
        out
    }

    /// TextRank over the co-occurrence graph of the candidate words (window `window`).
    fn word_scores(&self, sentences: &[Candidates], nv: usize) -> Vec<f64> {
        let mut rows: Vec<Vec<(u32, f64)>> = vec![Vec::new(); nv];
        for s in sentences {
            for (k, &(u, _)) in s.iter().enumerate() {
                for &(v, _) in s.iter().skip(k + 1).take(self.config.window - 1) {
                    if u != v {
                        rows[u as usize].push((v, 1.0));
                        rows[v as usize].push((u, 1.0));
                    }
                }
            }
        }
        match Graph::from_sparse(SparseMatrix::from_rows(nv, rows))
            .and_then(|g| pagerank(&g, &self.config.pagerank))
        {
            Ok(c) => c.scores.to_vec(),
            Err(_) => vec![1.0 / nv as f64; nv],
        }
    }

    /// Occurrences (single top words, or runs of adjacent top words) grouped by term sequence.
    fn occurrences(
        &self,
        text: &str,
        sentences: &[Candidates],
        top: &[bool],
        scores: &[f64],
    ) -> FxHashMap<Vec<u32>, Found> {
        let mut found: FxHashMap<Vec<u32>, Found> = FxHashMap::default();
        let mut record = |run: &[(u32, Span)]| {
            let key: Vec<u32> = run.iter().map(|&(v, _)| v).collect();
            let span = Span {
                start: run[0].1.start,
                end: run[run.len() - 1].1.end,
            };
            let score = key.iter().map(|&v| scores[v as usize]).sum();
            let e = found.entry(key).or_insert(Found {
                first: span,
                count: 0,
                score,
                words: run.len(),
            });
            e.count += 1;
        };
        for s in sentences {
            if !self.config.phrases {
                for t in s.iter().filter(|t| top[t.0 as usize]) {
                    record(std::slice::from_ref(t));
                }
                continue;
            }
            let mut k = 0;
            while k < s.len() {
                if !top[s[k].0 as usize] {
                    k += 1;
                    continue;
                }
                let mut end = k + 1;
                while end < s.len()
                    && top[s[end].0 as usize]
                    && end - k < 4
                    && joined(&text[s[end - 1].1.end..s[end].1.start])
                {
                    end += 1;
                }
                record(&s[k..end]);
                k = end;
            }
        }
        found
    }

    /// Short texts give fewer phrases than asked for: fill up with the next best words.
    fn fill<'a>(
        &self,
        text: &'a str,
        out: &mut Vec<Keyword<'a>>,
        seen: &mut rustc_hash::FxHashSet<String>,
        (sentences, by_score, scores): (&[Candidates], &[usize], &[f64]),
    ) {
        let nv = scores.len();
        let mut first: Vec<Option<Span>> = vec![None; nv];
        let mut count = vec![0usize; nv];
        for &(v, span) in sentences.iter().flatten() {
            first[v as usize].get_or_insert(span);
            count[v as usize] += 1;
        }
        for &v in by_score {
            if out.len() >= self.config.top {
                break;
            }
            let Some(span) = first[v] else { continue };
            let t = &text[span.start..span.end];
            let key = salient_text::normalize(t);
            if seen.insert(key.clone()) {
                out.push(Keyword {
                    text: t,
                    key,
                    first: span,
                    score: scores[v],
                    count: count[v],
                    words: 1,
                });
            }
        }
    }
}

/// One sentence's candidate words as (vertex, span).
type Candidates = Vec<(u32, Span)>;

/// A keyword or phrase found: its first occurrence, count, score and length.
struct Found {
    first: Span,
    count: usize,
    score: f64,
    words: usize,
}

/// Candidate words per sentence as (vertex, span): every kept term with a letter; vertices
/// numbered in order of first appearance. Returns them and the number of vertices.
fn candidates(text: &str, a: &salient_text::Analysis<'_>) -> (Vec<Candidates>, usize) {
    let mut vertex_of: FxHashMap<u32, u32> = FxHashMap::default();
    let sentences = (0..a.len())
        .map(|i| {
            a.terms(i)
                .iter()
                .filter(|t| {
                    text[t.span.start..t.span.end]
                        .chars()
                        .any(char::is_alphabetic)
                })
                .map(|t| {
                    let next = vertex_of.len() as u32;
                    (*vertex_of.entry(t.term.0).or_insert(next), t.span)
                })
                .collect()
        })
        .collect();
    (sentences, vertex_of.len())
}

/// Whether two words separated by `gap` belong to one phrase.
fn joined(gap: &str) -> bool {
    !gap.is_empty() && gap.len() <= 3 && gap.chars().all(|c| c == ' ' || c == '-')
}
