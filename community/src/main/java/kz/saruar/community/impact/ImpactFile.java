package kz.saruar.community.impact;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Positive;

/**
 * The file of theories of change (HUB-03): one or more projects, as read from JSON.
 *
 * @param schemaVersion the schema version, 1
 * @param theories      the projects' theories of change
 */
@Cites("HUB-03")
public record ImpactFile(@Positive int schemaVersion, List<TheoryOfChange> theories) {
    /** Copies the list. */
    public ImpactFile {
        theories = ImmutableList.copyOf(Objects.requireNonNull(theories, "theories"));
    }
}
