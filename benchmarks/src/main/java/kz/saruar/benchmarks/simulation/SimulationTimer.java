package kz.saruar.benchmarks.simulation;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Optional;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.SimulationParameters;

/**
 * Timed main for the simulation's scale goals (issue 11): a national intake of 10,000
 * applications in one detailed run (< 10 s), and {@code --runs 100} of the 2020 cohort (< 30 s).
 * Prints each measurement's wall time, the main thread's CPU time, the whole process's CPU time
 * (with the garbage collector and the JIT compiler) and the collector's pauses, with the machine's
 * load, because a shared machine's wall time says more about the neighbours than about the code.
 * Usage: {@code benchmarks/run-simulation.sh}.
 */
public final class SimulationTimer {
    private SimulationTimer() {
    }

    /** Runs the two measurements {@code repeats} times (first argument, default 3) after one warm-up each. */
    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Methodology m = Methodology.standard();
        SimulationParameters p = SimulationParameters.calibrated2020();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "JVM %s, %d processors, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        String[] names = {"10,000 applications, 1 detailed run", "120 applications, --runs 100"};
        for (int task = 0; task < 2; task++) {
            for (int i = 0; i <= repeats; i++) {
                double load = os.getSystemLoadAverage();
                long cpu = threads.getCurrentThreadCpuTime();
                long process = processCpu(os);
                long gc = gcMillis();
                long t = System.nanoTime();
                Simulation s = task == 0 ? Simulation.simulate(m, Optional.empty(), p, 2020, 10_000, 1)
                        : Simulation.simulate(m, Optional.empty(), p, 2020, 120, 100);
                long wall = System.nanoTime() - t;
                long used = threads.getCurrentThreadCpuTime() - cpu;
                System.out.printf(Locale.ROOT, "%s%s: wall %.2f s, calling thread CPU %.2f s (process %.2f s, GC pauses %.2f s),"
                        + " load average %.1f (graduates %d)%n", names[task], i == 0 ? " [warm-up]" : "", wall / 1e9,
                        used / 1e9, (processCpu(os) - process) / 1e9, (gcMillis() - gc) / 1e3, load,
                        s.detail().funnel().get(3).count());
            }
        }
    }

    /** The process's CPU time in nanoseconds (all threads), or 0 where the JVM does not tell it. */
    private static long processCpu(OperatingSystemMXBean os) {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
