package kz.saruar.simulation;

import java.util.Arrays;
import kz.saruar.model.methodology.Methodology;

/** Prints mean funnel of N runs (a calibration aid run by hand, not a test). */
public final class CalibrationProbe {
    public static void main(String[] args) {
        Methodology m = Methodology.standard();
        SimulationParameters p = SimulationParameters.calibrated2020();
        int runs = Integer.parseInt(args.length > 0 ? args[0] : "30");
        double[] sum = new double[5];
        java.util.Map<String, Double> dir = new java.util.TreeMap<>();
        long t0 = System.nanoTime();
        CohortRun last = null;
        for (int r = 0; r < runs; r++) {
            var apps = CohortSimulation.applicants(m, p, 2020 + r, 120);
            CohortRun run = new CohortSimulation(CohortDriver.library(m), p).run(apps, 2020 + r, r == runs - 1);
            int[] c = run.counts();
            for (int i = 0; i < 5; i++) sum[i] += c[i];
            run.byDirection().forEach((d, v) -> dir.merge(d, (double) v[3], Double::sum));
            last = run;
        }
        for (int i = 0; i < 5; i++) sum[i] /= runs;
        System.out.println(Arrays.toString(sum) + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        dir.forEach((d, v) -> System.out.println(d + " " + v / runs));
        last.funnel().forEach(s -> System.out.println(s.code() + " " + s.count() + " " + s.stoppedBy()));
        System.out.println("alpha " + last.agreement() + " near " + last.nearThreshold() + " unplaced " + last.unplaced());
        System.out.println(last.market().get(last.market().size() - 1));
    }
}
