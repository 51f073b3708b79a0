package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.ExpertCompetency;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Positive;

/** What the methodology asks of experts: requirements, formats, duties, behaviours and competencies (EXP-01..05). */
@Cites("EXP-01")
public record ExpertRules(
        @Cites("EXP-01") List<CatalogEntry> requirements,
        @Cites("EXP-01") @Positive int minYearsOfPractice,
        @Cites("EXP-01") @Positive int maxYearsOfPractice,
        @Cites("EXP-02") List<CatalogEntry> formats,
        @Cites("EXP-03") List<CatalogEntry> duties,
        @Cites("EXP-03") @Positive int minTrainingHours,
        @Cites("EXP-03") @Positive int maxTrainingHours,
        @Cites("EXP-05") List<CatalogEntry> coachBehaviours,
        @Cites("EXP-05") List<ExpertCompetency> competencies) {
    /** Refuses nulls and copies lists. */
    public ExpertRules {
        requirements = ImmutableList.copyOf(Objects.requireNonNull(requirements, "requirements"));
        formats = ImmutableList.copyOf(Objects.requireNonNull(formats, "formats"));
        duties = ImmutableList.copyOf(Objects.requireNonNull(duties, "duties"));
        coachBehaviours = ImmutableList.copyOf(Objects.requireNonNull(coachBehaviours, "coachBehaviours"));
        competencies = ImmutableList.copyOf(Objects.requireNonNull(competencies, "competencies"));
    }
}
