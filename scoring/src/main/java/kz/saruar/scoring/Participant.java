package kz.saruar.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import kz.saruar.model.Arguments;

/**
 * A member of a project team who takes part in the defense (DEF-10: each receives a certificate).
 *
 * @param id the person's ID (compared with jurors' IDs for conflicts of interest)
 * @param name the person's name as printed on the certificate (personal data: never logged)
 */
public record Participant(String id, String name) {
    /** Refuses nulls and blank IDs. */
    public Participant {
        Arguments.nonNull("id", id, "name", name);
        checkArgument(!id.isBlank(), "participant id is blank: \"%s\"", id);
    }

    /** A participant. */
    public static Participant of(String id, String name) {
        return new Participant(id, name);
    }

    /** The ID only: the name is personal data (APP-03) and never reaches a log through {@code toString()}. */
    @Override
    public String toString() {
        return "Participant[id=" + id + ", name=redacted]";
    }
}
