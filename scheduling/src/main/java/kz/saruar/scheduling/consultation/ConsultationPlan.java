package kz.saruar.scheduling.consultation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The planner's answer for a cohort (PRE-05): the placed consultations in time order and every
 * request it could not place, with the reason.
 *
 * @param placed   the placed consultations
 * @param unplaced the requests not placed
 */
public record ConsultationPlan(List<PlannedConsultation> placed, List<UnplacedRequest> unplaced) {
    /** Refuses nulls; copies the lists. */
    public ConsultationPlan {
        placed = ImmutableList.copyOf(Objects.requireNonNull(placed, "placed"));
        unplaced = ImmutableList.copyOf(Objects.requireNonNull(unplaced, "unplaced"));
    }
}
