package kz.saruar.scheduling.program;

import static kz.saruar.model.Rules.ACC_01;
import static kz.saruar.model.Rules.ACC_02;
import static kz.saruar.model.Rules.ACC_03;
import static kz.saruar.model.Rules.ACC_04;
import static kz.saruar.model.Rules.DEF_01;
import static kz.saruar.model.Rules.PRE_01;
import static kz.saruar.model.Rules.PRE_02;
import static kz.saruar.model.Rules.PRE_03;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.CurriculumModule;
import kz.saruar.model.catalog.KickoffSession;
import kz.saruar.model.methodology.AccelerationProgram;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.PreAccelerationProgram;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;
import kz.saruar.scheduling.SchedulingReason;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.deadline.DateDeadline;
import kz.saruar.scheduling.deadline.DeadlineRules;
import kz.saruar.scheduling.deadline.Deadlines;

/**
 * Generates a cohort's program calendar from a start date, a methodology and a holiday calendar
 * (PRE-01 duration; PRE-02 four kickoffs in order, mentor pairs at the second, the third after
 * both basic courses of PRE-03, the fourth before the defense; DEF-11 application deadline;
 * ACC-01 duration; ACC-02 modules in order with their lengths or the configured default; ACC-04
 * coaching in weeks 1 and 4 of each program month; ACC-03 demo day on the last working day).
 *
 * <p>Every session falls on a working day inside the working hours. A program that cannot fit is
 * refused with one reason per session that does not fit.
 */
public final class ProgramCalendarGenerator {

    private final Methodology methodology;
    private final WorkingCalendar calendar;
    private final ProgramSettings settings;
    private final Deadlines deadlines;

    /** A generator for this methodology on this holiday calendar with these settings. */
    public ProgramCalendarGenerator(Methodology methodology, WorkingCalendar calendar, ProgramSettings settings) {
        this.methodology = Objects.requireNonNull(methodology, "methodology");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.deadlines = new Deadlines(calendar, DeadlineRules.from(methodology.intake(), methodology.defense(),
                methodology.preAcceleration().consultations()), settings.zone());
    }

    /** The calendar of a cohort whose pre-acceleration starts on {@code start}, or what does not fit. */
    public Outcome<ProgramCalendar> generate(String cohortId, LocalDate start) {
        return generate(cohortId, start, methodology.preAcceleration().durationMonths());
    }

    /**
     * The calendar with a pre-acceleration of {@code preAccelerationMonths} instead of the
     * methodology's (PRE-01 [default] 2; the 2020 cohort had 3); refused when not positive.
     */
    public Outcome<ProgramCalendar> generate(String cohortId, LocalDate start, int preAccelerationMonths) {
        Objects.requireNonNull(cohortId, "cohortId");
        Objects.requireNonNull(start, "start");
        PreAccelerationProgram pre = methodology.preAcceleration();
        AccelerationProgram acc = methodology.acceleration();
        List<Reason> refusals = new ArrayList<>();
        if (preAccelerationMonths <= 0) {
            refusals.add(zeroLength(PRE_01, preAccelerationMonths));
        }
        if (acc.durationMonths() <= 0) {
            refusals.add(zeroLength(ACC_01, acc.durationMonths()));
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        LocalDate preEnd = start.plusMonths(preAccelerationMonths);
        // The acceleration starts after the DEF-11 window, at most a few weeks after preEnd.
        LocalDate horizon = preEnd.plusMonths(acc.durationMonths()).plusMonths(1);
        Optional<Reason> missing = calendar.checkCovered(start, horizon, PRE_01, ACC_01);
        if (missing.isPresent()) {
            return Outcome.refused(missing.get());
        }
        List<ProgramSession> sessions = new ArrayList<>();
        Map<LocalDate, ZonedDateTime> busyUntil = new HashMap<>();

        // Pre-acceleration (PRE-01, PRE-02, PRE-03).
        List<LocalDate> preDays = workingDays(start, preEnd);
        List<KickoffSession> kickoffs = pre.kickoffSessions();
        int courseDays = pre.mandatoryCourses().size() * settings.courseWorkingDays();
        int k1 = 0;
        int k2 = Math.min(5, Math.max(1, preDays.size() / 8));
        int courseFirst = k2 + 1;
        int k3 = courseFirst + courseDays;
        int defense = preDays.size() - 1;
        int k4 = defense - settings.kickoff4DaysBeforeDefense();
        int[] kickoffDays = {k1, k2, k3, k4};
        if (kickoffs.size() != 4) {
            refusals.add(SchedulingReason.KICKOFF_COUNT.reason("cohort:" + cohortId, Figure.of("kickoffs", kickoffs.size())));
        } else {
            for (int i = 0; i < 4; i++) {
                int day = kickoffDays[i];
                boolean ordered = i == 0 || day > kickoffDays[i - 1];
                if (day < 0 || day >= defense || !ordered) {
                    refusals.add(doesNotFit(PRE_02, kickoffs.get(i).code(), day + 1, preDays.size(), start, preEnd));
                    continue;
                }
                place(sessions, busyUntil, refusals, kickoffs.get(i).code(), SessionKind.KICKOFF, PRE_02,
                        kickoffs.get(i).name(), preDays.get(day), settings.kickoffLength());
            }
        }
        int d = courseFirst;
        for (String course : pre.mandatoryCourses()) {
            LocalizedText name = contentName(pre, course);
            for (int n = 1; n <= settings.courseWorkingDays(); n++, d++) {
                if (d >= k3 || d >= defense || d >= preDays.size()) {
                    refusals.add(doesNotFit(PRE_03, course + "_DAY_" + n, d + 1, preDays.size(), start, preEnd));
                    continue;
                }
                String part = " (" + n + "/" + settings.courseWorkingDays() + ")";
                LocalizedText title = LocalizedText.of(name.get(Language.KK) + part, name.get(Language.RU) + part,
                        name.get(Language.EN) + part);
                place(sessions, busyUntil, refusals, course + "_DAY_" + n, SessionKind.BASIC_COURSE, PRE_03,
                        title, preDays.get(d), settings.courseDayLength());
            }
        }
        if (!refusals.isEmpty() || preDays.isEmpty()) {
            if (preDays.isEmpty()) {
                refusals.add(doesNotFit(PRE_01, "DEFENSE", 1, 0, start, preEnd));
            }
            return Outcome.refused(refusals);
        }
        LocalDate defenseDay = preDays.get(defense);
        place(sessions, busyUntil, refusals, "DEFENSE", SessionKind.DEFENSE, DEF_01,
                contentName(pre, "DEFENSE"), defenseDay, settings.defenseLength());
        DateDeadline application = deadlines.accelerationApplication(defenseDay);

        // Acceleration (ACC-01..04), from the first working day after the DEF-11 deadline.
        LocalDate accStart = calendar.workingDayOnOrAfter(application.due().plusDays(1), ACC_01).orElseThrow();
        LocalDate accEnd = accStart.plusMonths(acc.durationMonths());
        List<LocalDate> accDays = workingDays(accStart, accEnd);
        List<CurriculumModule> modules = acc.modules();
        int slots = accDays.size() - 1; // the last working day is the demo day
        if (slots < modules.size()) {
            refusals.add(SchedulingReason.MODULES_DO_NOT_FIT.reason("cohort:" + cohortId, Figure.of("modules", modules.size()),
                    Figure.of("workingDays", slots), Figure.of("from", accStart.toString()), Figure.of("to", accEnd.toString())));
            return Outcome.refused(refusals);
        }
        for (int i = 0; i < modules.size(); i++) {
            CurriculumModule m = modules.get(i);
            BigDecimal hours = m.hours().orElse(acc.defaultModuleHours());
            Duration length = Duration.ofMinutes(hours.multiply(BigDecimal.valueOf(settings.minutesPerModuleHour()))
                    .setScale(0, RoundingMode.CEILING).longValueExact());
            place(sessions, busyUntil, refusals, m.code(), SessionKind.MODULE, ACC_02, m.name(),
                    accDays.get((int) ((long) i * slots / modules.size())), length);
        }
        for (int month = 0; month < acc.durationMonths(); month++) {
            LocalDate monthStart = accStart.plusMonths(month);
            for (int week : acc.coachingWeeks()) {
                LocalDate from = monthStart.plusDays(7L * (week - 1));
                LocalDate to = min(from.plusDays(7), accEnd);
                String id = "COACHING_M" + (month + 1) + "_W" + week;
                LocalizedText title = LocalizedText.of(
                        (month + 1) + "-ай, " + week + "-апта: коучинг кездесуі",
                        "Коучинг-встреча: месяц " + (month + 1) + ", неделя " + week,
                        "Coaching meeting: month " + (month + 1) + ", week " + week);
                Optional<LocalDate> day = freeDay(from, to, busyUntil, settings.coachingLength(), accDays);
                if (day.isEmpty()) {
                    refusals.add(SchedulingReason.COACHING_DOES_NOT_FIT.reason("cohort:" + cohortId, Figure.of("session", id),
                            Figure.of("from", from.toString()), Figure.of("to", to.minusDays(1).toString())));
                    continue;
                }
                place(sessions, busyUntil, refusals, id, SessionKind.COACHING, ACC_04, title, day.get(), settings.coachingLength());
            }
        }
        place(sessions, busyUntil, refusals, "DEMO_DAY", SessionKind.DEMO_DAY, ACC_03,
                LocalizedText.of("Демо-күн: жобалар таныстырылымы", "Демо-день: презентации проектов", "Demo day: project presentations"),
                accDays.get(accDays.size() - 1), settings.demoDayLength());
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        sessions.sort(Comparator.comparing(ProgramSession::start));
        return Outcome.accepted(new ProgramCalendar(cohortId, sessions, List.of(application)));
    }

    private List<LocalDate> workingDays(LocalDate from, LocalDate toExclusive) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(toExclusive); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private Optional<LocalDate> freeDay(LocalDate from, LocalDate toExclusive, Map<LocalDate, ZonedDateTime> busyUntil,
            Duration length, List<LocalDate> accDays) {
        LocalDate fallback = null;
        for (LocalDate d = from; d.isBefore(toExclusive); d = d.plusDays(1)) {
            if (!accDays.contains(d)) {
                continue;
            }
            ZonedDateTime busy = busyUntil.get(d);
            if (busy == null) {
                return Optional.of(d);
            }
            if (fallback == null && !busy.plus(length).toLocalTime().isAfter(settings.dayEnd())
                    && busy.toLocalDate().equals(d)) {
                fallback = d;
            }
        }
        return Optional.ofNullable(fallback);
    }

    private void place(List<ProgramSession> sessions, Map<LocalDate, ZonedDateTime> busyUntil, List<Reason> refusals,
            String id, SessionKind kind, RuleId rule, LocalizedText title, LocalDate day, Duration length) {
        ZonedDateTime begin = busyUntil.getOrDefault(day, day.atTime(settings.dayStart()).atZone(settings.zone()));
        ZonedDateTime end = begin.plus(length);
        ZonedDateTime close = day.atTime(settings.dayEnd()).atZone(settings.zone());
        if (end.isAfter(close) || !end.toLocalDate().equals(day)) {
            refusals.add(SchedulingReason.OUTSIDE_WORKING_HOURS.citing(List.of(rule), "session:" + id, Figure.of("session", id),
                    Figure.of("minutes", length.toMinutes()), Figure.of("day", day.toString()),
                    Figure.of("dayStart", settings.dayStart().toString()), Figure.of("dayEnd", settings.dayEnd().toString())));
            return;
        }
        busyUntil.put(day, end);
        sessions.add(new ProgramSession(id, kind, rule, title, begin, end));
    }

    private static LocalizedText contentName(PreAccelerationProgram pre, String code) {
        return pre.content().stream().filter(c -> c.code().equals(code)).map(CatalogEntry::name).findFirst()
                .orElse(LocalizedText.of(code, code, code));
    }

    private static Reason zeroLength(RuleId rule, int months) {
        return SchedulingReason.ZERO_LENGTH_PROGRAM.citing(List.of(rule), "program:" + rule, Figure.of("months", months));
    }

    private static Reason doesNotFit(RuleId rule, String id, int needed, int available, LocalDate from, LocalDate to) {
        return SchedulingReason.SESSION_DOES_NOT_FIT.citing(List.of(rule), "session:" + id, Figure.of("session", id),
                Figure.of("workingDay", needed), Figure.of("from", from.toString()), Figure.of("to", to.toString()),
                Figure.of("available", available));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
