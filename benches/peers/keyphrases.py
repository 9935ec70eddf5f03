#!/usr/bin/env python3
"""Peer keyphrase extractors on a keyphrase benchmark, written as predictions that
`salient eval --keyphrases CORPUS --predictions NAME=FILE` scores on the same documents.

    benches/peers/.venv/bin/python benches/peers/keyphrases.py ../shared/eval/keyphrases/Inspec.jsonl \
        --out /tmp/kp-peers
    salient eval --keyphrases ../shared/eval/keyphrases/Inspec.jsonl --split test \
        --predictions yake=/tmp/kp-peers/Inspec.yake.jsonl --predictions summa=/tmp/kp-peers/Inspec.summa.jsonl

Peers (default settings, ten phrases per document, the document's `lang`):
- YAKE 0.7 (Campos et al. 2020): `yake.KeywordExtractor(lan=lang, n=3, top=10)`;
- summa 1.2 (TextRank, Mihalcea & Tarau 2004): `summa.keywords.keywords(text, language=...)`,
  its first ten lines.
The spaCy-based extractors (pke, pytextrank) need language models that are not on PyPI, so they
are not run here; their figures in BENCHMARKS.md come from the issue that asked for this work.
Also prints each peer's documents per CPU-second (one process, one thread), and with
`--salient BIN` salient's (`salient keywords --input-format jsonl -j 1`, the median CPU time of
five whole runs, reading and writing included), so that the ratio comes from one run.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import tempfile
import time

SUMMA_LANG = {"en": "english", "fr": "french", "pt": "portuguese"}


def yake_extractor(lang):
    import yake

    return lambda text: [k for k, _ in yake.KeywordExtractor(lan=lang, n=3, top=10).extract_keywords(text)]


def summa_extractor(lang):
    from summa import keywords

    language = SUMMA_LANG.get(lang, "english")

    def run(text):
        try:
            return keywords.keywords(text, language=language).split("\n")[:10]
        except (ValueError, IndexError, ZeroDivisionError):
            return []

    return run


PEERS = {"yake": yake_extractor, "summa": summa_extractor}


def salient_speed(binary, docs, runs=5):
    """salient's documents per CPU-second over `docs`: median of `runs` whole runs on one thread."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
    times = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        with open(f.name + ".out", "w", encoding="utf-8") as out:
            subprocess.run([binary, "keywords", "--input-format", "jsonl", "-j", "1", f.name], check=True, stdout=out)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    os.unlink(f.name)
    os.unlink(f.name + ".out")
    return len(docs) / max(statistics.median(times), 1e-9)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--out", required=True, help="directory for CORPUS.PEER.jsonl")
    ap.add_argument("--peer", action="append", choices=sorted(PEERS), help="default: all")
    ap.add_argument("--salient", metavar="BIN", help="also time this salient binary")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for path in args.corpora:
        docs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        name = os.path.basename(path).removesuffix(".jsonl")
        if args.salient:
            print(f"{name}\tsalient\t{len(docs)} docs\t{salient_speed(args.salient, docs):.0f} docs/CPU-s")
        for peer in args.peer or sorted(PEERS):
            extractors = {}
            start = time.process_time()
            with open(os.path.join(args.out, f"{name}.{peer}.jsonl"), "w", encoding="utf-8") as out:
                for d in docs:
                    lang = d.get("lang") or "en"
                    if lang not in extractors:
                        extractors[lang] = PEERS[peer](lang)
                    phrases = extractors[lang](d["text"])
                    out.write(json.dumps({"id": d["id"], "keyphrases": phrases}, ensure_ascii=False) + "\n")
            cpu = time.process_time() - start
            print(f"{name}\t{peer}\t{len(docs)} docs\t{len(docs) / max(cpu, 1e-9):.0f} docs/CPU-s")


if __name__ == "__main__":
    main()
