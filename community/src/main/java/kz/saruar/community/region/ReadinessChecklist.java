package kz.saruar.community.region;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.Positive;

/**
 * A region's readiness checklist for starting an accelerator (REG-03, with REG-01/02), as read
 * from JSON.
 *
 * @param schemaVersion the schema version, 1
 * @param region        the region's code
 * @param factors       the six factors, each rated once
 * @param roles         who holds each REG-02 role
 */
@Cites("REG-03")
public record ReadinessChecklist(@Positive int schemaVersion, @Code String region, List<FactorRating> factors,
        List<RoleHolder> roles) {
    /** Refuses nulls; copies the lists. */
    public ReadinessChecklist {
        Objects.requireNonNull(region, "region");
        factors = ImmutableList.copyOf(Objects.requireNonNull(factors, "factors"));
        roles = ImmutableList.copyOf(Objects.requireNonNull(roles, "roles"));
    }
}
