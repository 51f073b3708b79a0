#!/usr/bin/env sh
# Scoring benchmark: 100,000 projects x 7 jurors x 5 criteria -> ranked protocol (target < 1 s on one core).
# Usage: benchmarks/run-scoring.sh   (from the repository root; pins the JVM to CPU 0 when taskset exists)
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
. benchmarks/pinned.sh
$PIN java -jar benchmarks/target/saruar-benchmarks.jar 'kz.saruar.benchmarks.scoring.*' -f 1 -wi 2 -i 5 "$@"
