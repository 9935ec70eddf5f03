#!/usr/bin/env bash
# Times whole batch runs of `salient summarize --input-format jsonl`: documents per second at 1
# and 2 threads, and peak memory (GNU time), on news and on meeting transcripts built from
# ../shared/eval; optionally the memory bound on a large generated input.
#
#   benches/batch/batch.sh            # news (20,000 articles) and meetings (1,210 transcripts)
#   benches/batch/batch.sh --large    # also 100,000 and 1,000,000 news lines: peak memory
#
# Each configuration runs 3 times, alternating, and the median wall time is reported.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${SALIENT_SHARED:-$root/../shared}"
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time" >&2; exit 1; }
cargo build --quiet --release -p salient-cli --manifest-path "$root/Cargo.toml"
bin="$root/target/release/salient"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

make() { # make NAME LINES CORPUS...
    python3 - "$tmp/$1.jsonl" "$2" "${@:3}" <<'PY'
import json, sys
out, n, corpora = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
texts = [json.loads(l)["text"] for c in corpora for l in open(c, encoding="utf-8")]
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        f.write(json.dumps({"id": i, "text": texts[i % len(texts)]}) + "\n")
PY
}

run() { # run FILE JOBS -> "seconds peak_kb"
    /usr/bin/time -f "%e %M" "$bin" summarize --input-format jsonl -f jsonl -s 3 -j "$2" "$1" \
        2>&1 >/dev/null | tail -1
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

bench() { # bench NAME DOCS
    local f="$tmp/$1.jsonl"
    declare -A secs peak
    for _ in 1 2 3; do
        for j in 1 2; do
            read -r s m < <(run "$f" "$j")
            secs[$j]+="$s "
            peak[$j]=$m
        done
    done
    local t1 t2
    t1=$(echo "${secs[1]}" | tr ' ' '\n' | grep . | median)
    t2=$(echo "${secs[2]}" | tr ' ' '\n' | grep . | median)
    printf '| %s | %s | %.0f | %.0f | %.2fx | %.0f / %.0f |\n' "$1" "$2" \
        "$(echo "$2 / $t1" | bc -l)" "$(echo "$2 / $t2" | bc -l)" "$(echo "$t1 / $t2" | bc -l)" \
        "$(echo "${peak[1]} / 1024" | bc -l)" "$(echo "${peak[2]} / 1024" | bc -l)"
}

news=("$shared/eval/bbc_news_summary.jsonl" "$shared/eval/cnndm_summeval.jsonl" \
      "$shared/eval/cnndm_realsumm.jsonl" "$shared/eval/newsroom_humaneval.jsonl")
make news 20000 "${news[@]}"
make meetings 1210 "$shared/eval/qmsum_meetings.jsonl"
echo "Batch summarize (3 sentences, JSON Lines out), $(nproc) cores, $(date -u +%Y-%m-%d); median of 3 runs"
echo
echo "| input | documents | docs/s, 1 thread | docs/s, 2 threads | speedup | peak MB (1 / 2 threads) |"
echo "|---|---|---|---|---|---|"
bench news 20000
bench meetings 1210
if [ "${1:-}" = "--large" ]; then
    echo
    echo "| input | lines | size | seconds (2 threads) | peak MB |"
    echo "|---|---|---|---|---|"
    for n in 100000 1000000; do
        make "large$n" "$n" "${news[@]}"
        read -r s m < <(run "$tmp/large$n.jsonl" 2)
        printf '| news | %s | %s | %s | %.0f |\n' "$n" "$(du -h "$tmp/large$n.jsonl" | cut -f1)" "$s" "$(echo "$m / 1024" | bc -l)"
        rm -f "$tmp/large$n.jsonl"
    done
fi
