package kz.saruar.community.impact;

import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;

/**
 * The Impact Management Project's five dimensions of an effect (HUB-03): what, who, how much,
 * contribution, risk — each a short text, all optional.
 *
 * @param what         which outcome and how important it is
 * @param who          who experiences it
 * @param howMuch      scale, depth and duration
 * @param contribution what would have happened anyway
 * @param risk         the risk that it differs from what is expected
 */
@Cites("HUB-03")
public record ImpactDimensions(Optional<String> what, Optional<String> who, Optional<String> howMuch,
        Optional<String> contribution, Optional<String> risk) {
    /** Refuses nulls. */
    public ImpactDimensions {
        Arguments.nonNull("what", what, "who", who, "howMuch", howMuch, "contribution", contribution, "risk", risk);
    }
}
