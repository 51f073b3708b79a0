package kz.saruar.scoring;

import static kz.saruar.scoring.Fixtures.DATE;
import static kz.saruar.scoring.Fixtures.project;
import static kz.saruar.scoring.Fixtures.session;
import static kz.saruar.scoring.Fixtures.standard;
import static kz.saruar.scoring.Fixtures.uniform;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear refusal or a correct answer, never an exception. */
class BadInputTest {

    @Test
    void scores_of_0_and_4_are_refused_with_the_scale() {
        List<Reason> r = session(List.of(project("P1", 0))).submit(Fixtures.sheet("O1", "P1", 0, 4, 2, 2, 2)).reasons();
        assertThat(r).extracting(x -> x.describe(Language.EN)).containsExactly(
                "sheet:O1/P1 [DEF-04] Juror O1, project P1: score 0 for SOCIAL_EFFECT is outside the scale [1, 3]",
                "sheet:O1/P1 [DEF-04] Juror O1, project P1: score 4 for PROGRAM_ALIGNMENT is outside the scale [1, 3]");
    }

    @Test
    void a_juror_twice_and_an_empty_panel_are_refused() {
        List<Juror> twice = new ArrayList<>(Fixtures.jurors());
        twice.set(1, Juror.of("O1", "ORGANIZER"));
        assertThat(DefenseSession.open(standard(), Panel.of(twice), List.of(project("P1", 0))).reasons())
                .extracting(Reason::code).contains("JUROR_TWICE");
        Outcome<DefenseSession> empty = DefenseSession.open(standard(), Panel.of(List.of()), List.of());
        assertThat(empty.reasons()).extracting(Reason::code).containsExactly("PANEL_EMPTY",
                "NO_PROJECTS");
        assertThat(empty.reasons().get(0).describe(Language.EN))
                .contains("The panel is empty; the methodology seats 7 jurors: 2 ORGANIZER, 3 EXTERNAL_EXPERT, 2 PUBLIC_FIGURE");
    }

    @Test
    void an_unknown_criterion_and_an_unknown_project_are_refused() {
        DefenseSession s = session(List.of(project("P1", 0)));
        assertThat(s.submit(uniform("O1", "P9", 2).withScore("CHARISMA", 1)).reasons()).extracting(Reason::code)
                .containsExactly("UNKNOWN_PROJECT", "CRITERION_UNKNOWN");
        assertThat(Scoring.decide(standard().scoring(), "P1", List.of()).reasons()).extracting(Reason::code)
                .containsExactly("BELOW_QUORUM");
    }

    @Test
    void a_million_sheets_get_a_correct_answer() {
        int projects = 142_858; // × 7 jurors = 1,000,006 sheets
        List<Project> ps = new ArrayList<>(projects);
        for (int p = 0; p < projects; p++) {
            ps.add(project("P" + p, p % 1000));
        }
        List<Juror> jurors = Fixtures.jurors();
        List<ScoreSheet> proto = new ArrayList<>();
        for (int score = 1; score <= 3; score++) {
            proto.add(uniform("X", "X", score));
        }
        List<ScoreSheet> sheets = new AbstractList<>() {
            @Override
            public ScoreSheet get(int i) {
                int p = i / 7;
                return new ScoreSheet(jurors.get(i % 7).id(), "P" + p, proto.get(p % 3).scores(),
                        java.util.Optional.empty());
            }

            @Override
            public int size() {
                return projects * 7;
            }
        };
        BatchSubmission b = session(ps).submitAll(sheets);
        assertThat(b.accepted()).isEqualTo(1_000_006);
        assertThat(b.reasons()).isEmpty();
        DefenseProtocol protocol = b.session().protocol(DATE).orElseThrow();
        assertThat(protocol.ranking()).hasSize(projects);
        assertThat(protocol.ranking().get(0).total()).isEqualTo(105);
        // among the 105s (p % 3 == 2) the earliest application is minute 0 (p % 1000 == 0); then ID order
        assertThat(protocol.ranking().get(0).projectId()).isEqualTo("P101000");
        assertThat(protocol.ranking().get(1).projectId()).isEqualTo("P104000");
        assertThat(protocol.passing()).hasSize(projects / 3);
    }

    @Test
    void a_million_duplicate_sheets_are_each_refused() {
        DefenseSession s = session(List.of(project("P1", 0)));
        ScoreSheet sheet = uniform("O1", "P1", 2);
        List<ScoreSheet> sheets = new AbstractList<>() {
            @Override
            public ScoreSheet get(int i) {
                return sheet;
            }

            @Override
            public int size() {
                return 1_000_000;
            }
        };
        BatchSubmission b = s.submitAll(sheets);
        assertThat(b.accepted()).isEqualTo(1);
        assertThat(b.reasons()).hasSize(999_999).allMatch(r -> r.code().equals("DUPLICATE_SHEET"));
    }
}
