#!/usr/bin/env bash
# Cold start of the library (issue 13): Methodology.standard() in RUNS fresh JVMs (default 20), on
# the class path a user of accelerator-model has (its jar and runtime dependencies) plus the probe.
# Each run launches, in turn, an empty main, standard(), and (if BASELINE_CP is set: the class path
# of another build of spi + accelerator-model + dependencies) standard() of that build, so that the
# load of this shared machine weighs on all of them alike. Prints median and p90 of: JVM start ->
# return of standard(), the call alone, the process's CPU time, the whole process's wall time; the
# classes loaded up to the return (-Xlog:class+load) by origin; and the load average.
# Usage: benchmarks/run-cold-start.sh   (SKIP_BUILD=1 reuses the last build)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-20}"
CPFILE=accelerator-model/target/runtime-classpath.txt
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$CPFILE" ]; then
  ./mvnw -B -q -pl accelerator-model,benchmarks -am package dependency:build-classpath -DskipTests \
    -Dmaven.javadoc.skip=true -Dmdep.outputFile=target/runtime-classpath.txt -DincludeScope=runtime
fi
JAR=$(ls accelerator-model/target/saruar-accelerator-model-*.jar | grep -v -- '-sources\|-javadoc' | head -1)
CP="benchmarks/target/classes:$JAR:$(cat "$CPFILE")"
MAIN=kz.saruar.benchmarks.startup.StandardMethodologyStartup
OUT=$(mktemp -d)
once() {  # $1: label, $2: class path, then the probe's arguments
  local label=$1 cp=$2; shift 2
  local s e line
  s=$(date +%s%N)
  line=$(java -cp "$cp" "$MAIN" "$@" | tail -1)
  e=$(date +%s%N)
  echo "$line process_wall_ms=$(( (e - s) / 1000000 ))" >>"$OUT/$label"
}
stats() { sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; p=a[int(NR*0.9+0.999)]; printf "median %7.1f  p90 %7.1f  min %7.1f", m, p, a[1]}'; }
echo "== $RUNS fresh JVMs each; $(nproc) cores; $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$RUNS"); do
  once "empty-main" "$CP" --empty
  once "standard" "$CP"
  if [ -n "${BASELINE_CP:-}" ]; then once "baseline" "benchmarks/target/classes:$BASELINE_CP"; fi
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
for label in empty-main standard baseline; do
  [ -f "$OUT/$label" ] || continue
  for k in since_jvm_start_ms call_ms main_thread_cpu_ms cpu_ms_after process_wall_ms; do
    printf '%-11s %-19s %s\n' "$label" "$k" "$(grep -o "$k=[0-9.]*" "$OUT/$label" | cut -d= -f2 | stats)"
  done
done
rm -rf "$OUT"
echo "== classes loaded up to the return of standard()"
java -Xlog:class+load:stdout -cp "$CP" "$MAIN" | awk -v marker="== returned" '
  $0 == marker { done = 1 } done { next }
  /class,load/ { n++; src = $0; sub(/.*source: /, "", src)
    if (src ~ /shared objects file/) k = "JDK (CDS archive)"; else if (src ~ /^jrt:/) k = "JDK (jrt)";
    else if ($2 ~ /\$\$Lambda|\/0x/ || src ~ /^__/) k = "generated (lambdas, method handles)";
    else { k = src; sub(/\/$/, "", k); sub(/.*\//, "", k) } c[k]++ }
  END { printf "total %d\n", n; for (k in c) printf "  %5d %s\n", c[k], k }' | sort -k1,1nr
