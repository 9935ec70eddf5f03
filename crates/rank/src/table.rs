//! Stage 2: the analyses as one table, a row per sentence of every input.

use salient_text::{Analysis, Language, Span, TermId};

use crate::aim::states_aim;
use crate::filler::fillers;
use crate::{Filler, Filter, Filters};

/// One sentence: where it is, how long it is, and whether a filter turned it away.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Row {
    /// Which input it comes from.
    pub document: usize,
    /// Its index among that input's sentences.
    pub index: usize,
    /// That input's number of sentences.
    pub doc_len: usize,
    pub span: Span,
    pub speaker: Option<Span>,
    /// Its turn in a transcript.
    pub turn: Option<u32>,
    pub words: u32,
    /// Unicode scalar values of its text.
    pub chars: u32,
    pub filter: Option<Filter>,
    /// Why it cannot stand alone as a pick, if it cannot.
    pub filler: Option<Filler>,
    /// Whether it states what its text does (English prose only): see [`crate::aim`].
    pub aim: bool,
}

/// Every sentence of every input, in order, and one copy of their term ids.
///
/// A new per-sentence feature is one more field of [`Row`].
#[derive(Debug)]
pub(crate) struct SentenceTable {
    pub rows: Vec<Row>,
    /// Per sentence without index terms, a hash of its text (lowercase, whitespace runs as one
    /// space), so that repeats of it can be told; `None` for sentences with terms.
    pub blank: Vec<Option<u64>>,
    /// Per input: is it a transcript?
    pub transcripts: Vec<bool>,
    terms: Vec<TermId>,
    /// `terms[offsets[i]..offsets[i + 1]]` are sentence i's terms, in text order.
    offsets: Vec<usize>,
}

impl SentenceTable {
    pub fn build(analyses: &[Analysis<'_>], filters: &Filters) -> SentenceTable {
        let sentences: usize = analyses.iter().map(Analysis::len).sum();
        let mut rows = Vec::with_capacity(sentences);
        let mut terms = Vec::with_capacity(analyses.iter().map(|a| a.all_terms().len()).sum());
        let mut offsets = Vec::with_capacity(sentences + 1);
        let mut blank = Vec::with_capacity(sentences);
        offsets.push(0);
        for (document, a) in analyses.iter().enumerate() {
            let doc = &a.document;
            let fillers = fillers(a);
            let aims =
                a.language.language == Language::English && !doc.transcript().is_transcript();
            for (index, s) in doc.sentences().iter().enumerate() {
                let text = doc.sentence_text(index);
                let words = a.word_count(index) as u32;
                rows.push(Row {
                    document,
                    index,
                    doc_len: doc.len(),
                    span: s.span,
                    speaker: s
                        .turn
                        .and_then(|t| doc.turns().get(t as usize))
                        .and_then(|t| t.speaker),
                    turn: s.turn,
                    words,
                    chars: text.chars().count() as u32,
                    filter: filters.apply(words, text),
                    filler: fillers[index],
                    aim: aims && states_aim(text),
                });
                blank.push(a.terms(index).is_empty().then(|| text_key(text)));
                terms.extend(a.terms(index).iter().map(|t| t.term));
                offsets.push(terms.len());
            }
        }
        SentenceTable {
            rows,
            blank,
            transcripts: analyses
                .iter()
                .map(|a| a.document.transcript().is_transcript())
                .collect(),
            terms,
            offsets,
        }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// The words of every sentence.
    pub fn words(&self) -> usize {
        self.rows.iter().map(|r| r.words as usize).sum()
    }

    /// Sentence `i`'s terms, in text order, repeats included.
    pub fn terms(&self, i: usize) -> &[TermId] {
        &self.terms[self.offsets[i]..self.offsets[i + 1]]
    }
}

/// A hash of `text` lowercased with whitespace runs as one space (fixed keys: deterministic).
fn text_key(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    for word in text.split_whitespace() {
        word.to_lowercase().hash(&mut h);
    }
    h.finish()
}
