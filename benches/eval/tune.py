#!/usr/bin/env python3
"""Compares the default with LEAD-3 and salient's other methods, corpus by corpus, on one half of
../shared/eval (salient eval --split), at one budget: 3 sentences, the Auto budget, or a word
budget near each corpus's mean reference length. How the default's rules were chosen (on
`--half tune`) and checked (on `--half test`).

    cargo build --release -p salient-cli
    python3 benches/eval/tune.py --half test --budget 3 [--all] [-- extra salient eval options]

Prints one row per corpus (R1/R2/RL F x100 of default and lead, the best other method by R1
when --all) and the counts the issue asks for. Only `salient eval` computes numbers.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SALIENT = os.environ.get("SALIENT", os.path.join(ROOT, "target/release/salient"))
SHARED = os.environ.get("SALIENT_SHARED", os.path.join(ROOT, "..", "shared"))
NOT_RANKERS = {"default", "lead", "random", "oracle"}


def corpora():
    files = sorted(glob.glob(os.path.join(SHARED, "eval", "*.jsonl")))
    return [f for f in files if not f.endswith(("rouge_vectors.jsonl", "gutenberg_books.jsonl"))]


def reference_words(path):
    """Mean over documents of the mean reference length in whitespace words, rounded to 10."""
    means = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            refs = json.loads(line).get("summaries") or []
            refs = [refs] if isinstance(refs, str) else refs
            if refs:
                means.append(sum(len(r.split()) for r in refs) / len(refs))
    return max(10, int(round(sum(means) / max(1, len(means)) / 10.0)) * 10)


def budget_args(budget, path):
    if budget == "auto":
        return ["--budget", "auto"]
    if budget == "ref":
        return ["-w", str(reference_words(path))]
    return ["-s", budget]


def evaluate(path, half, budget, methods, extra):
    args = [SALIENT, "eval", path, "--split", half, "--bootstrap", "0", "-f", "json",
            *budget_args(budget, path), *extra]
    for m in methods:
        args += ["-m", m]
    out = subprocess.run(args, capture_output=True, text=True)
    rows = [json.loads(l) for l in out.stdout.splitlines() if l.startswith("{")]
    return {r["system"]: r for r in rows if "system" in r}


def f(row, key):
    return 100 * row[key]["f"]


def scores(row):
    return "/".join(f"{f(row, k):.2f}" for k in ["rouge1", "rouge2", "rouge_l"]) if row else "-"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=["tune", "test"], required=True)
    ap.add_argument("--budget", default="3", help="a sentence count, auto, or ref")
    ap.add_argument("--all", action="store_true", help="also every other method (slower)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("extra", nargs="*", help="options passed to salient eval")
    a = ap.parse_args()
    methods = ["all"] if a.all else ["default", "lead"]
    paths = corpora()
    with ThreadPoolExecutor(a.jobs) as pool:
        results = list(pool.map(lambda p: evaluate(p, a.half, a.budget, methods, a.extra), paths))
        lead3 = list(pool.map(lambda p: evaluate(p, a.half, "3", ["lead"], a.extra), paths))
    keys = ["rouge1", "rouge2", "rouge_l"]
    wins, wins3, gaps, n = 0, 0, [], 0
    print(f"half {a.half}, budget {a.budget}, extra {' '.join(a.extra) or '-'}")
    print(f"{'corpus':30} {'docs':>5} {'default R1/R2/RL':>20} {'lead R1/R2/RL':>20} {'best other':>28}")
    for path, rows in zip(paths, results):
        if "default" not in rows or "lead" not in rows:
            continue
        n += 1
        d, l = rows["default"], rows["lead"]
        ok = all(f(d, k) >= f(l, k) - 1e-9 for k in keys)
        wins += ok
        l3 = lead3[paths.index(path)].get("lead")
        ok3 = l3 is not None and all(f(d, k) >= f(l3, k) - 1e-9 for k in keys)
        wins3 += ok3
        best = ""
        others = [r for s, r in rows.items() if s not in NOT_RANKERS]
        if others:
            b = max(others, key=lambda r: f(r, "rouge1"))
            gaps.append(max(0.0, f(b, "rouge1") - f(d, "rouge1")))
            best = f"{b['system']} {f(b, 'rouge1'):.2f} (gap {gaps[-1]:.2f})"
        name = os.path.basename(path)[:-6]
        print(f"{name:30} {d['documents']:5d} {'/'.join(f'{f(d, k):.2f}' for k in keys):>20} "
              f"{'/'.join(f'{f(l, k):.2f}' for k in keys):>20} {best:>28} {'' if ok else '< lead'}"
              f"{'' if ok3 else ' < lead-3 ' + scores(l3)}")
    print(f"default >= lead (same budget) on R1, R2 and RL: {wins} of {n} corpora")
    print(f"default >= LEAD-3 on R1, R2 and RL: {wins3} of {n} corpora")
    if gaps:
        print(f"mean R1 gap to the best other method: {sum(gaps) / len(gaps):.2f}")
    mean = lambda s, k: sum(f(r[s], k) for r in results if "default" in r) / max(1, n)
    print(f"macro mean R1 default {mean('default', 'rouge1'):.2f}, lead {mean('lead', 'rouge1'):.2f}")


if __name__ == "__main__":
    sys.exit(main())
