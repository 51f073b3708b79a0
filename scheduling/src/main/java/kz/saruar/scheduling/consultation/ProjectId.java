package kz.saruar.scheduling.consultation;

import java.util.Objects;

/** An opaque ID of a project of the cohort (PRE-05, PRE-06); never a name, so it may be logged. */
public record ProjectId(String value) {
    /** Refuses a blank ID. */
    public ProjectId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("project id is blank");
        }
    }

    /** The project with this ID. */
    public static ProjectId of(String value) {
        return new ProjectId(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The record's equals, written out: IDs are map keys everywhere, and the generated one runs on method handles until compiled. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ProjectId other && value.equals(other.value);
    }

    /** The value's hash code, as the generated one is for a record of one component. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
