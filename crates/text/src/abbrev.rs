//! Abbreviation lists used by the sentence splitter.
//!
//! Each list was written for salient from common style guides (every language salient stems
//! has one); entries are lowercase and without their final full stop (`"e.g"` for "e.g."). Two
//! kinds per language:
//!
//! * `titles`: words that never end a sentence (Mr., Dr., e.g.): a break after them is always
//!   undone;
//! * `common`: abbreviations that usually continue a sentence but can end one (etc., Inc.,
//!   Jan.): a break after them is undone unless the next word looks like a sentence start (a
//!   capitalised stopword such as "The" or "He").

use rustc_hash::FxHashSet;

use crate::Language;

struct Lists {
    titles: &'static [&'static str],
    common: &'static [&'static str],
    /// Month names that may follow an ordinal number with a dot ("19. Februar").
    months: &'static [&'static str],
}

/// In every language: Latin and international abbreviations, and the number sign `N°`.
const UNIVERSAL: &[&str] = &[
    "e.g", "i.e", "cf", "vs", "dr", "prof", "no", "nr", "ca", "n°", "nº",
];

/// Number signs that are also a word: abbreviations before a number ("No. 5"), and otherwise
/// the word ("He said: \"No. Definitely not.\"", "quienes no. ¿Cuestión"). German "Nr." is
/// not a word, so it stays an abbreviation ("Dokument Nr. III").
const NUMBER_SIGNS: &[&str] = &["no", "nos"];

/// In every language, abbreviations that may also end a sentence: page and pages (Latin
/// pagina), which a number usually follows ("p. 55").
const UNIVERSAL_COMMON: &[&str] = &["p", "pp"];

fn lists(language: Language) -> Lists {
    match language {
        Language::English => Lists {
            titles: &[
                "mr", "mrs", "ms", "messrs", "mmes", "dr", "prof", "rev", "hon", "st", "gen",
                "gov", "sen", "rep", "reps", "pres", "lt", "col", "maj", "capt", "cmdr", "sgt",
                "cpl", "pvt", "adm", "supt", "det", "insp", "e.g", "i.e", "cf", "vs", "viz",
                "approx", "mt", "ft", "fig", "figs", "eq", "eqs", "ref", "refs",
            ],
            common: &[
                "etc", "inc", "ltd", "co", "corp", "jr", "sr", "no", "nos", "vol", "vols", "p",
                "pp", "ch", "sec", "art", "dept", "est", "ed", "eds", "al", "ca", "jan", "feb",
                "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
                "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "min", "max",
                "hr", "hrs", "mins", "sq", "oz", "lb", "lbs", "bros", "univ", "assn", "ave",
                "blvd", "rd", "mass", "calif", "fla", "ill", "penn", "wash", "tenn", "conn", "rs",
            ],
            months: &[],
        },
        Language::German => Lists {
            titles: &[
                "hr", "hrn", "fr", "frl", "dr", "prof", "z.b", "bzw", "d.h", "u.a", "vgl", "ca",
                "evtl", "ggf", "bspw", "sog", "inkl", "zzgl", "st", "nr", "abs", "art", "s", "jh",
                "mio", "mrd", "bd", "dipl", "ing", "mag", "verh", "u.ä", "o.ä", "z.t", "s.o",
                "s.u", "i.d.r", "u.u", "v.a", "sen", "jun", "med", "kath", "ev", "luth", "röm",
                "gem", "ggü", "insb", "bzgl", "allg", "erg", "zit", "hrsg", "jhd", "mind",
            ],
            common: &[
                "usw", "etc", "geb", "gest", "jan", "feb", "mär", "apr", "jun", "jul", "aug",
                "sep", "sept", "okt", "nov", "dez", "str", "tel", "chr", "v.chr", "n.chr", "gmbh",
                "ag",
            ],
            months: &[
                "januar",
                "jänner",
                "februar",
                "märz",
                "april",
                "mai",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "dezember",
            ],
        },
        Language::French => Lists {
            titles: &[
                "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "st", "ste", "p.ex",
                "c.-à-d", "cf", "env", "no", "n°", "vol", "p", "pp", "chap", "éd", "art",
            ],
            common: &[
                "etc", "av", "bd", "hab", "janv", "févr", "fév", "avr", "juil", "sept", "oct",
                "nov", "déc", "cie", "ste", "sa",
            ],
            months: &[],
        },
        Language::Spanish => Lists {
            titles: &[
                "sr", "sra", "srta", "sres", "sras", "dr", "dra", "lic", "ing", "arq", "dña", "ud",
                "uds", "vd", "vds", "p.ej", "núm", "pág", "págs", "art", "cap", "vol", "aprox",
                "av", "avda", "prof", "profa", "cra", "ext", "párr", "párrf", "dto", "pza", "c/",
                "ee", "uu", "no", "mt", "sta", "sto", "gral",
            ],
            common: &[
                "etc", "tel", "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept",
                "oct", "nov", "dic", "ltda", "cía", "ee.uu", "s.a", "lun", "mié", "jue", "vie",
                "sáb", "dom", "min", "seg",
            ],
            months: &[],
        },
        Language::Italian => Lists {
            titles: &[
                "sig", "sigg", "sig.ra", "dott", "dott.ssa", "prof", "ing", "avv", "geom", "rag",
                "on", "mons", "egr", "gent", "es", "cfr", "pag", "p.es", "art", "vol", "nr", "n",
                "dir", "amm", "psicol", "arch", "dott.ri", "sen", "comm", "cav", "uff", "prov",
            ],
            common: &[
                "ecc", "ca", "tel", "gen", "feb", "mar", "apr", "giu", "lug", "ago", "set", "ott",
                "nov", "dic", "s.p.a", "spa",
            ],
            months: &[],
        },
        Language::Portuguese => Lists {
            titles: &[
                "sr", "sra", "srta", "dr", "dra", "prof", "profa", "eng", "exmo", "exma", "v.ex",
                "p.ex", "cf", "pág", "págs", "n", "nº", "vol", "art", "av", "aprox",
            ],
            common: &[
                "etc", "tel", "jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out",
                "nov", "dez", "ltda", "cia", "s.a",
            ],
            months: &[],
        },
        Language::Dutch => Lists {
            titles: &[
                "dhr", "mevr", "mw", "dr", "drs", "ir", "mr", "prof", "ing", "bijv", "d.w.z",
                "m.a.w", "o.a", "i.p.v", "t.o.v", "z.g", "ca", "blz", "nr", "vgl", "st", "resp",
            ],
            common: &[
                "enz", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
                "nov", "dec", "b.v", "n.v",
            ],
            months: &[],
        },
        Language::Russian => Lists {
            titles: &[
                "т.е",
                "т.к",
                "и.о",
                "им",
                "ул",
                "пр",
                "д",
                "проф",
                "акад",
                "гл",
                "см",
                "напр",
                "тыс",
                "млн",
                "млрд",
                "руб",
                "коп",
                "стр",
                "ст",
                "пос",
                "обл",
                "р-н",
                "ген",
                "пгт",
                "кв",
                "корп",
                "пер",
                "просп",
                "пл",
                "вул",
                "буд",
            ],
            common: &["г", "гг", "вв", "др", "т.д", "т.п", "т.н", "англ", "лат"],
            months: &[],
        },
        Language::Danish | Language::Norwegian => Lists {
            titles: &[
                "hr", "fr", "dr", "prof", "bl.a", "f.eks", "dvs", "ca", "nr", "st", "jf", "skt",
            ],
            common: &[
                "osv", "mv", "m.fl", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "okt",
                "nov", "dec",
            ],
            months: &[
                "januar",
                "februar",
                "marts",
                "mars",
                "april",
                "maj",
                "mai",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "december",
                "desember",
            ],
        },
        Language::Swedish => Lists {
            titles: &[
                "bl.a", "t.ex", "d.v.s", "dvs", "fr.o.m", "t.o.m", "s.k", "kl", "nr", "resp",
                "jfr", "f.d", "p.g.a", "pga", "inkl", "exkl", "prof", "dr", "doc", "ca", "st",
            ],
            common: &[
                "osv", "o.s.v", "m.m", "m.fl", "mfl", "e.d", "etc", "tel", "jan", "feb", "mar",
                "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "ab",
            ],
            months: &[],
        },
        Language::Finnish => Lists {
            titles: &[
                "esim", "ks", "mm", "ns", "vrt", "klo", "ts", "tri", "prof", "dos", "puh", "s.o",
            ],
            common: &["jne", "ym", "yms", "tms", "n", "v", "s", "oy", "ab", "ry"],
            months: &[
                "tammikuuta",
                "helmikuuta",
                "maaliskuuta",
                "huhtikuuta",
                "toukokuuta",
                "kesäkuuta",
                "heinäkuuta",
                "elokuuta",
                "syyskuuta",
                "lokakuuta",
                "marraskuuta",
                "joulukuuta",
            ],
        },
        Language::Hungarian => Lists {
            titles: &[
                "pl", "ill", "kb", "ún", "dr", "id", "ifj", "özv", "ld", "vö", "sz", "u", "krt",
                "prof", "szerk", "ford", "évf", "old",
            ],
            common: &[
                "stb", "kft", "zrt", "nyrt", "bt", "rt", "jan", "febr", "márc", "ápr", "máj",
                "jún", "júl", "aug", "szept", "okt", "nov", "dec",
            ],
            months: &[
                "január",
                "február",
                "március",
                "április",
                "május",
                "június",
                "július",
                "augusztus",
                "szeptember",
                "október",
                "november",
                "december",
            ],
        },
        Language::Romanian => Lists {
            titles: &[
                "dl", "dna", "d-l", "d-na", "d-lui", "dr", "prof", "ing", "conf", "lect", "str",
                "nr", "bd", "bld", "jud", "com", "sec", "pag", "ex", "aprox", "cca", "vol",
            ],
            common: &[
                "mil", "mld", "etc", "ș.a", "ş.a", "ș.a.m.d", "ş.a.m.d", "ian", "feb", "mar",
                "apr", "iun", "iul", "aug", "sept", "oct", "nov", "dec", "s.a", "s.r.l", "srl",
            ],
            months: &[],
        },
        Language::Turkish => Lists {
            titles: &[
                "dr", "prof", "doç", "yrd", "av", "op", "sn", "bkz", "örn", "cad", "sok", "mah",
                "tel", "t.c", "bşk", "gen", "alb", "yb",
            ],
            common: &[
                "vb", "vs", "yy", "ltd", "şti", "a.ş", "m.ö", "m.s", "s", "c",
            ],
            months: &[
                "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
                "ekim", "kasım", "aralık",
            ],
        },
        // Mr and Mrs (κ., κα.), doctor, professor, for example, that is; etcetera, BC and AD.
        Language::Greek => Lists {
            titles: &[
                "κ", "κα", "δρ", "καθ", "π.χ", "δηλ", "αρ", "σελ", "τηλ", "οδ", "λεωφ", "βλ", "περ",
            ],
            common: &[
                "κλπ", "κ.λπ", "κτλ", "μ.χ", "π.μ", "μ.μ", "χλμ", "εκ", "δισ",
            ],
            months: &[],
        },
        // The honorifics Thiru, Thirumathi, Selvi (Mr, Mrs, Miss), written with a full stop.
        Language::Tamil => Lists {
            titles: &["திரு", "திருமதி", "செல்வி"],
            common: &[],
            months: &[],
        },
        // Doctor (د.), professor doctor (أ.د.); etcetera, post-office box.
        Language::Arabic => Lists {
            titles: &["د", "أ.د", "ا.د"],
            common: &["إلخ", "ص.ب"],
            months: &[],
        },
    }
}

/// Languages that write ordinal numbers with a full stop ("19. Februar", "2. Weltkrieg").
fn ordinal_dot(language: Language) -> bool {
    matches!(
        language,
        Language::German
            | Language::Danish
            | Language::Norwegian
            | Language::Finnish
            | Language::Hungarian
            | Language::Turkish
    )
}

/// The abbreviation knowledge of one [`SentenceSplitter`](crate::SentenceSplitter).
#[derive(Debug, Clone)]
pub(crate) struct Abbreviations {
    pub(crate) titles: FxHashSet<String>,
    pub(crate) common: FxHashSet<String>,
    pub(crate) months: FxHashSet<&'static str>,
    pub(crate) ordinal_dot: bool,
    pub(crate) starters: FxHashSet<&'static str>,
    /// Abbreviations that are also everyday words ("sun", "ill", "mass"): abbreviations only
    /// when capitalised ("Sun.", "Ill.", "Mass."), so "…need sun. Panels…" ends a sentence.
    pub(crate) wordlike: &'static [&'static str],
    /// Abbreviations that close a list ("etc."), so a capital after one opens a sentence; none
    /// in German, which capitalises its nouns ("erster, zweiter etc. Monat").
    pub(crate) list_enders: &'static [&'static str],
    /// Abbreviated places that follow a city and a comma ("Newburgh, N.Y."), lowercase.
    pub(crate) places: &'static [&'static str],
}

/// Polish, Czech and Slovak abbreviations that are no English word: salient has no stemmer for
/// those languages and reads their text with English rules, so the English table carries them
/// ("np." na przykład, "tj." to jest / to je, "ul." ulica, "tzw."/"tzv." so-called, "napr."/"např."
/// for example, "č." number, "godz." hour, "mgr."/"inż." titles).
const FALLBACK_TITLES: &[&str] = &[
    "np", "tj", "ul", "tzw", "tzv", "napr", "např", "č", "godz", "mgr", "inż", "mj", "ing",
];
/// As [`FALLBACK_TITLES`], those that end a list and so may end a sentence ("itd." and so on).
const FALLBACK_COMMON: &[&str] = &["itd", "itp", "atd", "apod", "atď"];

/// English abbreviations that are ordinary words in lowercase.
const EN_WORDLIKE: &[&str] = &[
    "sun", "sat", "wed", "mar", "mass", "ill", "wash", "art", "gen", "rev", "det", "hon", "no",
    "rep", "reps", "dec", "est", "col",
];

/// The AP stylebook's abbreviations of US states (and D.C.), as written after a city
/// ("Newburgh, N.Y.", "Coral Gables, Fla."). AP style puts a comma after the state when the
/// sentence goes on ("the Springfield, Ill., mayor"), so one followed by a capitalised word
/// ends its sentence.
const EN_PLACES: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m",
    "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "va", "vt",
    "wash", "w.va", "wis", "wyo", "d.c",
];

impl Abbreviations {
    pub(crate) fn for_language(language: Language) -> Self {
        let l = lists(language);
        let (fallback_titles, fallback_common) = match language {
            Language::English => (FALLBACK_TITLES, FALLBACK_COMMON),
            _ => (&[][..], &[][..]),
        };
        let titles = UNIVERSAL
            .iter()
            .chain(l.titles)
            .chain(fallback_titles)
            .map(|s| s.to_string())
            .collect();
        let common = UNIVERSAL_COMMON
            .iter()
            .chain(l.common)
            .chain(fallback_common)
            .map(|s| s.to_string())
            .collect();
        Abbreviations {
            titles,
            common,
            months: l.months.iter().copied().collect(),
            ordinal_dot: ordinal_dot(language),
            starters: language.stopwords().iter().copied().collect(),
            wordlike: if language == Language::English {
                EN_WORDLIKE
            } else {
                &[]
            },
            list_enders: if language == Language::German {
                &[]
            } else {
                &["etc"]
            },
            places: if language == Language::English {
                EN_PLACES
            } else {
                &[]
            },
        }
    }

    /// Adds a user abbreviation ("Approx.", "approx" and "approx." are the same entry).
    pub(crate) fn add(&mut self, abbreviation: &str) {
        let a = abbreviation.trim().trim_end_matches('.').to_lowercase();
        if !a.is_empty() {
            self.titles.insert(a);
        }
    }
}

/// How a word ending in a full stop relates to a sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DotKind {
    /// Never ends a sentence (title, user abbreviation).
    Title,
    /// Usually continues a sentence (known abbreviation, acronym such as "U.S.", an initial).
    Common,
    /// A small number, in a language with ordinal dots.
    Ordinal,
    /// Anything else: a real full stop.
    Plain,
}

impl Abbreviations {
    /// Whether `word` is on a list at all (an everyday word that is also an abbreviation, such
    /// as "no", included).
    pub(crate) fn is_listed(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.titles.contains(&lower) || self.common.contains(&lower)
    }

    /// Whether `word` (before its full stop) is a number sign that is also a word ("No"), an
    /// abbreviation only before a number.
    pub(crate) fn is_number_sign(word: &str) -> bool {
        NUMBER_SIGNS.iter().any(|s| word.eq_ignore_ascii_case(s))
    }

    /// Whether `word` (before its full stop) closes a list ("etc").
    pub(crate) fn ends_list(&self, word: &str) -> bool {
        self.list_enders
            .iter()
            .any(|e| word.eq_ignore_ascii_case(e))
    }

    /// Whether `word` (before its full stop) is an abbreviated place such as a US state.
    pub(crate) fn is_place(&self, word: &str) -> bool {
        self.places.iter().any(|p| word.eq_ignore_ascii_case(p))
    }

    /// Classifies `word`, the token before the final full stop (without the stop).
    pub(crate) fn classify(&self, word: &str) -> DotKind {
        if word.is_empty() {
            return DotKind::Plain;
        }
        let lower = word.to_lowercase();
        if !word.starts_with(char::is_uppercase) && self.wordlike.contains(&lower.as_str()) {
            return DotKind::Plain;
        }
        if self.titles.contains(&lower) {
            return DotKind::Title;
        }
        if self.common.contains(&lower) {
            return DotKind::Common;
        }
        let mut chars = word.chars();
        let first = chars.next();
        let single = chars.next().is_none();
        if single && first.is_some_and(|c| c.is_uppercase()) {
            return DotKind::Common; // an initial: "J. R. R. Tolkien"
        }
        if is_dotted_acronym(word) {
            return DotKind::Common;
        }
        if self.ordinal_dot && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()) {
            return DotKind::Ordinal;
        }
        DotKind::Plain
    }
}

/// "U.S", "D.C", "a.m", "EE.UU", "т.е": letter groups of one or two joined by dots.
fn is_dotted_acronym(word: &str) -> bool {
    let mut groups = 0;
    for group in word.split('.') {
        let n = group.chars().count();
        if n == 0 || n > 2 || !group.chars().all(char::is_alphabetic) {
            return false;
        }
        groups += 1;
    }
    groups >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_table() {
        let en = Abbreviations::for_language(Language::English);
        let table = [
            ("Mr", DotKind::Title),
            ("e.g", DotKind::Title),
            ("Inc", DotKind::Common),
            ("Jan", DotKind::Common),
            ("U.S", DotKind::Common),
            ("J", DotKind::Common),
            ("house", DotKind::Plain),
            // Regression: "…need sun. Panels…" was one sentence ("Sun." = Sunday).
            ("sun", DotKind::Plain),
            ("Sun", DotKind::Common),
            ("ill", DotKind::Plain),
            ("Ill", DotKind::Common),
            ("1980", DotKind::Plain),
            ("19", DotKind::Plain),
        ];
        for (w, k) in table {
            assert_eq!(en.classify(w), k, "{w}");
        }
        let de = Abbreviations::for_language(Language::German);
        assert_eq!(de.classify("19"), DotKind::Ordinal);
        assert_eq!(de.classify("z.B"), DotKind::Title);
    }

    #[test]
    fn a_page_reference_is_an_abbreviation_in_every_language() {
        for l in Language::ALL {
            let a = Abbreviations::for_language(*l);
            assert!(a.is_listed("p") && a.is_listed("pp"), "{l:?}");
        }
    }

    #[test]
    fn user_abbreviations_are_normalised() {
        let mut en = Abbreviations::for_language(Language::English);
        en.add(" Approx. ");
        en.add("Dept.");
        assert_eq!(en.classify("APPROX"), DotKind::Title);
        assert_eq!(en.classify("dept"), DotKind::Title);
    }
}
