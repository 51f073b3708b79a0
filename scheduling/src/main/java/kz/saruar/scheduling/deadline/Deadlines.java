package kz.saruar.scheduling.deadline;

import kz.saruar.model.Rules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.AccelerationDeadline;
import kz.saruar.model.lifecycle.ProjectLifecycle;
import kz.saruar.scheduling.calendar.WorkingCalendar;

/**
 * Computes every deadline of the methodology (APP-10, APP-11, DEF-11, PRE-06) on a holiday
 * calendar, in an explicit zone; each result names its rule and inputs.
 */
public final class Deadlines {
    static final RuleId APP_10 = Rules.APP_10;
    static final RuleId APP_11 = Rules.APP_11;
    static final RuleId DEF_11 = Rules.DEF_11;
    static final RuleId PRE_06 = Rules.PRE_06;

    private final WorkingCalendar calendar;
    private final DeadlineRules rules;
    private final ZoneId zone;

    /** Deadlines on this calendar with these numbers, in this zone (Asia/Almaty for Kazakhstan). */
    public Deadlines(WorkingCalendar calendar, DeadlineRules rules, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** APP-10: the first interview within N (7) days of submission, if the application is accepted. */
    public DateDeadline firstInterview(Instant submitted) {
        LocalDate day = Objects.requireNonNull(submitted, "submitted").atZone(zone).toLocalDate();
        int n = rules.firstInterviewDays();
        LocalDate due = ProjectLifecycle.firstInterviewDue(day, n);
        // kk/ru name the step as the seeds do ("сарапшылармен алғашқы сұхбат", "первичное собеседование с экспертами")
        return new DateDeadline(APP_10, "FIRST_INTERVIEW",
                Map.of("submitted", submitted.toString(), "zone", zone.getId(), "days", String.valueOf(n)), due,
                LocalizedText.of(Map.of(
                        Language.KK, "Сарапшылармен алғашқы сұхбат " + due + " дейін (өтінім " + day + " + " + n + " күн)",
                        Language.RU, "Первичное собеседование с экспертами не позднее " + due + " (заявка " + day + " + " + n
                                + " дн.)",
                        Language.EN, "First interview with experts by " + due + " (application " + day + " + " + n + " days)"),
                        List.of(Language.EN)));
    }

    /** APP-11: the commission starts no later than N (20) working days from the start of intake. */
    public Outcome<DateDeadline> commissionStart(IntakeWindow window) {
        Objects.requireNonNull(window, "window");
        int n = rules.commissionStartWorkingDays();
        return calendar.addWorkingDays(window.opens(), n, APP_11).map(due -> new DateDeadline(APP_11,
                "COMMISSION_START", Map.of("intakeOpens", window.opens().toString(), "workingDays", String.valueOf(n),
                        "calendar", calendar.calendarId()), due,
                LocalizedText.of("Комиссия жұмысын " + due + " кешіктірмей бастайды (" + window.opens() + " + " + n + " жұмыс күні)",
                        "Комиссия начинает работу не позднее " + due + " (" + window.opens() + " + " + n + " раб. дн.)",
                        "Commission starts by " + due + " (" + window.opens() + " + " + n + " working days)")));
    }

    /** APP-11: the final meeting no later than N (5) working days after the competition ends. */
    public Outcome<DateDeadline> finalMeeting(IntakeWindow window) {
        Objects.requireNonNull(window, "window");
        int n = rules.finalMeetingWorkingDays();
        LocalDate closed = window.closes().withZoneSameInstant(zone).toLocalDate();
        return calendar.addWorkingDays(closed, n, APP_11).map(due -> new DateDeadline(APP_11, "FINAL_MEETING",
                Map.of("intakeCloses", window.closes().toString(), "workingDays", String.valueOf(n),
                        "calendar", calendar.calendarId()), due,
                LocalizedText.of("Қорытынды отырыс " + due + " кешіктірмей (" + closed + " + " + n + " жұмыс күні)",
                        "Итоговое заседание не позднее " + due + " (" + closed + " + " + n + " раб. дн.)",
                        "Final meeting by " + due + " (" + closed + " + " + n + " working days)")));
    }

    /** DEF-11: the application to acceleration within N (3) days after the defense. */
    public DateDeadline accelerationApplication(LocalDate defense) {
        Objects.requireNonNull(defense, "defense");
        int n = rules.applicationDays();
        LocalDate due = AccelerationDeadline.calendarDays(defense, n).lastDay();
        // kk/ru as the seeds name it ("акселерацияға өтуге өтінім", "заявка на акселерацию")
        return new DateDeadline(DEF_11, "ACCELERATION_APPLICATION",
                Map.of("defense", defense.toString(), "days", String.valueOf(n)), due,
                LocalizedText.of(Map.of(
                        Language.KK, "Акселерацияға өтуге өтінім " + due + " дейін (қорғау " + defense + " + " + n + " күн)",
                        Language.RU, "Заявка на акселерацию не позднее " + due + " (защита " + defense + " + " + n + " дн.)",
                        Language.EN, "Application to acceleration by " + due + " (defense " + defense + " + " + n + " days)"),
                        List.of(Language.EN)));
    }

    /** PRE-06: the participant's agenda N (3) days before the consultation starts. */
    public TimeDeadline agenda(Instant consultationStart) {
        ZonedDateTime start = Objects.requireNonNull(consultationStart, "consultationStart").atZone(zone);
        int n = rules.agendaDaysBefore();
        ZonedDateTime due = start.minusDays(n);
        return new TimeDeadline(PRE_06, "AGENDA", Map.of("consultationStart", start.toString(),
                "daysBefore", String.valueOf(n)), due,
                LocalizedText.of("Кеңес күн тәртібі " + due.toLocalDateTime() + " дейін (кеңестен " + n + " күн бұрын)",
                        "Повестка консультации не позднее " + due.toLocalDateTime() + " (за " + n + " дн. до консультации)",
                        "Consultation agenda by " + due.toLocalDateTime() + " (" + n + " days before the consultation)"));
    }

    /** PRE-06: the mini-survey within N (12) hours after the consultation ends. */
    public TimeDeadline survey(Instant consultationEnd) {
        ZonedDateTime end = Objects.requireNonNull(consultationEnd, "consultationEnd").atZone(zone);
        int n = rules.surveyHoursAfter();
        ZonedDateTime due = end.plusHours(n);
        return new TimeDeadline(PRE_06, "SURVEY", Map.of("consultationEnd", end.toString(),
                "hoursAfter", String.valueOf(n)), due,
                LocalizedText.of("Шағын сауалнама " + due.toLocalDateTime() + " дейін (кеңестен кейін " + n + " сағат)",
                        "Мини-опрос не позднее " + due.toLocalDateTime() + " (" + n + " ч после консультации)",
                        "Mini-survey by " + due.toLocalDateTime() + " (" + n + " hours after the consultation)"));
    }

    /** The numbers in use. */
    public DeadlineRules rules() {
        return rules;
    }
}
