package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.Positive;

/** The defense as the methodology file states it: jury, scale, criteria, threshold and bands (absent = derived by DEF-08), quorum and conflict policy, time limits, certificate hours, the 3-day application (DEF-01..11). */
@Cites("DEF-05")
public record DefenseRules(
        JuryComposition jury,
        ScoreScale scale,
        List<Criterion> criteria,
        @Cites("DEF-06") Optional<Integer> passThreshold,
        @Cites("DEF-07") List<Band> bands,
        @Cites("DEF-09") @Positive int quorum,
        @Cites("DEF-09") ConflictPolicy conflictPolicy,
        @Cites("DEF-01") @Positive int videoEssayMaxSeconds,
        @Cites("DEF-02") @Positive int presentationMaxMinutes,
        @Cites("DEF-02") @Positive int questionsMaxMinutes,
        @Cites("DEF-10") @Positive int certificateAcademicHours,
        @Cites("DEF-10") @Code List<String> certificatePrograms,
        @Cites("DEF-11") @Positive int applicationToAccelerationDays,
        @Cites("DEF-12") @Code List<String> accelerationDocuments) {
    /** Refuses nulls and copies lists. */
    public DefenseRules {
        Arguments.nonNull("jury", jury, "scale", scale, "passThreshold", passThreshold,
                "conflictPolicy", conflictPolicy);
        criteria = ImmutableList.copyOf(Objects.requireNonNull(criteria, "criteria"));
        bands = ImmutableList.copyOf(Objects.requireNonNull(bands, "bands"));
        certificatePrograms = ImmutableList.copyOf(Objects.requireNonNull(certificatePrograms, "certificatePrograms"));
        accelerationDocuments = ImmutableList.copyOf(Objects.requireNonNull(accelerationDocuments, "accelerationDocuments"));
    }
}
