package kz.saruar.scheduling.reminder;

import static com.google.common.base.Preconditions.checkArgument;
import static kz.saruar.model.Rules.PRE_05;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.scheduling.consultation.Consultation;
import kz.saruar.scheduling.deadline.DeadlineRules;
import kz.saruar.scheduling.deadline.Deadlines;
import kz.saruar.scheduling.deadline.TimeDeadline;
import kz.saruar.scheduling.calendar.WorkingCalendar;

/**
 * The reminder plan of a consultation (PRE-05, PRE-06): a reminder when the agenda is due, one
 * before the consultation (default 24 hours), and one when the survey is due, each naming its
 * rule. Texts carry IDs and times only, never names.
 */
public final class ReminderPlanner {
    private final Deadlines deadlines;
    private final Duration before;
    private final ZoneId zone;

    /** Reminders at these deadlines, the "before" reminder at {@code before} ahead of the start. */
    public ReminderPlanner(Deadlines deadlines, ZoneId zone, Duration before) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.before = Objects.requireNonNull(before, "before");
        checkArgument(!before.isNegative(), "before is negative: %s", before);
    }

    /** The standard plan on the Kazakhstan calendar in Almaty time: agenda, 24 hours before, survey. */
    public static ReminderPlanner standard() {
        ZoneId almaty = kz.saruar.model.Kazakhstan.ZONE;
        return new ReminderPlanner(new Deadlines(WorkingCalendar.kazakhstan(), DeadlineRules.standard(), almaty), almaty,
                Duration.ofHours(24));
    }

    /** The reminders of this consultation, in time order. */
    public List<Reminder> plan(Consultation c) {
        Objects.requireNonNull(c, "consultation");
        List<Reminder> out = new ArrayList<>(3);
        TimeDeadline agenda = deadlines.agenda(c.slot().start());
        out.add(new Reminder(c.id() + "/" + ReminderKind.AGENDA_DUE, c.id(), ReminderKind.AGENDA_DUE, agenda.rule(),
                agenda.due().toInstant(), List.of(Recipient.PARTICIPANT, Recipient.MENTOR, Recipient.ORGANIZER),
                agenda.description()));
        Instant at = c.slot().start().minus(before);
        String when = c.slot().start().atZone(zone).toLocalDateTime().toString();
        out.add(new Reminder(c.id() + "/" + ReminderKind.BEFORE_CONSULTATION, c.id(), ReminderKind.BEFORE_CONSULTATION,
                PRE_05, at, List.of(Recipient.PARTICIPANT, Recipient.MENTOR, Recipient.EXPERT),
                LocalizedText.of("Кеңес " + c.id() + " " + when + " басталады",
                        "Консультация " + c.id() + " начинается " + when,
                        "Consultation " + c.id() + " starts at " + when)));
        TimeDeadline survey = deadlines.survey(c.slot().end());
        out.add(new Reminder(c.id() + "/" + ReminderKind.SURVEY_DUE, c.id(), ReminderKind.SURVEY_DUE, survey.rule(),
                c.slot().end(), List.of(Recipient.PARTICIPANT, Recipient.MENTOR, Recipient.EXPERT, Recipient.ORGANIZER),
                survey.description()));
        out.sort(Comparator.comparing(Reminder::sendAt));
        return List.copyOf(out);
    }
}
