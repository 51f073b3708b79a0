package kz.saruar.scheduling.consultation;

import java.util.Objects;
import kz.saruar.model.decision.Reason;

/**
 * A request the planner could not place, with the reason and its rule (PRE-05, PRE-06).
 *
 * @param request the request
 * @param reason  why it was not placed
 */
public record UnplacedRequest(ConsultationRequest request, Reason reason) {
    /** Refuses nulls. */
    public UnplacedRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(reason, "reason");
    }
}
