package kz.saruar.simulation;

import com.google.common.base.Preconditions;
import com.google.common.base.Strings;

/**
 * The synthetic identifiers of a simulated cohort: a prefix and a number padded with zeros
 * ("P0001", "E07"), the same text that {@code String.format("P%04d", n)} gives.
 */
final class Numbered {
    private Numbered() {
    }

    /**
     * {@code prefix} followed by {@code number} in at least {@code width} digits. Not
     * {@code String.format}: a national intake names 10,000 applicants and books tens of thousands
     * of consultations, and the formatter's pattern parsing was among the first code hot enough for
     * the optimizing compiler (0.45 s of its time at start-up, on two cores).
     */
    static String of(String prefix, int number, int width) {
        Preconditions.checkArgument(number >= 0, "number must not be negative: %s", number);
        return prefix + Strings.padStart(Integer.toString(number), width, '0');
    }
}
