# Sourced by the benchmark scripts whose goal is a one-core figure: PIN pins the JVM to CPU 0 when
# taskset exists, and is empty otherwise.
PIN=""
if command -v taskset >/dev/null 2>&1; then
  PIN="taskset -c 0"
fi
