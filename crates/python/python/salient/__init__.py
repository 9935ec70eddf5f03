"""salient: fast statistical extractive summarization.

Picks the sentences that best sum a text up and quotes them verbatim, in document order, with
character offsets into the input; extracts keyphrases; splits sentences; scores ROUGE exactly
as rouge-score does. The work is done in Rust; the batch helpers release the GIL and use every
core.

>>> import salient
>>> text = ("The council approved the new harbor bridge on Tuesday. "
...         "The bridge will carry trams and bicycles across the harbor. "
...         "Some residents said they would miss the ferry.")
>>> summary = salient.Summarizer(budget=1).summarize(text)
>>> [text[s.start:s.end] == s.text for s in summary.picks]
[True]
"""

from ._salient import (
    Keyword,
    SalientError,
    Score,
    Segment,
    Sentence,
    Summarizer,
    Summary,
    __version__,
    keywords,
    keywords_batch,
    rouge,
    split,
    split_batch,
)

__all__ = [
    "Keyword",
    "SalientError",
    "Score",
    "Segment",
    "Sentence",
    "Summarizer",
    "Summary",
    "__version__",
    "keywords",
    "keywords_batch",
    "rouge",
    "split",
    "split_batch",
]
