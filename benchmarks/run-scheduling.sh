#!/usr/bin/env bash
# Builds the benchmarks jar and runs the scheduling benchmarks (PRE-05/06 consultation planning).
# Usage: benchmarks/run-scheduling.sh [extra JMH options]; results go to benchmarks/results/tmp/.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/results/tmp
java -jar benchmarks/target/saruar-benchmarks.jar 'kz.saruar.benchmarks.scheduling.*' \
  -f 1 -wi 3 -w 2s -i 5 -r 3s -t 1 \
  -rf json -rff benchmarks/results/tmp/scheduling.json "$@"
