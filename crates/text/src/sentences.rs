//! Sentence splitting: UAX #29, corrected for abbreviations, initials, line layout and
//! transcript turns.

use crate::abbrev::{Abbreviations, DotKind};
use crate::boundary::{
    bracketed, extra_breaks, is_list_marker, opens_after_comma, quoted, DOUBLE_QUOTES,
};

/// Parentheses longer than this may hold whole sentences of their own.
const BRACKET_MAX: usize = 200;
/// The longest quotation (in bytes) kept in one sentence: a bound on what one unmatched
/// quotation mark can join.
const QUOTE_MAX: usize = 4096;
/// The longest quotation (in bytes) introduced after a comma that [`QuoteMode::Split`] keeps
/// whole: an exclamation or a few words of speech (`said to itself, "Oh dear! Oh dear! I shall
/// be too late!"`). A longer one is a statement of its own sentences (a press release quoted
/// after `the statement said,`), which a summary quotes sentence by sentence.
const INTRODUCED_QUOTE_MAX: usize = 200;
use crate::transcript::{self, TranscriptFormat};
use crate::{Language, Span};

/// How single line breaks are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LineMode {
    /// Decide from the text: [`LineMode::Wrapped`] when many lines break mid-sentence,
    /// otherwise [`LineMode::Lines`].
    #[default]
    Auto,
    /// Every line break ends a sentence: one-sentence-per-line input, headings and list items
    /// without a final stop.
    Lines,
    /// Hard-wrapped prose: a single line break is a space, unless the line ends a sentence, is a
    /// section heading (`1 INTRODUCTION`) or the next line is a list item. Blank lines still end
    /// paragraphs.
    Wrapped,
}

/// Whether and how to look for transcript turns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TranscriptMode {
    /// Detect the format from the text.
    #[default]
    Auto,
    /// Plain text: no turns.
    Off,
    /// Force turns separated by two or more spaces (the NPR seed's style).
    DoubleSpace,
    /// Force `Label: text` lines (`NAME, role: ...`, `#Person1#: ...`, `Speaker A: ...`).
    Labeled,
}

impl std::str::FromStr for TranscriptMode {
    type Err = crate::Error;

    /// `auto`, `off`, `double-space` or `labeled`, as the command line spells them.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let names = [
            ("auto", TranscriptMode::Auto),
            ("off", TranscriptMode::Off),
            ("double-space", TranscriptMode::DoubleSpace),
            ("labeled", TranscriptMode::Labeled),
        ];
        parse_named(s, "transcript", &names)
    }
}

/// The value `s` names (trimmed, any case), or an error naming `option` and listing the names.
pub(crate) fn parse_named<T: Copy>(
    s: &str,
    option: &'static str,
    names: &[(&str, T)],
) -> crate::Result<T> {
    let lower = s.trim().to_ascii_lowercase();
    if let Some(&(_, value)) = names.iter().find(|(name, _)| *name == lower) {
        return Ok(value);
    }
    let list: Vec<&str> = names.iter().map(|(name, _)| *name).collect();
    let expected = match list.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => list.join(""),
    };
    Err(crate::Error::InvalidOption {
        option,
        message: format!("{lower:?}; expected {expected}"),
    })
}

/// Whether a sentence may end inside a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuoteMode {
    /// A quotation's own sentences are sentences (`"It is unfair. Why did they go public?" he
    /// said.` is two): how the human segmentations of news (BBC, DUC) read. Except that a short
    /// quotation (up to 200 bytes) a sentence introduces after a comma (`She said, "Oh dear! I
    /// shall be late!"`) belongs to that sentence and is kept whole, as in [`QuoteMode::Whole`].
    #[default]
    Split,
    /// A quotation that closes in the same paragraph is never cut (`"Oh dear! Oh dear! I shall
    /// be too late!"` is one sentence, with what surrounds it): the literary convention of
    /// pySBD's and pragmatic_segmenter's golden rules.
    Whole,
}

impl std::str::FromStr for QuoteMode {
    type Err = crate::Error;

    /// `split` or `whole`, as the command line spells them.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_named(
            s,
            "quotes",
            &[("split", QuoteMode::Split), ("whole", QuoteMode::Whole)],
        )
    }
}

/// One sentence of a [`Document`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence's bytes in the document, without surrounding whitespace.
    pub span: Span,
    /// Index into [`Document::turns`] for transcripts; `None` for plain text.
    pub turn: Option<u32>,
    /// Index of the paragraph (blank-line separated block, or turn) the sentence is in.
    pub paragraph: u32,
}

/// One speaker turn of a transcript.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Turn {
    /// What was said: the turn without its label.
    pub span: Span,
    /// The speaker label (`"Grad C"`, `"#Person1#"`), if the format has labels.
    pub speaker: Option<Span>,
}

/// A text split into sentences (and, for transcripts, turns). Borrows the text.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    text: &'a str,
    sentences: Vec<Sentence>,
    turns: Vec<Turn>,
    transcript: TranscriptFormat,
    line_mode: LineMode,
}

impl<'a> Document<'a> {
    /// The text this document was split from.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The sentences, in document order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// Number of sentences.
    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    /// True when the text has no sentence (empty, whitespace or punctuation only).
    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }

    /// The text of sentence `i`.
    ///
    /// # Panics
    /// Panics if `i >= self.len()`.
    pub fn sentence_text(&self, i: usize) -> &'a str {
        self.sentences[i].span.of(self.text)
    }

    /// The transcript turns (empty for plain text).
    pub fn turns(&self) -> &[Turn] {
        &self.turns
    }

    /// The speaker label of sentence `i`, if it is in a labelled turn.
    ///
    /// # Panics
    /// Panics if `i >= self.len()`.
    pub fn speaker(&self, i: usize) -> Option<&'a str> {
        let turn = self.sentences[i].turn?;
        self.turns[turn as usize].speaker.map(|s| s.of(self.text))
    }

    /// The transcript format that was detected (or forced).
    pub fn transcript(&self) -> TranscriptFormat {
        self.transcript
    }

    /// How line breaks were treated ([`LineMode::Lines`] or [`LineMode::Wrapped`]).
    pub fn line_mode(&self) -> LineMode {
        self.line_mode
    }
}

/// Splits text into sentences. Build once, use for many documents; `Send + Sync`.
///
/// ```
/// use salient_text::{Language, SentenceSplitter};
/// let splitter = SentenceSplitter::new(Language::English);
/// let doc = splitter.split("Mr. Smith went to the U.S. Embassy. He met Dr. Hader at 3.5 p.m.");
/// assert_eq!(doc.len(), 2);
/// assert_eq!(doc.sentence_text(1), "He met Dr. Hader at 3.5 p.m.");
/// ```
#[derive(Debug, Clone)]
pub struct SentenceSplitter {
    abbreviations: Abbreviations,
    transcript: TranscriptMode,
    lines: LineMode,
    quotes: QuoteMode,
}

impl SentenceSplitter {
    /// A splitter with `language`'s abbreviations and automatic layout and transcript detection.
    pub fn new(language: Language) -> Self {
        SentenceSplitter {
            abbreviations: Abbreviations::for_language(language),
            transcript: TranscriptMode::Auto,
            lines: LineMode::Auto,
            quotes: QuoteMode::Split,
        }
    }

    /// Adds abbreviations that never end a sentence (`"Approx."` or `"approx"`).
    pub fn with_abbreviations<I, S>(mut self, abbreviations: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for a in abbreviations {
            self.abbreviations.add(a.as_ref());
        }
        self
    }

    /// Sets how transcripts are detected.
    pub fn with_transcript(mut self, mode: TranscriptMode) -> Self {
        self.transcript = mode;
        self
    }

    /// Sets how line breaks are treated.
    pub fn with_line_mode(mut self, mode: LineMode) -> Self {
        self.lines = mode;
        self
    }

    /// Sets whether a sentence may end inside a quotation.
    ///
    /// ```
    /// use salient_text::{Language, QuoteMode, SentenceSplitter};
    /// let text = "\"Oh dear! I shall be late!\" it said. Then it ran.";
    /// let split = SentenceSplitter::new(Language::English);
    /// assert_eq!(split.split(text).len(), 3);
    /// assert_eq!(split.with_quotes(QuoteMode::Whole).split(text).len(), 2);
    /// ```
    pub fn with_quotes(mut self, mode: QuoteMode) -> Self {
        self.quotes = mode;
        self
    }

    /// Splits `text`. Never fails and never panics; an empty text gives an empty document.
    pub fn split<'a>(&self, text: &'a str) -> Document<'a> {
        let format = match self.transcript {
            TranscriptMode::Auto => transcript::detect(text),
            TranscriptMode::Off => TranscriptFormat::None,
            TranscriptMode::DoubleSpace => TranscriptFormat::DoubleSpace,
            TranscriptMode::Labeled => TranscriptFormat::Labeled,
        };
        let turns = transcript::turns(text, format);
        let line_mode = match self.lines {
            LineMode::Auto if format == TranscriptFormat::Labeled => LineMode::Lines,
            LineMode::Auto => detect_line_mode(text),
            m => m,
        };
        let mut out = Splitting {
            text,
            pending: None,
            abbreviations: &self.abbreviations,
            line_mode,
            detected: self.lines == LineMode::Auto,
            cased: format == TranscriptFormat::None && capitalises_sentences(text),
            quotes: self.quotes,
            sentences: Vec::new(),
            paragraph: 0,
        };
        match &turns {
            None => out.region(Span::new(0, text.len()), None),
            Some(turns) => {
                for (i, t) in turns.iter().enumerate() {
                    out.region(t.span, Some(i as u32));
                }
            }
        }
        Document {
            text,
            sentences: out.sentences,
            turns: turns.unwrap_or_default(),
            transcript: format,
            line_mode,
        }
    }
}

struct Splitting<'a, 'b> {
    text: &'a str,
    /// Punctuation waiting for the sentence after it.
    pending: Option<Span>,
    abbreviations: &'b Abbreviations,
    line_mode: LineMode,
    /// Whether `line_mode` was detected rather than asked for.
    detected: bool,
    /// Whether the text is prose that starts its sentences with capitals, so that a lowercase
    /// letter after a mark or a line break is a sign the sentence goes on (not in transcripts,
    /// where speech and chat are often written in lowercase; see [`capitalises_sentences`]).
    cased: bool,
    quotes: QuoteMode,
    sentences: Vec<Sentence>,
    paragraph: u32,
}

impl Splitting<'_, '_> {
    /// Splits one turn (or the whole plain text) into paragraphs, then sentences.
    fn region(&mut self, region: Span, turn: Option<u32>) {
        let mut block_start = region.start;
        let mut pos = region.start;
        let mut in_blank_run = false;
        // A paragraph ends at a line that holds only whitespace.
        for line in region.of(self.text).split_inclusive('\n') {
            let line_end = pos + line.len();
            if line.trim().is_empty() {
                if !in_blank_run {
                    self.block(Span::new(block_start, pos), turn);
                }
                in_blank_run = true;
                block_start = line_end;
            } else {
                in_blank_run = false;
            }
            pos = line_end;
        }
        self.block(Span::new(block_start, region.end), turn);
    }

    fn block(&mut self, block: Span, turn: Option<u32>) {
        let block = block.trim(self.text);
        if block.is_empty() {
            return;
        }
        let before = self.sentences.len();
        let text = self.text;
        let piece_text = block.of(text);
        let mut current: Option<Span> = None;
        let mut inside = bracketed(piece_text, BRACKET_MAX);
        inside.extend(self.whole_quotations(piece_text));
        let mut pieces = pieces(piece_text, self.abbreviations)
            .into_iter()
            .map(|(a, b)| Span::new(block.start + a, block.start + b))
            .peekable();
        while let Some(piece) = pieces.next() {
            let cur = match current {
                Some(c) => Span::new(c.start, piece.end),
                None => piece,
            };
            let keep_break = match pieces.peek() {
                None => true,
                Some(next) => {
                    let at = next.start - block.start;
                    !inside.iter().any(|&(a, b)| a < at && at <= b) && self.keep_break(cur, *next)
                }
            };
            if keep_break {
                self.push(cur, turn);
                current = None;
            } else {
                current = Some(cur);
            }
        }
        self.flush_pending(turn);
        if self.sentences.len() > before {
            self.paragraph += 1;
        }
    }

    /// The quotations of `block` that no sentence ends inside, as byte ranges: every one under
    /// [`QuoteMode::Whole`]; under [`QuoteMode::Split`], short ones introduced after a comma.
    fn whole_quotations(&self, block: &str) -> Vec<(usize, usize)> {
        match self.quotes {
            QuoteMode::Whole => quoted(block, QUOTE_MAX),
            QuoteMode::Split if opens_after_comma(block) => quoted(block, INTRODUCED_QUOTE_MAX)
                .into_iter()
                .filter(|&(open, close)| {
                    // A single-quoted one never spans a double mark: `said, 'look ...," Mr
                    // Peston said. "I ...'` is an apostrophe's false pair.
                    let q = &block[open..close];
                    block[..open].trim_end().ends_with(',')
                        && (q.starts_with(DOUBLE_QUOTES) || !q.contains(DOUBLE_QUOTES))
                })
                .collect(),
            QuoteMode::Split => Vec::new(),
        }
    }

    fn push(&mut self, span: Span, turn: Option<u32>) {
        let span = span.trim(self.text);
        if span.is_empty() {
            return;
        }
        // A photo credit glued to the sentence after it is a sentence of its own.
        if let Some(n) = credit_len(span.of(self.text)) {
            self.push_one(Span::new(span.start, span.start + n), turn);
            self.push_one(Span::new(span.start + n, span.end).trim(self.text), turn);
            return;
        }
        self.push_one(span, turn);
    }

    fn push_one(&mut self, span: Span, turn: Option<u32>) {
        if span.is_empty() {
            return;
        }
        let span = match self.pending.take() {
            Some(p) => Span::new(p.start, span.end),
            None => span,
        };
        let has_word = span.of(self.text).chars().any(char::is_alphanumeric);
        // A separator line (`***`, `* * * * *`, `_____`) stands alone between sentences.
        let separator = !has_word && is_separator(span.of(self.text));
        match self.sentences.last_mut() {
            // Stray punctuation (a closing quote, a dash) belongs to the sentence before it.
            Some(last)
                if !has_word
                    && !separator
                    && last.paragraph == self.paragraph
                    && last.turn == turn =>
            {
                last.span.end = span.end;
            }
            // Punctuation that opens a paragraph ("[?][", "...") goes with what follows it.
            _ if !has_word && !separator => self.pending = Some(span),
            _ => self.sentences.push(Sentence {
                span,
                turn,
                paragraph: self.paragraph,
            }),
        }
    }

    /// Punctuation left over at the end of a block: a sentence of its own (". . ." alone is
    /// still text), or part of the sentence before.
    fn flush_pending(&mut self, turn: Option<u32>) {
        if let Some(span) = self.pending.take() {
            self.sentences.push(Sentence {
                span,
                turn,
                paragraph: self.paragraph,
            });
        }
    }

    /// Decides whether the UAX #29 break between `cur` and `next` is a real sentence end.
    fn keep_break(&self, cur: Span, next: Span) -> bool {
        let text = self.text;
        let raw = cur.of(text);
        let content = raw.trim();
        if content.is_empty() {
            return false;
        }
        let next_text = next.of(text).trim_start();
        // A citation after a quotation ends its sentence: `"..." (Smith 55).`
        if content.ends_with(['"', '”', '\'', '’']) && is_citation(next.of(text).trim()) {
            return false;
        }
        // A list marker on its own ("1.", "a)", "• 9.", "Q.") opens the item after it.
        if is_list_marker(content) {
            return false;
        }
        let after_newline = raw
            .trim_end_matches([' ', '\t'])
            .ends_with(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']);
        if after_newline {
            match self.line_mode {
                LineMode::Wrapped => {
                    if is_list_item(next_text) || is_section_heading(content, next_text) {
                        return true;
                    }
                    if !ends_sentence(content) {
                        return false;
                    }
                }
                _ if self.detected
                    && self.cased
                    && (runs_on(content, next_text)
                        || abbreviation_runs_on(self.abbreviations, content, next_text)) =>
                {
                    return false
                }
                _ => return true,
            }
        }
        // "Y!J", "!Xũ": a mark run into the next word is part of a name or a click letter.
        let glued =
            !raw.ends_with(char::is_whitespace) && next_text.starts_with(char::is_alphabetic);
        if glued && content.ends_with(['!', '?']) {
            return false;
        }
        // `"What a curious feeling!" said Alice.`, `She works at Yahoo! in the accounting
        // department.`: an exclamation or question, quoted or not, that the sentence carries on
        // from in lowercase on the same line (UAX #29's SB8 joins these after a full stop only,
        // not after `!` or `?`). A lone word with a mark of its own is a sentence (`kim? ne?`);
        // unquoted, only in prose that capitalises its sentences (not `wow! that's great` in a
        // chat).
        let closing = ['"', '”', '’', '\'', '»', '«'];
        if (self.cased || content.ends_with(closing))
            && content.trim_end_matches(closing).ends_with(['!', '?'])
            && next_text.starts_with(char::is_lowercase)
            && !after_newline
            && next_text.split_whitespace().nth(1).is_some()
        {
            return false;
        }
        // "1.Helado, 2.Carne": a small number glued to the next word is an inline list item
        // (not "bought 1,000.That is a lot").
        let digit_dot = content.strip_suffix('.').is_some_and(|b| {
            let digits = b.bytes().rev().take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&digits) && !b[..b.len() - digits].ends_with([',', '.'])
        });
        if glued && digit_dot {
            return false;
        }
        // "anjrevel...Ajdpes", "what I mean...see": an ellipsis run into the next word, in
        // prose (a transcript's "Ummmm...Sorry" is two).
        if glued && self.cased && (content.ends_with("...") || content.ends_with('…')) {
            return false;
        }
        // Direction marks around a full stop (`د\u{202a}.\u{202c}`) are not part of the word.
        let Some(before_dot) = content.trim_end_matches(is_bidi_control).strip_suffix('.') else {
            return true;
        };
        let before_dot = before_dot.trim_end_matches(is_bidi_control);
        if before_dot.ends_with('.') {
            return true; // an ellipsis "..." ends a sentence when UAX #29 says so
        }
        let word = last_word(before_dot);
        // What the sentence holds before the abbreviation: a number, a city and a comma.
        let preceding = before_dot[..before_dot.len() - word.len()].trim_end();
        // "z. B.", "u. Ä.", "d. h.": a letter and a full stop, then another: one abbreviation.
        if single_letter(word) && single_letter_dot(next_text) {
            return false;
        }
        // "no. 5", "fig. 3": an abbreviation that is also a word, before a number.
        if first_word(next_text).starts_with(|c: char| c.is_ascii_digit())
            && self.abbreviations.is_listed(word)
        {
            return false;
        }
        // `replied: "No. Definitely not."`: a number sign not before a number is the word.
        if Abbreviations::is_number_sign(word) {
            return true;
        }
        // A time of day ends the sentence before a capitalised word: "He left at 6 P.M.
        // Travelers who ...", "He left the bank at 6 P.M. Mr. Smith then ..."; but not a
        // sentence that is only the time so far, before a title ("At 5 a.m. Mr. Smith went").
        let after_number = preceding.ends_with(|c: char| c.is_ascii_digit());
        if after_number && is_time_of_day(word) {
            let next_word = first_word(next_text);
            let capital = next_word.starts_with(char::is_uppercase);
            // first_word skips opening quotes, so find where the word ends in next_text.
            let abbreviated = next_text
                .find(next_word)
                .is_some_and(|i| next_text[i + next_word.len()..].starts_with('.'));
            let title = self.abbreviations.classify(next_word) == DotKind::Title;
            let time_only = content.split_whitespace().count() <= 3;
            return capital
                && if title { !time_only } else { !abbreviated }
                && !continues_a_time(next_word);
        }
        let kind = self.abbreviations.classify(word);
        match kind {
            DotKind::Plain => true,
            // "the FT. But", "patients with MS. Final": a title's letters in capitals, before a
            // word that is not, are an acronym that ends the sentence.
            DotKind::Title => {
                let next_word = first_word(next_text);
                word.chars().count() >= 2
                    && word.chars().all(char::is_uppercase)
                    && next_word.starts_with(char::is_uppercase)
                    && !next_word.chars().all(char::is_uppercase)
            }
            DotKind::Common | DotKind::Ordinal => {
                let next_word = first_word(next_text);
                if is_initial(next_text, next_word) {
                    return false;
                }
                match next_word.chars().next() {
                    None => true,
                    Some(c) if c.is_numeric() || c.is_lowercase() => false,
                    // "songs, etc. Much better ...": "etc." closes a list; a capital opens the
                    // next sentence.
                    Some(c) if c.is_uppercase() && self.abbreviations.ends_list(word) => true,
                    // "... near Newburgh, N.Y. Tornadoes were ...": a state after a city (not
                    // "Cambridge, Mass. (USA)", a bracket that still belongs to the place).
                    Some(_)
                        if next_text.starts_with(char::is_uppercase)
                            && after_city(self.abbreviations, preceding, word) =>
                    {
                        true
                    }
                    Some(c) if c.is_uppercase() => {
                        let lower = next_word.to_lowercase();
                        if kind == DotKind::Ordinal
                            && self.abbreviations.months.contains(lower.as_str())
                        {
                            return false;
                        }
                        self.abbreviations.starters.contains(lower.as_str())
                    }
                    Some(_) => true,
                }
            }
        }
    }
}

/// Whether `word`, after `preceding`, is an abbreviated place written after a city and a
/// comma: "near Newburgh," then "N.Y", "at Edwards Air Force Base," then "Calif".
fn after_city(abbreviations: &Abbreviations, preceding: &str, word: &str) -> bool {
    preceding.strip_suffix(',').is_some_and(|city| {
        abbreviations.is_place(word) && last_word(city).starts_with(char::is_uppercase)
    })
}

/// The block's candidate sentences as byte ranges: UAX #29's, cut again where
/// [`extra_breaks`] finds a sentence start that UAX #29 ran on.
fn pieces(block: &str, abbreviations: &Abbreviations) -> Vec<(usize, usize)> {
    let extra = extra_breaks(block, abbreviations);
    let mut out = Vec::new();
    let mut cuts = extra.iter().copied().peekable();
    for (i, s) in crate::sentence_bounds::sentence_bounds(block) {
        let end = i + s.len();
        let mut start = i;
        while let Some(&c) = cuts.peek() {
            if c >= end {
                break;
            }
            if c > start {
                out.push((start, c));
                start = c;
            }
            cuts.next();
        }
        out.push((start, end));
    }
    out
}

/// The token before a final full stop: "(U.S" -> "U.S", "Mr" -> "Mr", and without an elided
/// article or preposition ("l'Ing" -> "Ing", "dell'Avv" -> "Avv"), which is not part of it.
pub(crate) fn last_word(s: &str) -> &str {
    let tail = match s.rfind(char::is_whitespace) {
        Some(i) => &s[i..],
        None => s,
    };
    let tail = tail.trim_start_matches(|c: char| !c.is_alphanumeric());
    match tail.char_indices().rfind(|&(_, c)| c == '\'' || c == '’') {
        Some((i, c)) if i + c.len_utf8() < tail.len() => &tail[i + c.len_utf8()..],
        _ => tail,
    }
}

/// A short parenthesis with the sentence's stop after it: "(Smith 55).", "(Manzoni)."
fn is_citation(s: &str) -> bool {
    let inner = s
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(['.', '!', '?']))
        .and_then(|x| x.strip_suffix(')'));
    inner.is_some_and(|i| !i.is_empty() && i.len() <= 40 && !i.contains(['(', ')', '.', '!', '?']))
}

/// "a.m", "P.M" (without the final stop).
fn is_time_of_day(word: &str) -> bool {
    word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m")
}

/// Words that go on after a time of day: a day or month ("2 a.m. Sunday"), or a time zone
/// ("3 p.m. EDT", all capitals; "Pacific Standard Time").
fn continues_a_time(word: &str) -> bool {
    const DAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "tomorrow",
        "yesterday",
        "tonight",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "pacific",
        "eastern",
        "central",
        "mountain",
        "atlantic",
        "local",
        "greenwich",
    ];
    let all_caps = (2..=5).contains(&word.len()) && word.chars().all(|c| c.is_uppercase());
    all_caps || DAYS.contains(&word.to_lowercase().as_str())
}

/// One letter.
fn single_letter(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// `s` opens with one letter and a full stop ("B. Wasser", "Ä. für").
fn single_letter_dot(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next() == Some('.')
}

/// The first run of letters or digits, skipping opening quotes and brackets.
fn first_word(s: &str) -> &str {
    let s = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    &s[..end]
}

/// True when `word`, the first word of `s`, is a single capital followed by a full stop.
fn is_initial(s: &str, word: &str) -> bool {
    let mut chars = word.chars();
    let single_upper = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    single_upper
        && s.find(word)
            .is_some_and(|i| s[i + word.len()..].starts_with('.'))
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '}', '*', '_'];

/// True when `s` ends like a sentence: terminal punctuation of any script salient splits,
/// possibly inside quotes or brackets.
///
/// ```
/// assert!(salient_text::ends_sentence("He said \"no.\""));
/// assert!(salient_text::ends_sentence("Ի՞նչ ես մտածում։"));
/// assert!(!salient_text::ends_sentence("Background of the program"));
/// ```
pub fn ends_sentence(s: &str) -> bool {
    s.trim_end().trim_end_matches(CLOSERS).ends_with([
        '.', '!', '?', '…', '。', '！', '？', '‼', '⁇', '⁈', '⁉', '．', '։', '؟', '۔', '।',
    ])
}

/// Whether `text` starts its sentences with capitals: of the letters that follow a full stop
/// and a space (in its first 64 KiB), at least two in three are capitals, or there are none.
/// Lowercased corpora (PubMed, arXiv) and chat written in lowercase are not.
fn capitalises_sentences(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(1 << 16)];
    let (mut upper, mut all) = (0usize, 0usize);
    for dot in memchr::memchr_iter(b'.', head) {
        let rest = &head[dot + 1..];
        let spaces = rest.iter().take_while(|b| b.is_ascii_whitespace()).count();
        if spaces == 0 {
            continue;
        }
        let Some(c) = text.get(dot + 1 + spaces..).and_then(|r| r.chars().next()) else {
            continue;
        };
        if c.is_alphabetic() {
            all += 1;
            upper += usize::from(c.is_uppercase());
        }
    }
    3 * upper >= 2 * all
}

/// A line of text whose lines stand alone that is still one sentence with the next: a long
/// line (eight words or more) that stops mid-sentence, then a line that carries on in
/// lowercase or with a bracket (`... if you follow` / `a few simple guidelines:`). Short lines
/// (`It was a cold` / `night in the city.`) are left as written, as are lines of one word.
fn runs_on(content: &str, next: &str) -> bool {
    let line = content.rsplit('\n').next().unwrap_or(content).trim();
    if ends_in_a_particle(line) && next.starts_with(is_kana_or_han) {
        return true;
    }
    // A word extracted from a PDF a letter or two per line (`W` / `A` / `RN` / `I` / `NG`).
    let next_line = next.split('\n').next().unwrap_or(next).trim();
    if letter_shard(line) && letter_shard(next_line) {
        return true;
    }
    let carries_on =
        next.starts_with(|c: char| c.is_lowercase() || c == '(') && !is_list_item(next);
    carries_on
        && !ends_sentence(line)
        && !line.ends_with([':', ';'])
        && line.split_whitespace().count() >= 8
}

/// Whether a line that ends in a listed abbreviation, an initial or a dotted acronym runs on
/// into a next line that opens in lowercase, as it would on one line (UAX #29's SB8): `Joanne
/// K. Rowling und Warner Bros.` / `rechtliche Schritte ein.`, `w.r.t.` / `the input`, lines
/// split by an earlier tool. A word's full stop still ends its sentence there (`... a lot
/// better.` / `c.2000 Margaret Talbot`).
fn abbreviation_runs_on(abbreviations: &Abbreviations, content: &str, next: &str) -> bool {
    let line = content.rsplit('\n').next().unwrap_or(content).trim();
    let next_word = next.split_whitespace().next().unwrap_or("");
    let lowercase =
        next_word.starts_with(char::is_lowercase) && !next_word.contains(char::is_uppercase);
    let last = line.rsplit(char::is_whitespace).next().unwrap_or(line);
    lowercase
        && last
            .strip_suffix('.')
            .is_some_and(|w| !w.ends_with('.') && abbreviations.classify(w) != DotKind::Plain)
}

/// Words that open a photo credit or caption line (`(Photo: AFP)`, `Foto: dpa`, `Photograph :
/// Kevork Djansezian/Getty Images`), any case.
#[rustfmt::skip]
const CREDIT_WORDS: &[&str] = &[
    "bild", "credit", "crédit", "foto", "fotos", "image", "images", "photo", "photograph",
    "photos", "picture",
];
/// Picture agencies whose name ends an unbracketed credit.
#[rustfmt::skip]
const PICTURE_AGENCIES: &[&str] = &[
    "AFP", "AP", "Alamy", "Corbis", "DPA", "EPA", "Getty Images", "PA", "REUTERS", "Reuters",
    "Shutterstock", "cordonpress", "dpa", "ddp",
];
/// The longest photo credit, in bytes.
const CREDIT_MAX: usize = 160;

/// The length in bytes of a photo credit that opens `s` and is glued to a sentence after it:
/// `(Photo: FREDERIC J. BROWN, AFP/Getty Images) AMC Theatres is...`, `Photograph : Kevork
/// Djansezian/Getty Images The man accused...`, `FABRIZIO BENSCH / REUTERS Plusieurs
/// personnalités...`. `None` when `s` does not open with one, or nothing but a credit follows.
fn credit_len(s: &str) -> Option<usize> {
    // Every sentence passes here: most are turned away by their first two characters.
    let mut chars = s.chars();
    let (first, second) = (chars.next()?, chars.next()?);
    let credit_word = matches!(first.to_ascii_lowercase(), 'b' | 'c' | 'f' | 'i' | 'p');
    let in_capitals = first.is_uppercase() && second.is_uppercase();
    if !(first == '(' || credit_word || in_capitals) {
        return None;
    }
    let mut cut = s.len().min(CREDIT_MAX);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &s[..cut];
    let end = if let Some(inner) = head.strip_prefix('(').filter(|t| opens_credit(t)) {
        1 + inner.find(')')? + 1
    } else if credit_word && opens_credit(head) {
        // The earliest agency name ends the credit.
        PICTURE_AGENCIES
            .iter()
            .filter_map(|a| agency_at(head, a))
            .min()?
    } else if in_capitals {
        // `NAME NAME / AGENCY`: a photographer in capitals, a slash, the agency.
        let slash = head.find(" / ")?;
        let name = &head[..slash];
        let capitals = name.chars().all(|c| c.is_uppercase() || " .'-".contains(c));
        let after = slash + " / ".len();
        let agency = PICTURE_AGENCIES
            .iter()
            .find(|a| agency_at(&head[after..], a) == Some(a.len()))?;
        capitals.then_some(after + agency.len())?
    } else {
        return None;
    };
    let rest = s[end..].trim_start();
    (rest.starts_with(char::is_uppercase) && rest.split_whitespace().count() >= 3).then_some(end)
}

/// Whether `t` opens with a credit word and a colon (`Photo:`, `Photograph :`).
fn opens_credit(t: &str) -> bool {
    let len = t.find(|c: char| !c.is_alphabetic()).unwrap_or(t.len());
    let word = &t[..len];
    CREDIT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
        && t[len..].trim_start().starts_with(':')
}

/// Where the first mention of `agency` in `head` ends, as a whole word.
fn agency_at(head: &str, agency: &str) -> Option<usize> {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    head.match_indices(agency)
        .map(|(at, _)| at + agency.len())
        .find(|&end| {
            let start = end - agency.len();
            !alnum(head[..start].chars().next_back()) && !alnum(head[end..].chars().next())
        })
}

/// A line of one repeated rule character (`*`, `_`, `-`, `=`, `~`, `#`), at least three of
/// them, spaces allowed between: a section break, not punctuation of a sentence.
fn is_separator(s: &str) -> bool {
    let mut marks = s.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    "*_-=~#".contains(first)
        && marks.clone().count() >= 2
        && marks.all(|c| c == first)
        && !s.contains('\n')
}

/// One or two capital letters and nothing else: a shard of a word broken one line per glyph.
fn letter_shard(line: &str) -> bool {
    (1..=2).contains(&line.chars().count()) && line.chars().all(char::is_uppercase)
}

/// A Japanese line that ends in a case particle (の, は, が, を, に, へ, と, で, も), which no
/// sentence ends with: the text was wrapped (`これは父の` / `家です。`).
fn ends_in_a_particle(line: &str) -> bool {
    line.ends_with(['の', 'は', 'が', 'を', 'に', 'へ', 'と', 'で', 'も'])
}

fn is_kana_or_han(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// Unicode direction marks and embeddings (LRM, RLM, LRE..RLO, LRI..PDI).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// "- item", "* item", "• item", "1. item", "2) item", "(a) item".
fn is_list_item(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some('-' | '*' | '•' | '–' | '—' | '·' | '▪' | '‣') => {
            chars.next().is_some_and(char::is_whitespace)
        }
        Some(c) if c.is_ascii_digit() || c == '(' => {
            let rest = s.trim_start_matches(|c: char| {
                c.is_ascii_digit() || c == '(' || c.is_ascii_lowercase()
            });
            let marker_len = s.len() - rest.len();
            marker_len <= 3 && (rest.starts_with(". ") || rest.starts_with(") "))
        }
        _ => false,
    }
}

/// A section heading on a line of its own, before a line that opens a sentence: a number and
/// a capitalised title (`1 INTRODUCTION`, `2.1 Related work`) or a title in capitals
/// (`METHODS`), at most eight words, starting and ending with a letter or digit. Wrapped prose
/// does not run on from it. A title that goes on in capitals on the next line
/// (`3. PROPOSED ARCHITECTURE OF` / `BASED REGISTRIES`) or capitals wrapped as prose
/// (`SLABS OF IVORY, LEATHER STRAPS,`) is not one.
fn is_section_heading(line: &str, next: &str) -> bool {
    let capitals = |s: &str| {
        let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
        letters.peek().is_some() && letters.all(char::is_uppercase)
    };
    let next_word = next.split_whitespace().next().unwrap_or("");
    if line.contains('\n')
        || line.split_whitespace().count() > 8
        || !line.starts_with(char::is_alphanumeric)
        || !line.ends_with(char::is_alphanumeric)
        || !next.starts_with(char::is_uppercase)
        || (next_word.chars().count() >= 2 && capitals(next_word))
    {
        return false;
    }
    let title = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let numbered = title.len() < line.len() && title.starts_with(' ');
    let title = title.trim_start();
    (numbered && title.starts_with(char::is_uppercase))
        || (title.chars().filter(|c| c.is_alphabetic()).count() >= 2 && capitals(title))
}

/// Chooses [`LineMode::Wrapped`] when at least a fifth of the single line breaks fall inside
/// a sentence (the line ends without terminal punctuation and the next starts in lowercase).
fn detect_line_mode(text: &str) -> LineMode {
    let mut pairs = 0usize;
    let mut soft = 0usize;
    let mut prev: Option<&str> = None;
    for line in text.lines() {
        let t = line.trim();
        match prev {
            Some(p) if !t.is_empty() => {
                pairs += 1;
                let starts_lower = t.chars().next().is_some_and(char::is_lowercase);
                if starts_lower && !ends_sentence(p) {
                    soft += 1;
                }
            }
            _ => {}
        }
        prev = if t.is_empty() { None } else { Some(t) };
    }
    // Wrapped prose reaches a sentence end somewhere; a list of short lines need not.
    let ends_somewhere = text.lines().any(|l| ends_sentence(l.trim()));
    if soft >= 1 && soft * 5 >= pairs && ends_somewhere {
        LineMode::Wrapped
    } else {
        LineMode::Lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let d = SentenceSplitter::new(Language::English).split(text);
        (0..d.len()).map(|i| d.sentence_text(i)).collect()
    }

    /// Found by the summarize fuzz target: a quote before the word after a time of day made
    /// the word's end a wrong byte offset (a panic on a multi-byte character).
    #[test]
    fn a_time_of_day_before_a_quoted_word_does_not_panic() {
        for text in [
            "He left at 4 a.m. \u{201c}Tom\u{201d} said so.",
            "at 4 a.m. \"Ñu.\" x",
        ] {
            let _ = split(text);
        }
        assert_eq!(
            split("He left at 6 P.M. \"Travelers\" came later."),
            ["He left at 6 P.M.", "\"Travelers\" came later."]
        );
    }

    #[test]
    fn an_exclamation_the_sentence_carries_on_from_in_lowercase_does_not_end_it() {
        assert_eq!(
            split("\"What a curious feeling!\" said Alice. \"Why?\" She left."),
            [
                "\"What a curious feeling!\" said Alice.",
                "\"Why?\"",
                "She left."
            ]
        );
        assert_eq!(
            split("\u{201c}Can you play?\u{201d} shouted the Queen. Fine."),
            ["\u{201c}Can you play?\u{201d} shouted the Queen.", "Fine."]
        );
        // A name with a mark in it, and a mark the next sentence starts after in capitals.
        assert_eq!(
            split("His days in Wham! through to now. It went wham! Then it stopped."),
            [
                "His days in Wham! through to now.",
                "It went wham!",
                "Then it stopped."
            ]
        );
    }

    #[test]
    fn a_lone_word_with_its_own_mark_or_a_new_line_after_the_mark_still_ends_it() {
        assert_eq!(
            split("Who is it? what? Nobody."),
            ["Who is it?", "what?", "Nobody."]
        );
        let d = SentenceSplitter::new(Language::English)
            .with_line_mode(LineMode::Wrapped)
            .split("When does he come?\nnever, it seems.");
        assert_eq!(d.len(), 2, "{:?}", d.sentences());
    }

    fn split_in(language: Language, text: &str) -> Vec<&str> {
        let d = SentenceSplitter::new(language).split(text);
        (0..d.len()).map(|i| d.sentence_text(i)).collect()
    }

    #[test]
    fn a_long_line_that_stops_mid_sentence_runs_on_into_a_lowercase_line() {
        let text = "• 9. Stop smoking\nYou have the best chance of a good result if you follow\n\
                    a few simple guidelines:\n1. Plan early";
        assert_eq!(
            split(text),
            [
                "• 9. Stop smoking",
                "You have the best chance of a good result if you follow\na few simple guidelines:",
                "1. Plan early"
            ]
        );
        // A word broken a letter or two per line.
        assert_eq!(split("\nW\nA\nRN\nI\nNG\n"), ["W\nA\nRN\nI\nNG"]);
        // Short lines, and lines asked for, stand as written.
        assert!(!runs_on("It was a cold", "night in the city."));
        assert!(runs_on(
            "It was a cold night in the city of my birth and",
            "there"
        ));
        // A list item or a caption's "(a)" starts a line of its own.
        assert!(!runs_on(
            "Loss scale expected by each layer at every iteration of it",
            "(b) Loss"
        ));
        let d = SentenceSplitter::new(Language::English)
            .with_line_mode(LineMode::Lines)
            .split("You have the best chance of a good result if you follow\na few guidelines.");
        assert_eq!(d.len(), 2, "{:?}", d.sentences());
    }

    #[test]
    fn a_japanese_line_that_ends_in_a_particle_is_wrapped() {
        assert_eq!(
            split_in(Language::English, "これは父の\n家です。"),
            ["これは父の\n家です。"]
        );
        assert_eq!(
            split_in(Language::English, "これは山です\nこれは川です"),
            ["これは山です", "これは川です"]
        );
    }

    #[test]
    fn a_separator_line_stands_alone() {
        assert_eq!(
            split("In the area.\n***\nAfter you are elected.\n* * * * *\nThen."),
            [
                "In the area.",
                "***",
                "After you are elected.",
                "* * * * *",
                "Then."
            ]
        );
        assert_eq!(split("\n_____\nEl Board."), ["_____", "El Board."]);
        // Punctuation that is not a separator still joins a sentence.
        assert_eq!(
            split("He left.\n--\nShe stayed."),
            ["He left.\n--", "She stayed."]
        );
    }

    #[test]
    fn a_list_marker_closed_by_a_fullwidth_bracket_opens_its_item() {
        assert_eq!(
            split_in(Language::English, "1.）これは山です。\n2）これは川です。"),
            ["1.）これは山です。", "2）これは川です。"]
        );
    }

    #[test]
    fn a_time_of_day_ends_a_sentence_before_a_title_unless_the_sentence_is_only_the_time() {
        assert_eq!(
            split("At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went home."),
            [
                "At 5 a.m. Mr. Smith went to the bank.",
                "He left the bank at 6 P.M.",
                "Mr. Smith then went home."
            ]
        );
    }

    #[test]
    fn an_ellipsis_run_into_the_next_word_does_not_end_the_sentence() {
        assert_eq!(
            split("It rained...Then it stopped."),
            ["It rained...Then it stopped."]
        );
        assert_eq!(
            split("It rained... Then it stopped."),
            ["It rained...", "Then it stopped."]
        );
    }

    #[test]
    fn direction_marks_around_an_abbreviation_are_not_part_of_it() {
        let d = SentenceSplitter::new(Language::Arabic)
            .split("وقال د\u{202a}.\u{202c} ديفيد ريدي إنها كانت مريضة. وليس معروفا.");
        assert_eq!(d.len(), 2, "{:?}", d.sentences());
    }

    #[test]
    fn a_small_number_glued_to_a_word_is_a_list_item_but_a_large_one_ends_a_sentence() {
        assert_eq!(
            split("Elige 1.Helado o 2.Carne hoy."),
            ["Elige 1.Helado o 2.Carne hoy."]
        );
        assert_eq!(
            split("He bought 1,000.That is a lot."),
            ["He bought 1,000.", "That is a lot."]
        );
    }

    #[test]
    fn whole_quotations_keep_their_sentences_in_the_one_that_quotes_them() {
        let text = "\"Dinah'll miss me!\" (Dinah was the cat.) \"I hope they'll remember her \
                    milk. Dinah, my dear, come down!\" Alice felt sleepy. \"Why? Oh.\" he said.";
        let whole = SentenceSplitter::new(Language::English).with_quotes(QuoteMode::Whole);
        let d = whole.split(text);
        let got: Vec<&str> = (0..d.len()).map(|i| d.sentence_text(i)).collect();
        assert_eq!(
            got,
            [
                "\"Dinah'll miss me!\"",
                "(Dinah was the cat.)",
                "\"I hope they'll remember her milk. Dinah, my dear, come down!\"",
                "Alice felt sleepy.",
                "\"Why? Oh.\" he said."
            ]
        );
        // The default splits inside them.
        assert_eq!(
            split(text)[2..4],
            [
                "\"I hope they'll remember her milk.",
                "Dinah, my dear, come down!\""
            ]
        );
        assert_eq!(split(text).len(), 7);
        assert_eq!("whole".parse::<QuoteMode>().ok(), Some(QuoteMode::Whole));
        assert_eq!(" Split ".parse::<QuoteMode>().ok(), Some(QuoteMode::Split));
        let err = "Quoted".parse::<QuoteMode>().unwrap_err().to_string();
        assert!(err.contains("\"quoted\"; expected split or whole"), "{err}");
    }

    #[test]
    fn a_quotation_introduced_after_a_comma_belongs_to_the_sentence_that_introduces_it() {
        // The reporting clause and its quotation are one sentence; a quotation that stands on
        // its own, or follows a colon, is still split as news segmentations read it.
        assert_eq!(
            split("The Rabbit said to itself, \"Oh dear! Oh dear! I shall be late!\" Then it ran."),
            [
                "The Rabbit said to itself, \"Oh dear! Oh dear! I shall be late!\"",
                "Then it ran."
            ]
        );
        assert_eq!(
            split("He said: \"We lost. We go on.\" Then he left."),
            ["He said: \"We lost.", "We go on.\"", "Then he left."]
        );
        // A single quote after a comma that pairs only across a double mark is no quotation.
        assert_eq!(
            split("\"He said, 'help me this year,\" Mr Peston said. \"I'll go,' he said.\""),
            [
                "\"He said, 'help me this year,\" Mr Peston said.",
                "\"I'll go,' he said.\""
            ]
        );
        // A long one is a statement of its own sentences.
        let statement =
            "The statement said, \"We acted at once and closed the road to all traffic. \
                         The crews are working through the night with every truck we have. \
                         We hope to have the fire under control by the morning, weather \
                         permitting. Residents should stay away.\" Then it ended.";
        assert_eq!(split(statement).len(), 5);
        // An unclosed quotation after a comma does not join the rest of the paragraph.
        assert_eq!(
            split("He said, \"We lost. We go on. Then he left."),
            ["He said, \"We lost.", "We go on.", "Then he left."]
        );
    }

    #[test]
    fn a_state_written_after_a_city_ends_the_sentence_before_a_capital_as_ap_style_writes_it() {
        // AP style puts a comma after the state when the sentence goes on.
        assert_eq!(
            split("A wall fell near Newburgh, N.Y. Tornadoes were seen. It rained in Miami, Fla. The storm passed."),
            [
                "A wall fell near Newburgh, N.Y.",
                "Tornadoes were seen.",
                "It rained in Miami, Fla.",
                "The storm passed."
            ]
        );
        // Not a state after a city: the acronym and the comma-less state carry on; nor a
        // bracket after the state, which is part of the place.
        assert_eq!(
            split("Published in Cambridge, Mass. (USA) by the press."),
            ["Published in Cambridge, Mass. (USA) by the press."]
        );
        assert_eq!(
            split("In Washington, U.S. Officials met. The Springfield, Ill., mayor spoke."),
            [
                "In Washington, U.S. Officials met.",
                "The Springfield, Ill., mayor spoke."
            ]
        );
    }

    #[test]
    fn no_is_the_word_unless_a_number_follows_it() {
        assert_eq!(
            split(
                "He lives at No. 5 Main Street. Asked again, he replied: \"No. Definitely not.\""
            ),
            [
                "He lives at No. 5 Main Street.",
                "Asked again, he replied: \"No.",
                "Definitely not.\""
            ]
        );
        assert_eq!(
            split("Did you go? No. We stayed."),
            ["Did you go?", "No.", "We stayed."]
        );
    }

    #[test]
    fn a_quoted_sentence_may_open_with_a_digit() {
        assert_eq!(
            split("It made a ton of money. \"2004's films were a reaction,\" he said."),
            [
                "It made a ton of money.",
                "\"2004's films were a reaction,\" he said."
            ]
        );
    }

    #[test]
    fn etc_closes_a_list_so_a_capital_after_it_opens_a_sentence_except_in_german() {
        assert_eq!(
            split("They sang hymns, carols, etc. Much better songs exist."),
            ["They sang hymns, carols, etc.", "Much better songs exist."]
        );
        assert_eq!(
            split("Apples, pears, etc. are sold here."),
            ["Apples, pears, etc. are sold here."]
        );
        let german = SentenceSplitter::new(Language::German)
            .split("Die Form \"erster, zweiter etc. Monat\" gilt.");
        assert_eq!(german.len(), 1);
    }

    #[test]
    fn a_title_in_capitals_before_a_word_that_is_not_is_an_acronym() {
        assert_eq!(
            split("Sources told the FT. Rover denied it. It helps patients with MS. Final approval is near."),
            [
                "Sources told the FT.",
                "Rover denied it.",
                "It helps patients with MS.",
                "Final approval is near."
            ]
        );
        // A title stays one, whatever its case, before a name in capitals or in mixed case.
        assert_eq!(
            split("MR. SMITH GOES TO TOWN."),
            ["MR. SMITH GOES TO TOWN."]
        );
        assert_eq!(split("Ask Dr. Smith today."), ["Ask Dr. Smith today."]);
    }

    #[test]
    fn every_stemmed_language_keeps_its_own_abbreviations_inside_a_sentence() {
        let cases = [
            (
                Language::Swedish,
                "Vi träffade doc. Andersson i Lund. Sedan åkte vi hem.",
            ),
            (
                Language::Finnish,
                "Suomessa on kaupunkeja, esim. Helsinki ja Turku. Se on totta.",
            ),
            (
                Language::Hungarian,
                "Sok város van, pl. Budapest és Debrecen. Ez mind igaz.",
            ),
            (
                Language::Romanian,
                "L-am întâlnit ieri pe dl. Popescu la birou. A fost bine.",
            ),
            (
                Language::Turkish,
                "Toplantıya Doç. Dr. Ahmet Yılmaz katıldı. Herkes memnundu.",
            ),
            (
                Language::Greek,
                "Μίλησα χθες με τον κ. Παπαδόπουλο στο γραφείο. Ήταν καλά.",
            ),
            (Language::Tamil, "நேற்று திரு. ராமன் வந்தார். அவர் பேசினார்."),
        ];
        for (language, text) in cases {
            let doc = SentenceSplitter::new(language).split(text);
            assert_eq!(doc.len(), 2, "{language:?}: {text}");
            // Without the language's list the abbreviation ends a sentence.
            assert_eq!(
                SentenceSplitter::new(Language::English).split(text).len(),
                3,
                "{text}"
            );
        }
    }

    #[test]
    fn a_full_stop_glued_to_a_lone_capital_or_a_roman_numeral_ends_the_sentence() {
        assert_eq!(
            split("I read it quickly.I don't waste time."),
            ["I read it quickly.", "I don't waste time."]
        );
        assert_eq!(
            split("This was the situation.XVIII century Russia was different."),
            [
                "This was the situation.",
                "XVIII century Russia was different."
            ]
        );
        // After a short abbreviation it is a reference: part I, chapter II.
        assert_eq!(
            split("See pt.I and ch.II for more."),
            ["See pt.I and ch.II for more."]
        );
    }

    #[test]
    fn polish_czech_and_slovak_abbreviations_hold_under_the_english_rules_that_read_them() {
        // salient has no stemmer for these languages, so their text is read with English rules.
        for text in [
            "Mieszka przy ul. Marszałkowskiej w Warszawie. To jest dobre.",
            "Navštívili jsme města, např. Prahu a Brno. Bylo to hezké.",
            "Ide o firmy, napr. XYZCorp a ďalšie. Je to tak.",
        ] {
            assert_eq!(split(text).len(), 2, "{text}");
        }
    }

    #[test]
    fn transcript_mode_parses_the_command_line_names_and_rejects_others() {
        for (name, mode) in [
            ("auto", TranscriptMode::Auto),
            ("off", TranscriptMode::Off),
            ("Double-Space", TranscriptMode::DoubleSpace),
            ("labeled", TranscriptMode::Labeled),
        ] {
            assert_eq!(name.parse::<TranscriptMode>().ok(), Some(mode));
        }
        let err = "speakers"
            .parse::<TranscriptMode>()
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("\"speakers\"; expected auto, off, double-space or labeled"),
            "{err}"
        );
    }

    /// Each case: input, expected sentences. When a case fails, the message shows both lists.
    #[test]
    fn english_table() {
        let table: &[(&str, &[&str])] = &[
            (
                "U.S. diplomats left. They flew home.",
                &["U.S. diplomats left.", "They flew home."],
            ),
            (
                "He went to the U.S. Embassy in Kabul. It was closed.",
                &["He went to the U.S. Embassy in Kabul.", "It was closed."],
            ),
            (
                "Troops returned to the U.S. The war ended.",
                &["Troops returned to the U.S.", "The war ended."],
            ),
            (
                "Mr. Smith met Mrs. Jones. Dr. Hader agreed.",
                &["Mr. Smith met Mrs. Jones.", "Dr. Hader agreed."],
            ),
            (
                "Some fruit, e.g. apples, is sweet. Others are not.",
                &["Some fruit, e.g. apples, is sweet.", "Others are not."],
            ),
            (
                "Use a tool, e.g. This one. Fine.",
                &["Use a tool, e.g. This one.", "Fine."],
            ),
            (
                "J. R. R. Tolkien wrote it. He was English.",
                &["J. R. R. Tolkien wrote it.", "He was English."],
            ),
            (
                "He lives at No. 5 Downing Street. Nice.",
                &["He lives at No. 5 Downing Street.", "Nice."],
            ),
            (
                "Growth was 3.5 percent. That is low.",
                &["Growth was 3.5 percent.", "That is low."],
            ),
            (
                "It happened on Jan. 6 in Washington. Many were hurt.",
                &["It happened on Jan. 6 in Washington.", "Many were hurt."],
            ),
            ("Wait... what? No way!", &["Wait... what?", "No way!"]),
            (
                "I thought so... Then he left.",
                &["I thought so...", "Then he left."],
            ),
            (
                "He said, \"Go home.\" She left.",
                &["He said, \"Go home.\"", "She left."],
            ),
            (
                "(This is aside.) Then more.",
                &["(This is aside.)", "Then more."],
            ),
            (
                "Really?! Yes. Really!!! Fine.",
                &["Really?!", "Yes.", "Really!!!", "Fine."],
            ),
            (
                "Apple Inc. The company grew. Acme Inc. reported.",
                &["Apple Inc.", "The company grew.", "Acme Inc. reported."],
            ),
            (
                "# Introduction\nThe method works.\n- first item\n- second item",
                &[
                    "# Introduction",
                    "The method works.",
                    "- first item",
                    "- second item",
                ],
            ),
            (
                "First paragraph without stop\n\nSecond paragraph.",
                &["First paragraph without stop", "Second paragraph."],
            ),
            (
                "One per line\nAnother line\nThird line",
                &["One per line", "Another line", "Third line"],
            ),
            ("", &[]),
            ("   \n\n  ", &[]),
            // Punctuation alone is kept as text (a separator line, ". . ."); summaries never
            // pick it (it is a filler of 0 words).
            ("***", &["***"]),
            ("Hello.\n\n***\n\nWorld.", &["Hello.", "***", "World."]),
            (
                "It costs $5.99 at 10 a.m. today. Buy it.",
                &["It costs $5.99 at 10 a.m. today.", "Buy it."],
            ),
        ];
        for (input, expected) in table {
            let got = split(input);
            assert_eq!(
                &got, expected,
                "\ninput: {input:?}\n(fix the abbreviation rules in sentences.rs / abbrev.rs)"
            );
        }
    }

    #[test]
    fn wrapped_prose_joins_soft_line_breaks() {
        let text = "Alice was beginning to get very tired of sitting by her sister on the\nbank, and of having nothing to do: once or twice she had peeped into the\nbook her sister was reading. It had no pictures\nin it.\n\nSo she was considering in her own mind.";
        let d = SentenceSplitter::new(Language::English).split(text);
        assert_eq!(d.line_mode(), LineMode::Wrapped);
        let got: Vec<_> = (0..d.len()).map(|i| d.sentence_text(i)).collect();
        assert_eq!(got.len(), 3, "{got:#?}");
        assert!(got[0].ends_with("was reading."));
        assert_eq!(got[1], "It had no pictures\nin it.");
        assert_eq!(d.sentences()[2].paragraph, 1);
    }

    #[test]
    fn wrapped_line_ending_in_semicolon_is_not_a_sentence_end() {
        let text = "He walked along the river;\nand then he stopped, tired\nof the long road. She waited\nfor him.";
        let d = SentenceSplitter::new(Language::English).split(text);
        assert_eq!(d.line_mode(), LineMode::Wrapped);
        assert_eq!(d.len(), 2, "{:?}", d.sentences());
    }

    #[test]
    fn a_photo_credit_glued_to_a_sentence_stands_alone() {
        let split = |text: &str| -> Vec<String> {
            let d = SentenceSplitter::new(Language::English).split(text);
            (0..d.len())
                .map(|i| d.sentence_text(i).to_string())
                .collect()
        };
        assert_eq!(
            split("(Photo: FREDERIC J. BROWN, AFP/Getty Images) AMC Theatres is changing plans."),
            [
                "(Photo: FREDERIC J. BROWN, AFP/Getty Images)",
                "AMC Theatres is changing plans."
            ]
        );
        assert_eq!(
            split("Photograph : Kevork Djansezian/Getty Images The man remained in hospital."),
            [
                "Photograph : Kevork Djansezian/Getty Images",
                "The man remained in hospital."
            ]
        );
        assert_eq!(
            split("Grenell, samedi 1er juin. FABRIZIO BENSCH / REUTERS Plusieurs personnalités ont participé."),
            [
                "Grenell, samedi 1er juin.",
                "FABRIZIO BENSCH / REUTERS",
                "Plusieurs personnalités ont participé."
            ]
        );
        // Not credits: a caption word that opens a sentence, an agency inside a word, a
        // slash between ordinary words, a credit with nothing after it.
        for text in [
            "Photo: The JAPAN team won the cup again.",
            "Photos of the day are online. They show the parade.",
            "TCP / IP Networks carry most traffic today.",
            "(Photo: AFP)",
        ] {
            assert_eq!(credit_len(text), None, "{text}");
        }
    }

    #[test]
    fn a_line_ending_in_an_abbreviation_runs_on_in_lowercase() {
        let text = "We bound the error of the model w.r.t.\nthe input.\nThe samples are i.i.d.\nnormal variables.\nIt would feel a lot better.\nc.2000 Margaret Talbot\nAbout 1000 B.C.\nThe city fell.\nThe army left.\nThe king died.\nThe queen wept.\nThe end came.";
        let d = SentenceSplitter::new(Language::English).split(text);
        assert_eq!(d.line_mode(), LineMode::Lines);
        let got: Vec<_> = (0..d.len()).map(|i| d.sentence_text(i)).collect();
        assert_eq!(
            got,
            [
                "We bound the error of the model w.r.t.\nthe input.",
                "The samples are i.i.d.\nnormal variables.",
                "It would feel a lot better.",
                "c.2000 Margaret Talbot",
                "About 1000 B.C.",
                "The city fell.",
                "The army left.",
                "The king died.",
                "The queen wept.",
                "The end came."
            ]
        );
    }

    #[test]
    fn wrapped_prose_keeps_section_headings() {
        let text = "1 INTRODUCTION\nParameters of a trained network exhibit\nredundancy. Compression reduces\nit.\n2.1 Related work\nPruning is\nold.\nMETHODS\nWe prune.";
        let d = SentenceSplitter::new(Language::English).split(text);
        assert_eq!(d.line_mode(), LineMode::Wrapped);
        let got: Vec<_> = (0..d.len()).map(|i| d.sentence_text(i)).collect();
        assert_eq!(
            got,
            [
                "1 INTRODUCTION",
                "Parameters of a trained network exhibit\nredundancy.",
                "Compression reduces\nit.",
                "2.1 Related work",
                "Pruning is\nold.",
                "METHODS",
                "We prune."
            ]
        );
        // A line that breaks before a name runs on.
        assert!(!is_section_heading("said the President", "Obama"));
        assert!(!is_section_heading("in 2012", "Obama"));
        assert!(!is_section_heading(
            "3. PROPOSED ARCHITECTURE OF",
            "BASED REGISTRIES"
        ));
        assert!(!is_section_heading(
            "SLABS OF IVORY, LEATHER STRAPS,",
            "AND TOOLS."
        ));
        assert!(!is_section_heading("PREFACE TO", "GONDIBERT."));
        assert!(!is_section_heading("\"--SAID", "I could"));
    }

    #[test]
    fn wrapped_prose_keeps_list_items() {
        let text =
            "We need these things for\nthe trip, which is long and\ngoes far:\n- a map\n- water";
        let d = SentenceSplitter::new(Language::English)
            .with_line_mode(LineMode::Wrapped)
            .split(text);
        let got: Vec<_> = (0..d.len()).map(|i| d.sentence_text(i)).collect();
        assert_eq!(
            got,
            [
                "We need these things for\nthe trip, which is long and\ngoes far:",
                "- a map",
                "- water"
            ]
        );
    }

    #[test]
    fn german_ordinals_and_abbreviations() {
        let s = SentenceSplitter::new(Language::German);
        let d = s.split("Er starb am 19. Februar 1980 in London. Die Band machte z.B. weiter. Im 2. Weltkrieg war alles anders.");
        let got: Vec<_> = (0..d.len()).map(|i| d.sentence_text(i)).collect();
        assert_eq!(
            got,
            [
                "Er starb am 19. Februar 1980 in London.",
                "Die Band machte z.B. weiter.",
                "Im 2. Weltkrieg war alles anders."
            ]
        );
    }

    #[test]
    fn french_and_russian_titles() {
        let d = SentenceSplitter::new(Language::French)
            .split("Mme Dupont et M. Martin sont arrivés. Ils parlent.");
        assert_eq!(d.len(), 2, "{:?}", d.sentences());
        let d = SentenceSplitter::new(Language::Russian)
            .split("Президент В. В. Путин выступил. Он сказал, т.е. объявил.");
        assert_eq!(d.len(), 2, "{:?}", d.sentences());
    }

    #[test]
    fn user_abbreviations() {
        let text = "The team met at Wrigley Fld. Twenty people came.";
        assert_eq!(split(text).len(), 2);
        let d = SentenceSplitter::new(Language::English)
            .with_abbreviations(["Fld."])
            .split(text);
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn is_list_item_table() {
        for (s, want) in [
            ("- a", true),
            ("* a", true),
            ("1. a", true),
            ("12) a", true),
            ("(a) b", true),
            ("-a", false),
            ("1999. The", false),
            ("Hello", false),
        ] {
            assert_eq!(is_list_item(s), want, "{s}");
        }
    }
}
