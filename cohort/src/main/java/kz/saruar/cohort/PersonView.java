package kz.saruar.cohort;

import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.application.PersonalData;

/**
 * A person of an application as the cohort knows them (APP-03): their id, where they sit in the
 * application, and their personal data unless it was erased.
 *
 * @param personId the person's id, e.g. {@code P-01/applicant}
 * @param path the JSON path in the application, e.g. {@code $.team[0].person}
 * @param data the personal data; empty once erased
 */
public record PersonView(String personId, String path, Optional<PersonalData> data) {
    /** Refuses nulls. */
    public PersonView {
        Arguments.nonNull("personId", personId, "path", path, "data", data);
    }

    /** Whether the personal data was erased. */
    public boolean erased() {
        return data.isEmpty();
    }

    /** The name to print: the full name, or {@code [erased]}. */
    public String displayName() {
        return data.map(PersonalData::fullName).orElse(ERASED);
    }

    /** What an erased field reads as. */
    public static final String ERASED = "[erased]";
}
