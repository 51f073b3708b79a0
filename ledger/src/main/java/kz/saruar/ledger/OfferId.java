package kz.saruar.ledger;

import java.util.Objects;

/**
 * A LIFT-MARKET offer's identifier (LFT-03).
 *
 * @param value 1–64 characters: letters, digits and {@code . _ : @ -}, starting with a letter or digit
 */
public record OfferId(String value) implements Comparable<OfferId> {

    /** Checks the form. */
    public OfferId {
        Objects.requireNonNull(value, "value");
        if (!Ids.wellFormed(value)) {
            throw new IllegalArgumentException("offer id is not 1-64 characters of [A-Za-z0-9._:@-] starting with a letter or digit: \"" + value + "\"");
        }
    }

    /** The offer id {@code value}. */
    public static OfferId of(String value) {
        return new OfferId(value);
    }

    @Override
    public int compareTo(OfferId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The record's equals, written out: IDs are map keys everywhere, and the generated one runs on method handles until compiled. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof OfferId other && value.equals(other.value);
    }

    /** The value's hash code, as the generated one is for a record of one component. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
