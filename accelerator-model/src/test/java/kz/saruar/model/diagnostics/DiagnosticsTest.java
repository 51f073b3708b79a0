package kz.saruar.model.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.application.ImplementationStage;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.FormStageMapping;
import kz.saruar.model.catalog.LifecycleMapping;
import kz.saruar.model.catalog.Questionnaire;
import kz.saruar.model.catalog.StageMapping;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.MaturityModel;
import kz.saruar.model.methodology.Methodology;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
    private static final Methodology M = Methodology.standard();
    private static final MaturityModel MM = M.maturity();
    private static final Diagnostics D = Diagnostics.of(M);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T06:00:00Z"), ZoneId.of("Asia/Almaty"));

    private static List<QuestionnaireAnswers> allAnswered(int score) {
        return MM.questionnaires().stream().map(q -> new QuestionnaireAnswers(q.code(),
                q.questions().stream().map(x -> Answer.of(x.code(), score)).toList())).toList();
    }

    private static DiagnosticReport report(DiagnosticAnswers a) {
        Outcome<DiagnosticReport> r = D.diagnose(a);
        assertThat(r.reasons()).isEmpty();
        return r.value().orElseThrow();
    }

    @Test
    void MAT_05_the_two_questionnaires_come_from_the_methodology() {
        assertThat(D.questionnaires()).hasSize(2);
        for (Questionnaire q : D.questionnaires()) {
            assertThat(q.questions()).isNotEmpty();
        }
        DiagnosticReport r = report(new DiagnosticAnswers("P", Optional.empty(), allAnswered(2), List.of(), Optional.empty(), List.of()));
        assertThat(r.unanswered()).isEmpty();
        assertThat(r.meanScore()).hasValue(2.0);
    }

    @Test
    void MAT_05_unknown_questions_and_scores_out_of_range_are_refused_with_their_paths() {
        Questionnaire q = MM.questionnaires().get(0);
        DiagnosticAnswers a = new DiagnosticAnswers("P", Optional.empty(), List.of(new QuestionnaireAnswers(q.code(),
                List.of(Answer.of("NO_SUCH_QUESTION", 1), Answer.of(q.questions().get(0).code(), 7)))), List.of(), Optional.empty(), List.of());
        Outcome<DiagnosticReport> r = D.diagnose(a);
        assertThat(r.accepted()).isFalse();
        assertThat(r.reasons()).extracting(Reason::subject)
                .contains("$.questionnaires[0].answers[0].question", "$.questionnaires[0].answers[1].score");
        assertThat(r.reasons()).extracting(p -> p.rule().value()).containsOnly("MAT-05");
    }

    @Test
    void MAT_02_report_gives_the_stage_with_its_factors_and_risk() {
        DiagnosticReport r = report(new DiagnosticAnswers("P", Optional.of(ImplementationStage.SUSTAINABLE), allAnswered(1),
                List.of(), Optional.empty(), List.of()));
        assertThat(r.lifecycleStage().factors()).isNotEmpty();
        assertThat(r.lifecycleStage().risk().get(Language.KK)).isNotBlank();
        assertThat(r.basis()).isEqualTo(StageBasis.FORM_STAGE_AND_ANSWERS);
        assertThat(r.stageNumber()).isEqualTo(MM.lifecycleStages().indexOf(r.lifecycleStage()) + 1);
        String expert = MM.lifecycleStages().get(6).code();
        DiagnosticReport e = report(new DiagnosticAnswers("P", Optional.of(ImplementationStage.IDEA), allAnswered(3), List.of(),
                Optional.of(expert), List.of()));
        assertThat(e.lifecycleStage().code()).isEqualTo(expert);
        assertThat(e.basis()).isEqualTo(StageBasis.EXPERT_ASSESSMENT);
    }

    @Test
    void MAT_03_support_phase_and_its_measures_and_none_for_the_last_stage() {
        DiagnosticReport first = report(new DiagnosticAnswers("P", Optional.empty(), List.of(), List.of(),
                Optional.of(MM.lifecycleStages().get(0).code()), List.of()));
        assertThat(first.supportPhase()).isPresent();
        assertThat(first.supportMeasures()).isNotEmpty()
                .allSatisfy(g -> assertThat(g.phase()).isEqualTo(first.supportPhase().get().code()));
        DiagnosticReport last = report(new DiagnosticAnswers("P", Optional.empty(), List.of(), List.of(),
                Optional.of(MM.lifecycleStages().get(6).code()), List.of()));
        assertThat(last.supportPhase()).isEmpty();
        assertThat(last.supportMeasures()).isEmpty();
    }

    @Test
    void MAT_01_MAT_04_the_default_mapping_gives_table_1s_stage_and_can_be_replaced() {
        for (int i = 0; i < MM.lifecycleStages().size(); i++) {
            String code = MM.lifecycleStages().get(i).code();
            DiagnosticReport r = report(new DiagnosticAnswers("P", Optional.empty(), List.of(), List.of(), Optional.of(code), List.of()));
            String expected = MM.maturityStages().get(i < 3 ? 0 : i == 3 ? 1 : i < 6 ? 2 : 3).code();
            assertThat(r.maturityStage().code()).as("lifecycle stage " + (i + 1)).isEqualTo(expected);
        }
        CatalogEntry decline = MM.maturityStages().get(3);
        StageMapping allDecline = new StageMapping(MM.lifecycleStages().stream()
                .map(s -> new LifecycleMapping(s.code(), Optional.empty(), decline.code())).toList(), MM.stageMapping().formStages());
        DiagnosticReport replaced = D.withStageMapping(allDecline).firstEstimate("P", ImplementationStage.IDEA);
        assertThat(replaced.maturityStage()).isEqualTo(decline);
        assertThat(replaced.supportPhase()).isEmpty();
    }

    @Test
    void APP_03_MAT_04_form_stage_gives_a_first_estimate_before_any_interview() {
        for (ImplementationStage s : ImplementationStage.values()) {
            DiagnosticReport r = D.firstEstimate("P", s);
            FormStageMapping fm = MM.stageMapping().formStages().stream()
                    .filter(m -> m.implementationStage().equals(s.name())).findFirst().orElseThrow();
            assertThat(r.lifecycleStage().code()).isEqualTo(fm.lifecycleStages().get(0));
            assertThat(r.basis()).isEqualTo(StageBasis.FORM_STAGE);
            assertThat(r.teamMaturity()).isEmpty();
        }
        assertThat(D.firstEstimate("P", ImplementationStage.IDEA).stageNumber()).isEqualTo(1);
        assertThat(D.firstEstimate("P", ImplementationStage.SCALING).stageNumber()).isEqualTo(6);
    }

    @Test
    void MAT_06_observed_problems_are_named_and_unknown_ones_refused() {
        CatalogEntry p = MM.problemsOfNewInitiatives().get(0);
        DiagnosticReport r = report(new DiagnosticAnswers("P", Optional.of(ImplementationStage.IDEA), List.of(),
                List.of(p.code(), p.code()), Optional.empty(), List.of()));
        assertThat(r.problemsObserved()).containsExactly(p);
        assertThat(r.problemsTypicalOfStage()).isEqualTo(MM.problemsOfNewInitiatives());
        assertThat(report(new DiagnosticAnswers("P", Optional.of(ImplementationStage.SCALING), List.of(), List.of(), Optional.empty(),
                List.of())).problemsTypicalOfStage()).isEqualTo(MM.problemsOfRunningProjects());
        Outcome<DiagnosticReport> bad = D.diagnose(new DiagnosticAnswers("P", Optional.empty(), List.of(), List.of("NOPE"),
                Optional.empty(), List.of()));
        assertThat(bad.reasons()).extracting(Reason::subject).containsExactly("$.observedProblems[0]");
    }

    @Test
    void MAT_07_weak_focus_areas_form_the_draft_trajectory_and_the_team_maturity_level() {
        String weak = MM.focusAreas().get(3).code();
        List<FocusAreaRating> ratings = MM.focusAreas().stream()
                .map(f -> new FocusAreaRating(f.code(), f.code().equals(weak) ? 0 : 3)).toList();
        DiagnosticReport r = report(new DiagnosticAnswers("P", Optional.of(ImplementationStage.PILOT), allAnswered(0), List.of(),
                Optional.empty(), ratings));
        assertThat(r.trajectory()).extracting(t -> t.focusArea().code()).containsExactly(weak);
        assertThat(r.teamMaturity()).contains(TeamMaturityLevel.LOW);
        assertThat(report(new DiagnosticAnswers("P", Optional.empty(), allAnswered(3), List.of(), Optional.empty(), List.of()))
                .trajectory()).hasSize(MM.focusAreas().size());
        assertThat((List<?>) Diagnostics.individualPlanData(r, Language.RU).get("rows")).hasSize(1);
    }

    @Test
    void MAT_05_json_answers_with_bad_types_are_refused_with_path_and_rule() {
        Outcome<DiagnosticReport> r = D.diagnose("{\"project\": \"P\", \"formStage\": \"MOON\", \"questionnaires\": 5}", CLOCK);
        assertThat(r.reasons()).extracting(Reason::subject).contains("$.formStage", "$.questionnaires");
        assertThat(D.diagnose("{\"project\": \"P\"}", CLOCK).accepted()).isTrue();
    }
}
