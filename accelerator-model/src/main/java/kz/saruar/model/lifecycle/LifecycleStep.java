package kz.saruar.model.lifecycle;

import kz.saruar.model.Arguments;

/**
 * An accepted lifecycle command (APP-08..12, PRE-09, PRE-10, DEF-06..12, ACC-03, EXT-02, EXT-04):
 * the project after it and the event it yielded, which a journal keeps.
 *
 * @param project the project after the command
 * @param event the event it yielded, the project's last
 */
public record LifecycleStep(ProjectLifecycle project, LifecycleEvent event) {
    /** Refuses nulls. */
    public LifecycleStep {
        Arguments.nonNull("project", project, "event", event);
    }
}
