package kz.saruar.simulation;

import java.util.Arrays;
import java.util.OptionalInt;

/** A count's mean, sample standard deviation and range over runs ({@code --runs}, docs/simulation.md). */
record Spread(double mean, double sd, int min, int max) {
    /** The spread of these counts, one per run; at least one. */
    static Spread of(int[] counts) {
        if (counts.length == 0) {
            throw new IllegalArgumentException("no runs");
        }
        double mean = Arrays.stream(counts).average().orElse(0);
        double var = Arrays.stream(counts).mapToDouble(c -> (c - mean) * (c - mean)).sum() / Math.max(1, counts.length - 1);
        return new Spread(mean, Math.sqrt(var), Arrays.stream(counts).min().orElse(0), Arrays.stream(counts).max().orElse(0));
    }

    /** Whether {@code mean} lies within {@code tolerance} (0.10 for 10 %) of the 2020 count; false without one. */
    static boolean within(double mean, OptionalInt reference, double tolerance) {
        return reference.isPresent() && Math.abs(mean - reference.getAsInt()) <= tolerance * reference.getAsInt();
    }
}
