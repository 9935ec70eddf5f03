"""Type stubs for salient (the classes and functions live in the Rust extension `_salient`)."""

from typing import Dict, List, Optional, Sequence, Tuple, Union

__version__: str

class SalientError(ValueError):
    """A bad option or input: an unknown method or language, a zero budget, ..."""

class Sentence:
    """One sentence of a summarized text, with its fate."""

    text: str
    """The sentence, verbatim."""
    start: int
    """Character offset of its first character in the input string."""
    end: int
    """Character offset just past its last character: ``text == input[start:end]``."""
    index: int
    """Its position among the text's sentences, from 0."""
    score: float
    """Its score under the method (higher is more central)."""
    rank: int
    """Its rank by score, from 1."""
    speaker: Optional[str]
    """Its speaker's label in a transcript, else None."""
    words: int
    """Its word count."""
    picked: bool
    """True when it is in the summary."""
    reason: str
    """Why it is or is not in the summary: "picked" ("picked: states the aim" for an aim statement
    the default kept despite its position), "budget", "redundant: ...", "filtered: ..."."""

class Summary:
    """A summary: the picks in document order, and every sentence with its score and fate."""

    text: str
    """The picks, one per line, as ``salient summarize`` prints them."""
    picks: List[Sentence]
    """The picked sentences, in document order."""
    sentences: List[Sentence]
    """Every sentence of the text, in order."""
    method: str
    """The method used."""
    budget: str
    """The budget used, in the command line's form (``sentences:3``, ``words:100``, ``auto``)."""
    language: str
    """The language the text was analysed as (ISO 639-1 code)."""
    transcript: str
    """The transcript format found: "none", "double-space" or "labeled"."""
    notes: List[str]
    """Things worth knowing: a language fallback, filters ignored, ..."""
    def __len__(self) -> int: ...

class Summarizer:
    """Summarizes texts, configured like ``salient summarize``.

    ``method``: ``default``, ``textrank``, ``lexrank``, ``lexrank-continuous``, ``centroid``,
    ``luhn``, ``sumbasic``, ``klsum``, ``lsa``, ``pacsum``, ``lead``, ``random``.
    ``budget``: an int (that many sentences) or ``"sentences:3"``, ``"words:100"``,
    ``"chars:600"``, ``"ratio:0.2"``, ``"auto"``. ``redundancy``: ``auto``, ``off``,
    ``mmr:0.6``, ``cap:0.95``. ``language``: ``auto`` or a code (``en``, ``de``, ...).
    ``position_prior``: ``auto``, ``off`` or a weight. ``transcript``: ``auto``, ``off``,
    ``double-space``, ``labeled``. Raises SalientError for an invalid setting.
    """

    def __init__(
        self,
        method: str = "default",
        budget: Union[int, str] = "auto",
        *,
        redundancy: str = "auto",
        language: str = "auto",
        position_prior: str = "auto",
        transcript: str = "auto",
        min_words: int = 0,
        max_words: Optional[int] = None,
        skip_questions: bool = False,
    ) -> None: ...
    def summarize(self, text: str) -> Summary:
        """Summarizes one text."""
    def summarize_batch(self, texts: Sequence[str], *, jobs: Optional[int] = None) -> List[Summary]:
        """Summarizes each text on its own, in parallel with the GIL released."""

class Segment:
    """One sentence found by :func:`split`."""

    text: str
    start: int
    end: int
    paragraph: int
    speaker: Optional[str]

class Keyword:
    """A keyword or keyphrase."""

    text: str
    """The phrase as written at its first occurrence."""
    key: str
    """Its normalised key (the lowercased words of that occurrence)."""
    start: int
    end: int
    score: float
    count: int
    occurrences: List[Tuple[int, int]]
    """Character offsets ``(start, end)`` of every occurrence, in text order."""

class Score:
    """Precision, recall and F-measure, named as rouge-score names them."""

    precision: float
    recall: float
    fmeasure: float

def split(
    text: str, *, language: str = "auto", transcript: str = "auto", quotes: str = "split"
) -> List[Segment]:
    """Splits a text into sentences, as ``salient split`` does; ``quotes`` is ``split`` (sentences
    end inside quotations, as news segmentation does, except in a short one introduced after a comma) or
    ``whole`` (a quotation stays in one
    sentence, as pySBD does)."""

def split_batch(
    texts: Sequence[str],
    *,
    language: str = "auto",
    transcript: str = "auto",
    quotes: str = "split",
    jobs: Optional[int] = None,
) -> List[List[Segment]]:
    """:func:`split` over many texts, in parallel."""

def keywords(
    text: str, *, top: int = 10, language: str = "auto", phrases: bool = True, style: str = "auto"
) -> List[Keyword]:
    """The text's keyphrases, best first; ``style`` is ``auto``, ``technical`` or ``news``."""

def keywords_batch(
    texts: Sequence[str],
    *,
    top: int = 10,
    language: str = "auto",
    phrases: bool = True,
    style: str = "auto",
    jobs: Optional[int] = None,
) -> List[List[Keyword]]:
    """:func:`keywords` over many texts, in parallel."""

def rouge(
    reference: Union[str, Sequence[str]], candidate: str, *, stem: bool = True, tokenizer: str = "rouge-score"
) -> Dict[str, Score]:
    """ROUGE-1/2/L/Lsum as rouge-score computes them; keys rouge1, rouge2, rougeL, rougeLsum."""
