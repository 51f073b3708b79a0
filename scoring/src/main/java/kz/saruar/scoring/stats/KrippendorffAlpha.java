package kz.saruar.scoring.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Krippendorff's alpha with the ordinal metric, an agreement coefficient for jurors' scores
 * (informational; it never changes an official total, DEF-05). Each unit is the list of values the
 * coders gave one item (here: one criterion of one project); units with fewer than two values are
 * not pairable and are skipped. {@code α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck} with
 * {@code δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)²} (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability").
 */
public final class KrippendorffAlpha {
    private KrippendorffAlpha() {
    }

    /**
     * The ordinal alpha of these units on the scale [min, max]; empty when it is undefined (fewer
     * than two pairable values, or every value the same so that no disagreement is expected).
     */
    public static OptionalDouble ordinal(Collection<int[]> units, int min, int max) {
        Objects.requireNonNull(units, "units");
        checkArgument(min <= max, "min %s is above max %s", min, max);
        int v = max - min + 1;
        double[][] o = new double[v][v];
        int[] cnt = new int[v];
        for (int[] unit : units) {
            Objects.requireNonNull(unit, "unit");
            int m = unit.length;
            if (m < 2) {
                continue;
            }
            java.util.Arrays.fill(cnt, 0);
            for (int value : unit) {
                checkArgument(value >= min && value <= max, "value %s is outside [%s, %s]", value, min, max);
                cnt[value - min]++;
            }
            for (int c = 0; c < v; c++) {
                if (cnt[c] == 0) {
                    continue;
                }
                for (int k = 0; k < v; k++) {
                    double pairs = c == k ? (double) cnt[c] * (cnt[c] - 1) : (double) cnt[c] * cnt[k];
                    o[c][k] += pairs / (m - 1);
                }
            }
        }
        double[] nc = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                nc[c] += o[c][k];
            }
            n += nc[c];
        }
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                double d = delta2(nc, c, k);
                observed += o[c][k] * d;
                expected += nc[c] * nc[k] * d;
            }
        }
        if (expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - (n - 1) * observed / expected);
    }

    private static double delta2(double[] nc, int c, int k) {
        if (c == k) {
            return 0;
        }
        int lo = Math.min(c, k);
        int hi = Math.max(c, k);
        double s = 0;
        for (int g = lo; g <= hi; g++) {
            s += nc[g];
        }
        s -= (nc[lo] + nc[hi]) / 2;
        return s * s;
    }
}
