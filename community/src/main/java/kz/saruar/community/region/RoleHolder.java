package kz.saruar.community.region;

import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.validation.Cites;

/**
 * Who holds a REG-02 role in the region, if anyone.
 *
 * @param role         the role
 * @param organization the organization that holds it; absent when nobody does
 */
@Cites("REG-02")
public record RoleHolder(RegionalRole role, Optional<String> organization) {
    /** Refuses nulls. */
    public RoleHolder {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organization, "organization");
    }
}
