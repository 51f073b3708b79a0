package kz.saruar.model.diagnostics;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import kz.saruar.model.Arguments;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.LifecycleStage;
import kz.saruar.model.catalog.SupportMeasureGroup;

/**
 * The report of a project's maturity diagnostics (MAT-01..07): lifecycle stage with its factors
 * and risk (MAT-02) and what it rests on, support phase and its measures (MAT-03), Table 1's stage
 * (MAT-01) by the stage mapping (MAT-04), typical problems observed and those typical of the
 * stage (MAT-06), team maturity (MAT-07), and the draft individual trajectory (MAT-07, PRE-04).
 *
 * @param project the project's name
 * @param lifecycleStage the lifecycle stage
 * @param stageNumber its position, from 1
 * @param basis what the stage rests on
 * @param candidateStages the stages that were considered
 * @param supportPhase the support phase, none for the last stage
 * @param supportMeasures the measures of that phase, by type
 * @param maturityStage Table 1's stage
 * @param problemsObserved the typical problems and crisis reactions observed
 * @param problemsTypicalOfStage the problems typical of a project at this stage (new initiatives for stages in origination, running projects after)
 * @param meanScore the mean score of all answers, when there are answers
 * @param teamMaturity the team maturity level, when there are answers
 * @param trajectory the focus areas to work on, weakest first
 * @param unanswered the questions of answered questionnaires left without an answer, as {@code QUESTIONNAIRE/QUESTION}
 */
public record DiagnosticReport(
        String project,
        LifecycleStage lifecycleStage,
        int stageNumber,
        StageBasis basis,
        List<LifecycleStage> candidateStages,
        Optional<CatalogEntry> supportPhase,
        List<SupportMeasureGroup> supportMeasures,
        CatalogEntry maturityStage,
        List<CatalogEntry> problemsObserved,
        List<CatalogEntry> problemsTypicalOfStage,
        OptionalDouble meanScore,
        Optional<TeamMaturityLevel> teamMaturity,
        List<TrajectoryItem> trajectory,
        List<String> unanswered) {
    /** Refuses nulls and copies the lists. */
    public DiagnosticReport {
        Arguments.nonNull("project", project, "lifecycleStage", lifecycleStage, "basis", basis,
                "supportPhase", supportPhase, "maturityStage", maturityStage, "meanScore", meanScore,
                "teamMaturity", teamMaturity);
        candidateStages = ImmutableList.copyOf(Objects.requireNonNull(candidateStages, "candidateStages"));
        supportMeasures = ImmutableList.copyOf(Objects.requireNonNull(supportMeasures, "supportMeasures"));
        problemsObserved = ImmutableList.copyOf(Objects.requireNonNull(problemsObserved, "problemsObserved"));
        problemsTypicalOfStage = ImmutableList.copyOf(Objects.requireNonNull(problemsTypicalOfStage, "problemsTypicalOfStage"));
        trajectory = ImmutableList.copyOf(Objects.requireNonNull(trajectory, "trajectory"));
        unanswered = ImmutableList.copyOf(Objects.requireNonNull(unanswered, "unanswered"));
    }
}
