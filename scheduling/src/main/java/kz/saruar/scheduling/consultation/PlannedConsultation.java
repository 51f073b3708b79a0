package kz.saruar.scheduling.consultation;

import java.util.Objects;

/**
 * A request placed at a time by the planner (PRE-05).
 *
 * @param request the request
 * @param slot    when
 */
public record PlannedConsultation(ConsultationRequest request, TimeSlot slot) {
    /** Refuses nulls. */
    public PlannedConsultation {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(slot, "slot");
    }
}
