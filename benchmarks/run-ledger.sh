#!/usr/bin/env bash
# LIFTCOIN ledger benchmarks (issue 6): in-memory transfers, fsync'd file journal with group commit,
# this machine's fsync limit, verify and recovery of a 10-million-entry journal.
# Writes the raw JMH output to benchmarks/results/tmp/ledger.{txt,json}; the figures and their
# conditions are summarized by hand in benchmarks/results/ledger.md.
# Extra arguments go to JMH, e.g.  benchmarks/run-ledger.sh -p entries=1000000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/results/tmp
java -jar benchmarks/target/saruar-benchmarks.jar 'kz.saruar.benchmarks.ledger.*' \
  -rf json -rff benchmarks/results/tmp/ledger.json "$@" | tee benchmarks/results/tmp/ledger.txt
