package kz.saruar.ledger;

/**
 * A whole number of LIFTCOIN points (LFT-07: whole points only), backed by a {@code long} with
 * exact arithmetic: an overflow throws {@link ArithmeticException}, never wraps. Signed, because
 * the issuer's balance is the negative of what is in circulation.
 *
 * @param value the number of points
 */
public record Points(long value) implements Comparable<Points> {
    /** No points. */
    public static final Points ZERO = new Points(0);

    /** {@code value} points. */
    public static Points of(long value) {
        return new Points(value);
    }

    /** The sum; throws {@link ArithmeticException} on overflow. */
    public Points plus(Points other) {
        return new Points(Math.addExact(value, other.value));
    }

    /** The difference; throws {@link ArithmeticException} on overflow. */
    public Points minus(Points other) {
        return new Points(Math.subtractExact(value, other.value));
    }

    /** Whether this is more than zero. */
    public boolean isPositive() {
        return value > 0;
    }

    /** Whether this is below zero. */
    public boolean isNegative() {
        return value < 0;
    }

    @Override
    public int compareTo(Points o) {
        return Long.compare(value, o.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
