package kz.saruar.model.application;

import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;

/**
 * A member of the project team with a role and experience (APP-03 field 12 "key team members",
 * APP-02 team of at least three, APP-05 team and roles).
 *
 * @param person the member's personal data (redacted in {@code toString()})
 * @param role the role in the project, e.g. "project lead", "accountant"
 * @param experience the member's experience in the project's field
 */
@Cites("APP-02")
public record TeamMember(PersonalData person, String role, String experience) {
    /** Refuses nulls. */
    public TeamMember {
        Arguments.nonNull("person", person, "role", role, "experience", experience);
    }
}
