package kz.saruar.scheduling.program;

import kz.saruar.model.Arguments;

/**
 * A team presenting at the demo day, with the categories the organizers group by (ACC-03:
 * presentations scheduled by project category and stakeholder category).
 *
 * @param projectId           the project's ID
 * @param projectCategory     e.g. its direction code
 * @param stakeholderCategory e.g. INVESTORS, STATE_BODIES, PARTNERS, CLIENTS
 */
public record DemoEntry(String projectId, String projectCategory, String stakeholderCategory) {
    /** Refuses nulls and a blank project ID. */
    public DemoEntry {
        Arguments.nonNull("projectId", projectId, "projectCategory", projectCategory,
                "stakeholderCategory", stakeholderCategory);
        if (projectId.isBlank()) {
            throw new IllegalArgumentException("demo entry project id is blank");
        }
    }
}
