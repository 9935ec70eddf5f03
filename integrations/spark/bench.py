#!/usr/bin/env python3
"""Times the Spark routes on the documents the Spark tests use, at local[2]: wall seconds and
CPU seconds (this process and every descendant: the JVM, Spark's Python workers, salient;
read with psutil just before the session stops), for

* `start`: a Spark session started and stopped, no job (the fixed cost);
* `udf`: `salient.spark.summary_udf` over a DataFrame column;
* `pipe`: `RDD.pipe` through the salient binary (`SALIENT_BIN`);
* `python`: `salient.Summarizer().summarize_batch` alone, no Spark (the work itself).

    SALIENT_BIN=$PWD/target/release/salient target/python-test-venv/bin/python integrations/spark/bench.py

Each route runs in a fresh process (so CPU times do not mix); prints a Markdown table.
"""
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "tests"))


def tree_cpu():
    """CPU seconds of this process and all its descendants (waited-for children included)."""
    import psutil

    me = psutil.Process()
    total = 0.0
    for p in [me, *me.children(recursive=True)]:
        try:
            t = p.cpu_times()
            total += t.user + t.system + t.children_user + t.children_system
        except psutil.NoSuchProcess:
            pass
    return total


def run_route(route):
    import test_spark  # the same documents as the tests

    docs = test_spark.documents()
    if route == "python":
        import salient

        salient.Summarizer().summarize_batch(docs, jobs=2)
        return len(docs), tree_cpu()
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
             .config("spark.driver.memory", "1g").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    if route == "udf":
        from salient.spark import summary_udf

        df = spark.createDataFrame(list(enumerate(docs)), "id long, text string").repartition(4)
        n = df.withColumn("s", summary_udf()(F.col("text"))).where(F.col("s").isNotNull()).count()
        assert n == len(docs)
    elif route == "pipe":
        from salient.spark import pipe_command

        lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(docs)]
        cmd = pipe_command(os.environ["SALIENT_BIN"], [])
        n = spark.sparkContext.parallelize(lines, 4).pipe(cmd, checkCode=True).count()
        assert n == len(docs)
    cpu = tree_cpu()
    spark.stop()
    return (0 if route == "start" else len(docs)), cpu


def main():
    if len(sys.argv) == 2:
        n, cpu = run_route(sys.argv[1])
        print(n, cpu)
        return
    rows = []
    for route in ["start", "python", "udf", "pipe"]:
        start = time.perf_counter()
        out = subprocess.run([sys.executable, __file__, route], capture_output=True, text=True)
        wall = time.perf_counter() - start
        if out.returncode != 0:
            sys.stderr.write(out.stderr[-2000:])
            raise SystemExit(f"{route} failed")
        n, cpu = out.stdout.split()[-2:]
        rows.append((route, int(n), wall, float(cpu)))
    print("| route | documents | wall s | CPU s |")
    print("|---|---|---|---|")
    for route, n, wall, cpu in rows:
        print(f"| {route} | {n} | {wall:.1f} | {cpu:.1f} |")


if __name__ == "__main__":
    main()
