package kz.saruar.model.application;

import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;

/**
 * What the organizers and the expert group established for pre-acceleration admission (APP-08);
 * an absent value is not yet established and makes the check NEEDS_EVIDENCE.
 *
 * @param ideaMatchesPrinciples whether the idea matches the program's principles
 * @param primaryInterviewPassed whether the primary interview with the expert group was passed
 * @param readyForSchedule whether the team is ready to follow the class schedule
 */
@Cites("APP-08")
public record AdmissionFacts(Optional<Boolean> ideaMatchesPrinciples, Optional<Boolean> primaryInterviewPassed,
        Optional<Boolean> readyForSchedule) {
    /** Refuses nulls. */
    public AdmissionFacts {
        Arguments.nonNull("ideaMatchesPrinciples", ideaMatchesPrinciples,
                "primaryInterviewPassed", primaryInterviewPassed, "readyForSchedule", readyForSchedule);
    }

    /** All three established as given. */
    public static AdmissionFacts of(boolean principles, boolean interview, boolean schedule) {
        return new AdmissionFacts(Optional.of(principles), Optional.of(interview), Optional.of(schedule));
    }
}
