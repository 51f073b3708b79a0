package kz.saruar.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import kz.saruar.model.methodology.Methodology;

/**
 * One fresh JVM's cold start of {@link Methodology#standard()} (issue 13: under 150 ms from JVM
 * start). Prints the time from the JVM's start to the return of {@code standard()}, the call
 * alone, the main thread's CPU time (which a busy machine inflates far less than wall time; it
 * includes the JVM's own start on that thread, and the management bean that reads it) and the
 * process's CPU time (with the JIT compiler's and GC's threads); with {@code --empty} it returns without calling
 * the library, which gives the JVM's own start to {@code main} on the same class path. Everything
 * that loads classes of its own (management beans, formatting) runs after the measured return, and
 * a constant marker line is printed first so that {@code -Xlog:class+load} can count the classes
 * loaded up to the return. Usage: {@code benchmarks/run-cold-start.sh}.
 */
public final class StandardMethodologyStartup {
    /** The line printed right after {@code standard()} returns. */
    public static final String MARKER = "== returned";

    private StandardMethodologyStartup() {
    }

    /** Measures once; {@code --empty} skips the library. */
    public static void main(String[] args) {
        boolean empty = args.length > 0 && args[0].equals("--empty");
        long t0 = System.nanoTime();
        Methodology m = empty ? null : Methodology.standard();
        long t1 = System.nanoTime();
        long returned = System.currentTimeMillis();
        System.out.println(MARKER);
        long mainCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long vmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        System.out.printf(Locale.ROOT, "since_jvm_start_ms=%d call_ms=%.1f main_thread_cpu_ms=%d cpu_ms_after=%d rules=%d%n",
                returned - vmStart, (t1 - t0) / 1e6, mainCpu / 1_000_000, cpu / 1_000_000,
                m == null ? 0 : m.rules().size());
    }
}
