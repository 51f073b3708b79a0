package kz.saruar.scheduling.consultation;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;

/**
 * A cohort's consultation requests and the experts' availability, to be planned at once
 * (PRE-05: the organizers enter the signed consultation plans into the calendar).
 *
 * @param now      the planning moment; nothing is placed in the past or inside the agenda lead
 * @param zone     the zone of working days and agenda days
 * @param policy   the PRE-06 rules
 * @param experts  the experts' availability
 * @param requests the requests, in the order the organizers received them
 */
public record PlanningProblem(Instant now, ZoneId zone, ConsultationPolicy policy, List<ExpertAvailability> experts,
        List<ConsultationRequest> requests) {
    /** Refuses nulls; copies the lists. */
    public PlanningProblem {
        Arguments.nonNull("now", now, "zone", zone, "policy", policy);
        experts = ImmutableList.copyOf(Objects.requireNonNull(experts, "experts"));
        requests = ImmutableList.copyOf(Objects.requireNonNull(requests, "requests"));
    }
}
