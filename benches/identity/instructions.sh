#!/usr/bin/env bash
# Instruction counts (valgrind's callgrind), one thread, for two salient binaries: deterministic
# where wall-clock timings on a shared machine are not.
#   benches/identity/instructions.sh OLD_BINARY NEW_BINARY
set -euo pipefail
old="$1"; new="$2"
root="$(cd "$(dirname "$0")/../.." && pwd)"
S="${SALIENT_SHARED:-$root/../shared}/eval"
book="$(mktemp)"; trap 'rm -f "$book"' EXIT
head -1 "$S/gutenberg_books.jsonl" | python3 -c 'import json, sys; print(json.loads(sys.stdin.read())["text"])' > "$book"
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | grep -o "Collected : [0-9]*" | grep -o "[0-9]*"; }
echo "| run | old (instructions) | new | new / old |"
echo "|---|---|---|---|"
for m in default lexrank-continuous luhn sumbasic klsum lead; do
    a=$(count "$old" summarize --input-format jsonl -j 1 -s 3 -f jsonl -m $m "$S/cnndm_summeval.jsonl")
    b=$(count "$new" summarize --input-format jsonl -j 1 -s 3 -f jsonl -m $m "$S/cnndm_summeval.jsonl")
    echo "| 55 news articles, $m | $a | $b | $(python3 -c "print(f'{$b/$a:.3f}')") |"
done
for m in default sumbasic lead; do
    a=$(count "$old" summarize -s 3 -m $m "$book"); b=$(count "$new" summarize -s 3 -m $m "$book")
    echo "| first Gutenberg book, $m | $a | $b | $(python3 -c "print(f'{$b/$a:.3f}')") |"
done
