package kz.saruar.community.registry;

import java.util.Objects;
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
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(expert, "expert");
        Objects.requireNonNull(reason, "reason");
    }
}
