package kz.saruar.community.registry;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Positive;

/**
 * The registry file as read from JSON (PLT-01): experts, projects, the matching policy (HUB-01,
 * defaults when absent) and the pairs declined before.
 *
 * @param schemaVersion the file's schema version, 1
 * @param policy        the matching policy, {@link MatchingPolicy#DEFAULT} when absent
 * @param experts       the expert registry
 * @param projects      the project registry
 * @param declined      pairs declined before
 */
@Cites("PLT-01")
public record RegistryFile(
        @Positive int schemaVersion,
        Optional<MatchingPolicy> policy,
        List<Expert> experts,
        List<ProjectRecord> projects,
        Optional<List<DeclinedPair>> declined) {
    /** Refuses nulls and copies the lists. */
    public RegistryFile {
        Objects.requireNonNull(policy, "policy");
        experts = ImmutableList.copyOf(Objects.requireNonNull(experts, "experts"));
        projects = ImmutableList.copyOf(Objects.requireNonNull(projects, "projects"));
        declined = Objects.requireNonNull(declined, "declined").map(ImmutableList::copyOf);
    }
}
