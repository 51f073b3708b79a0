package kz.saruar.model.lifecycle;

import java.util.Set;

/**
 * The state of a project in the program, from application to brand ambassador, and the four ends:
 * rejected (APP-12), expelled (PRE-09), not passed (DEF-06), withdrawn.
 */
public enum ProjectState {
    /** The application is submitted (APP-03). */
    APPLIED,
    /** The organizing committee preselected it (APP-10). */
    PRESELECTED,
    /** It passed the first interview with the experts (APP-10). */
    INTERVIEWED,
    /** Admitted to pre-acceleration (APP-08). */
    IN_PRE_ACCELERATION,
    /** Defended with a total at or above the pass threshold (DEF-06). */
    DEFENDED,
    /** In acceleration, on an application within the deadline (DEF-11, DEF-12). */
    IN_ACCELERATION,
    /** Completed acceleration (ACC-03). */
    GRADUATED,
    /** Recommended and granted brand ambassador status (EXT-02); the participation steps follow (EXT-04). */
    BRAND_AMBASSADOR,
    /** Rejected, with a reason code recorded (APP-12). */
    REJECTED,
    /** Expelled from pre-acceleration on the expert group's decision (PRE-09). */
    EXPELLED,
    /** Defended below the pass threshold (DEF-06). */
    NOT_PASSED,
    /** Withdrawn by the team. */
    WITHDRAWN;

    /** Whether the state is an end: no command is accepted in it (derived from {@link LifecycleTable}). */
    public boolean isEnd() {
        return successors().isEmpty();
    }

    /**
     * The states a project may move to from this one, itself included where a command only records
     * something (APP-10, PRE-10, EXT-04); derived from {@link LifecycleTable}.
     */
    public Set<ProjectState> successors() {
        return LifecycleTable.successors(this);
    }
}
