package kz.saruar.scheduling.consultation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;

/**
 * A booked consultation (PRE-05/06/07): who, when, who initiated it, and its status.
 *
 * @param id        a stable ID, unique in its book
 * @param expert    the expert
 * @param projects  one project, or several for a group consultation
 * @param slot      when
 * @param kind      individual or group
 * @param initiator who asked for it
 * @param status    where it stands
 */
public record Consultation(String id, ExpertId expert, List<ProjectId> projects, TimeSlot slot, ConsultationKind kind,
        Initiator initiator, ConsultationStatus status) {
    /** Refuses nulls and an empty project list; copies it. */
    public Consultation {
        Arguments.nonNull("id", id, "expert", expert, "slot", slot, "kind", kind, "initiator", initiator,
                "status", status);
        projects = ImmutableList.copyOf(Objects.requireNonNull(projects, "projects"));
        if (projects.isEmpty()) {
            throw new IllegalArgumentException("consultation " + id + " has no project");
        }
    }

    /** The same consultation with another status. */
    public Consultation withStatus(ConsultationStatus newStatus) {
        return new Consultation(id, expert, projects, slot, kind, initiator, newStatus);
    }

    /** The same consultation at another time. */
    public Consultation withSlot(TimeSlot newSlot) {
        return new Consultation(id, expert, projects, newSlot, kind, initiator, status);
    }
}
