#!/usr/bin/env bash
# Cohort benchmark (issue 10): reopening a 10,000-project cohort, by full replay and from a snapshot plus tail, on the
# in-memory and the fsync'd file store. Writes the raw JMH output to benchmarks/results/tmp/cohort.{txt,json};
# the figures and their conditions are summarized by hand in benchmarks/results/cohort.md.
# Extra arguments go to JMH, e.g.  benchmarks/run-cohort.sh -p store=memory -wi 1 -i 3
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/results/tmp
# the machine is shared: the load average goes with the figures
echo "load average before: $(cat /proc/loadavg)" | tee benchmarks/results/tmp/cohort-load.txt
java -jar benchmarks/target/saruar-benchmarks.jar 'kz.saruar.benchmarks.cohort.*' \
  -rf json -rff benchmarks/results/tmp/cohort.json "$@" | tee benchmarks/results/tmp/cohort.txt
echo "load average after: $(cat /proc/loadavg)" | tee -a benchmarks/results/tmp/cohort-load.txt
