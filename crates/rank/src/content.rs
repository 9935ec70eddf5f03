//! Which words can be part of a keyphrase: content words, not the closed-class words,
//! auxiliaries, common verbs and adverbs that NLTK's stopword lists leave in.
//!
//! The lists are ours (written for salient from each language's grammar: auxiliary and modal
//! forms, the commonest reporting and light verbs, quantifiers, numerals, sentence adverbs and
//! connectives), on top of the NLTK stopwords the analyzer already drops. Adverb suffixes are
//! rules where they are unambiguous: English `-ly` (with its nouns as exceptions), Romance
//! `-mente`. Languages without a list here rely on the NLTK stopwords alone.

use salient_text::Language;

/// Whether `word` (as written) can be part of a keyphrase in `language`.
pub(crate) fn is_content_word(word: &str, language: Language) -> bool {
    let lower = salient_text::normalize(word);
    let (list, rule): (&[&str], fn(&str) -> bool) = match language {
        Language::English => (EN, english_verb_or_adverb),
        Language::French => (FR, no_rule),
        Language::Portuguese => (PT, romance_adverb),
        Language::Spanish => (ES, romance_adverb),
        Language::Italian => (IT, romance_adverb),
        Language::German => (DE, no_rule),
        Language::Dutch => (NL, no_rule),
        _ => (&[], no_rule),
    };
    !(list.binary_search(&lower.as_str()).is_ok() || rule(&lower))
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

fn no_rule(_: &str) -> bool {
    false
}

/// English verbs (any inflection of [`EN_VERBS`]) and adverbs.
fn english_verb_or_adverb(w: &str) -> bool {
    english_adverb(w) || english_base_forms(w).any(|b| EN_VERBS.binary_search(&b.as_str()).is_ok())
}

/// The base forms an English word could be an inflection of (`tends` -> `tend`, `tended` ->
/// `tend`, `applies` -> `apply`, `derived` -> `derive`, `stopping` -> `stop`), itself first.
fn english_base_forms(w: &str) -> impl Iterator<Item = String> + '_ {
    let strip = |suffix: &str, add: &str| w.strip_suffix(suffix).map(|s| format!("{s}{add}"));
    let undouble = |suffix: &str| {
        w.strip_suffix(suffix).and_then(|s| {
            let b = s.as_bytes();
            (b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2]).then(|| s[..s.len() - 1].to_owned())
        })
    };
    [
        Some(w.to_owned()),
        strip("s", ""),
        strip("es", ""),
        strip("ies", "y"),
        strip("ed", ""),
        strip("ed", "e"),
        strip("ied", "y"),
        strip("ing", ""),
        strip("ing", "e"),
        undouble("ed"),
        undouble("ing"),
    ]
    .into_iter()
    .flatten()
    .filter(|b| b.len() >= 2)
}

/// Whether a phrase may not end with `word`: English past forms in `-ed` ("impacts caused",
/// "distance associated") end clauses, not noun phrases.
pub(crate) fn cannot_end_phrase(word: &str, language: Language) -> bool {
    language == Language::English && word.len() >= 5 && word.to_lowercase().ends_with("ed")
}

/// Whether `word` alone is too generic to be a keyphrase ("analysis", "method"), though it can
/// be part of one ("sensitivity analysis").
pub(crate) fn is_generic(word: &str, language: Language) -> bool {
    language == Language::English
        && EN_GENERIC
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

/// Spanish, Portuguese and Italian adverbs in `-mente`.
fn romance_adverb(w: &str) -> bool {
    w.chars().count() >= 8 && w.ends_with("mente")
}

/// English: auxiliaries and modals, light and reporting verbs in all their forms, quantifiers,
/// numerals, pronoun-like words and connectives. Sorted.
static EN: &[&str] = &[
    "able",
    "according",
    "actually",
    "ago",
    "al",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "always",
    "among",
    "another",
    "anyone",
    "anything",
    "appear",
    "appears",
    "around",
    "ask",
    "asked",
    "away",
    "back",
    "based",
    "became",
    "become",
    "becomes",
    "began",
    "begin",
    "behind",
    "believe",
    "came",
    "can",
    "cannot",
    "certain",
    "come",
    "comes",
    "coming",
    "consider",
    "considered",
    "could",
    "described",
    "despite",
    "did",
    "different",
    "do",
    "does",
    "done",
    "dr",
    "due",
    "e.g",
    "eight",
    "either",
    "else",
    "enough",
    "et",
    "etc",
    "even",
    "ever",
    "every",
    "everyone",
    "everything",
    "far",
    "feel",
    "felt",
    "find",
    "finds",
    "first",
    "five",
    "found",
    "four",
    "gave",
    "get",
    "gets",
    "getting",
    "give",
    "given",
    "gives",
    "giving",
    "go",
    "goes",
    "going",
    "gone",
    "got",
    "had",
    "has",
    "have",
    "having",
    "however",
    "i'm",
    "i.e",
    "including",
    "indeed",
    "instead",
    "it's",
    "just",
    "keep",
    "kept",
    "know",
    "known",
    "knows",
    "last",
    "later",
    "least",
    "less",
    "let",
    "like",
    "likely",
    "look",
    "looking",
    "made",
    "make",
    "makes",
    "making",
    "many",
    "may",
    "maybe",
    "might",
    "million",
    "mr",
    "mrs",
    "ms",
    "much",
    "must",
    "need",
    "needs",
    "never",
    "next",
    "nine",
    "nothing",
    "often",
    "okay",
    "one",
    "ones",
    "paper",
    "perhaps",
    "presented",
    "presents",
    "proposed",
    "proposes",
    "put",
    "quite",
    "rather",
    "really",
    "said",
    "say",
    "saying",
    "says",
    "second",
    "see",
    "seems",
    "seen",
    "seven",
    "shall",
    "show",
    "showed",
    "shown",
    "shows",
    "since",
    "six",
    "so",
    "something",
    "still",
    "take",
    "taken",
    "takes",
    "taking",
    "tell",
    "ten",
    "thing",
    "things",
    "think",
    "third",
    "though",
    "thousand",
    "three",
    "thus",
    "today",
    "together",
    "told",
    "took",
    "toward",
    "towards",
    "tried",
    "try",
    "two",
    "upon",
    "us",
    "use",
    "used",
    "uses",
    "using",
    "various",
    "want",
    "wanted",
    "wants",
    "way",
    "well",
    "went",
    "whether",
    "whose",
    "within",
    "without",
    "would",
    "yeah",
    "yes",
    "yet",
];

/// English verbs that are (almost) never part of a noun phrase, in their base form; every
/// inflection counts (see [`english_base_forms`]). Verbs whose participles make terms
/// ("distributed", "learning", "reduced", "embedded") are left out on purpose.
static EN_VERBS: &[&str] = &[
    "accomplish",
    "achieve",
    "add",
    "address",
    "adopt",
    "agree",
    "aim",
    "allow",
    "analyse",
    "analyze",
    "appear",
    "apply",
    "argue",
    "arise",
    "assess",
    "assist",
    "assume",
    "attain",
    "attempt",
    "avoid",
    "begin",
    "believe",
    "belong",
    "bring",
    "carry",
    "choose",
    "claim",
    "compare",
    "concern",
    "conclude",
    "confirm",
    "consider",
    "consist",
    "contain",
    "continue",
    "contribute",
    "correspond",
    "create",
    "deal",
    "decide",
    "define",
    "demonstrate",
    "depend",
    "derive",
    "describe",
    "determine",
    "develop",
    "discover",
    "discuss",
    "distinguish",
    "emphasize",
    "employ",
    "enable",
    "encounter",
    "ensure",
    "establish",
    "evaluate",
    "examine",
    "exhibit",
    "exist",
    "expect",
    "explain",
    "explore",
    "express",
    "extend",
    "facilitate",
    "fail",
    "focus",
    "follow",
    "gain",
    "guarantee",
    "happen",
    "help",
    "highlight",
    "hold",
    "identify",
    "illustrate",
    "imply",
    "improve",
    "include",
    "incorporate",
    "incur",
    "indicate",
    "introduce",
    "investigate",
    "involve",
    "lack",
    "lead",
    "leave",
    "lie",
    "maintain",
    "manage",
    "mean",
    "meet",
    "mention",
    "note",
    "obtain",
    "occur",
    "offer",
    "outline",
    "overcome",
    "perform",
    "permit",
    "possess",
    "prefer",
    "prepare",
    "present",
    "prevent",
    "produce",
    "propose",
    "prove",
    "provide",
    "raise",
    "reach",
    "realize",
    "receive",
    "recognize",
    "refer",
    "reflect",
    "regard",
    "relate",
    "rely",
    "remain",
    "remove",
    "represent",
    "require",
    "resolve",
    "reveal",
    "satisfy",
    "seek",
    "seem",
    "select",
    "serve",
    "solve",
    "specify",
    "suggest",
    "suppose",
    "suppress",
    "tend",
    "turn",
    "undergo",
    "understand",
    "utilize",
    "verify",
    "write",
];

/// English nouns too generic to be a keyphrase alone.
static EN_GENERIC: &[&str] = &[
    "analysis",
    "approach",
    "area",
    "areas",
    "aspect",
    "aspects",
    "basis",
    "case",
    "cases",
    "condition",
    "conditions",
    "effect",
    "effects",
    "example",
    "examples",
    "factor",
    "factors",
    "form",
    "issue",
    "issues",
    "kind",
    "level",
    "manner",
    "means",
    "method",
    "methods",
    "number",
    "order",
    "part",
    "people",
    "problem",
    "problems",
    "purpose",
    "result",
    "results",
    "scheme",
    "set",
    "study",
    "system",
    "systems",
    "technique",
    "techniques",
    "terms",
    "thing",
    "things",
    "time",
    "times",
    "type",
    "types",
    "work",
    "year",
    "years",
];

/// French: auxiliary and modal forms, reporting verbs, quantifiers, numerals, connectives.
static FR: &[&str] = &[
    "ainsi",
    "alors",
    "après",
    "aujourd'hui",
    "aussi",
    "autre",
    "autres",
    "avant",
    "avoir",
    "beaucoup",
    "bien",
    "car",
    "cela",
    "celle",
    "celui",
    "cependant",
    "ces",
    "cet",
    "cette",
    "ceux",
    "chaque",
    "chez",
    "comme",
    "comment",
    "contre",
    "dans",
    "depuis",
    "des",
    "deux",
    "dit",
    "dix",
    "donc",
    "dont",
    "déjà",
    "elle",
    "encore",
    "entre",
    "est",
    "faire",
    "fait",
    "fois",
    "hier",
    "ici",
    "jamais",
    "lors",
    "lorsque",
    "mais",
    "moins",
    "notamment",
    "où",
    "peu",
    "peut",
    "peuvent",
    "plus",
    "plusieurs",
    "pour",
    "pourrait",
    "premier",
    "première",
    "près",
    "puis",
    "quand",
    "quatre",
    "que",
    "quelque",
    "quelques",
    "qui",
    "sans",
    "selon",
    "sera",
    "seront",
    "seulement",
    "sont",
    "sous",
    "souvent",
    "surtout",
    "tous",
    "tout",
    "toute",
    "toutes",
    "trois",
    "très",
    "vers",
    "été",
    "être",
];

/// Portuguese: auxiliary and modal forms, reporting verbs, quantifiers, numerals, connectives.
static PT: &[&str] = &[
    "agora", "ainda", "antes", "apenas", "assim", "cerca", "cinco", "depois", "desde", "deve",
    "devem", "dia", "disse", "diz", "dizer", "dois", "duas", "durante", "então", "estar", "está",
    "estão", "feito", "fez", "foi", "foram", "hoje", "há", "já", "lá", "mesmo", "muito", "muitos",
    "onde", "ontem", "outra", "outras", "outro", "outros", "pode", "podem", "poderá", "primeiro",
    "quatro", "segundo", "sempre", "ser", "sido", "sobre", "também", "tem", "ter", "todas", "todo",
    "todos", "três", "vai", "vão",
];

/// Spanish: auxiliary and modal forms, reporting verbs, quantifiers, numerals, connectives.
static ES: &[&str] = &[
    "además", "ahora", "antes", "así", "aunque", "cada", "casi", "cinco", "cuatro", "desde",
    "después", "dice", "dijo", "dos", "durante", "entonces", "hace", "hacer", "hasta", "hay",
    "hoy", "mismo", "mucho", "muy", "otra", "otras", "otro", "otros", "primer", "primera",
    "primero", "puede", "pueden", "según", "ser", "sido", "siempre", "sobre", "también", "tiene",
    "todas", "todo", "todos", "tres", "va", "ya",
];

/// Italian: auxiliary and modal forms, reporting verbs, quantifiers, numerals, connectives.
static IT: &[&str] = &[
    "adesso", "allora", "anche", "ancora", "cinque", "così", "dopo", "due", "essere", "fatto",
    "fra", "già", "ieri", "mentre", "molto", "oggi", "ogni", "ora", "poi", "possono", "prima",
    "primo", "può", "quattro", "secondo", "sempre", "stato", "tra", "tre", "tutti", "tutto",
];

/// German: auxiliary and modal forms, reporting verbs, quantifiers, numerals, connectives.
static DE: &[&str] = &[
    "bereits", "dabei", "dafür", "damit", "dann", "darauf", "drei", "erste", "ersten", "etwa",
    "gibt", "heute", "immer", "jedoch", "kann", "können", "mehr", "muss", "müssen", "neue", "noch",
    "nun", "rund", "sagte", "schon", "sehr", "seit", "soll", "sollen", "sowie", "viele", "vier",
    "wegen", "wieder", "wird", "worden", "wurde", "wurden", "zwei",
];

/// Dutch: auxiliary and modal forms, reporting verbs, quantifiers, numerals, connectives.
static NL: &[&str] = &[
    "al", "alleen", "altijd", "daarna", "drie", "eerste", "gaan", "gaat", "hebben", "heeft", "kan",
    "komen", "kunnen", "maar", "meer", "moet", "moeten", "nog", "nu", "ook", "twee", "veel",
    "vier", "volgens", "weer", "werd", "werden", "wordt", "zegt", "zei", "zijn", "zou", "zullen",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_lowercase_so_binary_search_finds_every_entry() {
        for list in [EN, EN_VERBS, EN_GENERIC, FR, PT, ES, IT, DE, NL] {
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
}
