package kz.saruar.scheduling.consultation;

import java.util.Objects;

/** An opaque ID of an expert who consults projects (EXP-02, PRE-06); never a name, so it may be logged. */
public record ExpertId(String value) {
    /** Refuses a blank ID. */
    public ExpertId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("expert id is blank");
        }
    }

    /** The expert with this ID. */
    public static ExpertId of(String value) {
        return new ExpertId(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The record's equals, written out: IDs are map keys everywhere, and the generated one runs on method handles until compiled. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ExpertId other && value.equals(other.value);
    }

    /** The value's hash code, as the generated one is for a record of one component. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
