package kz.saruar.community.registry;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/**
 * An entry of the project registry across cohorts (PLT-01): direction (CAT-01), region, lifecycle
 * stage (MAT-02), working languages, the needs a mentor should cover (HUB-01), cohort history with
 * certificates, brand-ambassador status (EXT) and a one-line impact summary (HUB-03). The lead's
 * personal data is a separate {@link Contact}.
 *
 * @param id         the registry identifier, e.g. {@code P-01}
 * @param title      the project's title (public)
 * @param lead       the project lead's personal data
 * @param direction  the CAT-01 direction code
 * @param region     the region's code
 * @param stage      the MAT-02 lifecycle stage code
 * @param languages  working languages
 * @param needs      the needs found by diagnostics and the individual plan
 * @param cohorts    the cohorts the project took part in
 * @param ambassador whether the project is a brand ambassador
 * @param impact     a short public summary of its social effect
 */
@Cites("PLT-01")
public record ProjectRecord(
        String id,
        String title,
        Contact lead,
        @Code String direction,
        @Code String region,
        @Code String stage,
        @Code List<String> languages,
        List<Need> needs,
        List<CohortParticipation> cohorts,
        boolean ambassador,
        Optional<String> impact) {
    /** Refuses nulls and copies the lists. */
    public ProjectRecord {
        Arguments.nonNull("id", id, "title", title, "lead", lead, "direction", direction, "region", region,
                "stage", stage);
        languages = ImmutableList.copyOf(Objects.requireNonNull(languages, "languages"));
        needs = ImmutableList.copyOf(Objects.requireNonNull(needs, "needs"));
        cohorts = ImmutableList.copyOf(Objects.requireNonNull(cohorts, "cohorts"));
        Objects.requireNonNull(impact, "impact");
    }

    /** Whether the project received a certificate in any cohort. */
    public boolean certified() {
        return cohorts.stream().anyMatch(CohortParticipation::certificate);
    }

    /** This project with the lead's personal data erased. */
    public ProjectRecord withLeadErased() {
        return new ProjectRecord(id, title, Contact.erased(), direction, region, stage, languages, needs, cohorts,
                ambassador, impact);
    }

    @Override
    public String toString() {
        return "ProjectRecord[" + id + ", " + direction + ", " + region + ", " + stage + "]";
    }
}
