#!/usr/bin/env bash
# Runs the fuzz targets with cargo-fuzz (libFuzzer), each for SECONDS (default 60), seeded
# with the bundled sample documents and a few small generated inputs.
#
#   cargo install cargo-fuzz --locked      # once
#   fuzz/run.sh                            # every target, 60 s each
#   fuzz/run.sh 600 summarize split        # chosen targets, 10 minutes each
#
# cargo-fuzz needs nightly compiler flags (sanitizers, coverage). On a stable toolchain they are
# unlocked with RUSTC_BOOTSTRAP=1, as here; with a nightly toolchain installed, run
# `cargo +nightly fuzz run TARGET` directly. A finding is saved under fuzz/artifacts/TARGET/
# and the script exits non-zero; reproduce it with `fuzz/run.sh` or `cargo fuzz run TARGET FILE`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(split summarize keywords readers rouge idf)
command -v cargo-fuzz >/dev/null || { echo "SKIPPED: cargo-fuzz is not installed (cargo install cargo-fuzz --locked)"; exit 0; }
export RUSTC_BOOTSTRAP=1
seed() { # the seed corpus of a target, rebuilt from the repository's own files
    local dir="$here/corpus/$1"
    mkdir -p "$dir"
    case "$1" in
        readers)
            printf '{"id": "a", "text": "One. Two.", "summaries": ["One."]}\n{"id": 2, "text": "x", "documents": [{"sentences": ["a.", "b."]}]}\n' > "$dir/seed-corpus.jsonl"
            printf '{"id": "a", "summary": ["One.", "Two."]}\nplain line\n' > "$dir/seed-predictions.jsonl" ;;
        idf)
            printf '# salient idf model v1\nlanguage\ten\nstem\ttrue\ndocuments\t3\nriver\t2\nwater\t3\n' > "$dir/seed-model.idf" ;;
        *)
            cp "$root"/corpora/*.txt "$dir/"
            printf 'HOST: Hello.\nGUEST: Thanks. Dr. Smith left at 6 a.m. Tom said "Why?" \xe2\x80\x94 3.5%%.\n' > "$dir/seed-transcript.txt" ;;
    esac
    echo "$dir"
}
cd "$here"
for t in "${targets[@]}"; do
    dir="$(seed "$t")"
    echo "== fuzz $t for ${seconds}s"
    cargo fuzz run "$t" "$dir" -- -max_total_time="$seconds" -max_len=16384 -print_final_stats=1 2>&1 \
        | grep -E "^(==|#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss|SUMMARY|.*panicked|.*ERROR)" || true
    if [ -n "$(ls -A "$here/artifacts/$t" 2>/dev/null)" ]; then
        echo "fuzz $t: FINDING in fuzz/artifacts/$t" >&2
        exit 1
    fi
done
