"""Both Spark routes give, record for record, what salient gives in one process.

Runs pyspark at local[2] (Java 17 is enough). Needs the salient wheel, pyspark, pandas and
pyarrow installed (integrations/spark/run-tests.sh does it) and, for the pipe route, the
salient binary in SALIENT_BIN.
"""

import json
import os
import pathlib
import shutil
import sys

import pytest

import salient
from salient.spark import keywords_udf, pipe_command, summary_udf

ROOT = pathlib.Path(__file__).resolve().parents[3]
SHARED = pathlib.Path(os.environ.get("SALIENT_SHARED", ROOT.parent / "shared"))


# A few thousand real documents: whole corpora of news, dialogue, chat and abstracts.
CORPORA = [
    "cnndm_summeval.jsonl",
    "cnndm_realsumm.jsonl",
    "dialogsum_test.jsonl",
    "samsum_sample.jsonl",
    "scitldr_abstract_test.jsonl",
    "xsum_sample.jsonl",
    "bbc_news_summary.jsonl",
    "newsroom_humaneval.jsonl",
    "qmsum_meetings.jsonl",
    "mlsum_de.jsonl",
    "mlsum_fr.jsonl",
    "mlsum_es.jsonl",
    "klexikon_de_test.jsonl",
]


def documents(limit=None):
    """The bundled samples, and real documents from ../shared/eval when it is there."""
    docs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt"))]
    for name in CORPORA:
        path = SHARED / "eval" / name
        if not path.exists():
            print(f"SKIPPED part: {path} not found; testing on the bundled samples only")
            continue
        with path.open(encoding="utf-8") as f:
            docs += [json.loads(line)["text"] for line in f]
    return docs[:limit] if limit else docs


@pytest.fixture(scope="module")
def spark():
    pyspark = pytest.importorskip("pyspark")
    if not shutil.which("java"):
        pytest.skip("SKIPPED: no java on PATH; Spark needs a JVM (17 or newer)")
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("salient-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    print(f"pyspark {pyspark.__version__}")
    yield session
    session.stop()


def test_pandas_udf_matches_the_python_package(spark):
    from pyspark.sql import functions as F

    docs = documents()
    print(f"{len(docs)} documents")
    rows = [(i, t) for i, t in enumerate(docs)] + [(len(docs), None)]
    df = spark.createDataFrame(rows, "id long, text string").repartition(3)
    out = df.withColumn("summary", summary_udf(budget=3)(F.col("text")))
    got = {r["id"]: r["summary"] for r in out.collect()}
    want = [s.text for s in salient.Summarizer(budget=3).summarize_batch(docs)]
    assert len(got) == len(docs) + 1
    assert got[len(docs)] is None
    assert [got[i] for i in range(len(docs))] == want


def test_keywords_udf_matches_the_python_package(spark):
    from pyspark.sql import functions as F

    docs = documents(200)
    df = spark.createDataFrame(list(enumerate(docs)), "id long, text string")
    got = {r["id"]: list(r["k"]) for r in df.select("id", keywords_udf(top=5)(F.col("text")).alias("k")).collect()}
    assert [got[i] for i in range(len(docs))] == [
        [k.text for k in doc] for doc in salient.keywords_batch(docs, top=5)
    ]


def test_a_bad_option_fails_on_the_driver_with_salients_message(spark):
    with pytest.raises(salient.SalientError, match="method"):
        summary_udf(method="nope")


@pytest.mark.skipif(not os.environ.get("SALIENT_BIN"), reason="SALIENT_BIN (the CLI) not given")
def test_rdd_pipe_with_bad_lines_recorded_keeps_every_record(spark):
    docs = documents()
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(docs)]
    lines.insert(5, "{not json")
    lines.insert(50, json.dumps({"id": "no-text", "body": "the text is under another field"}))
    command = pipe_command(os.environ["SALIENT_BIN"], ["-s", "3"])
    # checkCode=True: a non-zero exit would fail the job; --bad-lines record keeps it at 0.
    out = spark.sparkContext.parallelize(lines, 3).pipe(command, checkCode=True).collect()
    records = [json.loads(line) for line in out]
    assert len(records) == len(lines)
    errors = [r for r in records if "error" in r]
    assert [e["id"] for e in errors] == [None, "no-text"]
    assert "JSON" in errors[0]["error"] and "text" in errors[1]["error"]
    summaries = {r["id"]: r["summary"] for r in records if "error" not in r}
    want = [" ".join(s.text.split("\n")) for s in salient.Summarizer(budget=3).summarize_batch(docs)]
    assert [summaries[i] for i in range(len(docs))] == want


@pytest.mark.skipif(not os.environ.get("SALIENT_BIN"), reason="SALIENT_BIN (the CLI) not given")
def test_a_failing_salient_fails_the_pipe_job(spark):
    # A usage error (exit 2) is a real failure, not a bad line: checkCode=True fails the job.
    command = pipe_command(os.environ["SALIENT_BIN"], ["--budget", "words:0"])
    rdd = spark.sparkContext.parallelize([json.dumps({"id": 1, "text": "One. Two."})], 1)
    with pytest.raises(Exception, match="exited with error code 2|exit"):
        rdd.pipe(command, checkCode=True).collect()


def test_pipe_command_refuses_a_bare_name():
    with pytest.raises(ValueError, match="absolute path"):
        pipe_command("salient")
