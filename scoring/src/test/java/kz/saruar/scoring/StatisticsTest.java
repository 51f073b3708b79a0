package kz.saruar.scoring;

import static kz.saruar.scoring.Fixtures.DATE;
import static kz.saruar.scoring.Fixtures.everyone;
import static kz.saruar.scoring.Fixtures.project;
import static kz.saruar.scoring.Fixtures.session;
import static kz.saruar.scoring.Fixtures.sheet;
import static kz.saruar.scoring.Fixtures.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.scoring.stats.JurorSeverity;
import kz.saruar.scoring.stats.KrippendorffAlpha;
import kz.saruar.scoring.stats.ScoringStatistics;
import kz.saruar.scoring.stats.Sensitivity;
import org.junit.jupiter.api.Test;

/** The informational statistics: agreement, severity, sensitivity; none changes an official total. */
class StatisticsTest {

    @Test
    void krippendorff_ordinal_alpha_reproduces_the_published_example() {
        // Krippendorff (2011), reliability data of 4 coders × 12 units with missing values: ordinal α = 0.815
        int[][] units = {{1, 1, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
            {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {5, 5, 5}, {1, 1}, {3}};
        assertThat(KrippendorffAlpha.ordinal(List.of(units), 1, 5).orElseThrow()).isCloseTo(0.815, within(0.001));
        assertThat(KrippendorffAlpha.ordinal(List.of(new int[] {2, 2}, new int[] {3, 3}), 1, 3).orElseThrow())
                .isEqualTo(1.0);
        assertThat(KrippendorffAlpha.ordinal(List.of(new int[] {2, 2}), 1, 3)).isEmpty();
    }

    @Test
    void severity_agreement_and_sensitivity_of_a_defense_leave_the_totals_alone() {
        DefenseSession s = session(List.of(project("P1", 0), project("P2", 1)));
        List<ScoreSheet> sheets = new ArrayList<>(everyone("P1", 2));
        sheets.set(0, uniform("O1", "P1", 1)); // O1 is stricter
        sheets.addAll(everyone("P2", 3));
        sheets.set(7, sheet("O1", "P2", 2, 2, 2, 2, 2));
        s = s.submitAll(sheets).session();
        DefenseProtocol p = s.protocol(DATE).orElseThrow();
        String before = p.toString();
        ScoringStatistics stats = ScoringStatistics.of(s, p);
        assertThat(p.toString()).isEqualTo(before);
        JurorSeverity o1 = stats.severities().get(0);
        assertThat(o1.jurorId()).isEqualTo("O1");
        assertThat(o1.meanDeviation()).isEqualTo(-5.0);
        assertThat(stats.severities().get(1).meanDeviation()).isGreaterThan(0);
        assertThat(stats.agreement()).isPresent();
        // P1: 5 + 6 × 10 = 65, not passed; 10 single-point rises reach 75
        Sensitivity p1 = stats.sensitivities().stream().filter(x -> x.projectId().equals("P1")).findFirst().orElseThrow();
        assertThat(p1.passed()).isFalse();
        assertThat(p1.changesToFlip()).hasValue(10);
        // P2: 10 + 6 × 15 = 100, passed; 26 drops bring it to 74
        Sensitivity p2 = stats.sensitivities().stream().filter(x -> x.projectId().equals("P2")).findFirst().orElseThrow();
        assertThat(p2.changesToFlip()).hasValue(26);
        assertThat(p2.line().get(Language.EN)).isEqualTo("P2: 26 single-point drop(s) would turn pass into fail");
    }
}
