#!/usr/bin/env python3
"""Scores the peers' saved summaries (`compare.sh --save-predictions DIR`) with
`salient eval --predictions` and checks that the means equal rouge-score's on the same files.

    benches/peers/compare.sh --quick --save-predictions /tmp/peer-predictions
    python3 benches/peers/check_predictions.py /tmp/peer-predictions target/release/salient
"""
import glob
import json
import os
import subprocess
import sys

TYPES = {"rouge1": "rouge1", "rouge2": "rouge2", "rougeL": "rouge_l"}
FIELDS = {"precision": "precision", "recall": "recall", "fmeasure": "f"}


def main(root, salient):
    worst, checked = 0.0, 0
    for want_path in sorted(glob.glob(os.path.join(root, "*", "*.rouge_score.json"))):
        d = os.path.dirname(want_path)
        peer = os.path.basename(want_path)[: -len(".rouge_score.json")]
        out = subprocess.run(
            [salient, "eval", os.path.join(d, "corpus.jsonl"), "--predictions",
             f"{peer}={os.path.join(d, peer + '.jsonl')}", "-f", "json", "--bootstrap", "0"],
            capture_output=True, text=True, check=True)
        got = json.loads(out.stdout.splitlines()[0])
        want = json.load(open(want_path, encoding="utf-8"))
        for key, value in want.items():
            t, field = key.split(".")
            diff = abs(got[TYPES[t]][FIELDS[field]] - value)
            worst = max(worst, diff)
            checked += 1
            if diff > 1e-9:
                print(f"MISMATCH {d} {peer} {key}: salient {got[TYPES[t]][FIELDS[field]]} rouge-score {value}")
    print(f"{checked} means checked over {len(glob.glob(os.path.join(root, '*', '*.rouge_score.json')))} "
          f"peer outputs; largest difference {worst:.3g}")
    return 0 if worst <= 1e-9 and checked else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "target/release/salient"))
