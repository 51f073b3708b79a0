package kz.saruar.scoring;

/**
 * How a prorated total is rounded to a whole point (DEF-09 [default] recuse-and-prorate): the raw
 * total of the {@code k} jurors who scored is scaled to the full jury of {@code n} as
 * {@code raw × n / k}. Because {@code raw} lies in [k·c·min, k·c·max], the exact value lies in
 * [n·c·min, n·c·max] and so does either rounding: prorated totals stay on the scale.
 */
public enum ProrationRounding {
    /** [default] To the nearest whole point, a half rounding up: 74.5 → 75. */
    HALF_UP,
    /** Down to the whole point below: 74.9 → 74 (a recusal never helps a project). */
    DOWN;

    /** {@code raw × n / k} rounded this way, in exact integer arithmetic. */
    public int prorate(int raw, int scored, int jurySize) {
        if (scored <= 0 || jurySize <= 0) {
            throw new IllegalArgumentException("scored " + scored + " and jury size " + jurySize + " must be positive");
        }
        if (scored == jurySize) {
            return raw;
        }
        long num = (long) raw * jurySize;
        if (this == HALF_UP) {
            return Math.toIntExact(Math.floorDiv(2 * num + scored, 2L * scored));
        }
        return Math.toIntExact(Math.floorDiv(num, scored));
    }
}
