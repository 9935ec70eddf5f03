#!/usr/bin/env bash
# Builds the salient wheel with maturin, installs it into a fresh venv under target/, and runs
# the pytest suites against the installed package (not the source tree): the package's own
# (crates/python/tests) and the Spark integration's (integrations/spark/tests, pyspark at
# local[2]; skipped with a note when there is no java). CI runs this.
#   crates/python/run-tests.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=target/python-test-venv
rm -rf "$venv" target/wheels
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
"$venv/bin/pip" install --quiet "maturin>=1.7,<2" "pytest>=7"
"$venv/bin/maturin" build --release --quiet -m crates/python/Cargo.toml -o target/wheels
"$venv/bin/pip" install --quiet "$(ls target/wheels/salient-*.whl)[spark]"
ls -l target/wheels
cargo build --quiet --release -p salient-cli
SALIENT_BIN="$PWD/target/release/salient" "$venv/bin/python" -m pytest -q crates/python/tests integrations/spark/tests "$@"
