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
}
