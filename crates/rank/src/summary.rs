//! Stage 7: the summary. Every sentence with its score, rank and fate, the picks in document
//! order, and notes for the user.

use std::fmt;

use salient_text::{one_line, Analysis, Detection, Language, Markers, Span, TranscriptFormat};

use crate::score::CentralityReport;
use crate::select::Selection;
use crate::table::SentenceTable;
use crate::{Budget, IdfModel, Method, Redundancy, Status};

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
    /// Whether it states what its text does ("We propose ...", "In this paper, we ...";
    /// English prose): the default method does not discount such a sentence for its position.
    pub aim: bool,
}

/// Something the user should know about a summary. `Display` gives the sentence to show.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Note {
    /// Language detection was unsure or fell back; `input` is set when there are several.
    Language {
        /// Which input (0-based), when there are several.
        input: Option<usize>,
        /// The detector's warning.
        warning: String,
    },
    /// The idf model was built for another language than a text's.
    IdfLanguage {
        /// Which input (0-based), when there are several.
        input: Option<usize>,
        /// The model's language (`None`: several).
        model: Option<Language>,
        /// The text's.
        text: Language,
    },
    /// The idf model's terms are stemmed and the analyzer's are not, or the other way round.
    IdfStemming {
        /// Whether the model's terms are stemmed.
        model_stemmed: bool,
    },
    /// PageRank stopped at its iteration limit; the scores are the last iterate.
    NotConverged {
        /// Iterations run.
        iterations: usize,
    },
    /// The sparse graph build left out its most widespread terms to bound its cost.
    DroppedTerms {
        /// How many terms.
        terms: usize,
    },
    /// Every sentence failed the filters, so they were ignored.
    FiltersIgnored,
    /// Even the best sentence is longer than the budget; it is returned alone.
    OverBudget,
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let input = |f: &mut fmt::Formatter<'_>, i: &Option<usize>| match i {
            Some(d) => write!(f, "input {}: ", d + 1),
            None => Ok(()),
        };
        match self {
            Note::Language { input: i, warning } => {
                input(f, i)?;
                f.write_str(warning)
            }
            Note::IdfLanguage {
                input: i,
                model,
                text,
            } => {
                input(f, i)?;
                write!(
                    f,
                    "the idf model is for {} but the text is {}",
                    model.map_or("mixed", |l| l.name()),
                    text.name()
                )
            }
            Note::IdfStemming { model_stemmed } => write!(
                f,
                "the idf model's terms are {} but the analyzer's are {}",
                if *model_stemmed { "stemmed" } else { "not stemmed" },
                if *model_stemmed { "not" } else { "stemmed" }
            ),
            Note::NotConverged { iterations } => write!(
                f,
                "centrality did not converge in {iterations} iterations; scores are the last iterate"
            ),
            Note::DroppedTerms { terms } => write!(
                f,
                "{terms} very common terms were left out of the sentence graph to bound its cost"
            ),
            Note::FiltersIgnored => {
                f.write_str("every sentence failed the filters, so they were ignored")
            }
            Note::OverBudget => {
                f.write_str("even the best sentence is longer than the budget; it is returned alone")
            }
        }
    }
}

impl Note {
    /// The notes of one summary, in a fixed order: per input its language and idf-language
    /// notes, then idf stemming, centrality, filters and budget.
    pub(crate) fn collect(
        analyses: &[Analysis<'_>],
        idf: Option<(&IdfModel, bool)>,
        centrality: Option<&CentralityReport>,
        selection: &Selection,
    ) -> Vec<Note> {
        let mut notes = Vec::new();
        let several = analyses.len() > 1;
        for (d, a) in analyses.iter().enumerate() {
            let input = several.then_some(d);
            if let Some(w) = &a.language.warning {
                notes.push(Note::Language {
                    input,
                    warning: w.clone(),
                });
            }
            if let Some((m, _)) = idf {
                if m.language().is_some_and(|l| l != a.language.language) {
                    notes.push(Note::IdfLanguage {
                        input,
                        model: m.language(),
                        text: a.language.language,
                    });
                }
            }
        }
        if let Some((m, stem)) = idf {
            if m.stemmed() != stem {
                notes.push(Note::IdfStemming {
                    model_stemmed: m.stemmed(),
                });
            }
        }
        if let Some(c) = centrality {
            if !c.converged {
                notes.push(Note::NotConverged {
                    iterations: c.iterations,
                });
            }
            if c.dropped_terms > 0 {
                notes.push(Note::DroppedTerms {
                    terms: c.dropped_terms,
                });
            }
        }
        if selection.filters_ignored {
            notes.push(Note::FiltersIgnored);
        }
        if selection.over_budget {
            notes.push(Note::OverBudget);
        }
        notes
    }
}

/// A summary: every sentence with its score and fate, and the picks in document order.
#[derive(Debug, Clone)]
pub struct Summary<'a> {
    pub(crate) texts: Vec<&'a str>,
    /// Every sentence of every input, in order.
    pub sentences: Vec<RankedSentence>,
    pub(crate) picks: Vec<usize>,
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
    pub notes: Vec<Note>,
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

    /// A sentence as one line, the way salient shows a pick (and ROUGE scores it): its
    /// speaker's label first in a transcript (who said it is part of the summary), then its
    /// text without transcript markers ([`Markers::Strip`]) and with every run of whitespace as
    /// one space.
    ///
    /// ```
    /// let text = "HOST: Welcome back.\nGUEST: The river is\tlow {disfmarker} this  year.";
    /// let summary = salient_rank::SummarizerConfig::default().build()?.summarize(text);
    /// let lines: Vec<String> = summary.sentences.iter().map(|s| summary.line(s)).collect();
    /// assert_eq!(lines, ["HOST: Welcome back.", "GUEST: The river is low this year."]);
    /// # Ok::<(), salient_rank::Error>(())
    /// ```
    pub fn line(&self, s: &RankedSentence) -> String {
        self.line_with(s, Markers::Strip)
    }

    /// [`Summary::line`] with transcript markers stripped or kept verbatim.
    pub fn line_with(&self, s: &RankedSentence, markers: Markers) -> String {
        let text = markers.apply(self.text(s));
        let text = one_line(&text);
        match self.speaker(s) {
            Some(speaker) => format!("{speaker}: {text}"),
            None => text.into_owned(),
        }
    }

    /// Why a sentence is or is not in the summary, in words: `picked` (`picked: states the
    /// aim` for an aim statement the default kept despite its position), `filtered: <filter>`,
    /// `redundant: cos 0.83 with 4` (the index of the picked sentence it repeats), `budget`.
    pub fn reason(&self, s: &RankedSentence) -> String {
        match s.status {
            Status::Picked if s.aim && self.method.keeps_aims() => "picked: states the aim".into(),
            Status::Picked => "picked".into(),
            Status::Filtered(filter) => format!("filtered: {filter}"),
            Status::Redundant {
                similar_to,
                similarity,
            } => format!(
                "redundant: cos {similarity:.2} with {}",
                self.sentences.get(similar_to).map_or(0, |s| s.index)
            ),
            Status::Budget => "budget".into(),
            Status::DoesNotFit => "does not fit".into(),
            Status::Filler(kind) => format!("filler: {kind}"),
            Status::SameTurn { picked } => format!(
                "same turn as {}",
                self.sentences.get(picked).map_or(0, |s| s.index)
            ),
        }
    }

    /// The inputs.
    pub fn inputs(&self) -> &[&'a str] {
        &self.texts
    }
}

/// Every sentence with its score, rank (ties to the earlier sentence) and status.
pub(crate) fn ranked(
    table: &SentenceTable,
    scores: &[f64],
    selection: &Selection,
) -> Vec<RankedSentence> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut rank = vec![0; order.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r + 1;
    }
    table
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| RankedSentence {
            document: row.document,
            index: row.index,
            span: row.span,
            speaker: row.speaker,
            words: row.words as usize,
            score: scores[i],
            rank: rank[i],
            status: selection.status[i],
            aim: row.aim,
        })
        .collect()
}
