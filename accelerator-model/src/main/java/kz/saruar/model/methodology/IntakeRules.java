package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.Positive;

/** The competition and intake rules: who may apply, participant requirements, form limits and deadlines (APP-01..11). */
@Cites("APP-02")
public record IntakeRules(
        @Cites("APP-01") List<CatalogEntry> applicantKinds,
        @Cites("APP-02") List<CatalogEntry> participantRequirements,
        @Cites("APP-02") @Positive int minAge,
        @Cites("APP-02") @Positive int minTeamSize,
        @Cites("APP-03") List<CatalogEntry> implementationStages,
        @Cites("APP-03") List<CatalogEntry> volunteerInvolvement,
        @Cites("APP-04") @Positive int maxShortDescriptionWords,
        @Cites("APP-05") @Positive int minConceptRisks,
        @Cites("APP-06") @Positive int maxPresentationSlides,
        @Cites("APP-07") List<CatalogEntry> selectionCriteria,
        @Cites("APP-08") List<CatalogEntry> admissionCriteria,
        @Cites("APP-10") @Positive int firstInterviewDays,
        @Cites("APP-11") @Positive int commissionStartWorkingDays,
        @Cites("APP-11") @Positive int finalMeetingWorkingDays,
        @Cites("CAT-02") @Code List<String> openDirections) {
    /** Refuses nulls and copies lists. */
    public IntakeRules {
        applicantKinds = ImmutableList.copyOf(Objects.requireNonNull(applicantKinds, "applicantKinds"));
        participantRequirements = ImmutableList.copyOf(Objects.requireNonNull(participantRequirements, "participantRequirements"));
        implementationStages = ImmutableList.copyOf(Objects.requireNonNull(implementationStages, "implementationStages"));
        volunteerInvolvement = ImmutableList.copyOf(Objects.requireNonNull(volunteerInvolvement, "volunteerInvolvement"));
        selectionCriteria = ImmutableList.copyOf(Objects.requireNonNull(selectionCriteria, "selectionCriteria"));
        admissionCriteria = ImmutableList.copyOf(Objects.requireNonNull(admissionCriteria, "admissionCriteria"));
        openDirections = ImmutableList.copyOf(Objects.requireNonNull(openDirections, "openDirections"));
    }
}
