package kz.saruar.scheduling.consultation;

import kz.saruar.model.Arguments;
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
        Arguments.nonNull("request", request, "reason", reason);
    }
}
