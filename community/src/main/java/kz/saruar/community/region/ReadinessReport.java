package kz.saruar.community.region;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A region's readiness and its gaps (REG-03 against REG-01/02): factors rated below
 * {@link RegionReadiness#SUFFICIENT}, roles nobody holds, and tasks no held role covers.
 *
 * @param region        the region's code
 * @param factors       the ratings, in REG-03 order
 * @param weakFactors   factors rated below sufficient
 * @param missingRoles  roles nobody holds
 * @param uncoveredTasks REG-01 tasks that no held role covers
 * @param ready         whether there is no gap
 */
public record ReadinessReport(String region, List<FactorRating> factors, List<ReadinessFactor> weakFactors,
        List<RegionalRole> missingRoles, List<RegionalTask> uncoveredTasks, boolean ready) {
    /** Refuses nulls; copies the lists. */
    public ReadinessReport {
        Objects.requireNonNull(region, "region");
        factors = ImmutableList.copyOf(Objects.requireNonNull(factors, "factors"));
        weakFactors = ImmutableList.copyOf(Objects.requireNonNull(weakFactors, "weakFactors"));
        missingRoles = ImmutableList.copyOf(Objects.requireNonNull(missingRoles, "missingRoles"));
        uncoveredTasks = ImmutableList.copyOf(Objects.requireNonNull(uncoveredTasks, "uncoveredTasks"));
    }
}
