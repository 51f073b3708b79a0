package kz.saruar.community.consent;

import java.util.Optional;
import kz.saruar.model.Arguments;

/**
 * One pair's state (M II.2.2): kind, sides, status, who consented, and who declined and why.
 *
 * @param kind             the pair's kind
 * @param adviser          the adviser
 * @param advisee          the advisee
 * @param status           where it stands
 * @param adviserConsented whether the adviser consented
 * @param adviseeConsented whether the advisee consented
 * @param declinedBy       the side that declined
 * @param declineReason    the reason kept
 */
public record PairState(PairKind kind, String adviser, String advisee, PairStatus status, boolean adviserConsented,
        boolean adviseeConsented, Optional<Side> declinedBy, Optional<String> declineReason) {
    /** Refuses nulls. */
    public PairState {
        Arguments.nonNull("kind", kind, "adviser", adviser, "advisee", advisee, "status", status,
                "declinedBy", declinedBy, "declineReason", declineReason);
    }

    /** Whether this side has already answered. */
    public boolean answered(Side side) {
        return declinedBy.filter(side::equals).isPresent() || (side == Side.ADVISER ? adviserConsented : adviseeConsented);
    }
}
