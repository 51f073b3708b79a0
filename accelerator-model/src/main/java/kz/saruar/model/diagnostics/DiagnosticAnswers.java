package kz.saruar.model.diagnostics;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.application.ImplementationStage;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/**
 * What the diagnostics step collects about a project (MAT-05, CAT-04): the form's stage of
 * implementation (APP-03), the questionnaires' answers, the typical problems observed (MAT-06), the
 * experts' own reading of the lifecycle stage if they give one (MAT-02), and ratings of the focus
 * areas (MAT-07).
 *
 * @param project the project's name
 * @param formStage the stage of implementation from the project form
 * @param questionnaires the answers, per questionnaire
 * @param observedProblems codes of the typical problems and crisis reactions observed
 * @param assessedLifecycleStage the experts' reading of the lifecycle stage, which wins when given
 * @param focusAreaRatings ratings of the focus areas
 */
@Cites("MAT-05")
public record DiagnosticAnswers(
        String project,
        @Cites("APP-03") Optional<ImplementationStage> formStage,
        List<QuestionnaireAnswers> questionnaires,
        @Cites("MAT-06") @Code List<String> observedProblems,
        @Cites("MAT-02") @Code Optional<String> assessedLifecycleStage,
        @Cites("MAT-07") List<FocusAreaRating> focusAreaRatings) {
    /** Refuses nulls and copies the lists. */
    public DiagnosticAnswers {
        Arguments.nonNull("project", project, "formStage", formStage, "assessedLifecycleStage", assessedLifecycleStage);
        questionnaires = ImmutableList.copyOf(Objects.requireNonNull(questionnaires, "questionnaires"));
        observedProblems = ImmutableList.copyOf(Objects.requireNonNull(observedProblems, "observedProblems"));
        focusAreaRatings = ImmutableList.copyOf(Objects.requireNonNull(focusAreaRatings, "focusAreaRatings"));
    }

    /** Only the form's stage: what is known before any interview (APP-03). */
    public static DiagnosticAnswers fromForm(String project, ImplementationStage stage) {
        return new DiagnosticAnswers(project, Optional.of(stage), List.of(), List.of(), Optional.empty(), List.of());
    }
}
