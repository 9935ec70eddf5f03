//! Fillers: sentences that carry no content on their own (a "Thank you.", a heading, a question
//! whose answer follows, a host's introduction), told from the text and its layout. Selection
//! picks them only when nothing else is left.

use std::fmt;

use salient_text::{Analysis, Language};

use crate::options::{is_question, trim_closers};
use crate::table::SentenceTable;

/// Sentences of at most this many words are [`Filler::Short`].
pub(crate) const FILLER_MAX_WORDS: u32 = 3;

/// Whether a sentence ends as sentences do: a terminal stop of any script, or a colon or
/// semicolon (a lead-in, not a heading).
pub(crate) fn ends_like_a_sentence(text: &str) -> bool {
    salient_text::ends_sentence(text) || trim_closers(text).ends_with([':', ';'])
}

/// Why a sentence is not a pick on its own: it carries no content without its neighbours. Such
/// sentences are picked only when nothing else is left (a budget is under-filled rather than
/// padded with them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filler {
    /// Three words or fewer: "Thank you.", "Not quite.", "1.", "Background".
    Short,
    /// A heading or caption: no sentence-final punctuation, in a text whose sentences mostly
    /// have it.
    Heading,
    /// In a transcript, an utterance cut off without a final stop, in a text whose sentences
    /// mostly have one: an interrupted turn ("It just refers to the fact that uh one of the main
    /// things we had to do was,"). What [`Filler::Heading`] is in prose.
    Unfinished,
    /// In a long conversation (an interview, a meeting), a question that ends its turn when
    /// another turn answers it: the answer holds the content. In a short chat the question
    /// often is the content ("Would you like to come on Friday?"), so it stays.
    Question,
    /// In a transcript, a formula that runs the conversation rather than adding to it: an
    /// introduction or hand-off ("Joining us now is ...", "Let us hear what he said"), thanks
    /// and sign-offs ("That is NPR's Greg Myre.", "My pleasure."). English only for now.
    Formula,
}

impl fmt::Display for Filler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Filler::Short => "3 words or fewer",
            Filler::Heading => "heading",
            Filler::Unfinished => "unfinished utterance",
            Filler::Question => "question answered next",
            Filler::Formula => "conversation formula",
        })
    }
}

/// Each sentence's [`Filler`] kind, if any. Headings are told by a missing final stop only in
/// a text whose sentences mostly have one (chat lines and tokenized corpora often have none).
pub(crate) fn fillers(a: &Analysis<'_>) -> Vec<Option<Filler>> {
    let doc = &a.document;
    let n = doc.len();
    let ended = (0..n)
        .filter(|&i| ends_like_a_sentence(doc.sentence_text(i)))
        .count();
    let headings_stand_out = 2 * ended >= n;
    let sentences = doc.sentences();
    let transcript = doc.transcript().is_transcript();
    let formulas = transcript && a.language.language == Language::English;
    (0..n)
        .map(|i| {
            let text = doc.sentence_text(i);
            // Answered: the next sentence opens another turn and says something (not "Sure.").
            let answered = || {
                let turn = sentences[i].turn?;
                let next = sentences.get(i + 1)?.turn?;
                let says = a.word_count(i + 1) as u32 > FILLER_MAX_WORDS
                    && !is_question(doc.sentence_text(i + 1));
                (next != turn && says).then_some(())
            };
            if a.word_count(i) as u32 <= FILLER_MAX_WORDS {
                Some(Filler::Short)
            } else if headings_stand_out && !ends_like_a_sentence(text) {
                Some(if transcript {
                    Filler::Unfinished
                } else {
                    Filler::Heading
                })
            } else if is_question(text) && answered().is_some() {
                Some(Filler::Question)
            } else if formulas && is_formula(text) {
                Some(Filler::Formula)
            } else {
                None
            }
        })
        .collect()
}

/// Questions are fillers only in long conversations (`long[d]` for document `d`): see
/// [`Filler::Question`].
pub(crate) fn keep_questions_in_short_chats(table: &mut SentenceTable, long: &[bool]) {
    for row in &mut table.rows {
        if row.filler == Some(Filler::Question) && !long.get(row.document).copied().unwrap_or(false)
        {
            row.filler = None;
        }
    }
}

/// How an English conversation is run rather than advanced: a sentence that opens (after
/// discourse words and a name in the vocative) with one of these is a [`Filler::Formula`].
/// Broadcast and meeting conventions: introductions and hand-offs, thanks, sign-offs, greetings.
const ENGLISH_FORMULAS: &[&[&str]] = &[
    &["joining", "us"],
    &["joins", "us"],
    &["join", "us"],
    &["with", "us", "now"],
    &["welcome"],
    &["thank", "you"],
    &["thanks"],
    &["my", "pleasure"],
    &["you", "are", "welcome"],
    &["you're", "welcome"],
    &["let", "us", "hear"],
    &["let's", "hear"],
    &["let", "us", "listen"],
    &["let's", "listen"],
    &["let", "us", "take", "a", "listen"],
    &["let's", "take", "a", "listen"],
    &["i", "want", "to", "start"],
    &["let", "me", "start"],
    &["let", "us", "start"],
    &["let's", "start"],
    &["good", "morning"],
    &["good", "afternoon"],
    &["good", "evening"],
    &["good", "to", "be", "with"],
    &["good", "to", "be", "here"],
    &["glad", "to", "be"],
    &["great", "to", "be"],
    &["nice", "to", "talk"],
    &["stay", "with", "us"],
];

/// Words that may come before a formula: "Well", "So", "And", "Yeah", "OK", "Now".
const ENGLISH_DISCOURSE: &[&str] = &[
    "well", "so", "and", "yeah", "yes", "ok", "okay", "now", "oh", "all", "right",
];

/// Whether `text` is a conversation formula (see [`ENGLISH_FORMULAS`]), or a sign-off naming
/// who spoke: "That is NPR's Greg Myre.", "That's Dana Whitfield.", "This is Sam Lee reporting."
fn is_formula(text: &str) -> bool {
    let words: Vec<String> = plain_words(text).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let mut start = 0;
    while start < lower.len() && ENGLISH_DISCOURSE.contains(&lower[start].as_str()) {
        start += 1;
    }
    let opens = |from: usize| opens_with(ENGLISH_FORMULAS, lower.get(from..).unwrap_or(&[]));
    // A name in the vocative first ("Greg, I want to start with ..."): one capitalised word.
    let vocative = words
        .get(start)
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase) && w != "I");
    if opens(start) || (vocative && opens(start + 1)) {
        return true;
    }
    signs_off(
        &words,
        &lower[start..]
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    )
}

/// Whether `words` (lowercase) begin with one of `phrases` (lowercase words each).
pub(crate) fn opens_with(phrases: &[&[&str]], words: &[String]) -> bool {
    phrases
        .iter()
        .any(|p| words.len() >= p.len() && p.iter().zip(words).all(|(a, b)| a == b))
}

/// The whitespace-separated words of `text` without the punctuation around them (an
/// apostrophe is kept and written `'`), empty ones left out.
pub(crate) fn plain_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .replace('’', "'")
        })
        .filter(|w| !w.is_empty())
}

/// "That is X Y." / "That's X." / "This is X Y reporting.": a short sentence naming someone.
fn signs_off(words: &[String], lower: &[&str]) -> bool {
    let rest = match lower {
        ["that", "is", ..] | ["this", "is", ..] => 2,
        ["that's", ..] | ["this's", ..] => 1,
        _ => return false,
    };
    let offset = words.len() - lower.len();
    let named = &words[offset + rest..];
    let named: Vec<&String> = named
        .iter()
        .filter(|w| !matches!(w.to_lowercase().as_str(), "reporting" | "in" | "for"))
        .collect();
    !named.is_empty()
        && named.len() <= 5
        && named
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use salient_text::{AnalyzerConfig, LanguageChoice, Vocabulary};

    fn kinds(text: &str) -> Vec<Option<Filler>> {
        let analyzer = AnalyzerConfig {
            language: LanguageChoice::Fixed(Language::English),
            ..Default::default()
        }
        .build()
        .unwrap();
        fillers(&analyzer.analyze(text, &mut Vocabulary::default()))
    }

    #[test]
    fn three_words_or_fewer_cannot_stand_alone() {
        let k = kinds("Thank you. The bridge opens next spring after years of delay.");
        assert_eq!(k, [Some(Filler::Short), None]);
    }

    #[test]
    fn a_line_without_a_stop_is_a_heading_when_the_text_has_stops() {
        let text = "Background of the program\n\nThe program began in 2004 with two sites. \
                    It now runs in forty cities. Funding comes from three agencies.";
        assert_eq!(kinds(text)[0], Some(Filler::Heading));
        // Chat lines rarely end in a stop: there, a missing stop says nothing.
        let chat = "A: are we still on for tonight at the usual place\nB: yes see you at eight then\nA: great I will bring the tickets along";
        assert!(kinds(chat).iter().all(|k| *k != Some(Filler::Heading)));
        // In a meeting whose turns end in stops, one without is cut off, not a heading.
        let meeting = "A: We looked at the budget for the new building today.\nB: The main \
                       thing we had to decide was which of the\nA: The second floor, yes.\nB: \
                       Right, and the lifts will be replaced next year.";
        assert_eq!(kinds(meeting)[1], Some(Filler::Unfinished));
    }

    #[test]
    fn a_question_before_a_real_answer_gives_way_to_the_answer() {
        let text = "HOST: Why is the allocation so low this year?\nGUEST: The reservoir is at a record low after three dry winters.";
        assert_eq!(kinds(text), [Some(Filler::Question), None]);
        // Answered with "Sure." the question is what holds the content.
        let text = "A: Would you like to move the meeting to Friday afternoon?\nB: Sure.";
        assert_eq!(kinds(text)[0], None);
        // Not a transcript: a rhetorical question in prose stays.
        assert_eq!(
            kinds("Why does this matter so much? Because the river feeds three states.")[0],
            None
        );
    }

    #[test]
    fn introductions_hand_offs_thanks_and_sign_offs_run_a_conversation() {
        for s in [
            "Joining us now is NPR national security correspondent Greg Myre.",
            "Greg I want to start with the U.S. withdrawal having been almost complete.",
            "Let us hear what he said here.",
            "That is NPR's Greg Myre.",
            "Well thank you so much for having me on the program today.",
        ] {
            assert!(is_formula(s), "{s}");
        }
        for s in [
            "The Pentagon announced that it is sending troops back.",
            "That is a major turnaround for the administration.",
            "Greg said the embassy would stay open.",
        ] {
            assert!(!is_formula(s), "{s}");
        }
    }

    #[test]
    fn formulas_are_only_looked_for_in_transcripts() {
        let prose = "Joining us now is a new chapter for the town. The bridge opens in May.";
        assert_eq!(kinds(prose)[0], None);
    }
}
