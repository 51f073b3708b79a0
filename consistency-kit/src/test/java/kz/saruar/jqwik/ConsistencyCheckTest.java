package kz.saruar.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.model.catalog.CurriculumModule;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.ScoringScheme;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scoring.ProjectDecision;
import kz.saruar.scoring.Scoring;
import org.junit.jupiter.api.Test;

/** Each property holds for the standard methodology and catches a methodology or a part that breaks it. */
class ConsistencyCheckTest {
    private static final Methodology STANDARD = Methodology.standard();
    private static final ConsistencyCheck CHECK = ConsistencyCheck.of(ConsistencyProperties.standard());

    private static ConsistencyReport.Result result(ConsistencyReport r, String property) {
        return r.results().stream().filter(x -> x.property().equals(property)).findFirst().orElseThrow();
    }

    @Test
    void the_standard_methodology_keeps_every_promise() {
        ConsistencyReport r = CHECK.run(STANDARD, 100, 42);
        assertThat(r.failures()).isEmpty();
        assertThat(r.results()).hasSize(12);
        assertThat(r.allHold()).isTrue();
    }

    @Test
    void the_same_seed_gives_the_same_report() {
        Methodology lowThreshold = STANDARD.toBuilder().passThreshold(40).build();
        assertThat(CHECK.run(lowThreshold, 50, 7)).isEqualTo(CHECK.run(lowThreshold, 50, 7));
    }

    @Test
    void DEF_07_a_threshold_moved_into_the_lowest_band_is_caught_with_a_minimal_counterexample() {
        ScoringScheme s = STANDARD.scoring();
        int insideLowest = s.bands().get(0).from() + 2;
        Methodology m = STANDARD.toBuilder().passThreshold(insideLowest).build();
        ConsistencyReport.Result r = result(CHECK.run(m, 200, 1), "aPassNeverLiesInTheLowestBand");
        assertThat(r.held()).isFalse();
        assertThat(r.rules()).extracting(Object::toString).contains("DEF-06", "DEF-07");
        // Shrinking lowers scores until the total sits on the threshold itself.
        assertThat(r.violation().orElseThrow()).startsWith("total " + insideLowest + " passes");
    }

    @Test
    void DEF_06_a_threshold_at_the_lowest_total_lets_nobody_fail() {
        Methodology m = STANDARD.toBuilder().passThreshold(STANDARD.scoring().minTotal()).build();
        ConsistencyReport.Result r = result(CHECK.run(m, 20, 1), "passAndFailAreBothReachable");
        assertThat(r.held()).isFalse();
        assertThat(r.violation().orElseThrow()).contains("even the lowest total 35 passes");
        assertThat(r.violationText().orElseThrow().get(Language.RU)).contains("даже наименьшая сумма 35 проходит");
        assertThat(r.violationText().orElseThrow().get(Language.KK)).contains("ең төменгі 35 жиынтығы өтеді");
        assertThat(r.promiseText().get(Language.KK)).isEqualTo("қандай да бір жиынтық өтеді, ал қандай да бірі өтпейді");
        assertThat(r.promise()).isEqualTo("some total passes and some total fails");
    }

    @Test
    void DEF_04_a_scoring_that_punishes_a_raise_is_caught() {
        ConsistencyProperties broken = new ConsistencyProperties((scheme, p, sheets) -> Scoring.decide(scheme, p, sheets)
                .value().map(d -> d.total() % 2 == 1 ? lowest(scheme, d) : d), WorkingCalendar.kazakhstan(),
                ProjectState::successors);
        ConsistencyReport r = ConsistencyCheck.of(broken).run(STANDARD, 200, 3);
        assertThat(result(r, "raisingAScoreNeverLowersTheOutcome").held()).isFalse();
        assertThat(result(r, "everyBandIsReachable").held()).isFalse();
    }

    @Test
    void DEF_09_a_proration_that_overshoots_the_range_is_caught_and_the_exception_is_told_without_its_class_or_english() {
        // the overshooting decision cannot even be built: the library throws, which counts as a violation
        ConsistencyProperties broken = new ConsistencyProperties((scheme, p, sheets) -> Scoring.decide(scheme, p, sheets)
                .value().map(d -> sheets.size() < scheme.jurySize() ? withTotal(d, scheme.maxTotal() + 1) : d),
                WorkingCalendar.kazakhstan(), ProjectState::successors);
        ConsistencyReport.Result r = result(ConsistencyCheck.of(broken).run(STANDARD, 200, 5),
                "prorationKeepsTotalsInRange");
        assertThat(r.held()).isFalse();
        for (Language l : Language.values()) {
            assertThat(r.violationText().orElseThrow().get(l)).as(l.tag()).doesNotContain("Exception")
                    .doesNotContain("outside [35, 105]");
        }
        assertThat(r.violationText().orElseThrow().get(Language.KK)).isEqualTo("кітапхана бұл жағдайды шешудің орнына қатемен тоқтады");
        assertThat(r.violation().orElseThrow()).isEqualTo("the library stopped with an error instead of deciding this case");
        // the case shown is one the broken part gets wrong: fewer sheets than the jury's seats (prorated, DEF-09)
        String shown = r.counterexampleText().orElseThrow().get(Language.EN);
        int sheets = Integer.parseInt(shown.substring(0, shown.indexOf(' ')));
        assertThat(sheets).as(shown).isLessThan(STANDARD.scoring().jurySize());
    }

    @Test
    void every_counterexample_and_violation_reads_in_kazakh_and_russian_without_english_words_or_java_types() {
        // one broken part per property family, so that most properties fail and show their counterexample
        ConsistencyProperties broken = ConsistencyProperties.standard()
                .withLedgers(policy -> kz.saruar.ledger.Ledger.inMemory(policy.toBuilder()
                        .coverageRatio(new java.math.BigDecimal("0.01")).build(), java.time.Clock.fixed(
                                java.time.Instant.parse("2026-03-02T06:00:00Z"), kz.saruar.model.Kazakhstan.ZONE)))
                .withEligibility((a, m) -> kz.saruar.model.application.EligibilityChecks.competition(a,
                        m.toBuilder().patch("{\"intake\": {\"minTeamSize\": 1}}").build(), java.time.Clock.fixed(
                                java.time.Instant.parse("2026-03-02T06:00:00Z"), kz.saruar.model.Kazakhstan.ZONE)))
                .withPlanner(problem -> new kz.saruar.scheduling.consultation.ConsultationPlan(List.of(), List.of()));
        ScoringScheme s = STANDARD.scoring();
        Methodology lowThreshold = STANDARD.toBuilder().passThreshold(s.bands().get(0).from() + 2).build();
        List<ConsistencyReport.Result> failures = new java.util.ArrayList<>(ConsistencyCheck.of(broken)
                .run(lowThreshold, 200, 1).failures());
        failures.addAll(CHECK.run(STANDARD.toBuilder().passThreshold(s.minTotal()).build(), 20, 1).failures());
        assertThat(failures).extracting(ConsistencyReport.Result::property).contains("aPassNeverLiesInTheLowestBand",
                "passAndFailAreBothReachable", "coverageCanBeMet", "circulationNeverExceedsCoverage",
                "eligibilityFollowsItsBoundaries", "aConsultationPlanBreaksNoRule");
        // a Latin word of three letters or more that is not an upper-case code (DEF-06, APPLIED, J1…) is English
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\w:/.\\-])[A-Za-z]{3,}(?![\\w:/.\\-])");
        List<String> english = new java.util.ArrayList<>();
        for (ConsistencyReport.Result r : failures) {
            for (Language l : List.of(Language.KK, Language.RU)) {
                for (String text : List.of(r.counterexampleText().orElseThrow().get(l), r.violationText().orElseThrow().get(l))) {
                    word.matcher(text).results().map(java.util.regex.MatchResult::group)
                            .filter(w -> !w.equals(w.toUpperCase(java.util.Locale.ROOT)))
                            .forEach(w -> english.add(r.property() + " " + l.tag() + ": " + w + " in «" + text + "»"));
                }
            }
            assertThat(r.counterexample().orElseThrow()).as(r.property()).doesNotContain("[").doesNotContain("=");
        }
        assertThat(english).isEmpty();
    }

    @Test
    void APP_12_a_lifecycle_with_a_dead_end_is_caught() {
        ConsistencyProperties broken = new ConsistencyProperties((scheme, p, sheets) -> Scoring.decide(scheme, p, sheets)
                .value(), WorkingCalendar.kazakhstan(),
                s -> s == ProjectState.IN_ACCELERATION ? EnumSet.noneOf(ProjectState.class) : s.successors());
        ConsistencyReport.Result r = result(ConsistencyCheck.of(broken).run(STANDARD, 50, 1),
                "everyStateIsReachableAndNoneIsADeadEnd");
        assertThat(r.held()).isFalse();
        assertThat(r.violation().orElseThrow()).containsAnyOf("IN_ACCELERATION is a dead end",
                "cannot be reached from APPLIED");
    }

    @Test
    void ACC_02_a_curriculum_that_does_not_fit_its_months_is_caught() {
        var modules = new java.util.ArrayList<CurriculumModule>();
        for (int i = 0; i < 60; i++) {
            for (CurriculumModule c : STANDARD.acceleration().modules()) {
                modules.add(new CurriculumModule(c.code() + "_" + i, c.name(), c.hours()));
            }
        }
        Methodology crowded = STANDARD.toBuilder().accelerationModules(modules).accelerationMonths(1).build();
        ConsistencyReport.Result r = result(CHECK.run(crowded, 30, 2), "theProgramFitsItsWorkingDays");
        assertThat(r.held()).as(r.toString()).isFalse();
    }

    @Test
    void DEF_11_a_program_whose_deadline_falls_after_it_is_caught() {
        ConsistencyProperties standard = ConsistencyProperties.standard();
        ConsistencyProperties broken = standard.withPrograms((m, start) -> new kz.saruar.scheduling.program
                .ProgramCalendarGenerator(m, WorkingCalendar.kazakhstan(), kz.saruar.scheduling.program.ProgramSettings
                        .standard()).generate("kit", start).value().map(p -> new kz.saruar.scheduling.program.ProgramCalendar(
                                p.cohortId(), p.sessions(), p.deadlines().stream().map(d -> new kz.saruar.scheduling.deadline
                                        .DateDeadline(d.rule(), d.code(), d.inputs(), d.due().plusYears(1), d.description()))
                                        .toList())));
        ConsistencyReport.Result r = result(ConsistencyCheck.of(broken).run(STANDARD, 20, 1),
                "deadlinesFallInsideTheProgram");
        assertThat(r.held()).isFalse();
        assertThat(r.violation().orElseThrow()).contains("outside the program");
    }

    @Test
    void LFT_04_a_ledger_whose_coverage_ratio_is_not_the_methodologys_is_caught() {
        ConsistencyProperties broken = ConsistencyProperties.standard().withLedgers(policy -> kz.saruar.ledger.Ledger
                .inMemory(policy.toBuilder().coverageRatio(new java.math.BigDecimal("0.01")).build(),
                        java.time.Clock.fixed(java.time.Instant.parse("2026-03-02T06:00:00Z"), kz.saruar.model.Kazakhstan.ZONE)));
        ConsistencyReport report = ConsistencyCheck.of(broken).run(STANDARD, 20, 1);
        ConsistencyReport.Result r = result(report, "coverageCanBeMet");
        assertThat(r.held()).isFalse();
        assertThat(r.violation().orElseThrow()).contains("under a market covering it was refused");
        ConsistencyReport.Result c = result(report, "circulationNeverExceedsCoverage");
        assertThat(c.held()).isFalse();
        assertThat(c.violation().orElseThrow()).contains("the ledger covers at the ratio 0.01");
    }

    @Test
    void APP_02_an_eligibility_check_with_another_team_minimum_is_caught() {
        ConsistencyProperties broken = ConsistencyProperties.standard().withEligibility((a, m) -> kz.saruar.model
                .application.EligibilityChecks.competition(a, m.toBuilder().patch("{\"intake\": {\"minTeamSize\": 1}}")
                        .build(), java.time.Clock.fixed(java.time.Instant.parse("2026-03-02T06:00:00Z"),
                        kz.saruar.model.Kazakhstan.ZONE)));
        ConsistencyReport.Result r = result(ConsistencyCheck.of(broken).run(STANDARD, 200, 1),
                "eligibilityFollowsItsBoundaries");
        assertThat(r.held()).isFalse();
        assertThat(r.violation().orElseThrow()).contains("team of").contains("should fail");
    }

    @Test
    void PRE_06_a_planner_that_loses_requests_is_caught() {
        ConsistencyProperties broken = ConsistencyProperties.standard()
                .withPlanner(problem -> new kz.saruar.scheduling.consultation.ConsultationPlan(List.of(), List.of()));
        ConsistencyReport.Result r = result(ConsistencyCheck.of(broken).run(STANDARD, 20, 1),
                "aConsultationPlanBreaksNoRule");
        assertThat(r.held()).isFalse();
        assertThat(r.violation().orElseThrow()).containsAnyOf("neither placed nor reported", "requests placed or refused");
    }

    private static ProjectDecision lowest(ScoringScheme scheme, ProjectDecision d) {
        return new ProjectDecision(d.projectId(), d.total(), d.rawTotal(), scheme.bands().get(0), d.passed(),
                d.passThreshold(), d.distanceToThreshold(), d.minTotal(), d.maxTotal(), d.criterionSums(),
                d.jurorsScored(), d.jurySize(), d.rules());
    }

    private static ProjectDecision withTotal(ProjectDecision d, int total) {
        return new ProjectDecision(d.projectId(), total, d.rawTotal(), d.band(), d.passed(), d.passThreshold(),
                total - d.passThreshold(), d.minTotal(), d.maxTotal(), d.criterionSums(), d.jurorsScored(),
                d.jurySize(), d.rules());
    }
}
