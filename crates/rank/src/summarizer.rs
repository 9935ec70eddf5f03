//! The summarizer: its configuration, and the pipeline of named stages
//! `&[&str] -> Vec<Analysis> -> SentenceTable -> TfIdf -> Plan -> Scores -> Selection -> Summary`.

use std::sync::Arc;

use salient_text::{Analysis, AnalyzerConfig, Vocabulary};

use crate::error::{invalid, Result};
use crate::filler::keep_questions_in_short_chats;
use crate::objective::{objective, Objective};
use crate::plan::Plan;
use crate::score::score;
use crate::select::select;
use crate::summary::{ranked, Note};
use crate::table::SentenceTable;
use crate::{
    Budget, Filters, GraphOptions, GraphStrategy, IdfModel, IdfSource, Method, PageRankConfig,
    PositionPrior, Redundancy, Summary, TfIdf, TfIdfConfig,
};

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
        let cfg = &self.config;
        let mut vocab = Vocabulary::default();
        let analyses: Vec<Analysis<'a>> = texts
            .iter()
            .map(|t| self.analyzer.analyze(t, &mut vocab))
            .collect();
        let mut table = SentenceTable::build(&analyses, &cfg.filters);
        let tfidf = TfIdf::from_table(&table, &cfg.tfidf, self.idf_source(), &vocab);
        let plan = Plan::resolve(
            &cfg.method,
            cfg.position_prior,
            cfg.redundancy,
            cfg.budget,
            &table,
        );
        keep_questions_in_short_chats(&mut table, &plan.one_per_turn);
        let mut greedy = plan.greedy().map(|g| objective(g, &tfidf));
        let scores = score(
            &plan,
            &table,
            &tfidf,
            greedy.as_deref_mut().map(|g| g as &mut dyn Objective),
            &self.graph,
            &cfg.pagerank,
        );
        let selection = select(
            &table,
            &scores.values,
            cfg.budget,
            plan.redundancy,
            &tfidf.unit_rows(),
            &plan.one_per_turn,
            greedy.as_deref_mut().map(|g| g as &mut dyn Objective),
        );
        let idf = cfg.idf_model.as_deref().map(|m| (m, cfg.analyzer.stem));
        let notes = Note::collect(&analyses, idf, scores.centrality.as_ref(), &selection);
        let mut picks = selection.picks.clone();
        picks.sort_unstable();
        Summary {
            texts: texts.to_vec(),
            sentences: ranked(&table, &scores.values, &selection),
            picks,
            method: cfg.method,
            redundancy: plan.redundancy,
            budget: cfg.budget,
            languages: analyses.iter().map(|a| a.language.clone()).collect(),
            transcripts: analyses.iter().map(|a| a.document.transcript()).collect(),
            centrality: scores.centrality,
            over_budget: selection.over_budget,
            notes,
        }
    }

    fn idf_source(&self) -> IdfSource<'_> {
        match &self.config.idf_model {
            Some(m) => IdfSource::Model(m),
            None => IdfSource::Local,
        }
    }
}
