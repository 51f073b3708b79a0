package kz.saruar.scoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.ScoringScheme;
import kz.saruar.scoring.DefenseSession;
import kz.saruar.scoring.Juror;
import kz.saruar.scoring.Panel;
import kz.saruar.scoring.Project;
import kz.saruar.scoring.ScoreSheet;
import org.junit.jupiter.api.Test;

/** The agreement of a defense held in sessions (DEF-05): every session's sheets pooled, as the report shows it. */
class PooledAgreementTest {
    private static final Methodology M = Methodology.standard();

    @Test
    void DEF_05_the_report_s_juror_agreement_pools_every_defense_session_not_the_first_alone() {
        ScoringScheme scheme = M.scoring();
        int min = scheme.scale().min();
        int max = scheme.scale().max();
        // the first session's jurors agree on every score; the second's split on each project
        DefenseSession agreeing = session("A", (juror, project) -> project == 0 ? max : min);
        DefenseSession split = session("B", (juror, project) -> juror % 2 == 0 ? max : min);
        assertThat(ScoringStatistics.agreement(List.of(agreeing)).getAsDouble()).isEqualTo(1.0, within(1e-12));

        double pooled = ScoringStatistics.agreement(List.of(agreeing, split)).getAsDouble();

        assertThat(pooled).as("both sessions' ratings").isLessThan(0.9);
        List<int[]> units = new ArrayList<>();
        for (DefenseSession s : List.of(agreeing, split)) {
            for (Project p : s.projects()) {
                for (Criterion c : scheme.criteria()) {
                    units.add(s.sheetsOf(p.id()).stream().mapToInt(x -> x.scores().get(c.code())).toArray());
                }
            }
        }
        assertThat(pooled).isEqualTo(KrippendorffAlpha.ordinal(units, min, max).getAsDouble(), within(1e-12));
        assertThat(ScoringStatistics.agreement(List.of())).isEmpty();
    }

    private interface Score {
        int of(int juror, int project);
    }

    /** A session of two projects before the methodology's panel, each juror's every criterion scored by {@code score}. */
    private static DefenseSession session(String prefix, Score score) {
        ScoringScheme scheme = M.scoring();
        List<Juror> jurors = new ArrayList<>();
        scheme.jury().seats().forEach(seat -> {
            for (int k = 0; k < seat.count(); k++) {
                jurors.add(Juror.of("J" + (jurors.size() + 1), seat.role()));
            }
        });
        List<Project> projects = List.of(project(prefix + "1"), project(prefix + "2"));
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int j = 0; j < jurors.size(); j++) {
            for (int p = 0; p < projects.size(); p++) {
                Map<String, Integer> s = new LinkedHashMap<>();
                for (Criterion c : scheme.criteria()) {
                    s.put(c.code(), score.of(j, p));
                }
                sheets.add(ScoreSheet.of(jurors.get(j).id(), projects.get(p).id(), s));
            }
        }
        return DefenseSession.open(M, Panel.of(jurors), projects).value().orElseThrow().submitAll(sheets).session();
    }

    private static Project project(String id) {
        return new Project(id, id, Instant.EPOCH, List.of(), Optional.empty());
    }
}
