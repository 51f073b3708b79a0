#!/usr/bin/env sh
# Simulation scale goals (issue 11): 10,000 applications in one run (< 10 s); --runs 100 of the 2020 cohort (< 30 s).
# Usage: benchmarks/run-simulation.sh [repeats]   (from the repository root)
# The goal is "on this machine": the JVM gets every core, as a user's run does (independent runs of
# --runs K go side by side). ONE_CORE=1 pins it to CPU 0 instead, for comparison with the one-core figures.
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
PIN=""
if [ "${ONE_CORE:-0}" = "1" ]; then
  . benchmarks/pinned.sh
fi
$PIN java -cp benchmarks/target/saruar-benchmarks.jar kz.saruar.benchmarks.simulation.SimulationTimer "$@"
