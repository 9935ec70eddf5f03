"""Summarize a Spark DataFrame column with salient.

Part of the ``salient`` wheel, so that executors which have the wheel have this module too (it
imports pyspark only when called). Two routes, both tested in ``integrations/spark/tests``
(CI runs them at ``local[2]``):

* :func:`summary_udf` - a pandas (Arrow) UDF over the Python package. Each executor's Python
  worker builds one ``salient.Summarizer`` per set of options and summarizes a whole Arrow batch
  per call, so the per-row overhead is Arrow's, not Python's. Needs the ``salient`` wheel,
  ``pandas`` and ``pyarrow`` on the executors; runs on managed Spark too.
* :func:`pipe_command` - the command line for ``RDD.pipe`` with the ``salient`` binary, when
  only the binary can be shipped.

Example::

    from pyspark.sql import functions as F
    from salient.spark import summary_udf
    summarize = summary_udf(budget=3)
    df.withColumn("summary", summarize(F.col("text")))
"""

import functools
import shlex
from typing import Any, Sequence

from . import Summarizer, keywords_batch

__all__ = ["summary_udf", "keywords_udf", "pipe_command"]


@functools.lru_cache(maxsize=16)
def _summarizer(options: tuple) -> Any:
    # One summarizer per executor process and set of options.
    return Summarizer(**dict(options))


def _freeze(options: dict) -> tuple:
    # Validate on the driver, so a bad option fails at once with salient's own message instead
    # of inside a task.
    Summarizer(**options)
    return tuple(sorted(options.items()))


def _each_present(texts, work):
    """``work`` over the non-null texts of a pandas Series, as one batch; null stays null."""
    import pandas as pd

    present = texts.notna().tolist()
    results = iter(work([t for t, p in zip(texts.tolist(), present) if p]))
    return pd.Series(
        [next(results) if p else None for p in present], index=texts.index, dtype="object"
    )


def summary_udf(**options: Any):
    """A pandas UDF: a string column in, each text's summary (picks one per line) out.

    ``options`` are ``salient.Summarizer``'s (``method``, ``budget``, ``redundancy``,
    ``language``, ...). A null text gives a null summary; an empty one an empty summary.
    """
    import pandas as pd
    from pyspark.sql.functions import pandas_udf

    frozen = _freeze(options)

    @pandas_udf("string")
    def summarize(texts: pd.Series) -> pd.Series:
        summarizer = _summarizer(frozen)
        return _each_present(
            texts, lambda batch: [s.text for s in summarizer.summarize_batch(batch, jobs=1)]
        )

    return summarize


def keywords_udf(top: int = 10, language: str = "auto"):
    """A pandas UDF: a string column in, each text's keyphrases (as written) out."""
    import pandas as pd
    from pyspark.sql.functions import pandas_udf

    keywords_batch([], top=top, language=language)  # validate on the driver

    @pandas_udf("array<string>")
    def keywords(texts: pd.Series) -> pd.Series:
        return _each_present(
            texts,
            lambda batch: [
                [k.text for k in doc]
                for doc in keywords_batch(batch, top=top, language=language, jobs=1)
            ],
        )

    return keywords


def pipe_command(binary: str, args: Sequence[str] = ("-s", "3")) -> str:
    """The command for ``rdd.pipe``: JSON Lines in and out, one thread (Spark runs a task per
    core), bad lines answered with error records and exit 0 (so one malformed record does not
    fail the job). ``binary`` must be an absolute path: ``pipe`` starts the command with an empty
    environment, so ``PATH`` is not searched."""
    if not binary.startswith("/"):
        raise ValueError(f"{binary!r}: RDD.pipe runs with an empty PATH; give an absolute path")
    fixed = ["summarize", "--input-format", "jsonl", "-f", "jsonl", "--jobs", "1",
             "--bad-lines", "record"]
    return shlex.join([binary, *fixed, *args, "-"])
