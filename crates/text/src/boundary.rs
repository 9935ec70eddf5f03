//! Breaks that UAX #29 does not make, found in a block of text before the abbreviation pass
//! decides which breaks to keep: terminators of other scripts, sentences that open with a
//! digit, a missing space after a full stop, and the items of an enumeration.

use crate::abbrev::{Abbreviations, DotKind};
use crate::sentences::last_word;

/// Byte offsets (within `block`) where a sentence starts that UAX #29 runs on into the one
/// before. Sorted, no duplicates, never 0.
pub(crate) fn extra_breaks(block: &str, abbreviations: &Abbreviations) -> Vec<usize> {
    let mut breaks = Vec::new();
    script_terminators(block, &mut breaks);
    footnotes(block, &mut breaks);
    citations(block, &mut breaks);
    after_full_stops(block, abbreviations, &mut breaks);
    glued_full_stops(block, abbreviations, &mut breaks);
    dash_and_ellipsis_openers(block, abbreviations, &mut breaks);
    enumeration(block, &mut breaks);
    breaks.sort_unstable();
    breaks.dedup();
    breaks.retain(|&b| b > 0 && b < block.len());
    breaks
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

fn is_greek(c: char) -> bool {
    ('\u{0370}'..='\u{03FF}').contains(&c) || ('\u{1F00}'..='\u{1FFF}').contains(&c)
}

fn is_armenian(c: char) -> bool {
    ('\u{0531}'..='\u{0587}').contains(&c)
}

/// Armenian ends a sentence with `։` (U+0589), which is often typed as a colon: after an
/// Armenian word and before the next word, either is a full stop. A fullwidth full stop `．`
/// ends a sentence even without a space after it (CJK text has none).
fn script_terminators(block: &str, breaks: &mut Vec<usize>) {
    // Only where one of the marks starts: `:` and `;`, or the lead byte of `։` (D6),
    // U+037E (CD) or `．` (EF); lead bytes are always character boundaries.
    let bytes = block.as_bytes();
    let marks = memchr::memchr3_iter(b':', b';', 0xEF, bytes);
    for i in marks.chain(memchr::memchr2_iter(0xD6, 0xCD, bytes)) {
        let Some(c) = block[i..].chars().next() else {
            continue;
        };
        let end = i + c.len_utf8();
        let prev = block[..i].chars().next_back();
        match c {
            ':' | '։' if prev.is_some_and(is_armenian) => {
                let rest = &block[end..];
                let next = rest.trim_start();
                if rest.len() > next.len()
                    && (next.starts_with(is_armenian) || armenian_ordinal(next))
                {
                    breaks.push(block.len() - next.len());
                }
            }
            // Arabic headlines and Q&A end a sentence with a colon ("سؤال وجواب:").
            ':' if prev.is_some_and(is_arabic) => {
                let rest = &block[end..];
                let next = rest.trim_start();
                if rest.len() > next.len() && next.starts_with(is_arabic) {
                    breaks.push(block.len() - next.len());
                }
            }
            // The Greek question mark is a semicolon (or U+037E) after a Greek word.
            ';' | '\u{037E}' if prev.is_some_and(is_greek) => {
                let rest = &block[end..];
                let next = rest.trim_start();
                if rest.len() > next.len() && next.starts_with(char::is_alphabetic) {
                    breaks.push(block.len() - next.len());
                }
            }
            '．' if block[end..].starts_with(|c: char| c.is_alphanumeric()) => breaks.push(end),
            _ => {}
        }
    }
}

/// An Armenian ordinal number opens `s`: digits, a hyphen, an Armenian suffix (`2-րդ`).
fn armenian_ordinal(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && s[digits..]
            .strip_prefix('-')
            .is_some_and(|r| r.starts_with(is_armenian))
}

/// After a full stop that ends a word (not an abbreviation), a sentence that opens with a
/// digit: `... kwamen. 81 procent ...` (UAX #29 looks ahead to the next lowercase letter and
/// runs on), also inside an opening quotation mark (`... money. "2004's films were ...`). A
/// missing space after a full stop (`world.Today`) is [`glued_full_stops`]'s.
fn after_full_stops(block: &str, abbreviations: &Abbreviations, breaks: &mut Vec<usize>) {
    for (dot, _) in block.match_indices('.') {
        // The cheap test first: a space, then a digit (or a quotation mark and a digit).
        let rest = &block[dot + 1..];
        let next = rest.trim_start_matches([' ', '\t']);
        let opened = next.strip_prefix(&OPENING_QUOTES[..4]).unwrap_or(next);
        if next.len() == rest.len() || !opened.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let word = last_word(&block[..dot]);
        let a_word = word.chars().count() >= 2
            && word.chars().all(char::is_alphabetic)
            && word.chars().last().is_some_and(char::is_lowercase)
            && abbreviations.classify(word) == DotKind::Plain;
        // "1 + 1 es 2. 2 + 2 es 4.": a number ends the sentence where numbers take no
        // ordinal dot (in German "am 3. 4 Leute" is ambiguous, so not there).
        let a_number = !abbreviations.ordinal_dot
            && !word.is_empty()
            && word.bytes().all(|b| b.is_ascii_digit())
            && block[..dot - word.len()].ends_with(' ');
        if a_word || a_number {
            breaks.push(block.len() - next.len());
        }
    }
}

/// Sentences that open with a dash or an ellipsis, which UAX #29 runs on into the sentence
/// before (both are "continue" characters there): `What do you see? - Posted like ...` (a
/// hyphen, then a capital) and `... was raak. ...en toen ...` (after a word's full stop).
fn dash_and_ellipsis_openers(block: &str, abbreviations: &Abbreviations, breaks: &mut Vec<usize>) {
    let bytes = block.as_bytes();
    for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        let rest = &block[i + 1..];
        let next = rest.trim_start_matches([' ', '\t']);
        if next.len() == rest.len() || !next.starts_with(['-', '.', '\u{2026}']) {
            continue;
        }
        let at = block.len() - next.len();
        // Only a hyphen: en and em dashes also mark the turns of a dialogue inside one
        // quotation (`«К чему ты готовишься? – спросила мама. – Завтра ведь выходной».`).
        let dash = next
            .strip_prefix('-')
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| r.starts_with(char::is_uppercase));
        let ellipsis = next.starts_with("...") || next.starts_with('\u{2026}');
        let word = last_word(&block[..i]);
        let ends_word = bytes[i] == b'.'
            && word.chars().count() >= 2
            && word.chars().all(char::is_alphabetic)
            && abbreviations.classify(word) == DotKind::Plain
            && !block[..i].ends_with('.');
        if dash || (ellipsis && ends_word) {
            breaks.push(at);
        }
    }
}

/// A full stop with no space after it, between the last word of one sentence and the first
/// of the next: `Hello world.Today is Tuesday.Mr. Smith ... 1,000.That is a lot.` The word
/// before is lowercase or a number (a capitalised one is more often a name, `One.Tel`) unless a
/// title follows; the word after is capitalised (`Today`, not `TODAY` or `com`); nothing in the
/// token looks like an address (`Jane.Doe@example.com`, `www.Site`).
fn glued_full_stops(block: &str, abbreviations: &Abbreviations, breaks: &mut Vec<usize>) {
    let bytes = block.as_bytes();
    for dot in memchr::memchr_iter(b'.', bytes) {
        let rest = &block[dot + 1..];
        let mut next = rest.chars();
        let (Some(a), Some(b)) = (next.next(), next.next()) else {
            continue;
        };
        // A capitalised word (`world.Today`, `Tuesday.Mr.`), or after a word of three letters
        // or more (not `pt.I`, `ch.II`) a capital alone (`world.I dag`) or a roman numeral
        // (`жағдайы.XVIII ғасыр`).
        let word = b.is_lowercase() || b == '.';
        let numeral = b.is_whitespace() || roman(rest);
        if !a.is_uppercase() || !(word || numeral) {
            continue;
        }
        let head = &block[..dot];
        let token_start = head.len() - head.rsplit(char::is_whitespace).next().map_or(0, str::len);
        let token_end = rest
            .find(char::is_whitespace)
            .map_or(block.len(), |i| dot + 1 + i);
        let token = &block[token_start..token_end];
        if token.contains(['@', '/']) || token.to_ascii_lowercase().starts_with("www") {
            continue;
        }
        let before = &block[token_start..dot];
        let after = last_word(&rest[..rest.find(['.', ' ']).unwrap_or(rest.len())]);
        let lower_word = before.chars().count() >= if word { 2 } else { 3 }
            && before.chars().all(char::is_alphabetic)
            && before.starts_with(char::is_lowercase);
        let number = before.ends_with(|c: char| c.is_ascii_digit())
            && before.chars().all(|c| c.is_ascii_digit() || c == ',');
        let title = abbreviations.classify(after) == DotKind::Title
            && before.chars().all(char::is_alphabetic)
            && before.chars().count() >= 2;
        if (lower_word || number || title) && abbreviations.classify(before) == DotKind::Plain {
            breaks.push(dot + 1);
        }
    }
}

/// Whether `s` opens with a roman numeral of two or more letters and then a space (`XVIII `).
fn roman(s: &str) -> bool {
    let n = s.bytes().take_while(|b| b"IVXLCDM".contains(b)).count();
    n >= 2 && s[n..].starts_with(char::is_whitespace)
}

/// Footnote numbers glued to a sentence's full stop (`... a consultation.11 12 Take the ...`,
/// `... in 1987).1 According ...`): the next sentence starts after them, at a capital.
fn footnotes(block: &str, breaks: &mut Vec<usize>) {
    for (dot, _) in block.match_indices('.') {
        let before = block[..dot].chars().next_back();
        let after_word = before.is_some_and(|c| c.is_lowercase() || c == ')');
        let rest = &block[dot + 1..];
        if !after_word || !rest.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        // Groups of 1-3 digits separated by single spaces, then a space and a capital.
        let mut j = 0;
        let bytes = rest.as_bytes();
        loop {
            let run = bytes[j..].iter().take_while(|b| b.is_ascii_digit()).count();
            if run == 0 || run > 3 {
                break;
            }
            j += run;
            if bytes.get(j) != Some(&b' ') {
                break;
            }
            let next = &rest[j + 1..];
            if next.starts_with(|c: char| c.is_uppercase()) {
                breaks.push(dot + 1 + j + 1);
                break;
            }
            j += 1;
        }
    }
}

/// Byte ranges of `block` inside parentheses or square brackets that close within `max` bytes:
/// a sentence does not end inside them (`(Phil. 4:8)`, `（これは山です。これは山です）`).
pub(crate) fn bracketed(block: &str, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    // ASCII brackets, or the lead byte of a fullwidth (EF) or CJK (E3) one, in order.
    let bytes = block.as_bytes();
    let mut a = memchr::memchr3_iter(b'(', b')', b'[', bytes).peekable();
    let mut z = memchr::memchr3_iter(b']', 0xEF, 0xE3, bytes).peekable();
    let next = move || match (a.peek(), z.peek()) {
        (Some(x), Some(y)) if x > y => z.next(),
        (Some(_), _) => a.next(),
        _ => z.next(),
    };
    for i in std::iter::from_fn(next) {
        let c = match bytes[i] {
            b'(' | b')' | b'[' | b']' => char::from(bytes[i]),
            0xEF | 0xE3 => match block[i..].chars().next() {
                Some(c) => c,
                None => continue,
            },
            _ => continue,
        };
        match c {
            '(' | '（' | '[' | '《' | '「' | '『' => open.push(i),
            ')' | '）' | ']' | '》' | '」' | '』' => {
                if let Some(start) = open.pop() {
                    if i - start <= max {
                        out.push((start, i));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Byte ranges of `block` inside a quotation that closes within `max` bytes: `"..."`,
/// `“...”`, `„...“`, `«...»`, and single quotes `‘...’` or `'...'` that open after a space.
/// A mark opens when it follows a space, a bracket or the start and a non-space follows it
/// (`"Oh`); it closes otherwise. An apostrophe inside a word (`it's`) neither opens nor
/// closes, and an opening mark seen again before a close starts the quotation afresh (news
/// texts open each paragraph of a long quotation without closing the one before).
pub(crate) fn quoted(block: &str, max: usize) -> Vec<(usize, usize)> {
    // Open positions: straight double, curly double (or low-9), guillemet, single.
    let mut open: [Option<usize>; 4] = [None; 4];
    let mut out = Vec::new();
    let mut close = |slot: &mut Option<usize>, at: usize| {
        if let Some(start) = slot.take() {
            if at - start <= max {
                out.push((start, at));
            }
        }
    };
    let mut prev: Option<char> = None;
    let mut chars = block.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let opens = prev.is_none_or(|p| p.is_whitespace() || "([{-\u{2014}".contains(p))
            && next.is_some_and(|n| !n.is_whitespace());
        let in_word =
            prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
        match c {
            '"' if opens => open[0] = Some(i),
            '"' => close(&mut open[0], i),
            '\u{201c}' if open[1].is_some() && !opens => close(&mut open[1], i),
            '\u{201c}' | '\u{201e}' => open[1] = Some(i),
            '\u{201d}' => close(&mut open[1], i),
            '\u{ab}' => open[2] = Some(i),
            '\u{bb}' => close(&mut open[2], i),
            '\'' | '\u{2018}' | '\u{2019}' if in_word => {}
            '\'' | '\u{2018}' if opens => open[3] = Some(i),
            '\'' | '\u{2019}' => close(&mut open[3], i),
            _ => {}
        }
        prev = Some(c);
    }
    out
}

/// Double quotation marks, opening and closing: straight, curly, low-9, guillemets.
pub(crate) const DOUBLE_QUOTES: [char; 6] =
    ['"', '\u{201c}', '\u{201d}', '\u{201e}', '\u{ab}', '\u{bb}'];

/// Marks that can open a quotation: the double ones (straight, curly, low-9, guillemet), then
/// the single ones.
pub(crate) const OPENING_QUOTES: [char; 6] =
    ['"', '\u{201c}', '\u{201e}', '\u{ab}', '\'', '\u{2018}'];

/// Whether a quotation mark opens after a comma somewhere in `block` (`said, "Oh`): the cheap
/// test before [`quoted`] pairs the marks.
pub(crate) fn opens_after_comma(block: &str) -> bool {
    memchr::memchr_iter(b',', block.as_bytes()).any(|i| {
        let next = block[i + 1..].trim_start();
        next.len() < block.len() - i - 1 && next.starts_with(OPENING_QUOTES)
    })
}

/// Bracketed citations after a sentence's end (`... a martyr.[1] The emperor ...`,
/// `... at large.[7][8] This ...`): the next sentence starts after them, at a capital.
fn citations(block: &str, breaks: &mut Vec<usize>) {
    for (bracket, _) in block.match_indices('[') {
        if bracket == 0 || !matches!(block.as_bytes()[bracket - 1], b'.' | b'!' | b'?') {
            continue;
        }
        let i = bracket - 1;
        let mut j = i + 1;
        while block[j..].starts_with('[') {
            match block[j..].find(']') {
                Some(k) if k <= 9 && !block[j..j + k].contains(char::is_whitespace) => j += k + 1,
                _ => break,
            }
        }
        let rest = &block[j..];
        let next = rest.trim_start();
        if j > i + 1 && rest.len() > next.len() && next.starts_with(char::is_uppercase) {
            breaks.push(block.len() - next.len());
        }
    }
}

/// A list marker: `1.`, `2)`, `1.)`, `a.`, `b)`, `(c)`, optionally after a bullet (`• 9.`,
/// `⁃10.`). Returns the marker's ordinal (1 for `1`, `a`, `A`) and its byte length, when `s`
/// starts with one followed by a space.
pub(crate) fn list_marker(s: &str) -> Option<(u32, usize)> {
    marker_prefix(s).filter(|&(_, len)| s[len..].starts_with(' '))
}

/// Whether `s` is a list marker and nothing else ("1.", "a)", "• 9.").
pub(crate) fn is_list_marker(s: &str) -> bool {
    marker_prefix(s).is_some_and(|(_, len)| len == s.len())
}

/// The list marker `s` starts with, whatever follows it: its ordinal and byte length.
fn marker_prefix(s: &str) -> Option<(u32, usize)> {
    let bullet = s
        .strip_prefix(['•', '⁃', '◦', '‣', '▪'])
        .map(|r| r.trim_start_matches(' '));
    let body = bullet.unwrap_or(s);
    let skipped = s.len() - body.len();
    let (open, body2) = match body.strip_prefix('(') {
        Some(r) => (1, r),
        None => (0, body),
    };
    let digits = body2.bytes().take_while(u8::is_ascii_digit).count();
    let (ordinal, label_len) = if digits > 0 && digits <= 2 {
        (body2[..digits].parse().ok()?, digits)
    } else {
        let c = body2.chars().next()?;
        if !c.is_ascii_alphabetic() {
            return None;
        }
        (u32::from(c.to_ascii_lowercase()) - u32::from('a') + 1, 1)
    };
    let after = &body2[label_len..];
    // A fullwidth bracket closes a marker in CJK text (`1.）これは`).
    let close = [".)", ".\u{ff09}", ".", ")", "\u{ff09}"]
        .into_iter()
        .find(|p| after.starts_with(p))
        .filter(|p| open == 0 || p.ends_with(')'))?;
    Some((ordinal, skipped + open + label_len + close.len()))
}

/// Breaks before each item of an enumeration run into one line (`1. The first item 2. The
/// second item`, `a) here it is b) another`): a marker that continues the count of a marker
/// seen earlier in the block, preceded by a space.
fn enumeration(block: &str, breaks: &mut Vec<usize>) {
    // The previous marker: (ordinal, numeric, where it starts, whether a break precedes it).
    let mut last: Option<(u32, bool, usize, bool)> = None;
    let bytes = block.as_bytes();
    // A marker's label (one letter, or one or two digits) ends one or two bytes before a "." or
    // ")"; bracketed and bulleted markers start at "(" or at a bullet's lead byte (E2). Those
    // positions, in order, are the only ones the test below can accept.
    let mut candidates: Vec<usize> = memchr::memchr2_iter(b'.', b')', bytes)
        .flat_map(|k| k.saturating_sub(2)..k)
        .chain(memchr::memchr2_iter(b'(', 0xE2, bytes))
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    for i in candidates {
        let b = bytes[i];
        // Only a word that could be a marker: a digit, a bracket, a bullet (lead byte E2), or
        // a letter before "." or ")"; and only at the start of the block or after whitespace.
        let could_be = match b {
            b'0'..=b'9' | b'(' => true,
            0xE2 => block[i..].starts_with(['•', '⁃', '◦', '‣', '▪']),
            b if b.is_ascii_alphabetic() => matches!(bytes.get(i + 1), Some(b'.' | b')')),
            _ => false,
        };
        if !could_be
            || !block[..i]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace)
        {
            continue;
        }
        let Some((ordinal, _)) = list_marker(&block[i..]) else {
            continue;
        };
        let bulleted = block[i..].starts_with(['•', '⁃', '◦', '‣', '▪']);
        // "John A. Smith": a capital and a stop inside a sentence is an initial.
        let capital_letter = block[i..].starts_with(|c: char| c.is_uppercase());
        let numeric = block[i..]
            .trim_start_matches(['•', '⁃', '◦', '‣', '▪', ' ', '('])
            .starts_with(|c: char| c.is_ascii_digit());
        match last {
            Some((k, n, start, broken)) if n == numeric && ordinal == k + 1 => {
                // The first item gets its own start too after a full sentence; after a colon
                // ("two facts: 1) ... 2) ...") the items run on from the sentence that
                // introduces them.
                let after_colon = block[..start].trim_end().ends_with(':');
                if !broken && start > 0 && !after_colon {
                    breaks.push(start);
                }
                breaks.push(i);
                last = Some((ordinal, numeric, i, true));
            }
            // While a list runs, a new list starts at a first item or a bullet ("... 2. The
            // second item a. The first item").
            Some(_) if (ordinal == 1 && !capital_letter) || bulleted => {
                breaks.push(i);
                last = Some((ordinal, numeric, i, true));
            }
            // An enumeration starts where a sentence can: at the block's start, or after a
            // sentence end or a colon (not "John A. Smith", not "for 1. above").
            _ if opens_sentence(&block[..i]) => last = Some((ordinal, numeric, i, false)),
            _ => {}
        }
    }
}

/// Whether a sentence can start after `before`: nothing, or a sentence end or colon.
fn opens_sentence(before: &str) -> bool {
    let t = before.trim_end();
    t.is_empty() || t.ends_with(['.', '!', '?', ':', ';', '…', '。'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;

    fn breaks(text: &str) -> Vec<&str> {
        let abbreviations = Abbreviations::for_language(Language::English);
        let b = extra_breaks(text, &abbreviations);
        let mut out = Vec::new();
        let mut start = 0;
        for &i in &b {
            out.push(text[start..i].trim());
            start = i;
        }
        out.push(text[start..].trim());
        out
    }

    #[test]
    fn armenian_colon_after_an_armenian_word_is_a_full_stop() {
        assert_eq!(
            breaks("Բարև Ձեզ: Իմ անունն է:"),
            ["Բարև Ձեզ:", "Իմ անունն է:"]
        );
        // A colon in Latin text is not a terminator.
        assert_eq!(breaks("Note: this continues."), ["Note: this continues."]);
    }

    #[test]
    fn an_armenian_colon_before_an_ordinal_ends_a_sentence() {
        assert_eq!(
            breaks("Համակարգը տրվում է Գնորդին: 2-րդ փուլում թեստերը կատարվում են: Ժամը 10"),
            [
                "Համակարգը տրվում է Գնորդին:",
                "2-րդ փուլում թեստերը կատարվում են:",
                "Ժամը 10"
            ]
        );
        assert_eq!(breaks("Տարի: 2005"), ["Տարի: 2005"]);
    }

    #[test]
    fn a_sentence_may_open_with_a_hyphen_or_an_ellipsis() {
        assert_eq!(
            breaks("What do you see? - Posted like sentinels, they stand."),
            ["What do you see?", "- Posted like sentinels, they stand."]
        );
        assert_eq!(
            breaks("81 procent was raak. ...en toen barste de hel los."),
            ["81 procent was raak.", "...en toen barste de hel los."]
        );
        // A dialogue dash inside one quotation, a hyphen before lowercase, an abbreviation.
        for whole in [
            "«К чему ты готовишься? – спросила мама. – Завтра ведь выходной».",
            "Is it? - yes.",
            "Ask Dr. ...no.",
        ] {
            assert_eq!(breaks(whole), [whole]);
        }
    }

    #[test]
    fn a_full_stop_glued_to_the_next_sentence_after_a_lowercase_word_or_number_ends_it() {
        assert_eq!(
            breaks("Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot."),
            [
                "Hello world.",
                "Today is Tuesday.",
                "Mr. Smith bought 1,000.",
                "That is a lot."
            ]
        );
        // Found by the property tests: a no-break space (two bytes) before the token.
        assert_eq!(breaks("a\u{a0}world.Today"), ["a\u{a0}world.", "Today"]);
        for whole in [
            "One.Tel collapsed.",
            "Her email is jane.Doe@example.com today.",
            "See www.Example.com now.",
            "It was amazon.com all along.",
            "The U.S.Army base.",
        ] {
            assert_eq!(breaks(whole), [whole]);
        }
    }

    fn quotations(text: &str) -> Vec<&str> {
        quoted(text, 4096)
            .into_iter()
            .map(|(a, b)| &text[a..b + text[b..].chars().next().map_or(0, char::len_utf8)])
            .collect()
    }

    #[test]
    fn quotations_pair_their_own_marks_and_skip_apostrophes() {
        assert_eq!(
            quotations(r#"He said "Oh dear! Late!" and 'it's fine' then."#),
            [r#""Oh dear! Late!""#, "'it's fine'"]
        );
        assert_eq!(
            quotations("„Prieskumy beriem. V podstate nie,“ reagoval. «Oui. Non» et “Yes. No.”"),
            [
                "„Prieskumy beriem. V podstate nie,“",
                "«Oui. Non»",
                "“Yes. No.”"
            ]
        );
        // A paragraph of a long quotation that opens again without closing the one before.
        assert_eq!(
            quotations(r#""I would not exclude it. "I would also say no," he said."#),
            [r#""I would also say no,""#]
        );
        // Possessives and contractions are not quotations; a quotation too long is dropped.
        assert!(quotations("The dogs' bowls and Jane's book, don't.").is_empty());
        assert!(quoted(r#""One. Two.""#, 5).is_empty());
    }

    #[test]
    fn greek_semicolon_is_a_question_mark() {
        assert_eq!(
            breaks("Πού είναι; Τις Κυριακές."),
            ["Πού είναι;", "Τις Κυριακές."]
        );
        assert_eq!(breaks("First; second."), ["First; second."]);
    }

    #[test]
    fn footnote_numbers_after_a_full_stop_belong_to_the_sentence_before() {
        assert_eq!(
            breaks("It opens a gap.11 12 Take the cold."),
            ["It opens a gap.11 12", "Take the cold."]
        );
        // A decimal number is not a footnote: "3.5 Million" keeps its dot.
        assert_eq!(
            breaks("It grew 3.5 Million times."),
            ["It grew 3.5 Million times."]
        );
    }

    #[test]
    fn a_new_list_starts_at_its_first_item() {
        assert_eq!(
            breaks("1) One 2) Two 1) Uno 2) Dos a. First b. Second"),
            [
                "1) One",
                "2) Two",
                "1) Uno",
                "2) Dos",
                "a. First",
                "b. Second"
            ]
        );
        // An initial is not a new list.
        assert_eq!(
            breaks("a. here b. there. It was John A. Smith."),
            ["a. here", "b. there. It was John A. Smith."]
        );
    }

    #[test]
    fn an_enumeration_may_start_after_a_sentence() {
        assert_eq!(
            breaks("They went home. w) hello x) hello"),
            ["They went home.", "w) hello", "x) hello"]
        );
    }

    #[test]
    fn citations_after_a_full_stop_stay_with_their_sentence() {
        assert_eq!(
            breaks("He was a martyr.[1] The emperor wrote.[7][8] This was it."),
            [
                "He was a martyr.[1]",
                "The emperor wrote.[7][8]",
                "This was it."
            ]
        );
    }

    #[test]
    fn arabic_colon_ends_a_headline() {
        assert_eq!(breaks("سؤال وجواب: ماذا حدث"), ["سؤال وجواب:", "ماذا حدث"]);
    }

    #[test]
    fn brackets_that_close_soon_hold_no_sentence_end() {
        let text = "Read it (Phil. 4:8) today.";
        assert_eq!(bracketed(text, 200), [(8, 18)]);
        // An unclosed or long bracket protects nothing.
        assert!(bracketed("A (b. c", 200).is_empty());
        assert!(bracketed(&format!("({})", "x".repeat(300)), 200).is_empty());
    }

    #[test]
    fn fullwidth_full_stop_needs_no_space() {
        assert_eq!(
            breaks("Test strange period．Does it work．"),
            ["Test strange period．", "Does it work．"]
        );
    }

    #[test]
    fn a_sentence_may_open_with_a_number() {
        assert_eq!(
            breaks("De spelers kwamen. 81 procent van de schoten was raak."),
            ["De spelers kwamen.", "81 procent van de schoten was raak."]
        );
        // Not after an abbreviation: "p. 55".
        assert_eq!(breaks("Turn to p. 55 now."), ["Turn to p. 55 now."]);
        // After a number, in a language without ordinal dots.
        assert_eq!(
            breaks("1 + 1 is 2. 2 + 2 is 4."),
            ["1 + 1 is 2.", "2 + 2 is 4."]
        );
        // A decimal or version number is no sentence end.
        assert_eq!(
            breaks("It costs 3.50 and 1.2 more."),
            ["It costs 3.50 and 1.2 more."]
        );
    }

    #[test]
    fn an_enumeration_run_into_one_line_breaks_before_each_item() {
        assert_eq!(
            breaks("1. The first item 2. The second item"),
            ["1. The first item", "2. The second item"]
        );
        assert_eq!(
            breaks("a) here b) there c) everywhere"),
            ["a) here", "b) there", "c) everywhere"]
        );
        assert_eq!(breaks("• 9. One • 10. Two"), ["• 9. One", "• 10. Two"]);
        // A lone number is not an enumeration: "in 2. half" has no item 1 before it; nor are
        // initials, or items referred to inside a sentence.
        assert_eq!(
            breaks("He scored in the 2. half of play."),
            ["He scored in the 2. half of play."]
        );
        assert_eq!(
            breaks("It was John A. Smith and Jane B. Smith."),
            ["It was John A. Smith and Jane B. Smith."]
        );
        assert_eq!(
            breaks("As for 1. above and 2. above, no fee."),
            ["As for 1. above and 2. above, no fee."]
        );
    }
}
