package kz.saruar.scoring;

import java.util.Objects;

/**
 * A project for which the protocol issues no decision because fewer jurors than the quorum could
 * score it (DEF-09).
 *
 * @param projectId the project
 * @param jurorsScored how many jurors scored it
 * @param quorum the methodology's quorum
 * @param reason the reason, of kind {@link RefusalKind#BELOW_QUORUM}
 */
public record Undecided(String projectId, int jurorsScored, int quorum, Refusal reason) {
    /** Refuses nulls. */
    public Undecided {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(reason, "reason");
    }
}
