package kz.saruar.model.diagnostics;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;
import kz.saruar.model.Rules;
import kz.saruar.model.SaruarException;
import kz.saruar.model.application.ImplementationStage;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.FocusArea;
import kz.saruar.model.catalog.FormStageMapping;
import kz.saruar.model.catalog.LifecycleMapping;
import kz.saruar.model.catalog.LifecycleStage;
import kz.saruar.model.catalog.Questionnaire;
import kz.saruar.model.catalog.StageMapping;
import kz.saruar.model.catalog.SupportMeasureGroup;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonReader;
import kz.saruar.model.methodology.MaturityModel;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.validation.ProblemKind;

/**
 * The maturity diagnostics (MAT-01..07): turns a project's answers into a
 * {@link DiagnosticReport} with the methodology's questionnaires, stages, measures, problems and
 * focus areas, and the stage mapping of MAT-04 — the methodology's, or one given with
 * {@link #withStageMapping}.
 *
 * <p>[default] How the stage is read: the experts' own reading wins; otherwise the candidates are
 * the lifecycle stages that the form's stage maps to (MAT-04), or every stage but the last when
 * the form's stage is unknown; among the candidates, the mean score of the answers (0..3) picks
 * the one at the same relative position (a mean of 0 the first, 3 the last); with no answers, the
 * first candidate. A focus area rated below 2, or not rated, goes on the trajectory, weakest first.
 */
public final class Diagnostics {
    static final RuleId MAT02 = Rules.MAT_02;
    static final RuleId MAT04 = Rules.MAT_04;
    static final RuleId MAT05 = Rules.MAT_05;
    static final RuleId MAT06 = Rules.MAT_06;
    static final RuleId MAT07 = Rules.MAT_07;
    private static final int TRAJECTORY_BELOW = 2;

    private final Methodology methodology;
    private final StageMapping mapping;

    private Diagnostics(Methodology methodology, StageMapping mapping) {
        this.methodology = methodology;
        this.mapping = mapping;
    }

    /** Diagnostics with the methodology's own stage mapping. */
    public static Diagnostics of(Methodology methodology) {
        Objects.requireNonNull(methodology, "methodology");
        return new Diagnostics(methodology, methodology.maturity().stageMapping());
    }

    /** The same diagnostics with another stage mapping (MAT-04 is the library's interpretation, replaceable). */
    public Diagnostics withStageMapping(StageMapping other) {
        return new Diagnostics(methodology, Objects.requireNonNull(other, "other"));
    }

    /** The questionnaires of MAT-05, as the methodology gives them. */
    public List<Questionnaire> questionnaires() {
        return methodology.maturity().questionnaires();
    }

    /** Reads answers from JSON and diagnoses them; a bad document is refused with every problem. */
    public Outcome<DiagnosticReport> diagnose(String json, Clock clock) {
        return reader(clock).read(json, DiagnosticAnswers.class).flatMap(this::diagnose);
    }

    /** Reads answers from a UTF-8 file with the one strict reader and diagnoses them. */
    public Outcome<DiagnosticReport> diagnose(Path file, Clock clock) {
        return reader(clock).read(file, DiagnosticAnswers.class).flatMap(this::diagnose);
    }

    private static JsonReader reader(Clock clock) {
        return JsonReader.forRule(MAT05).withClock(clock).withScriptCheck(Rules.APP_03);
    }

    /** The first estimate from the project form's stage of implementation alone (APP-03, MAT-04). */
    public DiagnosticReport firstEstimate(String project, ImplementationStage stage) {
        return diagnose(DiagnosticAnswers.fromForm(project, stage)).value()
                .orElseThrow(() -> new SaruarException("the stage mapping has no lifecycle stage for " + stage));
    }

    /** Diagnoses answers; codes unknown to the methodology and scores outside 0..3 are refused. */
    public Outcome<DiagnosticReport> diagnose(DiagnosticAnswers a) {
        Objects.requireNonNull(a, "answers");
        MaturityModel mm = methodology.maturity();
        List<Reason> problems = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        long sum = 0;
        int count = 0;
        for (int i = 0; i < a.questionnaires().size(); i++) {
            QuestionnaireAnswers qa = a.questionnaires().get(i);
            String path = "$.questionnaires[" + i + "]";
            Optional<Questionnaire> q = mm.questionnaires().stream().filter(x -> x.code().equals(qa.questionnaire())).findFirst();
            if (q.isEmpty()) {
                problems.add(ProblemKind.UNKNOWN_REFERENCE.at(path + ".questionnaire", MAT05, qa.questionnaire(),
                        codes(mm.questionnaires().stream().map(Questionnaire::code).toList())));
                continue;
            }
            List<String> questions = q.get().questions().stream().map(CatalogEntry::code).toList();
            List<String> seen = new ArrayList<>();
            for (int j = 0; j < qa.answers().size(); j++) {
                Answer ans = qa.answers().get(j);
                String ap = path + ".answers[" + j + "]";
                if (!questions.contains(ans.question())) {
                    problems.add(ProblemKind.UNKNOWN_REFERENCE.at(ap + ".question", MAT05, ans.question(), codes(questions)));
                } else if (seen.contains(ans.question())) {
                    problems.add(ProblemKind.DUPLICATE_CODE.at(ap + ".question", MAT05, ans.question(),
                            path + ".answers[" + qa.answers().stream().map(Answer::question).toList().indexOf(ans.question()) + "]"));
                } else {
                    seen.add(ans.question());
                }
                if (ans.score() > Answer.MAX_SCORE) {
                    problems.add(ProblemKind.OUT_OF_RANGE.at(ap + ".score", MAT05, ans.score(), 0, Answer.MAX_SCORE));
                } else {
                    sum += ans.score();
                    count++;
                }
            }
            for (String question : questions) {
                if (!seen.contains(question)) {
                    unanswered.add(qa.questionnaire() + "/" + question);
                }
            }
        }
        List<CatalogEntry> allProblems = new ArrayList<>(mm.problemsOfRunningProjects());
        allProblems.addAll(mm.problemsOfNewInitiatives());
        allProblems.addAll(mm.crisisReactions());
        List<CatalogEntry> observed = new ArrayList<>();
        for (int i = 0; i < a.observedProblems().size(); i++) {
            String code = a.observedProblems().get(i);
            Optional<CatalogEntry> e = allProblems.stream().filter(p -> p.code().equals(code)).findFirst();
            if (e.isEmpty()) {
                problems.add(ProblemKind.UNKNOWN_REFERENCE.at("$.observedProblems[" + i + "]", MAT06, code,
                        codes(allProblems.stream().map(CatalogEntry::code).toList())));
            } else if (!observed.contains(e.get())) {
                observed.add(e.get());
            }
        }
        List<LifecycleStage> stages = mm.lifecycleStages();
        if (a.assessedLifecycleStage().isPresent()
                && stages.stream().noneMatch(s -> s.code().equals(a.assessedLifecycleStage().get()))) {
            problems.add(ProblemKind.UNKNOWN_REFERENCE.at("$.assessedLifecycleStage", MAT02, a.assessedLifecycleStage().get(), codes(stages.stream().map(LifecycleStage::code).toList())));
        }
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (int i = 0; i < a.focusAreaRatings().size(); i++) {
            FocusAreaRating r = a.focusAreaRatings().get(i);
            String p = "$.focusAreaRatings[" + i + "]";
            if (mm.focusAreas().stream().noneMatch(f -> f.code().equals(r.focusArea()))) {
                problems.add(ProblemKind.UNKNOWN_REFERENCE.at(p + ".focusArea", MAT07, r.focusArea(),
                        codes(mm.focusAreas().stream().map(FocusArea::code).toList())));
            } else if (r.score() > Answer.MAX_SCORE) {
                problems.add(ProblemKind.OUT_OF_RANGE.at(p + ".score", MAT07, r.score(), 0, Answer.MAX_SCORE));
            } else {
                ratings.put(r.focusArea(), r.score());
            }
        }
        Optional<FormStageMapping> formMapping = a.formStage().flatMap(fs -> mapping.formStages().stream()
                .filter(m -> m.implementationStage().equals(fs.name())).findFirst());
        if (a.formStage().isPresent() && formMapping.isEmpty()) {
            problems.add(ProblemKind.UNKNOWN_REFERENCE.at("$.formStage", MAT04, a.formStage().get().name(),
                    codes(mapping.formStages().stream().map(FormStageMapping::implementationStage).toList())));
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(ProblemKind.sorted(problems));
        }
        OptionalDouble mean = count == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / count);
        List<LifecycleStage> candidates;
        StageBasis basis;
        LifecycleStage stage;
        if (formMapping.isPresent()) {
            List<String> codes = formMapping.get().lifecycleStages();
            candidates = stages.stream().filter(s -> codes.contains(s.code())).toList();
        } else {
            candidates = stages.subList(0, Math.max(1, stages.size() - 1));
        }
        if (candidates.isEmpty()) {
            return Outcome.refused(ProblemKind.EMPTY_LIST.at("$.formStage", MAT04));
        }
        if (a.assessedLifecycleStage().isPresent()) {
            String code = a.assessedLifecycleStage().get();
            stage = stages.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
            basis = StageBasis.EXPERT_ASSESSMENT;
        } else if (mean.isPresent()) {
            int idx = (int) Math.round(mean.getAsDouble() / Answer.MAX_SCORE * (candidates.size() - 1));
            stage = candidates.get(Math.min(candidates.size() - 1, Math.max(0, idx)));
            basis = formMapping.isPresent() ? StageBasis.FORM_STAGE_AND_ANSWERS : StageBasis.ANSWERS;
        } else {
            stage = candidates.get(0);
            basis = formMapping.isPresent() ? StageBasis.FORM_STAGE : StageBasis.ANSWERS;
        }
        Optional<LifecycleMapping> lm = mapping.lifecycle().stream().filter(m -> m.lifecycleStage().equals(stage.code())).findFirst();
        if (lm.isEmpty()) {
            return Outcome.refused(ProblemKind.UNKNOWN_REFERENCE.at("$.lifecycleStage", MAT04, stage.code(),
                    "stageMapping.lifecycle"));
        }
        Optional<CatalogEntry> phase = lm.get().supportPhase().flatMap(code -> mm.supportPhases().stream()
                .filter(p -> p.code().equals(code)).findFirst());
        List<SupportMeasureGroup> measures = phase.map(p -> mm.supportMeasures().stream()
                .filter(g -> g.phase().equals(p.code())).toList()).orElse(List.of());
        CatalogEntry maturity = mm.maturityStages().stream().filter(s -> s.code().equals(lm.get().maturityStage())).findFirst()
                .orElseThrow(() -> new SaruarException("stage mapping names an unknown Table 1 stage: " + lm.get().maturityStage()));
        int number = stages.indexOf(stage) + 1;
        boolean origination = phase.isPresent() && mapping.lifecycle().stream()
                .filter(m -> m.supportPhase().equals(lm.get().supportPhase())).map(LifecycleMapping::lifecycleStage)
                .anyMatch(c -> c.equals(stages.get(0).code()));
        List<CatalogEntry> typical = origination ? mm.problemsOfNewInitiatives() : mm.problemsOfRunningProjects();
        List<TrajectoryItem> trajectory = new ArrayList<>();
        for (FocusArea f : mm.focusAreas()) {
            Integer r = ratings.get(f.code());
            if (r == null || r < TRAJECTORY_BELOW) {
                trajectory.add(new TrajectoryItem(f, Optional.ofNullable(r)));
            }
        }
        trajectory.sort(Comparator.comparingInt(t -> t.rating().orElse(TRAJECTORY_BELOW)));
        Optional<TeamMaturityLevel> level = mean.isPresent() ? Optional.of(TeamMaturityLevel.of(mean.getAsDouble())) : Optional.empty();
        return Outcome.accepted(new DiagnosticReport(a.project(), stage, number, basis, candidates, phase, measures, maturity,
                observed, typical, mean, level, trajectory, unanswered));
    }

    /** The draft trajectory as the data of an individual plan (PRE-04), for {@code INDIVIDUAL_PLAN} templates. */
    public static Map<String, Object> individualPlanData(DiagnosticReport report, Language language) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(language, "language");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("project", report.project());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TrajectoryItem t : report.trajectory()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("task", t.focusArea().name().get(language));
            row.put("result", String.join("; ", t.focusArea().results().stream().map(r -> r.get(language)).toList()));
            rows.add(row);
        }
        m.put("rows", rows);
        return m;
    }

    private static String codes(List<String> codes) {
        return String.join(", ", codes);
    }
}
