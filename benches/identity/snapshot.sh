#!/usr/bin/env bash
# Writes outputs that a refactor must leave byte-identical, for one salient binary:
#   benches/identity/snapshot.sh OLD_BINARY /tmp/before
#   benches/identity/snapshot.sh target/release/salient /tmp/after
#   for f in /tmp/before/*; do cmp -s "$f" "/tmp/after/${f##*/}" || echo "DIFF ${f##*/}"; done
# eval means for every method at four budgets (timings removed), batch summaries with --explain
# for nine methods on four corpora, and the bundled samples and seed in JSON and keywords.
set -euo pipefail
B="$(realpath "$1")"; O="$2"; mkdir -p "$O"
root="$(cd "$(dirname "$0")/../.." && pwd)"
S="${SALIENT_SHARED:-$root/../shared}/eval"
cd "$root"
corpora=$(ls "$S"/*.jsonl | grep -v rouge_vectors)
strip() { python3 -c '
import json, sys
for l in sys.stdin:
    r = json.loads(l)
    for k in ("docs_per_second", "ms_median", "ms_p95"):
        r.pop(k, None)
    print(json.dumps(r, sort_keys=True))'; }
"$B" eval -m all --oracle -f json $corpora 2>"$O/eval3.err" | strip > "$O/eval3.json"
"$B" eval -m all --oracle -w 80 -f json "$S"/{cnndm_summeval,dialogsum_test,leval_govreport,qmsum_meetings,duc2002_mds_extracts}.jsonl 2>"$O/evalw.err" | strip > "$O/evalw.json"
"$B" eval -m all --oracle --chars 400 -f json "$S"/{cnndm_summeval,samsum_sample,duc2002_mds_extracts}.jsonl 2>"$O/evalc.err" | strip > "$O/evalc.json"
"$B" eval -m default -m lead --ratio 0.2 -f json $corpora 2>"$O/evalr.err" | strip > "$O/evalr.json"
for m in default textrank lexrank lsa klsum sumbasic pacsum luhn centroid; do
    for f in cnndm_summeval dialogsum_test leval_govreport mlsum_de; do
        "$B" summarize --input-format jsonl -f jsonl -m "$m" --explain "$S/$f.jsonl" > "$O/sum_${m}_$f.jsonl" 2>"$O/sum_${m}_$f.err" || true
    done
done
"$B" summarize -f json --explain "$S/../seed/"*.txt corpora/*.txt > "$O/corpora.json" 2>"$O/corpora.err"
"$B" summarize -f json -w 100 --explain "$S/../seed/"*.txt corpora/*.txt > "$O/corporaw.json" 2>"$O/corporaw.err"
"$B" keywords -f json "$S/../seed/"*.txt corpora/*.txt > "$O/kw.json" 2>"$O/kw.err"
