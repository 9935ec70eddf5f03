#!/usr/bin/env bash
# The serial share of batch summarization, from a per-thread profile: valgrind's callgrind
# counts the instructions each thread executes (`--separate-threads=yes`) while
# `salient summarize --input-format jsonl -j 2` runs over N news articles from ../shared/eval
# (default 3,000). Threads that run rayon's worker loop are the parallel part; every other
# thread (the main thread, the reader, allocator housekeeping) is serial. Prints each thread's
# count and its most expensive functions of salient's own (inclusive), the serial share s, and
# the speedup Amdahl's law allows on c cores, 1 / (s + (1 - s) / c).
#
#   benches/batch/serial_share.sh [N]
#
# Needs valgrind (Debian: apt install valgrind). Instruction counts do not depend on the
# machine's load, so one run suffices.
set -euo pipefail
n="${1:-3000}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${SALIENT_SHARED:-$root/../shared}"
command -v valgrind >/dev/null || { echo "serial_share.sh needs valgrind" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# Line tables only, so that functions have names; same optimisation as a release build.
CARGO_PROFILE_RELEASE_DEBUG=line-tables-only cargo build --quiet --release -p salient-cli \
    --manifest-path "$root/Cargo.toml" --target-dir "$tmp/target"
python3 - "$tmp/news.jsonl" "$n" "$shared/eval" <<'PY'
import json, sys
out, n, d = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = [json.loads(l)["text"] for c in ("cnndm_summeval", "cnndm_realsumm", "newsroom_humaneval",
                                         "bbc_news_summary")
         for l in open(f"{d}/{c}.jsonl", encoding="utf-8")]
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        f.write(json.dumps({"id": i, "text": texts[i % len(texts)]}) + "\n")
PY
valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$tmp/cg.out" \
    "$tmp/target/release/salient" summarize --input-format jsonl -f jsonl -s 3 -j 2 \
    "$tmp/news.jsonl" >"$tmp/out.jsonl" 2>"$tmp/valgrind.log"
lines=$(wc -l <"$tmp/out.jsonl")
[ "$lines" -eq "$n" ] || { echo "expected $n output lines, got $lines" >&2; exit 1; }
python3 - "$tmp" "$n" <<'PY'
import glob, os, re, subprocess, sys
tmp, n = sys.argv[1], int(sys.argv[2])
rows = []
for path in sorted(glob.glob(os.path.join(tmp, "cg.out-*"))):
    text = open(path, encoding="utf-8", errors="replace").read()
    total = int(re.search(r"^(?:summary|totals): (\d+)", text, re.M).group(1))
    worker = "rayon_core::registry::ThreadBuilder::run" in text
    ann = subprocess.run(["callgrind_annotate", "--inclusive=yes", path], capture_output=True,
                         text=True).stdout.splitlines()
    top = []
    for line in ann:
        # "  1,234 (12.34%)  /path/file.rs:function [object]": salient's own functions only.
        m = re.match(r"\s*[\d,]+ \([ \d.]+%\)\s+\S*?:(salient\S*)", line)
        if m and "{{closure}}" not in m.group(1) and m.group(1) not in top:
            top.append(m.group(1))
        if len(top) == 5:
            break
    rows.append((os.path.basename(path).split("-")[-1], total, worker, top))
all_ = sum(t for _, t, _, _ in rows)
serial = sum(t for _, t, w, _ in rows if not w)
print(f"salient summarize --input-format jsonl -j 2 on {n:,} news articles: "
      f"{all_:,} instructions in {len(rows)} threads")
print()
print("| thread | role | instructions | share | top functions (inclusive) |")
print("|---|---|---|---|---|")
for tid, total, worker, top in rows:
    role = "rayon worker (parallel)" if worker else "serial"
    print(f"| {tid} | {role} | {total:,} | {100 * total / all_:.2f}% | "
          f"{'; '.join(f'`{t}`' for t in top[:3])} |")
s = serial / all_
print()
print(f"Serial share s = {100 * s:.2f}%. Amdahl's bound 1 / (s + (1 - s) / c): " + ", ".join(
    f"{c} cores {1 / (s + (1 - s) / c):.1f}x" for c in (2, 4, 8, 16)) + ".")
PY
