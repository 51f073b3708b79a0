package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.FocusArea;
import kz.saruar.model.catalog.LifecycleStage;
import kz.saruar.model.catalog.Questionnaire;
import kz.saruar.model.catalog.StageMapping;
import kz.saruar.model.catalog.SupportMeasureGroup;
import kz.saruar.model.validation.Cites;

/** Maturity diagnostics: Table 1's stages, lifecycle stages, support phases and measures, typical problems, focus areas, questionnaires and the stage mapping (MAT-01..07). */
@Cites("MAT-01")
public record MaturityModel(
        List<CatalogEntry> maturityStages,
        @Cites("MAT-02") List<LifecycleStage> lifecycleStages,
        @Cites("MAT-03") List<CatalogEntry> supportPhases,
        @Cites("MAT-03") List<CatalogEntry> measureTypes,
        @Cites("MAT-03") List<SupportMeasureGroup> supportMeasures,
        @Cites("MAT-03") List<LocalizedText> additionalMeasures,
        @Cites("MAT-06") List<CatalogEntry> problemsOfRunningProjects,
        @Cites("MAT-06") List<CatalogEntry> problemsOfNewInitiatives,
        @Cites("MAT-06") List<CatalogEntry> crisisReactions,
        @Cites("MAT-07") List<FocusArea> focusAreas,
        @Cites("MAT-05") List<Questionnaire> questionnaires,
        @Cites("MAT-04") StageMapping stageMapping) {
    /** Refuses nulls and copies lists. */
    public MaturityModel {
        maturityStages = ImmutableList.copyOf(Objects.requireNonNull(maturityStages, "maturityStages"));
        lifecycleStages = ImmutableList.copyOf(Objects.requireNonNull(lifecycleStages, "lifecycleStages"));
        supportPhases = ImmutableList.copyOf(Objects.requireNonNull(supportPhases, "supportPhases"));
        measureTypes = ImmutableList.copyOf(Objects.requireNonNull(measureTypes, "measureTypes"));
        supportMeasures = ImmutableList.copyOf(Objects.requireNonNull(supportMeasures, "supportMeasures"));
        additionalMeasures = ImmutableList.copyOf(Objects.requireNonNull(additionalMeasures, "additionalMeasures"));
        problemsOfRunningProjects = ImmutableList.copyOf(Objects.requireNonNull(problemsOfRunningProjects, "problemsOfRunningProjects"));
        problemsOfNewInitiatives = ImmutableList.copyOf(Objects.requireNonNull(problemsOfNewInitiatives, "problemsOfNewInitiatives"));
        crisisReactions = ImmutableList.copyOf(Objects.requireNonNull(crisisReactions, "crisisReactions"));
        focusAreas = ImmutableList.copyOf(Objects.requireNonNull(focusAreas, "focusAreas"));
        questionnaires = ImmutableList.copyOf(Objects.requireNonNull(questionnaires, "questionnaires"));
        Objects.requireNonNull(stageMapping, "stageMapping");
    }
}
