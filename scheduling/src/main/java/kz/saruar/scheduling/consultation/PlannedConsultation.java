package kz.saruar.scheduling.consultation;

import kz.saruar.model.Arguments;

/**
 * A request placed at a time by the planner (PRE-05).
 *
 * @param request the request
 * @param slot    when
 */
public record PlannedConsultation(ConsultationRequest request, TimeSlot slot) {
    /** Refuses nulls. */
    public PlannedConsultation {
        Arguments.nonNull("request", request, "slot", slot);
    }
}
