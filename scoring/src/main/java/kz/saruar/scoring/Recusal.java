package kz.saruar.scoring;

import kz.saruar.model.Arguments;

/**
 * A juror who may not score a project because of a conflict of interest (a member of its team, or
 * its mentor-expert) and is recused; listed in the protocol (DEF-09).
 *
 * @param projectId the project
 * @param jurorId the recused juror
 * @param role the juror's role
 * @param reason {@link RefusalKind#CONFLICT_TEAM_MEMBER} or {@link RefusalKind#CONFLICT_MENTOR}
 */
public record Recusal(String projectId, String jurorId, String role, RefusalKind reason) {
    /** Refuses nulls. */
    public Recusal {
        Arguments.nonNull("projectId", projectId, "jurorId", jurorId, "role", role, "reason", reason);
    }
}
