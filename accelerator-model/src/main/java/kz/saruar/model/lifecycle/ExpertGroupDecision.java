package kz.saruar.model.lifecycle;

import java.time.LocalDate;
import kz.saruar.model.Arguments;

/**
 * A decision of the expert group, as an expulsion needs it (PRE-09): its reference (minutes
 * number) and date.
 *
 * @param reference the reference of the decision
 * @param date the day it was taken
 */
public record ExpertGroupDecision(String reference, LocalDate date) {
    /** Refuses nulls. */
    public ExpertGroupDecision {
        Arguments.nonNull("reference", reference, "date", date);
    }
}
