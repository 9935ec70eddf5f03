//! The ranking methods.

use std::fmt;
use std::str::FromStr;

use crate::error::{invalid, Error, Result};
use crate::Similarity;

/// A sentence ranking method. Each variant's documentation gives its formula and reference;
/// `n` is the number of sentences, `x_i` sentence i's TF-IDF row.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Method {
    /// salient's document-adaptive default, chosen by measurement on `../shared/eval` (see the
    /// README): TextRank centrality `c_i` on [`Similarity::LogOverlap`] (computed without a
    /// graph, so linear in document size), times a position prior and a mild length preference,
    /// `score_i = n c_i · exp(-pos_i / (tau · len_doc)) · words_i^0.5`,
    /// then MMR selection (lambda 0.6). `tau` is 0.075 for prose, 0.3 for prose long for its
    /// budget (30 or more sentences per pick) and 0.2 for transcripts (in a conversation long
    /// for its budget, 6 or more per pick, picks also spread one per turn), or what
    /// [`PositionPrior`](crate::PositionPrior) sets. An English sentence that states what its
    /// text does ("We propose ...", "In this paper, we ...", "This study ...") escapes the
    /// prior: in an abstract it often comes third to fifth, and it sums the paper up.
    #[default]
    Default,
    /// TextRank (Mihalcea & Tarau 2004): weighted PageRank on the sentence graph with the given
    /// similarity ([`Similarity::Overlap`] is the paper's; [`Similarity::Bm25`] is summa/gensim's).
    TextRank {
        /// Edge weights.
        similarity: Similarity,
    },
    /// LexRank (Erkan & Radev 2004): PageRank on the idf-modified cosine graph; with a threshold,
    /// edges of cosine `> t` become 1 and the rest are dropped ("LexRank with threshold", the
    /// paper's best at t = 0.1); without one, cosine weights are used ("continuous LexRank").
    LexRank {
        /// Edge threshold in [0, 1), or none for continuous LexRank.
        threshold: Option<f64>,
    },
    /// Centroid (MEAD's centroid value, Radev et al. 2004): `c` is the mean of the sentences'
    /// TF-IDF vectors (before normalisation) and `score_i = sum of c_t over the distinct terms t
    /// of sentence i`.
    Centroid,
    /// Luhn (1958): terms used more than once are significant; a sentence scores its best
    /// cluster's `significant² / cluster length`, a cluster being a run of terms that starts and
    /// ends on significant ones with fewer than 4 insignificant terms between. Counted on the
    /// analysed terms (stopwords are already gone), as sumy does on content words.
    Luhn,
    /// SumBasic (Nenkova & Vanderwende 2005): `p(w)` = the term's share of the document's terms;
    /// repeatedly pick the sentence of highest mean `p(w)`, then square `p(w)` of its terms so
    /// that what is said is not said twice. Greedy: the reported score is the first-round value.
    SumBasic,
    /// KL-Sum (Haghighi & Vanderwende 2009): greedily add the sentence that most lowers
    /// `KL(P_doc || P_summary)`, unigram distributions with the summary's smoothed as
    /// `(c(w) + 0.01) / (N + 0.01 V)`. The reported score is the first-round gain.
    KlSum,
    /// LSA (Steinberger & Ježek 2004): truncated SVD `X ≈ U Σ Vᵀ` of the sentence x term
    /// TF-IDF matrix (rows not normalised); `score_i = sqrt(sum over the top k of σ_k² U_ik²)`.
    Lsa {
        /// Number of singular vectors; none = the summary's expected sentence count, between 3
        /// and 20.
        dimensions: Option<usize>,
    },
    /// PacSum (Zheng & Lapata 2019), position-aware directed centrality: with cosine edges
    /// `e_ij` and `ε = min + β (max - min)` over all pairs,
    /// `score_i = λ1 Σ_{j<i} max(e_ij - ε, 0) + λ2 Σ_{j>i} max(e_ij - ε, 0)`.
    PacSum {
        /// Threshold share β in [0, 1].
        beta: f64,
        /// Weight of edges to earlier sentences.
        lambda1: f64,
        /// Weight of edges to later sentences.
        lambda2: f64,
    },
    /// LEAD-k: the first sentences (of each document), `score_i = 1 / (1 + pos_i)`.
    Lead,
    /// Seeded random scores (a baseline): the same seed gives the same picks everywhere.
    Random {
        /// The seed.
        seed: u64,
    },
}

/// The names [`Method`] parses from and displays as, each with the variant it stands for.
const NAMES: &[(&str, Method)] = &[
    ("default", Method::Default),
    (
        "textrank",
        Method::TextRank {
            similarity: Similarity::Overlap,
        },
    ),
    (
        "textrank-bm25",
        Method::TextRank {
            similarity: Similarity::Bm25,
        },
    ),
    (
        "textrank-cosine",
        Method::TextRank {
            similarity: Similarity::Cosine,
        },
    ),
    (
        "textrank-log-overlap",
        Method::TextRank {
            similarity: Similarity::LogOverlap,
        },
    ),
    (
        "lexrank",
        Method::LexRank {
            threshold: Some(0.1),
        },
    ),
    ("lexrank-continuous", Method::LexRank { threshold: None }),
    ("centroid", Method::Centroid),
    ("luhn", Method::Luhn),
    ("sumbasic", Method::SumBasic),
    ("klsum", Method::KlSum),
    ("lsa", Method::Lsa { dimensions: None }),
    (
        "pacsum",
        Method::PacSum {
            beta: 0.6,
            lambda1: -2.0,
            lambda2: 1.0,
        },
    ),
    ("lead", Method::Lead),
    ("random", Method::Random { seed: 0 }),
];

impl Method {
    /// Every method under its command-line name, with default parameters.
    pub fn all() -> impl Iterator<Item = (&'static str, Method)> {
        NAMES.iter().copied()
    }

    /// The command-line name of this method's family (`textrank-bm25`, `lexrank`, ...).
    pub fn name(&self) -> &'static str {
        match self {
            Method::Default => "default",
            Method::TextRank { similarity } => match similarity {
                Similarity::Overlap => "textrank",
                Similarity::Bm25 => "textrank-bm25",
                Similarity::Cosine => "textrank-cosine",
                Similarity::LogOverlap => "textrank-log-overlap",
            },
            Method::LexRank { threshold: Some(_) } => "lexrank",
            Method::LexRank { threshold: None } => "lexrank-continuous",
            Method::Centroid => "centroid",
            Method::Luhn => "luhn",
            Method::SumBasic => "sumbasic",
            Method::KlSum => "klsum",
            Method::Lsa { .. } => "lsa",
            Method::PacSum { .. } => "pacsum",
            Method::Lead => "lead",
            Method::Random { .. } => "random",
        }
    }

    /// Whether the method picks greedily against what it already picked (SumBasic, KL-Sum)
    /// rather than ranking once.
    pub fn is_greedy(&self) -> bool {
        matches!(self, Method::SumBasic | Method::KlSum)
    }

    /// Whether the method is a baseline (LEAD, random) rather than a content ranker.
    pub fn is_baseline(&self) -> bool {
        matches!(self, Method::Lead | Method::Random { .. })
    }

    /// Whether the method leaves an aim statement out of its position prior (the default only;
    /// see [`Method::Default`]). The plan and the pick's reason both ask this.
    pub(crate) fn keeps_aims(&self) -> bool {
        *self == Method::Default
    }

    pub(crate) fn check(&self) -> Result<()> {
        match *self {
            Method::LexRank { threshold: Some(t) } if !(0.0..1.0).contains(&t) => Err(invalid(
                "lexrank threshold",
                format!("{t} is outside [0, 1)"),
            )),
            Method::Lsa {
                dimensions: Some(0),
            } => Err(invalid("lsa dimensions", "must be at least 1")),
            Method::PacSum {
                beta,
                lambda1,
                lambda2,
            } => {
                if !(0.0..=1.0).contains(&beta) {
                    Err(invalid("pacsum beta", format!("{beta} is outside [0, 1]")))
                } else if !(lambda1.is_finite() && lambda2.is_finite()) {
                    Err(invalid("pacsum lambda", "must be finite"))
                } else {
                    Ok(())
                }
            }
            _ => Ok(()),
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())?;
        match *self {
            Method::LexRank { threshold: Some(t) } if t != 0.1 => write!(f, ":{t}"),
            Method::Random { seed } if seed != 0 => write!(f, ":{seed}"),
            Method::Lsa {
                dimensions: Some(d),
            } => write!(f, ":{d}"),
            _ => Ok(()),
        }
    }
}

impl FromStr for Method {
    type Err = Error;
    /// Parses a name from [`Method::all`], optionally with one parameter after a colon:
    /// `lexrank:0.2` (threshold), `random:42` (seed), `lsa:5` (dimensions).
    fn from_str(s: &str) -> Result<Self> {
        let (name, param) = match s.split_once(':') {
            Some((n, p)) => (n, Some(p)),
            None => (s, None),
        };
        let name = name.trim().to_ascii_lowercase().replace('_', "-");
        let name = match name.as_str() {
            "kl-sum" => "klsum",
            "sum-basic" => "sumbasic",
            "lead-k" | "lead3" | "lead-3" => "lead",
            other => other,
        };
        let method = NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, m)| m)
            .ok_or_else(|| Error::UnknownName {
                kind: "method",
                name: s.to_owned(),
                expected: NAMES.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "),
            })?;
        let Some(param) = param else {
            return Ok(method);
        };
        let bad = |what: &str| invalid("method", format!("{s:?}: the parameter must be {what}"));
        let method = match method {
            Method::LexRank { threshold: Some(_) } => Method::LexRank {
                threshold: Some(param.parse().map_err(|_| bad("a threshold in [0, 1)"))?),
            },
            Method::Random { .. } => Method::Random {
                seed: param
                    .parse()
                    .map_err(|_| bad("a seed (an unsigned integer)"))?,
            },
            Method::Lsa { .. } => Method::Lsa {
                dimensions: Some(param.parse().map_err(|_| bad("a number of dimensions"))?),
            },
            _ => {
                return Err(invalid(
                    "method",
                    format!("{s:?}: {name} takes no parameter"),
                ))
            }
        };
        method.check()?;
        Ok(method)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for (name, m) in Method::all() {
            assert_eq!(m.name(), name);
            assert_eq!(name.parse::<Method>().unwrap(), m);
            assert_eq!(m.to_string().parse::<Method>().unwrap(), m);
        }
        assert_eq!("KL-Sum".parse::<Method>().unwrap(), Method::KlSum);
        assert_eq!(
            "random:42".parse::<Method>().unwrap(),
            Method::Random { seed: 42 }
        );
        assert_eq!(
            "lexrank:0.2".parse::<Method>().unwrap().to_string(),
            "lexrank:0.2"
        );
    }

    #[test]
    fn bad_names_and_parameters() {
        for bad in [
            "pagerank",
            "lexrank:1.5",
            "lexrank:x",
            "luhn:3",
            "lsa:0",
            "",
        ] {
            assert!(bad.parse::<Method>().is_err(), "{bad}");
        }
        let msg = "pagerank".parse::<Method>().unwrap_err().to_string();
        assert!(
            msg.contains("textrank") && msg.contains("pagerank"),
            "{msg}"
        );
    }
}
