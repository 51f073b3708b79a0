#!/usr/bin/env bash
# Runs every benchmark script in turn; each writes its figures to benchmarks/results/.
set -euo pipefail
cd "$(dirname "$0")"
for s in run-*.sh; do
  echo "== $s"
  bash "$s"
done
