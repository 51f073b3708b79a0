package kz.saruar.scheduling.program;

import java.time.ZonedDateTime;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * One session of a cohort's program calendar, in Almaty time (PRE-02, PRE-03, DEF-01, ACC-02..04).
 *
 * @param id    stable within the calendar, e.g. {@code KICKOFF_2_PROGRAM_AND_MENTORS}
 * @param kind  the kind of session
 * @param rule  the rule that asks for it
 * @param title the title in kk/ru/en
 * @param start the start
 * @param end   the end, the same day
 */
public record ProgramSession(String id, SessionKind kind, RuleId rule, LocalizedText title, ZonedDateTime start,
        ZonedDateTime end) {
    /** Refuses nulls and an end not after the start. */
    public ProgramSession {
        Arguments.nonNull("id", id, "kind", kind, "rule", rule, "title", title, "start", start, "end", end);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("session " + id + " ends " + end + " not after " + start);
        }
    }
}
