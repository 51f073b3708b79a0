package kz.saruar.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.ScoringScheme;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * DEF-05..09 against methodologies built by the foundation's own builder (not a test double):
 * every shape the builder accepts scores within its range; every shape it refuses is refused with
 * problems, never an exception.
 */
class MethodologyProperties {
    private static final Map<String, Outcome<Methodology>> BUILT = new ConcurrentHashMap<>();

    private static Outcome<Methodology> build(int organizers, int experts, int figures, int criteria, int min, int max) {
        String key = organizers + "/" + experts + "/" + figures + "/" + criteria + "/" + min + "/" + max;
        return BUILT.computeIfAbsent(key, k -> {
            Map<String, Integer> seats = new LinkedHashMap<>();
            seats.put("ORGANIZER", organizers);
            seats.put("EXTERNAL_EXPERT", experts);
            seats.put("PUBLIC_FIGURE", figures);
            List<Criterion> cs = Methodology.standard().scoring().criteria().subList(0, criteria);
            return Methodology.builder().jurySeats(seats).criteria(cs).scale(min, max).quorum(1).validate();
        });
    }

    @Property(tries = 1000)
    void totals_lie_in_min_max_for_any_methodology_the_foundation_accepts(
            @ForAll @IntRange(min = 1, max = 3) int organizers, @ForAll @IntRange(min = 1, max = 3) int experts,
            @ForAll @IntRange(min = 1, max = 3) int figures, @ForAll @IntRange(min = 1, max = 5) int criteria,
            @ForAll @IntRange(min = 0, max = 1) int min, @ForAll @IntRange(min = 3, max = 4) int max,
            @ForAll long seed) {
        Outcome<Methodology> r = build(organizers, experts, figures, criteria, min, max);
        if (!r.accepted()) {
            assertThat(r.reasons()).isNotEmpty().allSatisfy(p -> assertThat(p.subject()).startsWith("$"));
            return;
        }
        Methodology m = r.orElseThrow();
        ScoringScheme scheme = m.scoring();
        Random random = new Random(seed);
        int n = scheme.jurySize();
        int scored = 1 + random.nextInt(n);
        List<Juror> jurors = new ArrayList<>();
        for (int i = 0; i < organizers; i++) {
            jurors.add(Juror.of("O" + i, "ORGANIZER"));
        }
        for (int i = 0; i < experts; i++) {
            jurors.add(Juror.of("E" + i, "EXTERNAL_EXPERT"));
        }
        for (int i = 0; i < figures; i++) {
            jurors.add(Juror.of("F" + i, "PUBLIC_FIGURE"));
        }
        // jurors beyond `scored` are the project's team: recused, so the total is prorated
        List<Participant> team = new ArrayList<>();
        for (int i = scored; i < n; i++) {
            team.add(Participant.of(jurors.get(i).id(), "member"));
        }
        Project p = Fixtures.project("P", 0).withTeam(team);
        DefenseSession s = DefenseSession.open(m, Panel.of(jurors), List.of(p)).orElseThrow();
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int j = 0; j < scored; j++) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (Criterion c : scheme.criteria()) {
                scores.put(c.code(), min + random.nextInt(max - min + 1));
            }
            sheets.add(ScoreSheet.of(jurors.get(j).id(), "P", scores));
        }
        DefenseProtocol protocol = s.submitAll(sheets).session().protocol(Fixtures.DATE).orElseThrow();
        ProjectDecision d = protocol.decision("P").orElseThrow();
        assertThat(d.total()).isBetween(scheme.minTotal(), scheme.maxTotal());
        assertThat(d.band()).isEqualTo(scheme.bandOf(d.total()));
        assertThat(d.passed()).isEqualTo(scheme.passes(d.total()));
        assertThat(protocol.recusals()).hasSize(n - scored);
    }
}
