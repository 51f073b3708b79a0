package kz.saruar.scoring;

import static kz.saruar.scoring.Fixtures.DATE;
import static kz.saruar.scoring.Fixtures.everyone;
import static kz.saruar.scoring.Fixtures.panel;
import static kz.saruar.scoring.Fixtures.project;
import static kz.saruar.scoring.Fixtures.session;
import static kz.saruar.scoring.Fixtures.sheet;
import static kz.saruar.scoring.Fixtures.standard;
import static kz.saruar.scoring.Fixtures.uniform;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.ConflictPolicy;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.ScoringScheme;
import kz.saruar.model.methodology.ThresholdMapping;
import org.junit.jupiter.api.Test;

/** One example per defense rule (the DEF rules of docs/rules.md), named after its ID. */
class DefenseRulesTest {

    private static List<ScoreSheet> withTotal(String project, int total) {
        // 35 sheets-cells of 1..3; raise cells one by one from all ones
        int[][] s = new int[7][5];
        for (int[] row : s) {
            java.util.Arrays.fill(row, 1);
        }
        int extra = total - 35;
        for (int j = 0; j < 7 && extra > 0; j++) {
            for (int c = 0; c < 5 && extra > 0; c++) {
                int add = Math.min(2, extra);
                s[j][c] += add;
                extra -= add;
            }
        }
        List<ScoreSheet> out = new ArrayList<>();
        List<Juror> jurors = Fixtures.jurors();
        for (int j = 0; j < 7; j++) {
            out.add(sheet(jurors.get(j).id(), project, s[j]));
        }
        return out;
    }

    private static ProjectDecision decide(List<ScoreSheet> sheets) {
        return Scoring.decide(standard().scoring(), sheets.get(0).projectId(), sheets).orElseThrow();
    }

    @Test
    void DEF_03_a_panel_that_does_not_match_the_composition_is_refused_with_what_is_missing() {
        List<Juror> six = new ArrayList<>(Fixtures.jurors());
        six.remove(4); // one external expert short
        six.add(Juror.of("X", "JOURNALIST"));
        six.add(Juror.of("O1", "ORGANIZER"));
        six.add(Juror.of("O3", "ORGANIZER"));
        Outcome<DefenseSession> o = DefenseSession.open(standard(), Panel.of(six), List.of(project("P1", 0)));
        assertThat(o.accepted()).isFalse();
        assertThat(o.reasons()).extracting(Reason::code).contains("SEAT_MISSING",
                "UNKNOWN_ROLE", "JUROR_TWICE", "SEAT_EXCESS");
        assertThat(o.reasons()).allMatch(r -> r.rule().equals(RuleId.of("DEF-03")));
        assertThat(o.reasons().stream().filter(r -> r.code().equals("SEAT_MISSING")).findFirst().orElseThrow()
                .describe(Language.EN)).contains("1 seat(s) of role EXTERNAL_EXPERT are not filled (2 of 3 filled)");
        assertThat(JuryCheck.check(panel(), standard().scoring()).accepted()).isTrue();
    }

    @Test
    void DEF_03_a_team_member_or_the_mentor_expert_is_refused_when_the_sheet_is_submitted() {
        Project p = project("P1", 0).withTeam(List.of(Participant.of("E2", "Member"))).withMentorExpert("F1");
        DefenseSession s = session(List.of(p));
        Outcome<DefenseSession> team = s.submit(uniform("E2", "P1", 3));
        Outcome<DefenseSession> mentor = s.submit(uniform("F1", "P1", 3));
        assertThat(team.reasons()).extracting(Reason::code).containsExactly("CONFLICT_TEAM_MEMBER");
        assertThat(mentor.reasons()).extracting(Reason::code).containsExactly("CONFLICT_MENTOR");
        assertThat(mentor.reasons().get(0).message().get(Language.RU)).contains("эксперт-наставник");
    }

    @Test
    void DEF_04_scores_outside_the_scale_a_missing_or_unknown_criterion_a_duplicate_and_a_stranger_are_refused() {
        DefenseSession s = session(List.of(project("P1", 0))).submit(uniform("O1", "P1", 2)).orElseThrow();
        assertThat(s.submit(sheet("O2", "P1", 0, 2, 2, 2, 4)).reasons()).extracting(Reason::code)
                .containsExactly("SCORE_OUT_OF_SCALE", "SCORE_OUT_OF_SCALE");
        assertThat(s.submit(sheet("O2", "P1", 2, 2, 2, 2)).reasons()).extracting(Reason::code)
                .containsExactly("CRITERION_MISSING");
        assertThat(s.submit(uniform("O2", "P1", 2).withScore("CHARISMA", 3)).reasons()).extracting(Reason::code)
                .containsExactly("CRITERION_UNKNOWN");
        assertThat(s.submit(uniform("O1", "P1", 3)).reasons()).extracting(Reason::code)
                .containsExactly("DUPLICATE_SHEET");
        assertThat(s.submit(uniform("ZZ", "P1", 3)).reasons()).extracting(Reason::code)
                .containsExactly("JUROR_NOT_ON_PANEL");
        Reason r = s.submit(sheet("O2", "P1", 4, 2, 2, 2, 2)).reasons().get(0);
        assertThat(r.rule()).isEqualTo(RuleId.of("DEF-04"));
        assertThat(r.describe(Language.EN)).isEqualTo(
                "sheet:O2/P1 [DEF-04] Juror O2, project P1: score 4 for SOCIAL_EFFECT is outside the scale [1, 3]");
        assertThat(s.submit(uniform("O2", "P1", 3).withComment("strong team")).accepted()).isTrue();
    }

    @Test
    void DEF_05_the_total_is_the_sum_over_every_juror_and_criterion_from_35_to_105() {
        assertThat(decide(everyone("P1", 1)).total()).isEqualTo(35);
        assertThat(decide(everyone("P1", 3)).total()).isEqualTo(105);
        ProjectDecision d = decide(withTotal("P1", 78));
        assertThat(d.total()).isEqualTo(78);
        assertThat(d.criterionSums().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(78);
        assertThat(d.rules()).contains(RuleId.of("DEF-05"));
    }

    @Test
    void DEF_06_a_total_of_75_passes() {
        ProjectDecision pass = decide(withTotal("P1", 75));
        ProjectDecision fail = decide(withTotal("P1", 74));
        assertThat(pass.passed()).isTrue();
        assertThat(pass.distanceToThreshold()).isZero();
        assertThat(fail.passed()).isFalse();
        assertThat(fail.distanceToThreshold()).isEqualTo(-1);
        assertThat(pass.explanation().get(Language.EN)).contains("passed, exactly at the threshold").contains("DEF-06");
        assertThat(fail.explanation().get(Language.KK)).contains("өтпеді");
    }

    @Test
    void DEF_07_bands_are_high_85_medium_60_low_35_and_separate_from_passing() {
        assertThat(decide(withTotal("P1", 59)).band().code()).isEqualTo("LOW");
        assertThat(decide(withTotal("P1", 60)).band().code()).isEqualTo("MEDIUM");
        ProjectDecision d = decide(withTotal("P1", 70));
        assertThat(d.band().code()).isEqualTo("MEDIUM");
        assertThat(d.passed()).isFalse();
        assertThat(decide(withTotal("P1", 84)).band().code()).isEqualTo("MEDIUM");
        assertThat(decide(withTotal("P1", 85)).band().code()).isEqualTo("HIGH");
    }

    @Test
    void DEF_08_a_jury_of_5_derives_25_42_43_60_61_75_and_threshold_54() {
        Methodology m = Methodology.builder().jurySeats(Map.of("ORGANIZER", 1, "EXTERNAL_EXPERT", 2, "PUBLIC_FIGURE", 2))
                .quorum(4).build();
        ScoringScheme s = m.scoring();
        assertThat(s.passThreshold()).isEqualTo(54);
        assertThat(s.bands()).extracting(b -> b.from() + "-" + b.to()).containsExactly("25-42", "43-60", "61-75");
        assertThat(ThresholdMapping.threshold(35, 105)).isEqualTo(75);
        List<Juror> five = List.of(Juror.of("O1", "ORGANIZER"), Juror.of("E1", "EXTERNAL_EXPERT"),
                Juror.of("E2", "EXTERNAL_EXPERT"), Juror.of("F1", "PUBLIC_FIGURE"), Juror.of("F2", "PUBLIC_FIGURE"));
        DefenseSession session = DefenseSession.open(m, Panel.of(five), List.of(project("P1", 0))).orElseThrow();
        for (Juror j : five) {
            session = session.submit(sheet(j.id(), "P1", 3, 2, 2, 2, 2)).orElseThrow();
        }
        ProjectDecision d = session.protocol(DATE).orElseThrow().decision("P1").orElseThrow();
        assertThat(d.total()).isEqualTo(55);
        assertThat(d.passed()).isTrue();
        assertThat(d.rules()).contains(RuleId.of("DEF-08"));
    }

    @Test
    void DEF_08_a_methodology_of_1_juror_and_1_criterion_is_refused_clearly_or_scores_correctly() {
        var builder = Methodology.builder().jurySeats(Map.of("ORGANIZER", 1))
                .criteria(List.of(standard().scoring().criteria().get(0)));
        Outcome<Methodology> refused = builder.validate();
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.reasons()).anySatisfy(p -> {
            assertThat(p.subject()).isEqualTo("$.defense.quorum");
            assertThat(p.describe(Language.EN)).contains("quorum 5 is larger than the jury 1");
        });
        Methodology m = builder.quorum(1).build();
        assertThat(m.scoring().minTotal()).isEqualTo(1);
        assertThat(m.scoring().maxTotal()).isEqualTo(3);
        DefenseSession s = DefenseSession.open(m, Panel.of(List.of(Juror.of("O1", "ORGANIZER"))),
                List.of(project("P1", 0))).orElseThrow();
        s = s.submit(ScoreSheet.of("O1", "P1", Map.of("SOCIAL_EFFECT", 3))).orElseThrow();
        ProjectDecision d = s.protocol(DATE).orElseThrow().decision("P1").orElseThrow();
        assertThat(d.total()).isEqualTo(3);
        assertThat(d.passed()).isEqualTo(3 >= m.scoring().passThreshold());
        assertThat(d.band()).isEqualTo(m.scoring().bandOf(3));
    }

    @Test
    void DEF_09_protocol_is_refused_while_a_sheet_is_missing() {
        DefenseSession s = session(List.of(project("P1", 0), project("P2", 1)));
        s = s.submitAll(everyone("P1", 3)).session();
        s = s.submitAll(everyone("P2", 2).subList(0, 6)).session();
        Outcome<DefenseProtocol> o = s.protocol(DATE);
        assertThat(o.accepted()).isFalse();
        assertThat(o.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("SHEET_MISSING");
            assertThat(r.rule()).isEqualTo(RuleId.of("DEF-09"));
            assertThat(r.describe(Language.EN)).contains("The sheet of juror F2 for project P2 is missing");
        });
        DefenseProtocol p = s.submit(uniform("F2", "P2", 2)).orElseThrow().protocol(DATE).orElseThrow();
        assertThat(p.passing()).extracting(ProjectDecision::projectId).containsExactly("P1");
        assertThat(p.ranking()).extracting(ProjectDecision::projectId).containsExactly("P1", "P2");
        assertThat(p.date()).isEqualTo(DATE);
        assertThat(p.panel().jurors()).hasSize(7);
    }

    @Test
    void DEF_09_a_recused_juror_is_listed_and_the_total_is_prorated_on_the_scale() {
        Project p = project("P1", 0).withMentorExpert("E3");
        DefenseSession s = session(List.of(p));
        BatchSubmission b = s.submitAll(everyone("P1", 2));
        assertThat(b.accepted()).isEqualTo(6);
        assertThat(b.reasons()).extracting(Reason::code).containsExactly("CONFLICT_MENTOR");
        s = b.session();
        // six jurors gave 10 each = 60 raw; prorated to seven: 70
        DefenseProtocol protocol = s.protocol(DATE).orElseThrow();
        ProjectDecision d = protocol.decision("P1").orElseThrow();
        assertThat(d.rawTotal()).isEqualTo(60);
        assertThat(d.total()).isEqualTo(70);
        assertThat(d.prorated()).isTrue();
        assertThat(d.jurorsScored()).isEqualTo(6);
        assertThat(d.rules()).contains(RuleId.of("DEF-09"));
        assertThat(protocol.recusals()).singleElement().satisfies(r -> assertThat(r.jurorId()).isEqualTo("E3"));
        assertThat(protocol.rejectedSheets()).extracting(Reason::code).containsExactly("CONFLICT_MENTOR");
    }

    @Test
    void DEF_09_rounding_of_a_prorated_total_is_half_up_by_default_and_down_on_request() {
        // 6 of 7 jurors, raw 63 → 73.5
        assertThat(ProrationRounding.HALF_UP.prorate(63, 6, 7)).isEqualTo(74);
        assertThat(ProrationRounding.DOWN.prorate(63, 6, 7)).isEqualTo(73);
        assertThat(ProrationRounding.HALF_UP.prorate(64, 6, 7)).isEqualTo(75); // 74.67
        assertThat(ProrationRounding.HALF_UP.prorate(70, 7, 7)).isEqualTo(70);
    }

    @Test
    void DEF_09_below_the_quorum_no_decision_is_issued() {
        Project p = project("P1", 0).withTeam(List.of(Participant.of("O1", "a"), Participant.of("O2", "b"),
                Participant.of("E1", "c")));
        DefenseSession s = session(List.of(p, project("P2", 1)));
        s = s.submitAll(everyone("P1", 3)).session().submitAll(everyone("P2", 3)).session();
        DefenseProtocol protocol = s.protocol(DATE).orElseThrow();
        assertThat(protocol.decision("P1")).isEmpty();
        assertThat(protocol.undecided()).singleElement().satisfies(u -> {
            assertThat(u.jurorsScored()).isEqualTo(4);
            assertThat(u.quorum()).isEqualTo(5);
            assertThat(u.reason().code()).isEqualTo("BELOW_QUORUM");
        });
        assertThat(protocol.recusals()).hasSize(3);
        assertThat(protocol.passing()).extracting(ProjectDecision::projectId).containsExactly("P2");
    }

    @Test
    void DEF_09_under_the_substitute_policy_a_substitute_of_the_same_role_scores_instead() {
        Methodology m = standard().toBuilder().conflictPolicy(ConflictPolicy.SUBSTITUTE).build();
        Panel panel = Panel.of(Fixtures.jurors(), List.of(Juror.of("S1", "EXTERNAL_EXPERT"), Juror.of("S2", "ORGANIZER")));
        Project p = project("P1", 0).withMentorExpert("E1");
        DefenseSession s = DefenseSession.open(m, panel, List.of(p)).orElseThrow();
        s = s.submitAll(everyone("P1", 2)).session();
        assertThat(s.submit(uniform("S2", "P1", 3)).reasons()).extracting(Reason::code)
                .containsExactly("SUBSTITUTE_NOT_NEEDED");
        Outcome<DefenseProtocol> missing = s.protocol(DATE);
        assertThat(missing.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("SHEET_MISSING");
            assertThat(r.describe(Language.EN)).contains("S1 (EXTERNAL_EXPERT)");
        });
        s = s.submit(uniform("S1", "P1", 3)).orElseThrow();
        ProjectDecision d = s.protocol(DATE).orElseThrow().decision("P1").orElseThrow();
        assertThat(d.jurorsScored()).isEqualTo(7);
        assertThat(d.prorated()).isFalse();
        assertThat(d.total()).isEqualTo(6 * 10 + 15);
        // without a substitute of the role the protocol names the seat that cannot be filled
        DefenseSession none = DefenseSession.open(m, panel(), List.of(p)).orElseThrow()
                .submitAll(everyone("P1", 2)).session();
        assertThat(none.protocol(DATE).reasons()).extracting(Reason::code).containsExactly("NO_SUBSTITUTE");
    }

    @Test
    void DEF_09_ranking_breaks_ties_by_social_effect_then_team_capability_then_earlier_application_then_id() {
        DefenseSession s = session(List.of(project("A", 5), project("B", 4), project("C", 3), project("D", 3)));
        List<ScoreSheet> sheets = new ArrayList<>();
        for (Juror j : Fixtures.jurors()) {
            sheets.add(sheet(j.id(), "A", 3, 2, 2, 1, 2)); // SE 21, TC 7
            sheets.add(sheet(j.id(), "B", 2, 2, 2, 3, 1)); // SE 14, TC 21
            sheets.add(sheet(j.id(), "C", 2, 2, 2, 2, 2)); // SE 14, TC 14, applied earlier
            sheets.add(sheet(j.id(), "D", 2, 2, 2, 2, 2)); // as C, same time, ID later
        }
        DefenseProtocol p = s.submitAll(sheets).session().protocol(DATE).orElseThrow();
        assertThat(p.ranking()).extracting(ProjectDecision::total).containsOnly(70);
        assertThat(p.ranking()).extracting(ProjectDecision::projectId).containsExactly("A", "B", "C", "D");
        assertThat(p.rank("C")).contains(3);
    }

    @Test
    void DEF_09_the_protocol_date_comes_from_an_injected_clock_in_Almaty() {
        DefenseSession s = session(List.of(project("P1", 0))).submitAll(everyone("P1", 3)).session();
        java.time.Clock evening = java.time.Clock.fixed(java.time.Instant.parse("2020-11-20T20:00:00Z"),
                java.time.ZoneOffset.UTC);
        assertThat(s.protocol(evening).orElseThrow().date()).isEqualTo(java.time.LocalDate.of(2020, 11, 21));
    }
}
