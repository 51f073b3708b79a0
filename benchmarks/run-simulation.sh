#!/usr/bin/env sh
# Simulation scale goals (issue 11): 10,000 applications in one run (< 10 s); --runs 100 of the 2020 cohort (< 30 s).
# Usage: benchmarks/run-simulation.sh [repeats]   (from the repository root; pins the JVM to CPU 0 when taskset exists)
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
. benchmarks/pinned.sh
$PIN java -cp benchmarks/target/saruar-benchmarks.jar kz.saruar.benchmarks.simulation.SimulationTimer "$@"
