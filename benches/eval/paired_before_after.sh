#!/usr/bin/env bash
# Paired comparison of two salient builds' default summaries on one half of a corpus:
#   benches/eval/paired_before_after.sh OLD_BINARY CORPUS HALF BUDGET_ARGS...
# The old build's summaries (pick lines, speakers first, as `salient summarize` prints them)
# become a --predictions system `before`; `salient eval` (this build) scores both and prints
# the paired bootstrap interval and p-value of default - before.
set -euo pipefail
old=$1 corpus=$2 half=$3; shift 3
new=${SALIENT:-target/release/salient}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
name=$(basename "$corpus" .jsonl)
"$old" summarize --input-format jsonl -f jsonl "$@" "$corpus" 2>/dev/null | python3 -c '
import json, sys
def fnv(s):
    h = 0xcbf29ce484222325
    for b in s.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h
name, half = sys.argv[1], sys.argv[2]
for line in sys.stdin:
    r = json.loads(line)
    key = name + "/" + str(r.get("id"))
    if "error" in r or (fnv(key) % 2 == 0) != (half == "tune"):
        continue
    picks = [(p["speaker"] + ": " if p.get("speaker") else "") + " ".join(p["text"].split()) for p in r["picks"]]
    print(json.dumps({"id": r["id"], "summary": picks}))
' "$name" "$half" > "$tmp/before.jsonl"
"$new" eval "$corpus" --split "$half" -m default --predictions "before=$tmp/before.jsonl" \
    --baseline before "$@"
