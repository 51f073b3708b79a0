package kz.saruar.cohort;

import java.time.LocalDate;
import kz.saruar.model.Arguments;

/**
 * A deadline of a project that is still open (APP-10 first interview within the methodology's
 * days of the submission; DEF-11 application to acceleration within its days of the defense).
 *
 * @param project the project's id
 * @param what {@code FIRST_INTERVIEW} or {@code ACCELERATION_APPLICATION}
 * @param rule the rule that sets it
 * @param due the last day, in Kazakhstan
 */
public record PendingDeadline(String project, String what, String rule, LocalDate due) {
    /** Refuses nulls. */
    public PendingDeadline {
        Arguments.nonNull("project", project, "what", what, "rule", rule, "due", due);
    }
}
