#!/usr/bin/env sh
# Community benchmark (issue 12, HUB-01): optimal mentor assignment of 1,000 projects x 200 experts
# (target < 2 s). Usage: benchmarks/run-community.sh   (from the repository root; pins the JVM to
# CPU 0 when taskset exists). Extra arguments go to JMH, e.g. -p mentorsPerProject=1
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -o -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
. benchmarks/pinned.sh
mkdir -p benchmarks/results/tmp
$PIN java -jar benchmarks/target/saruar-benchmarks.jar 'kz.saruar.benchmarks.community.*' -f 1 -wi 3 -i 5 \
  -rf json -rff benchmarks/results/tmp/community.json "$@" | tee benchmarks/results/tmp/community.txt
