package kz.saruar.community.collaboration;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Positive;

/**
 * A file of the community's collaborations as read from JSON (HUB-05; sample
 * {@code samples/collaborations.json}).
 *
 * @param schemaVersion the file's schema version, 1
 * @param collaborations who, what, when, outcome
 */
@Cites("HUB-05")
public record CollaborationsFile(@Positive int schemaVersion, List<Collaboration> collaborations) {
    /** Refuses nulls; copies the list. */
    public CollaborationsFile {
        collaborations = ImmutableList.copyOf(Objects.requireNonNull(collaborations, "collaborations"));
    }
}
