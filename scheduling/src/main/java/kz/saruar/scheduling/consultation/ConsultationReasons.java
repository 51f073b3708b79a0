package kz.saruar.scheduling.consultation;

import kz.saruar.model.Rules;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;
import kz.saruar.scheduling.SchedulingReason;

/** The refusals of consultation booking and planning, each naming its rule (PRE-05, PRE-06, PRE-07). */
final class ConsultationReasons {
    static final RuleId PRE_05 = Rules.PRE_05;
    static final RuleId PRE_06 = Rules.PRE_06;
    static final RuleId PRE_07 = Rules.PRE_07;

    private ConsultationReasons() {
    }

    static String local(Instant t, ZoneId zone) {
        ZonedDateTime z = t.atZone(zone);
        return z.toLocalDate() + " " + z.toLocalTime();
    }

    static String expertSubject(ExpertId e) {
        return "expert:" + e.value();
    }

    static Reason unknownExpert(ExpertId e) {
        return SchedulingReason.UNKNOWN_EXPERT.reason(expertSubject(e), Figure.of("expert", e.value()));
    }

    static Reason inThePast(ExpertId e, Instant start, Instant now, ZoneId zone) {
        return SchedulingReason.IN_THE_PAST.reason(expertSubject(e), Figure.of("start", local(start, zone)),
                Figure.of("now", local(now, zone)));
    }

    static Reason agendaLeadTime(ExpertId e, Instant start, int days, ZoneId zone) {
        return SchedulingReason.AGENDA_LEAD_TIME.reason(expertSubject(e), Figure.of("start", local(start, zone)),
                Figure.of("agendaDaysBefore", days));
    }

    static Reason outsideAvailability(ExpertId e, Instant start, ZoneId zone) {
        return SchedulingReason.OUTSIDE_AVAILABILITY.reason(expertSubject(e), Figure.of("expert", e.value()),
                Figure.of("start", local(start, zone)));
    }

    static Reason outsideHours(ExpertId e, TimeSlot slot, ConsultationHours hours, ZoneId zone) {
        return SchedulingReason.OUTSIDE_CONSULTATION_HOURS.reason(expertSubject(e),
                Figure.of("start", local(slot.start(), zone)), Figure.of("end", local(slot.end(), zone)),
                Figure.of("hours", hours.toString()));
    }

    static Reason expertBusy(ExpertId e, Instant start, ZoneId zone) {
        return SchedulingReason.EXPERT_DOUBLE_BOOKED.reason(expertSubject(e), Figure.of("expert", e.value()),
                Figure.of("start", local(start, zone)));
    }

    static Reason projectBusy(ProjectId p, Instant start, ZoneId zone) {
        return SchedulingReason.PROJECT_DOUBLE_BOOKED.reason("project:" + p.value(), Figure.of("project", p.value()),
                Figure.of("start", local(start, zone)));
    }

    static Reason limitReached(ProjectId p, ExpertId e, int max) {
        return SchedulingReason.EXPERT_LIMIT_REACHED.reason("project:" + p.value(), Figure.of("project", p.value()),
                Figure.of("expert", e.value()), Figure.of("maxPerExpertPerProject", max));
    }

    static Reason nonWorkingDay(ExpertId e, Instant start, ZoneId zone) {
        return SchedulingReason.NON_WORKING_DAY.reason(expertSubject(e), Figure.of("start", local(start, zone)));
    }
}
