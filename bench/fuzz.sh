#!/usr/bin/env bash
# The long fuzz run of the loaders (issue 14): mutates each bundled data file and the map one line at a time and
# prints counts (inputs, exceptions, hangs, problems without a line, rows lost beyond the damaged line).
# Usage: bash bench/fuzz.sh [mutations per data file, default 10000] [mutations of the map, default 2000] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_CLASS=org.chaord.atlas.bench.FuzzRun exec bash bench/run.sh "$@"
