//! The summarizer: configuration, pipeline and result.

use std::sync::Arc;

use salient_text::{Analysis, AnalyzerConfig, Detection, Span, TranscriptFormat, Vocabulary};

use crate::error::{invalid, Result};
use crate::score::{self, CentralityReport, Context, Objective, Position};
use crate::select::{self, SelectInput};
use crate::{
    Budget, Filters, GraphOptions, GraphStrategy, IdfModel, IdfSource, Method, PageRankConfig,
    Redundancy, Status, TfIdf, TfIdfConfig,
};

/// A position prior `exp(-pos / (tau · n))` on sentence scores (`pos` the sentence's index in
/// its document, `n` the document's sentence count): small `tau` favours the opening.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum PositionPrior {
    /// The method's own setting: on for [`Method::Default`] (tau 0.075 for prose, 0.2 for
    /// transcripts, decided per document), off for the others. The default.
    #[default]
    Auto,
    /// No prior.
    Off,
    /// This `tau` (> 0) for every document and every method that ranks once (SumBasic and KL-Sum
    /// pick greedily and ignore it).
    Tau(f64),
}

impl PositionPrior {
    fn check(&self) -> Result<()> {
        match *self {
            PositionPrior::Tau(t) if !(t > 0.0 && t.is_finite()) => Err(invalid(
                "position prior",
                format!("tau {t} is not a positive number"),
            )),
            _ => Ok(()),
        }
    }

    /// Per document tau, or none when no prior applies.
    pub(crate) fn tau(&self, method: &Method, transcripts: &[bool]) -> Option<Vec<f64>> {
        match (*self, method) {
            (PositionPrior::Off, _) => None,
            (_, m) if m.is_greedy() => None,
            (PositionPrior::Tau(t), _) => Some(vec![t; transcripts.len()]),
            (PositionPrior::Auto, Method::Default) => Some(
                transcripts
                    .iter()
                    .map(|&t| {
                        if t {
                            score::TAU_TRANSCRIPT
                        } else {
                            score::TAU_PROSE
                        }
                    })
                    .collect(),
            ),
            (PositionPrior::Auto, _) => None,
        }
    }
}

/// Everything a [`Summarizer`] can be told. Check and freeze it with
/// [`SummarizerConfig::build`].
#[derive(Debug, Clone, Default)]
pub struct SummarizerConfig {
    /// Language, stemming, stopwords, transcript and line handling.
    pub analyzer: AnalyzerConfig,
    /// The ranking method (default [`Method::Default`]).
    pub method: Method,
    /// Summary length (default [`Budget::Auto`]).
    pub budget: Budget,
    /// Redundancy control (default [`Redundancy::Auto`]).
    pub redundancy: Redundancy,
    /// Sentence filters (default none).
    pub filters: Filters,
    /// Position prior (default [`PositionPrior::Auto`]).
    pub position_prior: PositionPrior,
    /// TF-IDF weighting.
    pub tfidf: TfIdfConfig,
    /// A background idf model; without one, idf comes from the text's own sentences.
    pub idf_model: Option<Arc<IdfModel>>,
    /// PageRank settings for the graph methods.
    pub pagerank: PageRankConfig,
    /// Graph representation (default [`GraphStrategy::Auto`]).
    pub graph_strategy: GraphStrategy,
    /// Largest document given a dense graph by `Auto` (default 256 sentences).
    pub dense_limit: usize,
    /// Work bound of sparse graph builds (see [`GraphOptions::max_work`]).
    pub max_graph_work: Option<u64>,
}

impl SummarizerConfig {
    /// Validates every setting and builds the summarizer.
    ///
    /// # Errors
    /// The first invalid setting, named: a zero budget, a ratio outside (0, 1], a damping factor
    /// outside (0, 1), an MMR lambda outside [0, 1], `max_words < min_words`, and so on.
    pub fn build(self) -> Result<Summarizer> {
        self.method.check()?;
        self.budget.check()?;
        self.redundancy.check()?;
        self.filters.check()?;
        self.position_prior.check()?;
        self.tfidf.check()?;
        self.pagerank.check()?;
        if self.max_graph_work == Some(0) {
            return Err(invalid("max_graph_work", "must be at least 1"));
        }
        let defaults = GraphOptions::default();
        let graph = GraphOptions {
            strategy: self.graph_strategy,
            dense_limit: if self.dense_limit == 0 {
                defaults.dense_limit
            } else {
                self.dense_limit
            },
            max_work: self.max_graph_work.unwrap_or(defaults.max_work),
            ..defaults
        };
        let analyzer = self.analyzer.clone().build()?;
        Ok(Summarizer {
            config: self,
            analyzer,
            graph,
        })
    }
}

/// Summarizes texts. Built from a validated [`SummarizerConfig`]; immutable and `Send + Sync`,
/// so one summarizer serves every thread.
///
/// ```
/// use salient_rank::{Budget, SummarizerConfig};
/// let text = "The council approved the new harbor bridge on Tuesday. \
///     The bridge will carry trams and bicycles across the harbor. \
///     Construction of the harbor bridge starts next spring. \
///     Some residents said they would miss the ferry. \
///     The ferry will keep running until the bridge opens.";
/// let summarizer = SummarizerConfig { budget: Budget::Sentences(2), ..Default::default() }.build()?;
/// let summary = summarizer.summarize(text);
/// assert_eq!(summary.picks().count(), 2);
/// // Picks come in document order, quoted verbatim from the input.
/// let picked: Vec<usize> = summary.picks().map(|s| s.index).collect();
/// assert!(picked.windows(2).all(|w| w[0] < w[1]));
/// for s in summary.picks() {
///     assert_eq!(summary.text(s), &text[s.span.start..s.span.end]);
/// }
/// # Ok::<(), salient_rank::Error>(())
/// ```
#[derive(Debug)]
pub struct Summarizer {
    config: SummarizerConfig,
    analyzer: salient_text::Analyzer,
    graph: GraphOptions,
}

/// One sentence as the summarizer saw it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RankedSentence {
    /// Which input it comes from (0 for a single text).
    pub document: usize,
    /// Its index among that document's sentences.
    pub index: usize,
    /// Where it is in that document's text.
    pub span: Span,
    /// Its speaker label's span, in a transcript.
    pub speaker: Option<Span>,
    /// Number of words.
    pub words: usize,
    /// The method's score (after any position prior); higher is better.
    pub score: f64,
    /// 1 for the highest score; ties go to the earlier sentence.
    pub rank: usize,
    /// Whether it was picked, and if not, why.
    pub status: Status,
}

/// A summary: every sentence with its score and fate, and the picks in document order.
#[derive(Debug, Clone)]
pub struct Summary<'a> {
    texts: Vec<&'a str>,
    /// Every sentence of every input, in order.
    pub sentences: Vec<RankedSentence>,
    picks: Vec<usize>,
    /// The method used.
    pub method: Method,
    /// The redundancy control used (`Auto` resolved).
    pub redundancy: Redundancy,
    /// The budget used.
    pub budget: Budget,
    /// Each input's language, with any detection warning.
    pub languages: Vec<Detection>,
    /// Each input's transcript format.
    pub transcripts: Vec<TranscriptFormat>,
    /// How centrality went, for graph methods.
    pub centrality: Option<CentralityReport>,
    /// True when the single best sentence alone exceeds a word or character budget and was
    /// returned anyway (a summary is never empty when there is text).
    pub over_budget: bool,
    /// Things the user should know: language fallback, filters ignored, non-convergence, ...
    pub notes: Vec<String>,
}

impl<'a> Summary<'a> {
    /// The picked sentences, in document order.
    pub fn picks(&self) -> impl Iterator<Item = &RankedSentence> + '_ {
        self.picks.iter().map(|&i| &self.sentences[i])
    }

    /// The number of picks.
    pub fn len(&self) -> usize {
        self.picks.len()
    }

    /// True when nothing was picked (only when the input has no sentence).
    pub fn is_empty(&self) -> bool {
        self.picks.is_empty()
    }

    /// A sentence's text, verbatim.
    pub fn text(&self, s: &RankedSentence) -> &'a str {
        &self.texts[s.document][s.span.start..s.span.end]
    }

    /// A sentence's speaker, in a transcript.
    pub fn speaker(&self, s: &RankedSentence) -> Option<&'a str> {
        s.speaker
            .map(|sp| &self.texts[s.document][sp.start..sp.end])
    }

    /// The inputs.
    pub fn inputs(&self) -> &[&'a str] {
        &self.texts
    }
}

impl Summarizer {
    /// The settings this summarizer was built from.
    pub fn config(&self) -> &SummarizerConfig {
        &self.config
    }

    /// The analyzer it uses (share it to split or tokenize the same way).
    pub fn analyzer(&self) -> &salient_text::Analyzer {
        &self.analyzer
    }

    /// Summarizes one text.
    pub fn summarize<'a>(&self, text: &'a str) -> Summary<'a> {
        self.summarize_many(&[text])
    }

    /// Summarizes several texts as one (a cluster of articles on one story, say): shared idf,
    /// redundancy control across texts, and each sentence says which text it came from. The
    /// position prior and LEAD count positions within each text.
    pub fn summarize_many<'a>(&self, texts: &[&'a str]) -> Summary<'a> {
        let mut vocab = Vocabulary::default();
        let analyses: Vec<Analysis<'a>> = texts
            .iter()
            .map(|t| self.analyzer.analyze(t, &mut vocab))
            .collect();
        self.rank(texts, &analyses, &vocab)
    }

    fn rank<'a>(
        &self,
        texts: &[&'a str],
        analyses: &[Analysis<'a>],
        vocab: &Vocabulary,
    ) -> Summary<'a> {
        let cfg = &self.config;
        let mut notes = Vec::new();
        let mut positions = Vec::new();
        let mut words = Vec::new();
        let mut chars = Vec::new();
        let mut spans = Vec::new();
        let mut speakers = Vec::new();
        let mut filtered = Vec::new();
        let mut flat: Vec<u32> = Vec::new();
        let mut offsets = vec![0usize];
        for (d, a) in analyses.iter().enumerate() {
            let doc = &a.document;
            let doc_len = doc.len();
            for (i, s) in doc.sentences().iter().enumerate() {
                positions.push(Position {
                    document: d,
                    index: i,
                    doc_len,
                });
                let text = doc.sentence_text(i);
                let w = a.word_count(i) as u32;
                words.push(w);
                chars.push(text.chars().count() as u32);
                spans.push(s.span);
                speakers.push(
                    s.turn
                        .and_then(|t| doc.turns().get(t as usize))
                        .and_then(|t| t.speaker),
                );
                filtered.push(cfg.filters.apply(w, text));
                flat.extend(a.terms(i).iter().map(|t| t.term));
                offsets.push(flat.len());
            }
            if let Some(w) = &a.language.warning {
                notes.push(label(texts.len(), d, w));
            }
            if let Some(m) = &cfg.idf_model {
                if m.language().is_some_and(|l| l != a.language.language) {
                    notes.push(label(
                        texts.len(),
                        d,
                        &format!(
                            "the idf model is for {} but the text is {}",
                            m.language().map_or("mixed", |l| l.name()),
                            a.language.language.name()
                        ),
                    ));
                }
            }
        }
        if let Some(m) = &cfg.idf_model {
            if m.stemmed() != cfg.analyzer.stem {
                notes.push(format!(
                    "the idf model's terms are {}stemmed but the analyzer's are {}",
                    if m.stemmed() { "" } else { "not " },
                    if cfg.analyzer.stem { "" } else { "not" }
                ));
            }
        }
        let sentences: Vec<&[u32]> = offsets.windows(2).map(|w| &flat[w[0]..w[1]]).collect();
        let source = match &cfg.idf_model {
            Some(m) => IdfSource::Model(m),
            None => IdfSource::Local,
        };
        let tfidf = TfIdf::build(&sentences, &cfg.tfidf, source, vocab);
        let transcripts: Vec<bool> = analyses
            .iter()
            .map(|a| a.document.transcript().is_transcript())
            .collect();
        let cx = Context {
            tfidf: &tfidf,
            words: &words,
            positions: &positions,
            transcripts: &transcripts,
            graph: self.graph,
            pagerank: cfg.pagerank,
            prior: cfg.position_prior,
            expected_picks: cfg.budget.expected_picks(&words, &chars),
        };
        // The config was validated, so ranking cannot fail; keep a fallback all the same.
        let ranking = score::rank(&cfg.method, &cx).unwrap_or_else(|e| {
            notes.push(format!(
                "ranking failed ({e}); falling back to document order"
            ));
            score::Ranking {
                scores: positions
                    .iter()
                    .map(|p| 1.0 / (1.0 + p.index as f64))
                    .collect(),
                centrality: None,
            }
        });
        if let Some(c) = &ranking.centrality {
            if !c.converged {
                notes.push(format!(
                    "centrality did not converge in {} iterations; scores are the last iterate",
                    c.iterations
                ));
            }
            if c.dropped_terms > 0 {
                notes.push(format!(
                    "{} very common terms were left out of the sentence graph to bound its cost",
                    c.dropped_terms
                ));
            }
        }
        // Redundancy is measured by cosine; the TF-IDF rows are already unit vectors unless
        // normalisation was turned off, so copy them only then.
        let unit = if cfg.tfidf.normalize {
            std::borrow::Cow::Borrowed(tfidf.matrix())
        } else {
            let mut m = tfidf.matrix().clone();
            m.normalize_rows();
            std::borrow::Cow::Owned(m)
        };
        let redundancy = cfg.redundancy.resolve(&cfg.method);
        let mut sumbasic;
        let mut klsum;
        let greedy: Option<&mut dyn Objective> = match cfg.method {
            Method::SumBasic => {
                sumbasic = score::SumBasic::new(&tfidf);
                Some(&mut sumbasic)
            }
            Method::KlSum => {
                klsum = score::KlSum::new(&tfidf);
                Some(&mut klsum)
            }
            _ => None,
        };
        let selection = select::select(
            SelectInput {
                scores: &ranking.scores,
                words: &words,
                chars: &chars,
                filtered,
                budget: cfg.budget,
                redundancy,
                unit_rows: &unit,
            },
            greedy,
        );
        if selection.filters_ignored {
            notes.push("every sentence failed the filters, so they were ignored".into());
        }
        if selection.over_budget {
            notes.push(
                "even the best sentence is longer than the budget; it is returned alone".into(),
            );
        }
        let mut order: Vec<usize> = (0..ranking.scores.len()).collect();
        order.sort_by(|&a, &b| {
            ranking.scores[b]
                .total_cmp(&ranking.scores[a])
                .then(a.cmp(&b))
        });
        let mut rank = vec![0; order.len()];
        for (r, &i) in order.iter().enumerate() {
            rank[i] = r + 1;
        }
        let sentences: Vec<RankedSentence> = (0..ranking.scores.len())
            .map(|i| RankedSentence {
                document: positions[i].document,
                index: positions[i].index,
                span: spans[i],
                speaker: speakers[i],
                words: words[i] as usize,
                score: ranking.scores[i],
                rank: rank[i],
                status: selection.status[i],
            })
            .collect();
        let mut picks = selection.picks;
        picks.sort_unstable();
        Summary {
            texts: texts.to_vec(),
            sentences,
            picks,
            method: cfg.method,
            redundancy,
            budget: cfg.budget,
            languages: analyses.iter().map(|a| a.language.clone()).collect(),
            transcripts: analyses.iter().map(|a| a.document.transcript()).collect(),
            centrality: ranking.centrality,
            over_budget: selection.over_budget,
            notes,
        }
    }
}

fn label(docs: usize, d: usize, msg: &str) -> String {
    if docs > 1 {
        format!("input {}: {msg}", d + 1)
    } else {
        msg.to_owned()
    }
}
