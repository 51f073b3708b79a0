package kz.saruar.scheduling.program;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.scheduling.deadline.DateDeadline;
import kz.saruar.scheduling.ical.CalendarEvent;

/**
 * A cohort's generated program calendar (PRE-01, PRE-02, DEF-11, ACC-01..04): the sessions in
 * time order and the deadlines between them.
 *
 * @param cohortId  the cohort
 * @param sessions  the sessions, in time order
 * @param deadlines the deadlines (DEF-11 application to acceleration)
 */
public record ProgramCalendar(String cohortId, List<ProgramSession> sessions, List<DateDeadline> deadlines) {
    /** Refuses nulls; copies the lists. */
    public ProgramCalendar {
        Objects.requireNonNull(cohortId, "cohortId");
        sessions = ImmutableList.copyOf(Objects.requireNonNull(sessions, "sessions"));
        deadlines = ImmutableList.copyOf(Objects.requireNonNull(deadlines, "deadlines"));
    }

    /** The sessions of one kind. */
    public List<ProgramSession> sessions(SessionKind kind) {
        return sessions.stream().filter(s -> s.kind() == kind).toList();
    }

    /** The sessions as iCalendar events with titles in this language; UIDs stable per cohort and session. */
    public List<CalendarEvent> toEvents(Language language) {
        List<CalendarEvent> out = new ArrayList<>(sessions.size());
        for (ProgramSession s : sessions) {
            out.add(new CalendarEvent(cohortId + "-" + s.id() + "@saruar", s.start().toInstant(), s.end().toInstant(),
                    s.title().get(language), java.util.Optional.of(s.rule().value()), java.util.Optional.empty()));
        }
        // Deadlines (DEF-11: apply to acceleration within 3 days of the defense) as whole-day events.
        for (DateDeadline d : deadlines) {
            java.time.ZonedDateTime day = d.due().atStartOfDay(kz.saruar.model.Kazakhstan.ZONE);
            out.add(new CalendarEvent(cohortId + "-" + d.rule().value() + "-" + d.due() + "@saruar", day.toInstant(),
                    day.plusDays(1).toInstant(), d.description().get(language),
                    java.util.Optional.of(d.rule().value()), java.util.Optional.empty()));
        }
        return List.copyOf(out);
    }
}
