#!/usr/bin/env bash
# Side-by-side with the peers: sumy, summa, lexrank (PyPI) and salient on the same documents, in
# one run. Creates a Python virtual environment (benches/peers/.venv, or $SALIENT_PEERS_VENV),
# installs the pinned peers from PyPI, builds salient, and prints one Markdown table.
#
#   benches/peers/compare.sh            # the full comparison (about 15-25 minutes on 2 cores)
#   benches/peers/compare.sh --quick    # a few documents per corpus, sizes up to 1,000 sentences
#
# Evaluation data is read from ../shared/eval (or $SALIENT_SHARED/eval); nothing is downloaded
# except the Python packages.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ -x /usr/bin/time ] || { echo "compare.sh needs GNU time at /usr/bin/time (Debian: apt install time)" >&2; exit 1; }
root="$(cd "$here/../.." && pwd)"
venv="${SALIENT_PEERS_VENV:-$here/.venv}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
cargo build --quiet --release -p salient-cli --manifest-path "$root/Cargo.toml"
shared="${SALIENT_SHARED:-$root/../shared}"
exec "$venv/bin/python" "$here/compare.py" \
    --salient "$root/target/release/salient" --eval-dir "$shared/eval" "$@"
