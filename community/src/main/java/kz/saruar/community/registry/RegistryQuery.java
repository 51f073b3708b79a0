package kz.saruar.community.registry;

import java.util.Optional;
import kz.saruar.model.Arguments;

/**
 * A search of the registries (PLT-01): by direction, competency (experts), region and lifecycle
 * stage (projects); an absent criterion matches everything.
 *
 * @param direction  a CAT-01 direction code
 * @param competency a CAT-05 expert-area code (experts only)
 * @param region     a region code
 * @param stage      a MAT-02 stage code (projects only)
 */
public record RegistryQuery(Optional<String> direction, Optional<String> competency, Optional<String> region,
        Optional<String> stage) {
    /** The query that matches everything. */
    public static final RegistryQuery ALL = new RegistryQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /** Refuses nulls. */
    public RegistryQuery {
        Arguments.nonNull("direction", direction, "competency", competency, "region", region, "stage", stage);
    }

    /** This query also asking for a direction. */
    public RegistryQuery withDirection(String code) {
        return new RegistryQuery(Optional.of(code), competency, region, stage);
    }

    /** This query also asking for a competency. */
    public RegistryQuery withCompetency(String code) {
        return new RegistryQuery(direction, Optional.of(code), region, stage);
    }

    /** This query also asking for a region. */
    public RegistryQuery withRegion(String code) {
        return new RegistryQuery(direction, competency, Optional.of(code), stage);
    }

    /** This query also asking for a stage. */
    public RegistryQuery withStage(String code) {
        return new RegistryQuery(direction, competency, region, Optional.of(code));
    }

    /** Whether the expert matches (the stage criterion does not apply to experts). */
    public boolean matches(Expert e) {
        return direction.map(e.directions()::contains).orElse(true)
                && competency.map(e.competencies()::contains).orElse(true)
                && region.map(e.region()::equals).orElse(true);
    }

    /** Whether the project matches (the competency criterion matches a project whose plan asks for it). */
    public boolean matches(ProjectRecord p) {
        return direction.map(p.direction()::equals).orElse(true)
                && competency.map(c -> p.needs().stream().anyMatch(n -> n.source() == NeedSource.INDIVIDUAL_PLAN
                        && n.code().equals(c))).orElse(true)
                && region.map(p.region()::equals).orElse(true)
                && stage.map(p.stage()::equals).orElse(true);
    }
}
