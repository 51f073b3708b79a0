package kz.saruar.ledger;

import java.util.Objects;

/**
 * Who submits a ledger command (LFT-07 authorization): the platform operator, a project, a
 * participant, a business; an opaque identifier, never personal data.
 *
 * @param value 1–64 characters: letters, digits and {@code . _ : @ -}, starting with a letter or digit
 */
public record ActorId(String value) implements Comparable<ActorId> {

    /** Checks the form. */
    public ActorId {
        Objects.requireNonNull(value, "value");
        if (!Ids.wellFormed(value)) {
            throw new IllegalArgumentException("actor id is not 1-64 characters of [A-Za-z0-9._:@-] starting with a letter or digit: \"" + value + "\"");
        }
    }

    /** The actor id {@code value}. */
    public static ActorId of(String value) {
        return new ActorId(value);
    }

    @Override
    public int compareTo(ActorId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The record's equals, written out: IDs are map keys everywhere, and the generated one runs on method handles until compiled. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ActorId other && value.equals(other.value);
    }

    /** The value's hash code, as the generated one is for a record of one component. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
