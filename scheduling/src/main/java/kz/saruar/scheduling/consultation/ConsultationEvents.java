package kz.saruar.scheduling.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.scheduling.ical.CalendarEvent;

/**
 * Consultations and planned consultations as iCalendar events (PRE-05: organizers enter the
 * consultations into the calendar). Titles carry expert and project IDs only, never names.
 */
public final class ConsultationEvents {
    private ConsultationEvents() {
    }

    /** The booked consultations that still occupy time, as events. */
    public static List<CalendarEvent> ofBookings(List<Consultation> consultations, Language language) {
        Objects.requireNonNull(consultations, "consultations");
        Objects.requireNonNull(language, "language");
        List<CalendarEvent> out = new ArrayList<>();
        for (Consultation c : consultations) {
            if (!c.status().occupiesTime()) {
                continue;
            }
            String projects = String.join(", ", c.projects().stream().map(ProjectId::value).toList());
            out.add(new CalendarEvent("consultation-" + c.id() + "@saruar", c.slot().start(), c.slot().end(),
                    title(c.kind() == ConsultationKind.GROUP, c.expert(), projects).get(language),
                    Optional.of(c.kind() == ConsultationKind.GROUP ? "PRE-07" : "PRE-06"), Optional.empty()));
        }
        return List.copyOf(out);
    }

    /** A plan's placed consultations, as events. */
    public static List<CalendarEvent> ofPlan(ConsultationPlan plan, Language language) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(language, "language");
        List<CalendarEvent> out = new ArrayList<>(plan.placed().size());
        for (PlannedConsultation p : plan.placed()) {
            out.add(new CalendarEvent("request-" + p.request().id() + "@saruar", p.slot().start(), p.slot().end(),
                    title(false, p.request().expert(), p.request().project().value()).get(language),
                    Optional.of("PRE-06"), Optional.empty()));
        }
        return List.copyOf(out);
    }

    private static LocalizedText title(boolean group, ExpertId expert, String projects) {
        return group
                ? LocalizedText.of("Топтық кеңес: сарапшы " + expert + ", жобалар " + projects,
                        "Групповая консультация: эксперт " + expert + ", проекты " + projects,
                        "Group consultation: expert " + expert + ", projects " + projects)
                : LocalizedText.of("Кеңес: сарапшы " + expert + ", жоба " + projects,
                        "Консультация: эксперт " + expert + ", проект " + projects,
                        "Consultation: expert " + expert + ", project " + projects);
    }
}
