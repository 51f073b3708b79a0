#!/usr/bin/env bash
# Start-up of the command line (issue 13): `java -version`, the CLI jar alone, and the CLI through
# ./saruar with its AppCDS archive, each RUNS times (default 10); prints the median wall time of each.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-10}"
./saruar --version >/dev/null   # builds the jar and the CDS archive when missing
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_of() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
for what in "java -version" "java -jar examples/target/saruar.jar catalog --lang kk" "./saruar catalog --lang kk"; do
  m=$(for _ in $(seq "$RUNS"); do time_of $what; done | median)
  printf '%-58s median %6d ms over %d runs\n' "$what" "$m" "$RUNS"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $(java -version 2>&1 | head -1)"
