package kz.saruar.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.catalog.JurySeat;
import kz.saruar.model.methodology.ConflictPolicy;
import kz.saruar.model.methodology.JuryComposition;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.ScoreScale;
import kz.saruar.model.methodology.ScoringScheme;
import kz.saruar.model.methodology.ThresholdMapping;

/** Shared test data: the standard jury, sheets, and schemes of any shape derived as DEF-08 says. */
final class Fixtures {
    static final List<String> CRITERIA = List.of("SOCIAL_EFFECT", "PROGRAM_ALIGNMENT", "SUSTAINABILITY",
            "TEAM_CAPABILITY", "EXPERT_RATING");
    static final LocalDate DATE = LocalDate.of(2020, 11, 20);
    static final Instant T0 = Instant.parse("2020-06-01T04:00:00Z");

    private Fixtures() {
    }

    static Methodology standard() {
        return Methodology.standard();
    }

    static List<Juror> jurors() {
        return List.of(Juror.of("O1", "ORGANIZER", "Organizer One"), Juror.of("O2", "ORGANIZER"),
                Juror.of("E1", "EXTERNAL_EXPERT"), Juror.of("E2", "EXTERNAL_EXPERT"), Juror.of("E3", "EXTERNAL_EXPERT"),
                Juror.of("F1", "PUBLIC_FIGURE"), Juror.of("F2", "PUBLIC_FIGURE"));
    }

    static Panel panel() {
        return Panel.of(jurors());
    }

    static Project project(String id, int appliedMinutes) {
        return Project.of(id, "Project " + id, T0.plusSeconds(60L * appliedMinutes));
    }

    /** A sheet with the scores of the five standard criteria in order. */
    static ScoreSheet sheet(String juror, String project, int... scores) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            m.put(CRITERIA.get(i), scores[i]);
        }
        return ScoreSheet.of(juror, project, m);
    }

    static ScoreSheet uniform(String juror, String project, int score) {
        return sheet(juror, project, score, score, score, score, score);
    }

    /** Every juror of the standard panel gives every criterion this score. */
    static List<ScoreSheet> everyone(String project, int score) {
        List<ScoreSheet> out = new ArrayList<>();
        for (Juror j : jurors()) {
            out.add(uniform(j.id(), project, score));
        }
        return out;
    }

    static DefenseSession session(List<Project> projects) {
        return DefenseSession.open(standard(), panel(), projects).orElseThrow();
    }

    static List<Criterion> criteria(int count) {
        List<Criterion> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Criterion("C" + i, LocalizedText.ofSingle(Language.EN, "C" + i), List.of()));
        }
        return out;
    }

    /**
     * A scheme of this shape with threshold and bands derived by DEF-08, one role {@code MEMBER};
     * empty when a derived band comes out empty (then the foundation refuses it).
     */
    static Optional<ScoringScheme> derived(int jury, int criteria, int min, int max, int quorum, ConflictPolicy policy) {
        int lo = jury * criteria * min;
        int hi = jury * criteria * max;
        List<int[]> edges = ThresholdMapping.bandEdges(lo, hi);
        List<Band> bands = new ArrayList<>();
        String[] codes = {"LOW", "MEDIUM", "HIGH"};
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i)[0] > edges.get(i)[1]) {
                return Optional.empty();
            }
            bands.add(new Band(codes[i], LocalizedText.ofSingle(Language.EN, codes[i]), edges.get(i)[0], edges.get(i)[1]));
        }
        JuryComposition jc = new JuryComposition(jury,
                List.of(new JurySeat("MEMBER", jury, LocalizedText.ofSingle(Language.EN, "Member"))));
        return Optional.of(new ScoringScheme(jc, new ScoreScale(min, max), criteria(criteria),
                ThresholdMapping.threshold(lo, hi), bands, true, true, quorum, policy));
    }

    static List<Juror> members(int n) {
        List<Juror> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Juror.of("J" + i, "MEMBER"));
        }
        return out;
    }
}
