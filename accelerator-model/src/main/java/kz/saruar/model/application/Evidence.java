package kz.saruar.model.application;

import java.util.Optional;
import kz.saruar.model.Arguments;

/**
 * A piece of evidence for a requirement: of competence or practical experience (APP-02), of a
 * selection criterion (APP-07).
 *
 * @param description what the evidence shows
 * @param link where it can be seen, if anywhere
 */
public record Evidence(String description, Optional<String> link) {
    /** Refuses nulls. */
    public Evidence {
        Arguments.nonNull("description", description, "link", link);
    }

    /** Evidence without a link. */
    public static Evidence of(String description) {
        return new Evidence(description, Optional.empty());
    }
}
