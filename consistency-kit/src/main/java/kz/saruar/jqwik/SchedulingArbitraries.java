package kz.saruar.jqwik;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.consultation.ConsultationPolicy;
import kz.saruar.scheduling.consultation.ConsultationRequest;
import kz.saruar.scheduling.consultation.ExpertAvailability;
import kz.saruar.scheduling.consultation.ExpertId;
import kz.saruar.scheduling.consultation.Initiator;
import kz.saruar.scheduling.consultation.PlanningProblem;
import kz.saruar.scheduling.consultation.ProjectId;
import kz.saruar.scheduling.consultation.TimeSlot;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for scheduling (PRE-05, PRE-06, APP-11): dates around the holidays and
 * transfers of a working calendar, and small consultation-planning problems under a
 * methodology's consultation rules — experts with availability windows on the first working
 * week of March 2026 and requests from projects.
 */
public final class SchedulingArbitraries {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private SchedulingArbitraries() {
    }

    /** A day at most three days before or after a holiday or transfer of the calendar's covered years. */
    public static Arbitrary<LocalDate> datesAroundHolidays(WorkingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        List<LocalDate> special = new ArrayList<>();
        for (int year : calendar.coveredYears()) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                if (calendar.specialDay(d).isPresent()) {
                    special.add(d);
                }
            }
        }
        if (special.isEmpty()) {
            throw new IllegalArgumentException("calendar " + calendar.calendarId() + " has no special day");
        }
        return Combinators.combine(Arbitraries.of(special), Arbitraries.integers().between(-3, 3))
                .as((d, o) -> d.plusDays(o)).filter(d -> calendar.coveredYears().contains(d.getYear()));
    }

    /** A small planning problem: 1–3 experts with 1–3 windows each, 1–8 requests, the methodology's policy. */
    public static Arbitrary<PlanningProblem> consultationProblems(Methodology methodology) {
        ConsultationPolicy policy = ConsultationPolicy.from(
                Objects.requireNonNull(methodology, "methodology").preAcceleration().consultations());
        Arbitrary<TimeSlot> window = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 15), Arbitraries.integers().between(1, 6)).as((day, halfHour, length) -> {
                    LocalDate d = MONDAY.plusDays(day);
                    Instant start = d.atTime(LocalTime.of(10, 0)).plusMinutes(30L * halfHour)
                            .atZone(Kazakhstan.ZONE).toInstant();
                    return new TimeSlot(start, start.plus(Duration.ofMinutes(30L * length)));
                });
        Arbitrary<List<List<TimeSlot>>> experts = window.list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(3);
        return experts.flatMap(ws -> {
            Arbitrary<ConsultationRequest> request = Combinators.combine(Arbitraries.integers().between(1, 4),
                    Arbitraries.integers().between(0, ws.size() - 1), Arbitraries.of(Initiator.class))
                    .as((p, e, in) -> new ConsultationRequest("r", ProjectId.of("P" + p), ExpertId.of("E" + e), in));
            return request.list().ofMinSize(1).ofMaxSize(8).map(rs -> {
                List<ExpertAvailability> av = new ArrayList<>();
                for (int i = 0; i < ws.size(); i++) {
                    av.add(new ExpertAvailability(ExpertId.of("E" + i), ws.get(i)));
                }
                List<ConsultationRequest> numbered = new ArrayList<>();
                for (int i = 0; i < rs.size(); i++) {
                    ConsultationRequest r = rs.get(i);
                    numbered.add(new ConsultationRequest("R" + (i + 1), r.project(), r.expert(), r.initiator()));
                }
                Instant now = MONDAY.minusDays(7).atStartOfDay(Kazakhstan.ZONE).toInstant();
                return new PlanningProblem(now, Kazakhstan.ZONE, policy, av, numbered);
            });
        });
    }
}
