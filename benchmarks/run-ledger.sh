#!/usr/bin/env bash
# LIFTCOIN ledger benchmarks (issues 6 and 13): in-memory transfers, fsync'd file journal with group
# commit (64 synchronous submitters, 64 asynchronous submitters, batches), this machine's fsync
# limit, verify and recovery of a 10-million-entry journal; then the one-process report that prints
# each throughput beside its limit measured in the same run (64 ÷ fsync latency for synchronous
# submitters, chained SHA-256 of the same records for the in-memory ledger).
# Writes the raw output to benchmarks/results/tmp/ledger.{txt,json} and ledger-ceilings.txt; the
# figures and their conditions are summarized by hand in benchmarks/results/ledger.md.
# Extra arguments go to JMH, e.g.  benchmarks/run-ledger.sh -p entries=1000000
# REPORT_ONLY=1 benchmarks/run-ledger.sh runs only the report (SECONDS per phase, ROUNDS rounds).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/results/tmp
if [[ -z "${REPORT_ONLY:-}" ]]; then
  java -jar benchmarks/target/saruar-benchmarks.jar 'kz.saruar.benchmarks.ledger.*' \
    -rf json -rff benchmarks/results/tmp/ledger.json "$@" | tee benchmarks/results/tmp/ledger.txt
fi
# the heap mapped before measuring, in huge pages (see InMemoryTransferBenchmark): a fresh 4 KiB page
# costs about 5 µs on the VM these figures come from
java -Xms4g -Xmx4g -XX:+UseTransparentHugePages -XX:+AlwaysPreTouch -cp benchmarks/target/saruar-benchmarks.jar kz.saruar.benchmarks.ledger.SubmitterCeilingReport \
  "${SECONDS_PER_PHASE:-5}" "${ROUNDS:-3}" | tee benchmarks/results/tmp/ledger-ceilings.txt
