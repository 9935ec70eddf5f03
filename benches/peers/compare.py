"""Side-by-side comparison of salient with sumy, summa and lexrank (PyPI).

Run through compare.sh, which prepares the environment. Every system summarizes the same
documents to 3 sentences on one thread; each runs in its own process so that its peak memory can
be read (with /usr/bin/time). ROUGE for every system is computed here with Google's rouge-score (max over
references per ROUGE type, Porter stemmer), so all are scored the same way.
"""

import argparse
import datetime
import json
import os
import platform
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

CORPORA = [
    ("cnndm_summeval", None),
    ("cnndm_realsumm", None),
    ("newsroom_humaneval", None),
    ("dialogsum_test", None),
    ("qmsum_meetings", 40),
    ("bbc_news_summary", None),
]
PEERS = [
    "sumy-luhn",
    "sumy-lsa",
    "sumy-lexrank",
    "sumy-textrank",
    "sumy-sumbasic",
    "sumy-kl",
    "summa-textrank",
    "lexrank",
]
SALIENT_METHODS = ["default", "textrank", "lexrank", "lsa", "sumbasic", "luhn", "klsum", "lead"]
SENTENCES = 3


# ---------------------------------------------------------------------------------------------
# Worker: runs one peer over documents read from a JSON Lines file, timing each summary.


def make_peer(name, texts):
    """A function text -> list of summary sentences (document order)."""
    import punkt

    if name.startswith("sumy-"):
        from sumy.nlp.stemmers import Stemmer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.utils import get_stop_words

        class Tokenizer:
            """sumy's tokenizer interface over Punkt (NLTK's data cannot be downloaded here)."""

            language = "english"

            def to_sentences(self, paragraph):
                return punkt.sent_tokenize(paragraph)

            def to_words(self, sentence):
                return [w for w in punkt.word_tokenize(sentence) if any(c.isalnum() for c in w)]

        module, cls = {
            "sumy-luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
            "sumy-lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
            "sumy-lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
            "sumy-textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
            "sumy-sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
            "sumy-kl": ("sumy.summarizers.kl", "KLSummarizer"),
        }[name]
        summarizer = getattr(__import__(module, fromlist=[cls]), cls)(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        tokenizer = Tokenizer()

        def run(text):
            doc = PlaintextParser.from_string(text, tokenizer).document
            return [str(s) for s in summarizer(doc, SENTENCES)]

        return run
    if name == "summa-textrank":
        from summa.summarizer import summarize

        def run(text):
            scored = summarize(text, ratio=1.0, split=True, scores=True)
            top = sorted(range(len(scored)), key=lambda i: (-scored[i][1], i))[:SENTENCES]
            return [scored[i][0] for i in sorted(top)]

        return run
    if name == "lexrank":
        from lexrank import LexRank
        from lexrank.mappings.stopwords import STOPWORDS

        # lexrank learns idf from a corpus: the documents being summarized.
        lxr = LexRank([punkt.sent_tokenize(t) for t in texts], stopwords=STOPWORDS["en"])

        def run(text):
            sentences = punkt.sent_tokenize(text)
            if not sentences:
                return []
            scores = lxr.rank_sentences(sentences, threshold=0.1)
            top = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))[:SENTENCES]
            return [sentences[i] for i in sorted(top)]

        return run
    raise SystemExit(f"unknown peer {name}")


def worker(args):
    texts = [json.loads(line)["text"] for line in open(args.input, encoding="utf-8")]
    run = make_peer(args.worker, texts)
    out = sys.stdout
    for i, text in enumerate(texts):
        start = time.perf_counter()
        try:
            summary = run(text)
            error = None
        except Exception as e:  # a peer failing on a document is a result, not a crash
            summary, error = [], f"{type(e).__name__}: {e}"
        seconds = time.perf_counter() - start
        out.write(json.dumps({"i": i, "seconds": seconds, "summary": summary, "error": error}) + "\n")
        out.flush()


# ---------------------------------------------------------------------------------------------
# Parent: runs every system, scores, prints the table.


def run_process(cmd, timeout, stdout_path):
    """Runs cmd, stdout to a file; returns (exit status or None on timeout, wall s, peak MB).

    Peak memory comes from /usr/bin/time: a child forked straight from this (large) Python
    process would report this process's memory as its own high-water mark.
    """
    mem = stdout_path + ".maxrss"
    with open(stdout_path, "w", encoding="utf-8") as out:
        start = time.perf_counter()
        # A session of its own, so that a timeout stops the measured process, not only `time`.
        p = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", mem] + cmd, stdout=out,
                             stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            status = p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
            status = None
        wall = time.perf_counter() - start
    try:
        peak = int(open(mem).read().split()[-1]) / 1024.0
    except (OSError, ValueError, IndexError):
        peak = float("nan")
    return status, wall, peak


def rouge_scores(scorer, refs, summary_lines):
    s = scorer.score_multi(refs, "\n".join(" ".join(l.split()) for l in summary_lines))
    return [100 * s[k].fmeasure for k in ("rouge1", "rouge2", "rougeL")]


def save_predictions(root, corpus, subset, peer, scorer, docs, results):
    """A peer's summaries as `salient eval --predictions` reads them (the lines rouge-score saw,
    as a list of sentences), and rouge-score's unrounded mean P/R/F of each type."""
    d = os.path.join(root, corpus)
    os.makedirs(d, exist_ok=True)
    shutil.copyfile(subset, os.path.join(d, "corpus.jsonl"))
    means = {}
    with open(os.path.join(d, peer + ".jsonl"), "w", encoding="utf-8") as f:
        for k, (doc, r) in enumerate(zip(docs, results)):
            lines = [" ".join(l.split()) for l in r["summary"]]
            f.write(json.dumps({"id": doc.get("id") or f"line {k + 1}", "summary": lines}) + "\n")
            s = scorer.score_multi(doc["summaries"], "\n".join(lines))
            for t in ("rouge1", "rouge2", "rougeL"):
                for field in ("precision", "recall", "fmeasure"):
                    means.setdefault(f"{t}.{field}", []).append(getattr(s[t], field))
    with open(os.path.join(d, peer + ".rouge_score.json"), "w", encoding="utf-8") as f:
        json.dump({k: statistics.fmean(v) for k, v in means.items()}, f)


def quantile(values, q):
    v = sorted(values)
    if not v:
        return 0.0
    k = max(1, min(len(v), int(-(-q * len(v) // 1))))
    return v[k - 1]


def load(eval_dir, name, limit):
    docs = []
    with open(os.path.join(eval_dir, name + ".jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("summaries"):
                docs.append(d)
            if limit and len(docs) >= limit:
                break
    return docs


def command_options():
    """This run's options as given to compare.sh (which adds --salient and --eval-dir)."""
    out, skip = [], False
    for a in sys.argv[1:]:
        if skip:
            skip = False
        elif a in ("--salient", "--eval-dir"):
            skip = True
        elif not a.startswith(("--salient=", "--eval-dir=")):
            out.append(a)
    return "".join(" " + a for a in out)


def median_pass(runs, docs_per_s):
    """Of several timed passes over the same documents, the one with the median docs/s
    (`docs_per_s(run)`)."""
    return sorted(runs, key=docs_per_s)[len(runs) // 2]


def salient_on_corpus(args, path, method, docs, tmp):
    """ROUGE, per-document times (the median of --passes runs) and peak memory of salient over
    a corpus file."""
    n = len(docs)
    cmd = [args.salient, "eval", "-j", "1", "-f", "json", "-m", method, "-s", str(SENTENCES),
           "--limit", str(n), path]
    out = os.path.join(tmp, "salient_eval.json")
    rows = []
    for _ in range(args.passes):
        run_process(cmd, 3600, out)
        rows.append(json.loads(open(out, encoding="utf-8").read().splitlines()[0]))
    row = median_pass(rows, lambda r: r["docs_per_second"])
    # Peak memory of a plain batch run over the same documents.
    cmd = [args.salient, "summarize", "--input-format", "jsonl", "-j", "1", "-m", method,
           "-s", str(SENTENCES), "-f", "jsonl", path]
    _, _, peak = run_process(cmd, 3600, os.path.join(tmp, "salient_batch.jsonl"))
    return {
        "docs_per_s": row["docs_per_second"],
        "ms_median": row["ms_median"],
        "ms_p95": row["ms_p95"],
        "peak_mb": peak,
        "rouge": [100 * row["rouge1"]["f"], 100 * row["rouge2"]["f"], 100 * row["rouge_l"]["f"]],
        "errors": 0,
    }


def peer_on_docs(args, peer, texts, tmp, timeout):
    path = os.path.join(tmp, "input.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for t in texts:
            f.write(json.dumps({"text": t}) + "\n")
    out = os.path.join(tmp, f"{peer}.jsonl")
    cmd = [sys.executable, os.path.abspath(__file__), "--worker", peer, "--input", path]
    status, wall, peak = run_process(cmd, timeout, out)
    results = [json.loads(l) for l in open(out, encoding="utf-8") if l.strip()]
    return status, wall, peak, results


def fmt(x, digits=1):
    return f"{x:,.{digits}f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--worker")
    ap.add_argument("--input")
    ap.add_argument("--salient")
    ap.add_argument("--eval-dir")
    ap.add_argument("--quick", action="store_true", help="a few documents, sizes up to 1,000")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per peer run")
    ap.add_argument("--save-predictions", metavar="DIR",
                    help="write each peer's summaries (salient eval --predictions format), the "
                         "corpus subset and rouge-score's means to DIR/<corpus>/, for "
                         "check_predictions.py")
    ap.add_argument("--corpus", action="append", metavar="NAME",
                    help="only these corpora (repeatable; default: all six)")
    ap.add_argument("--method", action="append", metavar="METHOD",
                    help="only these salient methods (repeatable; default: all; the first is the "
                         "one ratios are taken against)")
    ap.add_argument("--passes", type=int, default=1, metavar="N",
                    help="time every system N times on each corpus and report its median pass "
                         "(default 1); each pass is a fresh process")
    ap.add_argument("--no-sizes", action="store_true",
                    help="skip the synthetic document of growing length")
    args = ap.parse_args()
    if args.worker:
        return worker(args)

    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    tmp = tempfile.mkdtemp(prefix="salient-peers-")
    started = datetime.datetime.now(datetime.timezone.utc)
    print(f"# salient vs peers, {started:%Y-%m-%d %H:%M} UTC")
    print()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; "
          f"Python {platform.python_version()}. Command: `benches/peers/compare.sh"
          f"{command_options()}`.")
    print("Every system: 3 sentences per document, one thread, its own process. docs/s and ms "
          "count summarizing time only (no start-up, no scoring)"
          + (f"; each system ran {args.passes} times per corpus, interleaved by corpus, and its "
             "median pass is shown" if args.passes > 1 else "") + ". ROUGE: rouge-score 0.1.2, "
          "F x 100, Porter stemmer, max over references.")
    print()

    # 1. Corpora.
    print("| corpus | system | docs | docs/s | ms median | ms p95 | peak MB | R1 | R2 | RL | "
          "salient default speed ratio |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, limit in CORPORA:
        if args.corpus and name not in args.corpus:
            continue
        if args.quick:
            limit = min(limit or 10, 10)
        docs = load(args.eval_dir, name, limit)
        if not docs:
            continue
        subset = os.path.join(tmp, name + ".jsonl")
        with open(subset, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps({"id": d.get("id"), "text": d["text"],
                                    "summaries": d["summaries"]}) + "\n")
        rows = []
        for m in args.method or SALIENT_METHODS:
            r = salient_on_corpus(args, subset, m, docs, tmp)
            rows.append((f"salient {m}", r))
        base = rows[0][1]["docs_per_s"]
        for peer in PEERS:
            passes = []
            for _ in range(args.passes):
                status, wall, peak, results = peer_on_docs(
                    args, peer, [d["text"] for d in docs], tmp,
                    timeout=max(args.timeout, 10 * len(docs)))
                if len(results) < len(docs):
                    failed = (f"stopped after {len(results)} of {len(docs)} documents "
                              f"({'timeout' if status is None else status})")
                    break
                secs = [r["seconds"] for r in results]
                passes.append((results, peak, {
                    "docs_per_s": len(secs) / sum(secs) if sum(secs) else float("inf"),
                    "ms_median": 1e3 * statistics.median(secs),
                    "ms_p95": 1e3 * quantile(secs, 0.95),
                }))
            if len(passes) < args.passes:
                rows.append((peer, {"failed": failed}))
                continue
            results, peak, timing = median_pass(passes, lambda p: p[2]["docs_per_s"])
            rouge = [rouge_scores(scorer, d["summaries"], r["summary"]) for d, r in zip(docs, results)]
            if args.save_predictions:
                save_predictions(args.save_predictions, name, subset, peer, scorer, docs, results)
            rows.append((peer, dict(timing, peak_mb=peak,
                                    rouge=[statistics.fmean(x) for x in zip(*rouge)],
                                    errors=sum(1 for r in results if r["error"]))))
        for sys_name, r in rows:
            if "failed" in r:
                print(f"| {name} | {sys_name} | {len(docs)} | {r['failed']} | | | | | | | |")
                continue
            ratio = "" if sys_name.startswith("salient") else f"{base / r['docs_per_s']:,.0f}x"
            err = f" ({r['errors']} errors)" if r["errors"] else ""
            print(f"| {name} | {sys_name}{err} | {len(docs)} | {fmt(r['docs_per_s'], 0)} | "
                  f"{fmt(r['ms_median'], 2)} | {fmt(r['ms_p95'], 2)} | {fmt(r['peak_mb'], 0)} | "
                  f"{r['rouge'][0]:.2f} | {r['rouge'][1]:.2f} | {r['rouge'][2]:.2f} | {ratio} |",
                  flush=True)

    # 2. One synthetic document of growing length, made of distinct real sentences.
    if args.no_sizes:
        return
    print()
    print("One document of N distinct sentences (real news sentences from bbc_news_summary and "
          "cnndm, deduplicated, in a fixed shuffled order), summarized to 3 sentences. Wall time "
          f"of the whole process for salient, summarizing time for the peers; peers are stopped "
          f"after {args.timeout:.0f} s.")
    print()
    pool, seen = [], set()
    import punkt

    for name in ("bbc_news_summary", "cnndm_realsumm", "cnndm_summeval", "newsroom_humaneval"):
        for d in load(args.eval_dir, name, None):
            for s in punkt.sent_tokenize(d["text"]):
                s = " ".join(s.split())
                if len(s.split()) >= 5 and s not in seen:
                    seen.add(s)
                    pool.append(s)
    random.Random(7).shuffle(pool)
    sizes = [100, 1000] if args.quick else [100, 1000, 3000, 10000]
    print("| sentences | system | seconds | peak MB | salient default speed ratio |")
    print("|---|---|---|---|---|")
    timed_out = set()
    for n in sizes + ([] if args.quick else [100000]):
        if n <= len(pool):
            sentences = pool[:n]
        else:  # beyond the pool: numbered copies, still distinct
            sentences = [f"{pool[i % len(pool)][:-1]} (copy {i // len(pool)})." for i in range(n)]
        text = "\n\n".join(" ".join(sentences[i:i + 5]) for i in range(0, n, 5))
        doc = os.path.join(tmp, f"synthetic_{n}.txt")
        with open(doc, "w", encoding="utf-8") as f:
            f.write(text)
        times = []
        for _ in range(3):
            status, wall, peak = run_process(
                [args.salient, "summarize", "-s", str(SENTENCES), doc], 3600,
                os.path.join(tmp, "salient_syn.txt"))
            times.append(wall)
        base = statistics.median(times)
        print(f"| {n:,} | salient default (median of 3) | {base:.3f} | {peak:,.0f} | |", flush=True)
        if n > 10000:
            continue
        for peer in PEERS:
            if peer in timed_out:
                print(f"| {n:,} | {peer} | not run (stopped at a smaller size) | | |")
                continue
            status, wall, peak, results = peer_on_docs(args, peer, [text], tmp, args.timeout)
            if not results:
                timed_out.add(peer)
                print(f"| {n:,} | {peer} | > {args.timeout:.0f} (stopped) | {peak:,.0f} | > "
                      f"{args.timeout / base:,.0f}x |", flush=True)
                continue
            s = results[0]["seconds"]
            err = f" ({results[0]['error']})" if results[0]["error"] else ""
            print(f"| {n:,} | {peer}{err} | {s:.3f} | {peak:,.0f} | {s / base:,.0f}x |", flush=True)
    print()
    print(f"Finished in {(datetime.datetime.now(datetime.timezone.utc) - started).seconds} s.")


if __name__ == "__main__":
    main()
