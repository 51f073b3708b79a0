package kz.saruar.community.registry;

import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;

/**
 * A mentor pair that one side declined before (M II.2.2: pairs by mutual consent); it is never
 * proposed again (HUB-01). The reason is kept as the side gave it.
 *
 * @param project the project's identifier
 * @param expert  the expert's identifier
 * @param reason  why it was declined
 */
@Cites("HUB-01")
public record DeclinedPair(String project, String expert, String reason) {
    /** Refuses nulls. */
    public DeclinedPair {
        Arguments.nonNull("project", project, "expert", expert, "reason", reason);
    }
}
