//! Which words can be part of a keyphrase: content words, not the closed-class words,
//! auxiliaries, common verbs and adverbs that NLTK's stopword lists leave in.
//!
//! The lists are ours (written for salient from each language's grammar: auxiliary and modal
//! forms, the commonest reporting and light verbs, quantifiers, numerals, sentence adverbs and
//! connectives), on top of the NLTK stopwords the analyzer already drops. Adverb suffixes are
//! rules where they are unambiguous: English `-ly` (with its nouns as exceptions), Romance
//! `-mente`, French `-amment`. Arabic and Tamil have no list here and rely on the NLTK stopwords
//! alone.

use salient_text::Language;

/// Whether `word` (as written) can be part of a keyphrase in `language`.
pub(crate) fn is_content_word(word: &str, language: Language) -> bool {
    let lower = salient_text::normalize(word);
    let (list, rule): (&[&str], fn(&str) -> bool) = match language {
        Language::English => (EN, english_verb_or_adverb),
        Language::French => (FR, french_verb),
        Language::Portuguese => (PT, portuguese_verb_or_adverb),
        Language::Spanish => (ES, romance_adverb),
        Language::Italian => (IT, romance_adverb),
        Language::German => (DE, no_rule),
        Language::Dutch => (NL, no_rule),
        Language::Danish => (DA, no_rule),
        Language::Norwegian => (NO, no_rule),
        Language::Swedish => (SV, no_rule),
        Language::Finnish => (FI, no_rule),
        Language::Russian => (RU, no_rule),
        Language::Romanian => (RO, no_rule),
        Language::Hungarian => (HU, no_rule),
        Language::Turkish => (TR, no_rule),
        Language::Greek => (EL, no_rule),
        _ => (&[], no_rule),
    };
    // French "nouveau" is not among them: "nouveau gouvernement", "nouvelle version" are the
    // terms French news is indexed by (WikiNews F1@10 +0.4 on both halves without the French
    // list, which held only its forms), while English "new" is rather an evaluation ("new
    // method"; 0.2 to 0.3 lower on the English benchmarks without it).
    let evaluative = language == Language::English
        && EN_EVALUATIVE.binary_search(&lower.as_str()).is_ok()
        && !word.starts_with(char::is_uppercase);
    !(evaluative || list.binary_search(&lower.as_str()).is_ok() || rule(&lower))
}

/// Whether `word` is, in a conversation, filler rather than content: English "right" ("Right,
/// so the remote..."), the top keyphrase of meetings otherwise and a content word in prose
/// ("the right to vote"), and a word cut off at one or two letters in lowercase (`th th the
/// remote`, `sh`); acronyms are written in capitals (`TV`, `TI digits`).
pub(crate) fn is_conversation_filler(word: &str, language: Language) -> bool {
    (language == Language::English && word.eq_ignore_ascii_case("right"))
        || (word.chars().count() <= 2 && word.chars().all(char::is_lowercase))
}

/// Where the word starts after an elided article or preposition (`l'`, `d'`, `qu'`, `dell'`),
/// in the languages that write them joined to the next word: French and Italian.
pub(crate) fn elision(word: &str, language: Language) -> Option<usize> {
    const FR: &[&str] = &[
        "c", "d", "j", "jusqu", "l", "lorsqu", "m", "n", "puisqu", "qu", "s", "t",
    ];
    const IT: &[&str] = &[
        "all", "anch", "c", "com", "d", "dall", "dell", "l", "nell", "quell", "sull", "un",
    ];
    let list = match language {
        Language::French => FR,
        Language::Italian => IT,
        _ => return None,
    };
    let (i, c) = word
        .char_indices()
        .find(|&(_, c)| c == '\'' || c == '\u{2019}')?;
    let head = word[..i].to_lowercase();
    let cut = i + c.len_utf8();
    (cut < word.len() && list.contains(&head.as_str())).then_some(cut)
}

/// Whether `word` is a verb because of the word before it: in English a lowercase word right
/// after the infinitive "to" or a modal ("to secure", "will announce") is a verb; a name after
/// "to" ("to Kabul") is written with a capital. In French a lowercase word right after a form
/// of "avoir" or "être" is a participle or a predicate ("a composé", "sont menacés", "est
/// prévu"): WikiNews F1@10 on the tune half 46.7 to 47.1 (test half 36.4 to 36.9).
pub(crate) fn after_verb_marker(previous: &str, word: &str, language: Language) -> bool {
    const EN: &[&str] = &[
        "can", "could", "may", "might", "must", "shall", "should", "to", "will", "would",
    ];
    const FR: &[&str] = &[
        "a", "ai", "as", "aura", "aurait", "auraient", "auront", "avaient", "avait", "avez",
        "avoir", "avons", "ayant", "es", "est", "furent", "fut", "ont", "sera", "serait",
        "seraient", "seront", "sommes", "sont", "suis", "étaient", "était", "étant", "été", "êtes",
        "être",
    ];
    let markers = match language {
        Language::English => EN,
        Language::French => FR,
        _ => return false,
    };
    !word.starts_with(char::is_uppercase)
        && markers.iter().any(|m| m.eq_ignore_ascii_case(previous))
}

/// Whether `word` is a verb because of the word after it, which opens its object: in English a
/// word in `-s` or `-ed` right before a determiner ("the board faces a deficit", "analyzed the
/// data"); in French a lowercase word right before a possessive ("la ville prolonge sa ligne",
/// "accorde son soutien"). A noun is rarely followed by either. The French rule changed no
/// WikiNews figure (tune and test halves); the wider one with every French determiner gained
/// 0.4 F1@10 on the tune half and lost 0.5 on the test half, so it was left out.
pub(crate) fn before_object(word: &str, next: &str, language: Language) -> bool {
    const EN_DETERMINERS: &[&str] = &[
        "a", "an", "every", "her", "his", "its", "my", "our", "the", "their", "these", "this",
        "those", "your",
    ];
    const FR_POSSESSIVES: &[&str] = &["leur", "leurs", "sa", "ses", "son"];
    match language {
        Language::English if word.len() >= 4 => {
            let lower = word.to_ascii_lowercase();
            let s_form = lower.ends_with('s')
                && !lower.ends_with("ss")
                && !lower.ends_with("us")
                && !lower.ends_with("is");
            (s_form || lower.ends_with("ed"))
                && EN_DETERMINERS.contains(&next.to_ascii_lowercase().as_str())
        }
        Language::French => {
            word.chars().count() >= 4
                && !word.starts_with(char::is_uppercase)
                && FR_POSSESSIVES.contains(&next.to_lowercase().as_str())
        }
        _ => false,
    }
}

/// How many bytes of an English possessive ending (`'s`, `’s`) end the word: "Gaga's" is the
/// name "Gaga".
pub(crate) fn possessive(word: &str, language: Language) -> Option<usize> {
    if language != Language::English {
        return None;
    }
    ["'s", "\u{2019}s", "'S", "\u{2019}S"]
        .iter()
        .find(|e| word.len() > e.len() + 1 && word.ends_with(*e))
        .map(|e| e.len())
}

fn no_rule(_: &str) -> bool {
    false
}

/// English verbs (any inflection of [`EN_VERBS`]) and adverbs.
fn english_verb_or_adverb(w: &str) -> bool {
    const RULES: &[(&str, &str)] = &[
        ("", ""),
        ("s", ""),
        ("es", ""),
        ("ies", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("ied", "y"),
        ("ing", ""),
        ("ing", "e"),
        ("ed", UNDOUBLE),
        ("ing", UNDOUBLE),
    ];
    english_adverb(w) || inflects(w, RULES, EN_VERBS)
}

/// Whether a phrase may not end with `word`: English past forms in `-ed` ("impacts caused",
/// "distance associated") end clauses, not noun phrases; a German noun phrase ends with its
/// noun, which German capitalises, so a lowercase word there is a verb or a predicate
/// ("klimafreundliche Wärme | versorgen", "Plan | sieht").
pub(crate) fn cannot_end_phrase(word: &str, language: Language) -> bool {
    match language {
        Language::English => word.len() >= 5 && word.to_lowercase().ends_with("ed"),
        Language::German => !word.starts_with(char::is_uppercase),
        _ => false,
    }
}

/// Whether `word` cannot be a keyphrase alone though it can be part of one: a noun too generic
/// ("analysis", "method"; German "Jahr", "Frage"; in French, Portuguese, Spanish and Italian
/// units of time and measure, "ans", "anos", "km"), or, in German, a lowercase word (an
/// adjective only in front of its noun, else a verb: "kündigte"). The Romance units moved F1@10
/// on the tune and test halves by +0.85 and +0.99 on WikiNews, +0.72 and 0.00 on 110-PT-BN-KP
/// (all n.s.); Spanish and Italian have no benchmark.
pub(crate) fn cannot_stand_alone(word: &str, language: Language) -> bool {
    let generic = match language {
        Language::English => EN_GENERIC,
        Language::German if !word.starts_with(char::is_uppercase) => return true,
        Language::German => DE_GENERIC,
        Language::French => FR_GENERIC,
        Language::Portuguese => PT_GENERIC,
        Language::Spanish => ES_GENERIC,
        Language::Italian => IT_GENERIC,
        _ => return false,
    };
    generic
        .binary_search(&salient_text::normalize(word).as_str())
        .is_ok()
}

/// English adverbs in `-ly` (six letters or more), less the nouns and adjectives that end so.
fn english_adverb(w: &str) -> bool {
    const NOT_ADVERBS: &[&str] = &[
        "anomaly",
        "assembly",
        "bully",
        "butterfly",
        "family",
        "friendly",
        "holy",
        "italy",
        "jelly",
        "july",
        "monopoly",
        "poly",
        "rally",
        "reply",
        "supply",
        "ugly",
    ];
    w.len() >= 6 && w.ends_with("ly") && NOT_ADVERBS.binary_search(&w).is_err()
}

/// An infinitive "ending" that removes the stem's doubled last letter instead (`stopping` ->
/// `stopp` -> `stop`).
const UNDOUBLE: &str = "~";

/// Whether a word is an inflection of a verb in `verbs`: each (suffix, infinitive ending) pair
/// that matches the word gives a candidate infinitive (`annoncera` -> `annonc` + `er`).
fn inflects(w: &str, rules: &[(&str, &str)], verbs: &[&str]) -> bool {
    rules.iter().any(|&(suffix, ending)| {
        let Some(stem) = w.strip_suffix(suffix) else {
            return false;
        };
        let base = if ending == UNDOUBLE {
            let b = stem.as_bytes();
            if b.len() < 3 || b[b.len() - 1] != b[b.len() - 2] {
                return false;
            }
            stem[..stem.len() - 1].to_owned()
        } else {
            format!("{stem}{ending}")
        };
        stem.chars().count() >= 2 && verbs.binary_search(&base.as_str()).is_ok()
    })
}

/// French adverbs in `-amment`, `-emment` and the adjective-based `-ement` endings that no noun
/// has (`officiellement`, `progressivement`, `politiquement`).
fn french_adverb(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "amment",
        "emment",
        "alement",
        "ivement",
        "iquement",
        "airement",
        "eusement",
        "ièrement",
        "uellement",
        "iellement",
    ];
    w.chars().count() >= 8 && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// French verbs (an inflection of a regular verb in [`FR_VERBS`], or a form other than the
/// present of one in [`FR_VERBS_NOUNLIKE`], whose present is also a noun: "la note", "il
/// note") and adverbs.
fn french_verb(w: &str) -> bool {
    const PRESENT: &[(&str, &str)] = &[
        ("e", "er"),
        ("es", "er"),
        ("ent", "er"),
        ("it", "ir"),
        ("is", "ir"),
    ];
    const OTHER: &[(&str, &str)] = &[
        ("er", "er"),
        ("ons", "er"),
        ("ez", "er"),
        ("é", "er"),
        ("ée", "er"),
        ("és", "er"),
        ("ées", "er"),
        ("ant", "er"),
        ("era", "er"),
        ("eront", "er"),
        ("erait", "er"),
        ("eraient", "er"),
        ("ait", "er"),
        ("aient", "er"),
        ("a", "er"),
        ("èrent", "er"),
        ("ir", "ir"),
        ("issent", "ir"),
        ("issant", "ir"),
        ("i", "ir"),
        ("ie", "ir"),
        ("ira", "ir"),
        ("iront", "ir"),
    ];
    // Endings no French noun or adjective has: futures, conditionals, imperfects and simple
    // pasts of any verb, listed or not ("augmenteront", "pourraient", "décidèrent").
    const ONLY_VERBS: &[&str] = &[
        "eront", "eraient", "erait", "erions", "eriez", "iront", "iraient", "irait", "aient",
        "èrent", "issaient", "issait", "assent",
    ];
    french_adverb(w)
        || (w.chars().count() >= 6 && ONLY_VERBS.iter().any(|e| w.ends_with(e)))
        || inflects(w, PRESENT, FR_VERBS)
        || inflects(w, OTHER, FR_VERBS)
        || inflects(w, OTHER, FR_VERBS_NOUNLIKE)
}

/// Portuguese verbs (an inflection of a regular verb in [`PT_VERBS`]) and adverbs.
fn portuguese_verb_or_adverb(w: &str) -> bool {
    const RULES: &[(&str, &str)] = &[
        ("ar", "ar"),
        ("ou", "ar"),
        ("a", "ar"),
        ("am", "ar"),
        ("ando", "ar"),
        ("ado", "ar"),
        ("ada", "ar"),
        ("ados", "ar"),
        ("adas", "ar"),
        ("aram", "ar"),
        ("ava", "ar"),
        ("avam", "ar"),
        ("ará", "ar"),
        ("arão", "ar"),
        ("aria", "ar"),
        ("e", "ar"),
        ("er", "er"),
        ("eu", "er"),
        ("e", "er"),
        ("em", "er"),
        ("endo", "er"),
        ("ido", "er"),
        ("ida", "er"),
        ("eram", "er"),
        ("ia", "er"),
        ("erá", "er"),
        ("ir", "ir"),
        ("iu", "ir"),
        ("e", "ir"),
        ("em", "ir"),
        ("indo", "ir"),
        ("ido", "ir"),
        ("iram", "ir"),
        ("irá", "ir"),
    ];
    romance_adverb(w) || inflects(w, RULES, PT_VERBS)
}

/// Spanish, Portuguese and Italian adverbs in `-mente`.
fn romance_adverb(w: &str) -> bool {
    w.chars().count() >= 8 && w.ends_with("mente")
}

/// English: auxiliaries and modals, light and reporting verbs in all their forms, quantifiers,
/// numerals, pronoun-like words and connectives, and what conversation is made of besides
/// content: interjections and backchannels (`uh`, `mm`, `oh`, `ok`), formulas (`thanks`,
/// `sorry`, `hello`) and contractions (`can't`, `we're`), which led meeting keyphrases. Sorted.
#[rustfmt::skip]
static EN: &[&str] = &[
    "able", "according", "across", "actually", "addition", "ago", "ah", "aha", "al", "almost",
    "along", "already", "alright", "also", "although", "always", "amid", "amidst", "among",
    "another", "anyone", "anything", "anyway", "appear", "appears", "april", "aren't", "around",
    "ask", "asked", "ate", "august", "away", "awoke", "back", "based", "became", "become",
    "becomes", "began", "begin", "behind", "believe", "beside", "besides", "billion", "billions",
    "bore", "bought", "brought", "built", "bye", "came", "can", "can't", "cannot", "caught",
    "certain", "chose", "come", "comes", "coming", "consider", "considered", "could", "couldn't",
    "day", "days", "dealt", "december", "described", "despite", "did", "didn't", "different", "do",
    "does", "doesn't", "don't", "done", "dozen", "dozens", "dr", "drew", "drove", "due", "e.g",
    "eh", "eight", "eighteen", "eighty", "either", "eleven", "else", "enough", "er", "erm", "et",
    "etc", "even", "ever", "every", "everyone", "everything", "except", "excuse", "far", "february",
    "feel", "fell", "felt", "fifteen", "fifty", "find", "finds", "first", "five", "fled", "flew",
    "forbade", "forgot", "forty", "fought", "found", "four", "fourteen", "friday", "froze",
    "furthermore", "gave", "gee", "get", "gets", "getting", "give", "given", "gives", "giving",
    "go", "goes", "going", "gone", "gonna", "goodbye", "got", "gotta", "grew", "ha", "had",
    "hadn't", "has", "hasn't", "have", "haven't", "having", "he's", "held", "hello", "hence",
    "here's", "hey", "hi", "hid", "hm", "hmm", "hour", "hours", "however", "huh", "hundred",
    "hundreds", "i'd", "i'll", "i'm", "i've", "i.e", "including", "indeed", "instead", "isn't",
    "it's", "january", "july", "june", "just", "kay", "keep", "kept", "knew", "know", "known",
    "knows", "laid", "last", "later", "least", "led", "lent", "less", "let", "let's", "like",
    "likely", "look", "looking", "lost", "lot", "made", "make", "makes", "making", "many", "march",
    "may", "maybe", "meant", "meanwhile", "met", "mhm", "might", "million", "millions", "minute",
    "minutes", "mm", "monday", "month", "months", "moreover", "mr", "mrs", "ms", "much", "must",
    "mustn't", "nah", "need", "needs", "never", "nevertheless", "next", "nine", "nineteen",
    "ninety", "nonetheless", "nope", "nothing", "november", "october", "often", "oh", "ok", "okay",
    "one", "ones", "ooh", "oops", "otherwise", "overcame", "overtook", "paid", "paper", "past",
    "per", "perhaps", "please", "presented", "presents", "proposed", "proposes", "put", "quite",
    "ran", "rang", "rather", "really", "rode", "rose", "said", "sang", "sank", "sat",
    "saturday", "say", "saying", "says", "second", "see", "seems", "seen", "sent", "september",
    "seven", "seventeen", "seventy", "shall", "she's", "shook", "shot", "shouldn't", "show",
    "showed", "shown", "shows", "since", "six", "sixteen", "sixty", "so", "sold", "something",
    "sorry", "sort", "spent", "spoke", "still", "stole", "stood", "strove", "struck", "sunday",
    "sure", "swore", "take", "taken", "takes", "taking", "taught", "tell", "ten", "thank", "thanks",
    "that's", "there's", "thereby", "therefore", "they'd", "they'll", "they're", "they've", "thing",
    "things", "think", "third", "thirteen", "thirty", "though", "thought", "thousand", "thousands",
    "three", "threw", "thursday", "thus", "till", "today", "together", "told", "tomorrow",
    "tonight", "took", "toward", "towards", "tried", "try", "tuesday", "twelve", "twenty", "two",
    "uh", "uhm", "um", "umm", "understood", "undertook", "unlike", "upon", "us", "use", "used",
    "uses", "using", "various", "versus", "via", "vs", "wanna", "want", "wanted", "wants", "wasn't",
    "way", "we'd", "we'll", "we're", "we've", "wednesday", "week", "weeks", "well", "went",
    "weren't", "what's", "whereas", "whereby", "whether", "who's", "whoa", "whose", "within",
    "without", "woke", "won", "won't", "wore", "would", "wouldn't", "wow", "wrote", "yeah", "yep",
    "yes", "yesterday", "yet", "you'd", "you'll", "you're", "you've", "yup",
];

/// English verbs that are (almost) never part of a noun phrase, in their base form; every
/// inflection counts (see [`english_verb_or_adverb`]). Verbs whose participles make terms
/// ("distributed", "learning", "reduced", "embedded") are left out on purpose.
#[rustfmt::skip]
static EN_VERBS: &[&str] = &[
    "accommodate", "accomplish", "accuse", "achieve", "acquire", "add", "address", "admit", "adopt",
    "afford", "agree", "aim", "allege", "allow", "analyse", "analyze", "anticipate", "appear",
    "apply", "appoint", "approve", "argue", "arise", "arrive", "assert", "assess", "assist",
    "assume", "assure", "attain", "attempt", "attend", "attract", "avoid", "await", "become",
    "begin", "behave", "believe", "belong", "blame", "borrow", "bring", "calculate", "call",
    "carry", "celebrate", "choose", "claim", "clarify", "classify", "compare", "comprise",
    "conceal", "concede", "concern", "conclude", "confirm", "congratulate", "consider", "consist",
    "contain", "continue", "contribute", "convince", "correspond", "create", "criticize", "deal",
    "decide", "define", "demonstrate", "deny", "depend", "derive", "describe", "deserve", "destroy",
    "determine", "develop", "devote", "disappear", "disclose", "discourage", "discover", "discuss",
    "dismiss", "distinguish", "embrace", "emerge", "emphasize", "employ", "enable", "encounter",
    "encourage", "endorse", "enforce", "enjoy", "ensure", "establish", "evacuate", "evaluate",
    "examine", "exceed", "exclude", "exhibit", "exist", "expect", "explain", "explore", "express",
    "extend", "extract", "facilitate", "fail", "flee", "focus", "follow", "forbid", "forget",
    "forgive", "fulfil", "fulfill", "gain", "gather", "greet", "guarantee", "handle", "happen",
    "help", "hesitate", "hide", "highlight", "hold", "identify", "ignore", "illustrate", "imagine",
    "imply", "impose", "improve", "include", "incorporate", "incur", "indicate", "inform",
    "inherit", "insist", "inspire", "intend", "intervene", "introduce", "investigate", "invite",
    "involve", "keep", "lack", "lead", "leave", "lie", "maintain", "manage", "mean", "meet",
    "mention", "note", "oblige", "observe", "obtain", "occupy", "occur", "offer", "outline",
    "overcome", "own", "perform", "permit", "persuade", "possess", "postpone", "prefer", "prepare",
    "present", "pretend", "prevent", "proceed", "produce", "pronounce", "propose", "prosecute",
    "protect", "prove", "provide", "pursue", "raise", "reach", "realize", "receive", "recognize",
    "recommend", "refer", "reflect", "refuse", "regard", "rejoice", "relate", "rely", "remain",
    "remark", "remember", "remind", "remove", "renew", "replace", "represent", "require", "resign",
    "resist", "resolve", "retain", "reveal", "satisfy", "seek", "seem", "seize", "select", "serve",
    "solve", "speak", "specify", "spend", "steal", "succeed", "suffer", "suggest", "suppose",
    "suppress", "surrender", "surround", "survive", "swear", "take", "teleport", "tend", "threaten",
    "tolerate", "treat", "turn", "undergo", "understand", "undertake", "urge", "utilize", "vanish",
    "verify", "violate", "vow", "warn", "withdraw", "wonder", "worry", "write",
];

/// English evaluative and relational adjectives ("new", "recent", "important"): they judge or
/// relate a thing rather than name a kind of it, so they do not start terms. Written with a
/// capital ("New York") they are part of a name and stay.
#[rustfmt::skip]
static EN_EVALUATIVE: &[&str] = &[
    "additional", "appropriate", "available", "basic", "best", "better", "common", "conventional",
    "corresponding", "crucial", "current", "effective", "efficient", "entire", "essential",
    "existing", "extra", "future", "good", "important", "interesting", "key", "main", "major",
    "new", "novel", "old", "original", "overall", "particular", "possible", "potential", "previous",
    "promising", "proper", "recent", "relevant", "respective", "several", "significant", "similar",
    "simple", "specific", "substantial", "successful", "suitable", "typical", "underlying",
    "useful", "valuable", "whole",
];

/// English nouns too generic to be a keyphrase alone.
#[rustfmt::skip]
static EN_GENERIC: &[&str] = &[
    "analysis", "approach", "area", "areas", "aspect", "aspects", "basis", "case", "cases",
    "condition", "conditions", "effect", "effects", "end", "example", "examples", "factor",
    "factors", "form", "issue", "issues", "kind", "level", "manner", "means", "method", "methods",
    "number", "order", "part", "people", "problem", "problems", "purpose", "result", "results",
    "scheme", "set", "study", "system", "systems", "technique", "techniques", "terms", "thing",
    "things", "time", "times", "type", "types", "work", "year", "years",
];

/// French nouns too generic to be a keyphrase alone: units of time and measure.
#[rustfmt::skip]
static FR_GENERIC: &[&str] = &[
    "an", "année", "années", "ans", "cm", "fois", "heure", "heures", "jour", "jours", "kg", "km",
    "minute", "minutes", "mm", "semaine", "semaines",
];

/// Portuguese nouns too generic to be a keyphrase alone: units of time and measure.
#[rustfmt::skip]
static PT_GENERIC: &[&str] = &[
    "ano", "anos", "dia", "dias", "hora", "horas", "kg", "km", "meses", "minuto", "minutos", "mês",
    "semana", "semanas",
];

/// Spanish nouns too generic to be a keyphrase alone: units of time and measure.
#[rustfmt::skip]
static ES_GENERIC: &[&str] = &[
    "año", "años", "día", "días", "hora", "horas", "kg", "km", "minuto", "minutos",
];

/// Italian nouns too generic to be a keyphrase alone: units of time and measure.
#[rustfmt::skip]
static IT_GENERIC: &[&str] = &[
    "anni", "anno", "giorni", "giorno", "kg", "km", "minuti", "minuto", "ore", "volta", "volte",
];

/// German nouns too generic to be a keyphrase alone.
#[rustfmt::skip]
static DE_GENERIC: &[&str] = &[
    "anfang", "art", "beispiel", "ende", "fall", "frage", "fragen", "hälfte", "jahr", "jahre",
    "jahren", "jahres", "prozent", "tag", "tage", "tagen", "teil", "weise", "zeit",
];

/// Danish: auxiliary and modal forms, reporting verbs, numerals, date words, connectives.
#[rustfmt::skip]
static DA: &[&str] = &[
    "anden", "april", "august", "dag", "dage", "december", "februar", "fem", "fire", "flere",
    "fredag", "første", "går", "i", "januar", "juli", "juni", "kan", "kunne", "lørdag", "maj",
    "mandag", "marts", "meget", "mere", "må", "måned", "måneder", "ni", "november", "ny", "nye",
    "også", "oktober", "onsdag", "otte", "sagde", "seks", "september", "siger", "skal", "skulle",
    "syv", "søndag", "ti", "tirsdag", "to", "torsdag", "tre", "uge", "uger", "vil", "ville", "år",
];

/// Norwegian: auxiliary and modal forms, reporting verbs, numerals, date words, connectives.
#[rustfmt::skip]
static NO: &[&str] = &[
    "andre", "april", "august", "dag", "dager", "desember", "februar", "fem", "fire", "flere",
    "fredag", "første", "januar", "juli", "juni", "kan", "kunne", "lørdag", "mai", "mandag", "mars",
    "mer", "mye", "må", "måned", "måneder", "ni", "november", "ny", "nye", "også", "oktober",
    "onsdag", "sa", "seks", "september", "sier", "sju", "skal", "skulle", "søndag", "ti", "tirsdag",
    "to", "torsdag", "tre", "uke", "uker", "vil", "ville", "år", "åtte",
];

/// Swedish: auxiliary and modal forms, reporting verbs, numerals, date words, connectives.
#[rustfmt::skip]
static SV: &[&str] = &[
    "andra", "april", "augusti", "dag", "dagar", "december", "februari", "fem", "fler", "fredag",
    "fyra", "första", "januari", "juli", "juni", "kan", "kunna", "lördag", "maj", "mars", "mer",
    "mycket", "månad", "månader", "måndag", "måste", "nio", "november", "ny", "nya", "också",
    "oktober", "onsdag", "sa", "sade", "september", "sex", "sju", "ska", "skall", "skulle", "säger",
    "söndag", "tio", "tisdag", "torsdag", "tre", "två", "vecka", "veckor", "vill", "år", "åtta",
];

/// Finnish: auxiliary and modal forms, reporting verbs, numerals, date words, connectives.
#[rustfmt::skip]
static FI: &[&str] = &[
    "elokuu", "enemmän", "ensimmäinen", "heinäkuu", "helmikuu", "huhtikuu", "joulukuu", "kahdeksan",
    "kaksi", "keskiviikko", "kesäkuu", "kolme", "kuusi", "kymmenen", "lauantai", "lokakuu",
    "maaliskuu", "maanantai", "marraskuu", "myös", "neljä", "paljon", "perjantai", "pitää", "päivä",
    "sanoi", "sanoo", "seitsemän", "sunnuntai", "syyskuu", "tammikuu", "tiistai", "toinen",
    "torstai", "toukokuu", "täytyy", "uusi", "viisi", "voi", "voivat", "vuosi", "yhdeksän",
];

/// Russian: auxiliary and modal forms, reporting verbs, numerals, date words, connectives.
#[rustfmt::skip]
static RU: &[&str] = &[
    "август", "августа", "апрель", "апреля", "более", "восемь", "воскресенье", "вторник", "второй",
    "год", "года", "два", "две", "девять", "декабрь", "декабря", "день", "десять", "дней", "дня",
    "должен", "должны", "заявил", "заявила", "июль", "июля", "июнь", "июня", "лет", "май", "март",
    "марта", "мая", "могут", "может", "новая", "новый", "ноябрь", "ноября", "нужно", "октябрь",
    "октября", "очень", "первый", "понедельник", "пятница", "пять", "семь", "сентябрь", "сентября",
    "сказал", "сказала", "среда", "суббота", "также", "три", "февраль", "февраля", "четверг",
    "четыре", "шесть", "январь", "января",
];

/// Romanian: auxiliary and modal forms, reporting verbs, numerals, date words, connectives.
#[rustfmt::skip]
static RO: &[&str] = &[
    "an", "ani", "aprilie", "asemenea", "august", "cinci", "de", "decembrie", "declarat", "doi",
    "două", "duminică", "februarie", "foarte", "ianuarie", "iulie", "iunie", "joi", "luni", "mai",
    "martie", "marți", "miercuri", "mult", "noiembrie", "nou", "nouă", "octombrie", "opt", "patru",
    "poate", "pot", "prima", "primul", "septembrie", "spune", "spus", "sâmbătă", "trebuie", "trei",
    "vineri", "zece", "zi", "zile", "șapte", "șase",
];

/// Hungarian: auxiliary and modal forms, reporting verbs, numerals, date words, connectives.
#[rustfmt::skip]
static HU: &[&str] = &[
    "augusztus", "csütörtök", "december", "első", "február", "hat", "három", "hét", "hétfő", "is",
    "január", "július", "június", "kedd", "kell", "kettő", "kilenc", "két", "lehet", "mondta",
    "május", "március", "második", "nagyon", "nap", "november", "nyolc", "négy", "október",
    "péntek", "szeptember", "szerda", "szerint", "szombat", "tud", "tíz", "több", "vasárnap",
    "április", "év", "öt", "új",
];

/// Turkish: auxiliary and modal forms, reporting verbs, numerals, date words, connectives.
#[rustfmt::skip]
static TR: &[&str] = &[
    "altı", "aralık", "ayrıca", "ağustos", "beş", "birinci", "cuma", "cumartesi", "daha", "dedi",
    "dokuz", "dört", "ekim", "eylül", "gün", "haziran", "iki", "ikinci", "kasım", "mart", "mayıs",
    "nisan", "ocak", "olan", "olarak", "oldu", "olduğu", "on", "pazar", "pazartesi", "perşembe",
    "salı", "sekiz", "söyledi", "temmuz", "yedi", "yeni", "yıl", "çarşamba", "üç", "şubat",
];

/// Greek: auxiliary and modal forms, reporting verbs, numerals, date words, connectives.
#[rustfmt::skip]
static EL: &[&str] = &[
    "έξι", "απριλίου", "αυγούστου", "δέκα", "δήλωσε", "δεκεμβρίου", "δευτέρα", "δεύτερος", "δύο",
    "είπε", "εννέα", "επίσης", "επτά", "ημέρα", "ιανουαρίου", "ιουλίου", "ιουνίου", "κυριακή",
    "μαΐου", "μαρτίου", "μπορεί", "νέα", "νέος", "νοεμβρίου", "οκτωβρίου", "οκτώ", "πέμπτη",
    "πέντε", "παρασκευή", "περισσότερο", "πολύ", "πρέπει", "πρώτος", "σάββατο", "σεπτεμβρίου",
    "τέσσερα", "τετάρτη", "τρία", "τρίτη", "φεβρουαρίου", "χρόνια",
];

/// French: auxiliary and modal forms, reporting verbs, quantifiers, numerals, connectives,
/// relative and interrogative pronouns and prepositions that NLTK's list leaves out.
#[rustfmt::skip]
static FR: &[&str] = &[
    "affirmé", "afin", "ainsi", "ajouté", "allait", "alors", "annoncé", "août", "après", "aucun",
    "aucune", "aujourd'hui", "auquel", "aussi", "autre", "autres", "avant", "avoir", "avril",
    "beaucoup", "bien", "car", "ceci", "cela", "celle", "celles", "celui", "cent", "cents",
    "cependant", "certaines", "certains", "ces", "cet", "cette", "ceux", "chacun", "chacune",
    "chaque", "chez", "cinq", "cinquante", "comme", "comment", "contre", "dans", "demain", "depuis",
    "dernier", "dernière", "des", "deux", "devait", "devenu", "devra", "devraient", "devrait",
    "devront", "dimanche", "dit", "dite", "dites", "dix", "doit", "doivent", "donc", "dont",
    "douze", "duquel", "durant", "dès", "décembre", "déclaré", "déjà", "dû", "elle", "encore",
    "entre", "environ", "est", "estimé", "expliqué", "faire", "fait", "faite", "fera", "feront",
    "fois", "font", "février", "hier", "hors", "huit", "ici", "indiqué", "ira", "iront", "jamais",
    "janvier", "jeudi", "juillet", "juin", "laquelle", "lequel", "lesquelles", "lesquels", "leurs",
    "lors", "lorsque", "lundi", "mai", "mais", "malgré", "mardi", "mars", "matin", "mercredi",
    "met", "mettent", "mille", "milliard", "milliards", "million", "millions", "mis", "mise",
    "moins", "mois", "notamment", "novembre", "néanmoins", "obtenu", "obtient", "octobre", "onze",
    "outre", "ouvert", "ouvre", "où", "parmi", "part", "partir", "pendant", "permet", "permettant",
    "permettent", "permettra", "permettre", "permis", "peu", "peut", "peuvent", "plus", "plusieurs",
    "pour", "pourra", "pourrait", "pourront", "poursuit", "poursuivent", "poursuivi", "pourtant",
    "premier", "première", "prend", "prennent", "pris", "prochain", "prochaine", "promet", "promis",
    "près", "précisé", "puis", "quand", "quarante", "quatre", "que", "quel", "quelle", "quelles",
    "quelque", "quelques", "quels", "qui", "reprend", "repris", "réussi", "sait", "samedi", "sans",
    "sauf", "savoir", "selon", "semaine", "semaines", "sept", "septembre", "sera", "seront",
    "seulement", "six", "soir", "sont", "sort", "sortent", "sorti", "sortira", "sous", "souvent",
    "suite", "surtout", "survenu", "survenue", "tel", "telle", "telles", "tels", "tenu", "tiendra",
    "tiennent", "tient", "tous", "tout", "toute", "toutefois", "toutes", "trente", "trois", "très",
    "un", "une", "va", "vendredi", "venu", "venue", "vers", "veulent", "veut", "viennent", "vient",
    "vingt", "voir", "vont", "voulu", "vu", "vue", "ça", "également", "été", "être",
];

/// French regular verbs (infinitives) common in reporting, whose every form is a verb.
#[rustfmt::skip]
static FR_VERBS: &[&str] = &[
    "abandonner", "accepter", "accompagner", "accorder", "accuser", "acheter", "adopter",
    "affirmer", "agir", "ajouter", "alerter", "amener", "apporter", "approuver", "arriver",
    "assurer", "attaquer", "autoriser", "baisser", "bloquer", "briser", "capturer", "chercher",
    "choisir", "citer", "commencer", "concerner", "condamner", "confier", "confirmer", "considérer",
    "constater", "contester", "continuer", "coûter", "créer", "diriger", "disposer", "distribuer",
    "donner", "doubler", "débuter", "décider", "déclarer", "dégrader", "démissionner", "dénoncer",
    "déplacer", "déposer", "désigner", "développer", "effectuer", "embarquer", "emporter",
    "empêcher", "engager", "enregistrer", "entrer", "envisager", "espérer", "estimer", "exiger",
    "exister", "expliquer", "exprimer", "fermer", "figurer", "finir", "fixer", "fonder", "frapper",
    "gagner", "gérer", "habiter", "ignorer", "imaginer", "imposer", "inaugurer", "inciter",
    "indiquer", "informer", "inquiéter", "installer", "interroger", "inviter", "justifier",
    "laisser", "libérer", "manquer", "mener", "mentionner", "modifier", "montrer", "multiplier",
    "mériter", "nommer", "obliger", "occuper", "opposer", "organiser", "oublier", "parler",
    "penser", "priver", "proclamer", "profiter", "prononcer", "proposer", "protester", "provoquer",
    "préciser", "préparer", "présenter", "publier", "quitter", "raconter", "rappeler", "rapporter",
    "rassembler", "recommander", "recruter", "refuser", "regarder", "regretter", "rejeter",
    "relancer", "relever", "remarquer", "remplacer", "rencontrer", "renforcer", "renoncer",
    "rentrer", "renvoyer", "repousser", "représenter", "respecter", "retirer", "retrouver",
    "réaliser", "réclamer", "réparer", "résister", "réussir", "révéler", "saluer", "sembler",
    "souhaiter", "souligner", "succéder", "suggérer", "supprimer", "terminer", "travailler",
    "trouver", "utiliser", "valider", "éclater", "éliminer", "établir", "éviter", "évoquer",
];

/// French regular verbs whose present forms are also nouns ("annonce", "note", "vote"): only
/// their other forms count as verbs.
#[rustfmt::skip]
static FR_VERBS_NOUNLIKE: &[&str] = &[
    "aider", "annoncer", "appeler", "arrêter", "cacher", "changer", "charger", "compter",
    "critiquer", "demander", "durer", "forcer", "former", "fêter", "garder", "jouer", "juger",
    "lancer", "livrer", "lutter", "manifester", "marquer", "monter", "noter", "passer", "payer",
    "placer", "plonger", "porter", "poser", "pousser", "presser", "programmer", "progresser",
    "rester", "retourner", "risquer", "réserver", "rêver", "sauver", "signaler", "signer",
    "supporter", "tenter", "tirer", "tomber", "toucher", "tourner", "transformer", "traverser",
    "viser", "voler", "voter",
];

/// Portuguese regular verbs (infinitives) common in reporting, whose every form is a verb.
#[rustfmt::skip]
static PT_VERBS: &[&str] = &[
    "abrir", "acabar", "acontecer", "acrescentar", "adiantar", "admitir", "afirmar", "anunciar",
    "apresentar", "assegurar", "avançar", "chegar", "começar", "considerar", "continuar", "decidir",
    "deixar", "esperar", "explicar", "falar", "ficar", "garantir", "lançar", "lembrar", "levar",
    "mostrar", "partir", "passar", "pensar", "precisar", "referir", "revelar", "sublinhar",
    "tentar", "tomar", "visitar", "vitimar", "voltar",
];

/// Portuguese: auxiliary and modal forms, reporting verbs, quantifiers, numerals, connectives.
#[rustfmt::skip]
static PT: &[&str] = &[
    "abril", "agora", "agosto", "ainda", "algum", "alguma", "algumas", "alguns", "antes", "apenas",
    "assim", "boa", "catorze", "cem", "cento", "cerca", "certa", "certo", "cinco", "cinquenta",
    "daquele", "depois", "desde", "dessa", "desse", "desta", "destas", "deste", "destes", "deve",
    "devem", "dez", "dezasseis", "dezembro", "dia", "directo", "disse", "disseram", "diz", "dizem",
    "dizer", "dois", "domingo", "doze", "duas", "durante", "duzentos", "então", "estando", "estar",
    "estava", "estavam", "esteve", "está", "estão", "faz", "fazem", "fazer", "feito", "fevereiro",
    "fez", "foi", "foram", "fui", "hoje", "há", "ir", "iremos", "janeiro", "julho", "junho", "já",
    "lá", "maio", "março", "meses", "mesmo", "mil", "momento", "muita", "muitas", "muito", "muitos",
    "mês", "naquele", "nessa", "nesse", "nesta", "nestas", "neste", "nestes", "noite", "nova",
    "novas", "nove", "novembro", "noventa", "novo", "novos", "oitenta", "oito", "onde", "ontem",
    "onze", "outra", "outras", "outro", "outros", "outubro", "passada", "passado", "pode", "podem",
    "poderá", "pouca", "poucas", "pouco", "poucos", "primeiro", "propôs", "próxima", "próximo",
    "pôs", "quarenta", "quarta", "quatro", "quer", "querem", "quinhentas", "quinhentos", "quinta",
    "quinze", "quis", "sabe", "saiu", "saíram", "segunda", "segundo", "sei", "seis", "semana",
    "semanas", "sempre", "ser", "sessenta", "sete", "setembro", "setenta", "sexta", "sido", "sobre",
    "sábado", "também", "tarde", "tem", "ter", "terça", "teve", "tinha", "tinham", "todas", "todo",
    "todos", "treze", "trezentos", "trinta", "três", "têm", "vai", "veio", "vem", "vez", "vezes",
    "vi", "vinte", "viram", "várias", "vários", "vão", "vê", "vêm",
];

/// Spanish: auxiliary and modal forms, reporting verbs, quantifiers, numerals, connectives.
#[rustfmt::skip]
static ES: &[&str] = &[
    "abril", "además", "agosto", "ahora", "antes", "así", "aunque", "ayer", "cada", "casi", "cinco",
    "cuatro", "desde", "después", "dice", "diciembre", "dijo", "domingo", "dos", "durante", "enero",
    "entonces", "febrero", "hace", "hacer", "hasta", "hay", "hoy", "jueves", "julio", "junio",
    "lunes", "martes", "marzo", "mayo", "mañana", "mes", "meses", "mismo", "miércoles", "mucho",
    "muy", "noviembre", "octubre", "otra", "otras", "otro", "otros", "pasada", "pasado", "primer",
    "primera", "primero", "próxima", "próximo", "puede", "pueden", "según", "semana", "semanas",
    "septiembre", "ser", "sido", "siempre", "sobre", "sábado", "también", "tiene", "todas", "todo",
    "todos", "tres", "va", "viernes", "ya",
];

/// Italian: auxiliary and modal forms, reporting verbs, quantifiers, numerals, connectives.
#[rustfmt::skip]
static IT: &[&str] = &[
    "adesso", "agosto", "allora", "anche", "ancora", "aprile", "cinque", "così", "dicembre",
    "domani", "domenica", "dopo", "due", "essere", "fatto", "febbraio", "fra", "gennaio", "giovedì",
    "giugno", "già", "ieri", "luglio", "lunedì", "maggio", "martedì", "marzo", "mentre",
    "mercoledì", "mese", "mesi", "molto", "novembre", "oggi", "ogni", "ora", "ottobre", "poi",
    "possono", "prima", "primo", "prossima", "prossimo", "può", "quattro", "sabato", "scorsa",
    "scorso", "secondo", "sempre", "settembre", "settimana", "settimane", "stato", "tra", "tre",
    "tutti", "tutto", "venerdì",
];

/// German: auxiliary and modal forms, reporting verbs, quantifiers, numerals, connectives.
#[rustfmt::skip]
static DE: &[&str] = &[
    "acht", "april", "august", "bereits", "dabei", "dafür", "damit", "dann", "darauf", "dezember",
    "dienstag", "donnerstag", "dr", "drei", "elf", "erste", "ersten", "etwa", "februar", "freitag",
    "fünf", "gestern", "gibt", "heute", "hundert", "immer", "januar", "jedoch", "juli", "juni",
    "kann", "können", "mai", "mehr", "mio", "mittwoch", "monat", "monate", "montag", "morgen",
    "mrd", "muss", "märz", "müssen", "neue", "neun", "noch", "november", "nun", "oktober", "prof",
    "rund", "sagte", "samstag", "schon", "sechs", "sehr", "seit", "september", "sieben", "soll",
    "sollen", "sonntag", "sowie", "tausend", "viele", "vier", "wegen", "wieder", "wird", "woche",
    "wochen", "worden", "wurde", "wurden", "zehn", "zwei", "zwölf",
];

/// Dutch: auxiliary and modal forms, reporting verbs, quantifiers, numerals, connectives.
#[rustfmt::skip]
static NL: &[&str] = &[
    "al", "alleen", "altijd", "april", "augustus", "daarna", "december", "dinsdag", "donderdag",
    "drie", "eerste", "februari", "gaan", "gaat", "gisteren", "hebben", "heeft", "januari", "juli",
    "juni", "kan", "komen", "kunnen", "maand", "maandag", "maanden", "maar", "maart", "meer", "mei",
    "moet", "moeten", "morgen", "nog", "november", "nu", "oktober", "ook", "september", "twee",
    "vandaag", "veel", "vier", "volgens", "vrijdag", "week", "weer", "weken", "werd", "werden",
    "woensdag", "wordt", "zaterdag", "zegt", "zei", "zijn", "zondag", "zou", "zullen",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_lowercase_so_binary_search_finds_every_entry() {
        for list in [
            EN,
            EN_VERBS,
            EN_GENERIC,
            EN_EVALUATIVE,
            FR,
            PT,
            ES,
            IT,
            DE,
            DE_GENERIC,
            FR_GENERIC,
            PT_GENERIC,
            ES_GENERIC,
            IT_GENERIC,
            NL,
        ] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{} before {}", w[0], w[1]);
            }
            for w in list {
                assert_eq!(salient_text::normalize(w), *w);
            }
        }
    }

    #[test]
    fn verbs_adverbs_and_numerals_are_not_content_words() {
        for w in ["using", "Said", "quickly", "three"] {
            assert!(!is_content_word(w, Language::English), "{w}");
        }
        for w in ["network", "family", "Taliban", "learning"] {
            assert!(is_content_word(w, Language::English), "{w}");
        }
        assert!(!is_content_word("rapidamente", Language::Portuguese));
        assert!(is_content_word("mente", Language::Portuguese));
    }
    #[test]
    fn french_relative_pronouns_possessives_and_prepositions_are_not_content_words() {
        for w in [
            "lequel", "Laquelle", "leurs", "parmi", "malgré", "pendant", "ça",
        ] {
            assert!(!is_content_word(w, Language::French), "{w}");
        }
    }

    #[test]
    fn french_futures_conditionals_and_imperfects_are_verbs_without_a_lexicon_entry() {
        for w in [
            "augmenteront",
            "pourraient",
            "décidèrent",
            "finiraient",
            "menaçaient",
        ] {
            assert!(!is_content_word(w, Language::French), "{w}");
        }
        for w in [
            "gouvernement",
            "particule",
            "front",
            "portrait",
            "mausolées",
        ] {
            assert!(is_content_word(w, Language::French), "{w}");
        }
    }
}
