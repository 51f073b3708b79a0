#!/usr/bin/env bash
# Cohort benchmark (issue 10): reopening (full replay of) a 10,000-project cohort journal on the
# in-memory and the fsync'd file store. Writes the raw JMH output to benchmarks/results/tmp/cohort.{txt,json};
# the figures and their conditions are summarized by hand in benchmarks/results/cohort.md.
# Extra arguments go to JMH, e.g.  benchmarks/run-cohort.sh -p store=memory -wi 1 -i 3
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/results/tmp
java -jar benchmarks/target/saruar-benchmarks.jar 'kz.saruar.benchmarks.cohort.*' \
  -rf json -rff benchmarks/results/tmp/cohort.json "$@" | tee benchmarks/results/tmp/cohort.txt
