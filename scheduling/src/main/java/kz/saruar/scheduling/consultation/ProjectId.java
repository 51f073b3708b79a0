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
}
