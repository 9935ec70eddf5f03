#!/usr/bin/env bash
# A JSON Lines batch of N news lines (default 1,000,000) with an invalid UTF-8 byte on line
# 0.3 N and a raw NUL on line 0.7 N: every other line must be summarized, those two reported.
#   benches/batch/bad_lines.sh [N]
set -euo pipefail
n="${1:-1000000}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
S="${SALIENT_SHARED:-$root/../shared}/eval"
cargo build --quiet --release -p salient-cli --manifest-path "$root/Cargo.toml"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/in.jsonl" "$n" "$S" <<'PY'
import json, sys
out, n, S = sys.argv[1], int(sys.argv[2]), sys.argv[3]
news = [json.loads(l)["text"] for f in ("cnndm_summeval", "bbc_news_summary") for l in open(f"{S}/{f}.jsonl")]
with open(out, "wb") as o:
    for i in range(n):
        line = json.dumps({"id": i, "text": news[i % len(news)]}).encode()
        if i + 1 == int(0.3 * n):
            line = line[:30] + b"\xff" + line[30:]
        if i + 1 == int(0.7 * n):
            line = line[:30] + b"\x00" + line[30:]
        o.write(line + b"\n")
PY
/usr/bin/time -f "%e s, peak %M KB" "$root/target/release/salient" summarize --input-format jsonl \
    -f jsonl -s 3 "$tmp/in.jsonl" 2>"$tmp/err" | python3 -c '
import json, sys
ok = bad = 0; lines = []
for l in sys.stdin:
    r = json.loads(l)
    if "error" in r:
        bad += 1; lines.append(r["line"])
    else:
        ok += 1
print(f"{ok} summaries, {bad} error records at lines {lines}")'
cat "$tmp/err"
