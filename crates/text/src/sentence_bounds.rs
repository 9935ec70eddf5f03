//! UAX #29 sentence boundaries, with a fast path for text made of ASCII and the commonest other
//! characters of Western text (Latin-1 letters, curly quotes, dashes, no-break space): the rules
//! applied to those characters' sentence-break categories, known without the general Unicode
//! tables. Any other character sends the block to unicode-segmentation. The
//! `fast_path_matches_uax29` property tests check the two against each other.

use unicode_segmentation::UnicodeSegmentation;

/// The text's UAX #29 sentence segments as `(byte offset, segment)`.
pub(crate) fn sentence_bounds(text: &str) -> Vec<(usize, &str)> {
    fast_bounds(text).unwrap_or_else(|| text.split_sentence_bound_indices().collect())
}

/// The segments by the fast path, in one pass; `None` at the first character it does not know.
fn fast_bounds(text: &str) -> Option<Vec<(usize, &str)>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<Sb> = None;
    let mut after: Option<AfterTerm> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII from the table, other characters decoded.
        let (next, len) = match ASCII.get(usize::from(bytes[i])) {
            Some(&cat) => (cat?, 1),
            None => {
                let c = text[i..].chars().next()?;
                (category(c)?, c.len_utf8())
            }
        };
        if prev.is_some_and(|p| breaks_before(p, next, after, &text[i..])) {
            out.push((start, &text[start..i]));
            start = i;
        }
        after = match next {
            Sb::ATerm | Sb::STerm => Some(AfterTerm {
                term: next,
                before: prev,
                closes_or_spaces: false,
                spaces: false,
            }),
            Sb::Close => after.filter(|a| !a.spaces).map(|a| AfterTerm {
                closes_or_spaces: true,
                ..a
            }),
            Sb::Sp => after.map(|a| AfterTerm {
                closes_or_spaces: true,
                spaces: true,
                ..a
            }),
            _ => None,
        };
        prev = Some(next);
        i += len;
    }
    if start < text.len() {
        out.push((start, &text[start..]));
    }
    Some(out)
}

/// The text so far ends with `SATerm Close* Sp*`: which terminator, the category before it,
/// and whether closes or spaces (and spaces) follow it.
#[derive(Debug, Clone, Copy)]
struct AfterTerm {
    term: Sb,
    before: Option<Sb>,
    closes_or_spaces: bool,
    spaces: bool,
}

/// The sentence-break categories the fast path knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sb {
    Cr,
    Lf,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Other,
}

/// [`category`] of each ASCII character.
static ASCII: [Option<Sb>; 128] = {
    let mut t = [None; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = category(b as u8 as char);
        b += 1;
    }
    t
};

/// The sentence-break category of ASCII and of the common Western characters, `None` for the
/// rest (left to the Unicode tables).
const fn category(c: char) -> Option<Sb> {
    Some(match c {
        '\r' => Sb::Cr,
        '\n' => Sb::Lf,
        ' ' | '\t' | '\u{0b}' | '\u{0c}' | '\u{a0}' => Sb::Sp,
        'a'..='z' | '\u{df}'..='\u{f6}' | '\u{f8}'..='\u{ff}' => Sb::Lower,
        'A'..='Z' | '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' => Sb::Upper,
        '0'..='9' => Sb::Numeric,
        '.' => Sb::ATerm,
        '!' | '?' => Sb::STerm,
        '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' | '\u{ab}' | '\u{bb}' | '\u{2018}'
        | '\u{2019}' | '\u{201c}' | '\u{201d}' => Sb::Close,
        ',' | '-' | ':' | ';' | '\u{2013}' | '\u{2014}' => Sb::SContinue,
        '\u{0}'..='\u{7f}'
        | '\u{a3}'
        | '\u{a7}'
        | '\u{b0}'
        | '\u{2022}'
        | '\u{2026}'
        | '\u{20ac}' => Sb::Other,
        _ => return None,
    })
}

fn para_sep(c: Sb) -> bool {
    matches!(c, Sb::Cr | Sb::Lf)
}

fn sa_term(c: Sb) -> bool {
    matches!(c, Sb::ATerm | Sb::STerm)
}

/// Whether UAX #29 breaks between a character of category `prev` and the next, of category
/// `next`, which starts `rest` (rules SB3 to SB11; SB5 has nothing to do here, as the fast path
/// has no Extend or Format characters).
fn breaks_before(prev: Sb, next: Sb, after: Option<AfterTerm>, rest: &str) -> bool {
    // SB3, SB4.
    if prev == Sb::Cr && next == Sb::Lf {
        return false;
    }
    if para_sep(prev) {
        return true;
    }
    // SB998 unless the text so far ends with SATerm Close* Sp*.
    let Some(a) = after else {
        return false;
    };
    if !a.closes_or_spaces && a.term == Sb::ATerm {
        // SB6: ATerm x Numeric; SB7: (Upper | Lower) ATerm x Upper.
        if next == Sb::Numeric {
            return false;
        }
        if next == Sb::Upper && matches!(a.before, Some(Sb::Upper | Sb::Lower)) {
            return false;
        }
    }
    // SB8: ATerm Close* Sp* x (not OLetter, Upper, Lower, ParaSep, SATerm)* Lower.
    if a.term == Sb::ATerm && lower_follows(rest) {
        return false;
    }
    // SB8a.
    if next == Sb::SContinue || sa_term(next) {
        return false;
    }
    // SB9: SATerm Close* x (Close | Sp | ParaSep).
    if !a.spaces && (next == Sb::Close || next == Sb::Sp || para_sep(next)) {
        return false;
    }
    // SB10: SATerm Close* Sp* x (Sp | ParaSep); SB11: otherwise break.
    !(next == Sb::Sp || para_sep(next))
}

/// SB8's look-ahead: the first letter, paragraph separator or terminator of `rest` is a
/// lowercase letter (a character the fast path does not know ends the search: the text goes
/// to the Unicode tables anyway).
fn lower_follows(rest: &str) -> bool {
    let stop = rest.chars().map(category).find(|c| match c {
        Some(c) => matches!(c, Sb::Upper | Sb::Lower) || para_sep(*c) || sa_term(*c),
        None => true,
    });
    stop == Some(Some(Sb::Lower))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn unicode(s: &str) -> Vec<(usize, &str)> {
        s.split_sentence_bound_indices().collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn fast_path_matches_uax29(s in "[aZ9é É.!?\"')(\\],;:\\-\r\n\t#\u{a0}\u{2019}\u{201c}\u{201d}\u{2014}\u{2026}\u{ab}\u{bb}€ß×\u{d7}\u{f7}]{0,24}") {
            prop_assert_eq!(sentence_bounds(&s), unicode(&s));
        }

        #[test]
        fn fast_path_matches_uax29_on_words(s in "([A-Z][a-z]{0,3}|[a-z]{1,4}|[0-9]{1,2}|[.!?]|[\"')]|[ ]{1,2}|\n|, |: |U\\.S\\.){0,16}") {
            prop_assert_eq!(sentence_bounds(&s), unicode(&s));
        }
    }

    #[test]
    fn fast_path_table() {
        for s in [
            "He left at 6 a.m. Travelers waited. \"Why?\" she asked. Fine.",
            "The U.S. Army (est. 1775) won. 3.5 percent... Next! (Yes.) No.\r\nLine two.\n\nEnd",
            "etc. and so on. \"Quoted.\" 'Single.' [Bracket.] {Brace.} x.Y a.B e.g. 1.",
            "\u{201c}It\u{2019}s over.\u{201d} She left \u{2014} again. Élan. né. 5 €. «Oui.» Non…",
        ] {
            assert_eq!(sentence_bounds(s), unicode(s), "{s}");
        }
    }
}
