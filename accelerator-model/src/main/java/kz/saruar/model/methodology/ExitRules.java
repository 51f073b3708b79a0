package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.catalog.CascadeLevel;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** Exit from the program: exit tasks, brand-ambassador criteria and documents, participation order, cascade levels (EXT-01..05). */
@Cites("EXT-01")
public record ExitRules(
        List<CatalogEntry> tasks,
        @Cites("EXT-02") List<CatalogEntry> ambassadorCriteria,
        @Cites("EXT-03") @Code List<String> ambassadorDocuments,
        @Cites("EXT-04") List<CatalogEntry> ambassadorSteps,
        @Cites("EXT-05") List<CascadeLevel> cascadeLevels) {
    /** Refuses nulls and copies lists. */
    public ExitRules {
        tasks = ImmutableList.copyOf(Objects.requireNonNull(tasks, "tasks"));
        ambassadorCriteria = ImmutableList.copyOf(Objects.requireNonNull(ambassadorCriteria, "ambassadorCriteria"));
        ambassadorDocuments = ImmutableList.copyOf(Objects.requireNonNull(ambassadorDocuments, "ambassadorDocuments"));
        ambassadorSteps = ImmutableList.copyOf(Objects.requireNonNull(ambassadorSteps, "ambassadorSteps"));
        cascadeLevels = ImmutableList.copyOf(Objects.requireNonNull(cascadeLevels, "cascadeLevels"));
    }
}
