package kz.saruar.scheduling.consultation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import kz.saruar.model.RuleId;
import kz.saruar.scheduling.Refusal;

/** The refusals of consultation booking and planning, each naming its rule (PRE-05, PRE-06, PRE-07). */
final class ConsultationRefusals {
    static final RuleId PRE_05 = RuleId.of("PRE-05");
    static final RuleId PRE_06 = RuleId.of("PRE-06");
    static final RuleId PRE_07 = RuleId.of("PRE-07");

    private ConsultationRefusals() {
    }

    static String local(Instant t, ZoneId zone) {
        ZonedDateTime z = t.atZone(zone);
        return z.toLocalDate() + " " + z.toLocalTime();
    }

    static Refusal unknownExpert(ExpertId e) {
        return Refusal.of("UNKNOWN_EXPERT", PRE_05,
                "Сарапшы " + e + " белгісіз: ол бос уақытын жарияламаған",
                "Эксперт " + e + " неизвестен: он не публиковал свободное время",
                "Unknown expert " + e + ": no availability published");
    }

    static Refusal inThePast(Instant start, Instant now, ZoneId zone) {
        return Refusal.of("IN_THE_PAST", PRE_05,
                "Уақыт " + local(start, zone) + " өтіп кеткен (қазір " + local(now, zone) + ")",
                "Время " + local(start, zone) + " уже прошло (сейчас " + local(now, zone) + ")",
                "Time " + local(start, zone) + " is in the past (now " + local(now, zone) + ")");
    }

    static Refusal agendaLeadTime(Instant start, int days, ZoneId zone) {
        return Refusal.of("AGENDA_LEAD_TIME", PRE_06,
                "Кеңес " + local(start, zone) + " күн тәртібіне " + days + " күн қалдырмайды",
                "Консультация " + local(start, zone) + " не оставляет " + days + " дн. на повестку",
                "Consultation at " + local(start, zone) + " does not leave the " + days + " days for the agenda");
    }

    static Refusal outsideAvailability(ExpertId e, Instant start, ZoneId zone) {
        return Refusal.of("OUTSIDE_AVAILABILITY", PRE_05,
                "Сарапшы " + e + " " + local(start, zone) + " уақытында бос емес",
                "Эксперт " + e + " не свободен в " + local(start, zone),
                "Expert " + e + " has no availability at " + local(start, zone));
    }

    static Refusal expertBusy(ExpertId e, Instant start, ZoneId zone) {
        return Refusal.of("EXPERT_DOUBLE_BOOKED", PRE_05,
                "Сарапшы " + e + " " + local(start, zone) + " уақытында басқа кеңесте",
                "Эксперт " + e + " уже занят в " + local(start, zone),
                "Expert " + e + " is already booked at " + local(start, zone));
    }

    static Refusal projectBusy(ProjectId p, Instant start, ZoneId zone) {
        return Refusal.of("PROJECT_DOUBLE_BOOKED", PRE_05,
                "Жоба " + p + " " + local(start, zone) + " уақытында басқа кеңесте",
                "Проект " + p + " уже занят в " + local(start, zone),
                "Project " + p + " is already booked at " + local(start, zone));
    }

    static Refusal limitReached(ProjectId p, ExpertId e, int max) {
        return Refusal.of("EXPERT_LIMIT_REACHED", PRE_06,
                "Жоба " + p + " сарапшы " + e + " кеңестерінің шегіне жетті (" + max + "); көбін тек сарапшы бастай алады",
                "Проект " + p + " исчерпал лимит консультаций с экспертом " + e + " (" + max + "); больше — только по инициативе эксперта",
                "Project " + p + " has reached the limit of " + max + " consultations with expert " + e
                        + "; more only on the expert's initiative");
    }

    static Refusal nonWorkingDay(Instant start, ZoneId zone) {
        return Refusal.of("NON_WORKING_DAY", PRE_05,
                local(start, zone) + " жұмыс күні емес", local(start, zone) + " — нерабочий день",
                local(start, zone) + " is not a working day");
    }
}
