package kz.saruar.cohort;

import java.time.LocalDate;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.scheduling.deadline.DateDeadline;

/**
 * A deadline of a project that is still open (APP-10 first interview within the methodology's
 * days of the submission; DEF-11 application to acceleration within its days of the defense), as
 * scheduling's {@code Deadlines} computes and explains it.
 *
 * @param project the project's id
 * @param what {@code FIRST_INTERVIEW} or {@code ACCELERATION_APPLICATION}
 * @param rule the rule that sets it
 * @param due the last day, in Kazakhstan
 * @param description what is due by when and from which inputs, in kk/ru/en
 */
public record PendingDeadline(String project, String what, String rule, LocalDate due, LocalizedText description) {
    /** Refuses nulls. */
    public PendingDeadline {
        Arguments.nonNull("project", project, "what", what, "rule", rule, "due", due, "description", description);
    }

    static PendingDeadline of(String project, DateDeadline d) {
        return new PendingDeadline(project, d.code(), d.rule().value(), d.due(), d.description());
    }
}
