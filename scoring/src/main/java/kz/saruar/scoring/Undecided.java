package kz.saruar.scoring;

import kz.saruar.model.Arguments;
import kz.saruar.model.decision.Reason;

/**
 * A project for which the protocol issues no decision because fewer jurors than the quorum could
 * score it (DEF-09).
 *
 * @param projectId the project
 * @param jurorsScored how many jurors scored it
 * @param quorum the methodology's quorum
 * @param reason the reason, of kind {@link RefusalKind#BELOW_QUORUM}
 */
public record Undecided(String projectId, int jurorsScored, int quorum, Reason reason) {
    /** Refuses nulls. */
    public Undecided {
        Arguments.nonNull("projectId", projectId, "reason", reason);
    }
}
