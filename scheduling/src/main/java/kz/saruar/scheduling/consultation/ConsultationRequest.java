package kz.saruar.scheduling.consultation;

import kz.saruar.model.Arguments;

/**
 * One consultation that a project's plan asks for with an expert (PRE-05 consultation plan).
 *
 * @param id        a stable ID, unique in the planning problem
 * @param project   the project
 * @param expert    the expert
 * @param initiator who asked for it; the expert's own initiative is outside the PRE-06 limit
 */
public record ConsultationRequest(String id, ProjectId project, ExpertId expert, Initiator initiator) {
    /** Refuses nulls and a blank ID. */
    public ConsultationRequest {
        Arguments.nonNull("id", id, "project", project, "expert", expert, "initiator", initiator);
        if (id.isBlank()) {
            throw new IllegalArgumentException("request id is blank");
        }
    }
}
