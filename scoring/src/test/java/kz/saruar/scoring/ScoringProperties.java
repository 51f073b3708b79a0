package kz.saruar.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.methodology.ConflictPolicy;
import kz.saruar.model.methodology.ScoringScheme;
import kz.saruar.model.methodology.ThresholdMapping;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of scoring (DEF-05..09), each named for what it proves, at least 1,000 tries each. */
class ScoringProperties {

    /** A shape of methodology the foundation accepts: jury, criteria, scale; threshold and bands by DEF-08. */
    record Shape(int jury, int criteria, int min, int max) {
        ScoringScheme scheme(int quorum) {
            return Fixtures.derived(jury, criteria, min, max, quorum, ConflictPolicy.RECUSE_AND_PRORATE).orElseThrow();
        }
    }

    @Provide
    Arbitrary<Shape> shapes() {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 6))
                .as((j, c, min, width) -> new Shape(j, c, min, min + width))
                .filter(s -> Fixtures.derived(s.jury(), s.criteria(), s.min(), s.max(), 1,
                        ConflictPolicy.RECUSE_AND_PRORATE).isPresent());
    }

    private static List<ScoreSheet> randomSheets(ScoringScheme scheme, int sheets, long seed, String project) {
        Random r = new Random(seed);
        List<ScoreSheet> out = new ArrayList<>();
        for (int j = 0; j < sheets; j++) {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (Criterion c : scheme.criteria()) {
                m.put(c.code(), scheme.scale().min() + r.nextInt(scheme.scale().max() - scheme.scale().min() + 1));
            }
            out.add(ScoreSheet.of("J" + j, project, m));
        }
        return out;
    }

    @Provide
    Arbitrary<Shape> juriesOfTwoOrMore() {
        return shapes().filter(s -> s.jury() >= 2);
    }

    @Property(tries = 1000)
    void totals_lie_in_min_max_for_any_valid_methodology(@ForAll("shapes") Shape shape, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 1000) int pick) {
        int scored = 1 + pick % shape.jury();
        ScoringScheme scheme = shape.scheme(1);
        ProjectDecision d = Scoring.decide(scheme, "P", randomSheets(scheme, scored, seed, "P")).orElseThrow();
        assertThat(d.total()).isBetween(scheme.minTotal(), scheme.maxTotal());
        assertThat(d.total()).isBetween(d.band().from(), d.band().to());
        assertThat(d.passed()).isEqualTo(d.total() >= scheme.passThreshold());
        assertThat(d.distanceToThreshold()).isEqualTo(d.total() - scheme.passThreshold());
    }

    @Property(tries = 1000)
    void bands_partition_min_max_without_gaps_or_overlaps(@ForAll("shapes") Shape shape) {
        ScoringScheme scheme = shape.scheme(1);
        List<Band> bands = scheme.bands();
        assertThat(bands.get(0).from()).isEqualTo(scheme.minTotal());
        assertThat(bands.get(bands.size() - 1).to()).isEqualTo(scheme.maxTotal());
        for (int i = 0; i < bands.size(); i++) {
            assertThat(bands.get(i).from()).isLessThanOrEqualTo(bands.get(i).to());
            if (i > 0) {
                assertThat(bands.get(i).from()).isEqualTo(bands.get(i - 1).to() + 1);
            }
        }
        for (int t = scheme.minTotal(); t <= scheme.maxTotal(); t++) {
            int total = t;
            assertThat(bands.stream().filter(b -> total >= b.from() && total <= b.to()).count()).isEqualTo(1);
        }
        assertThat(scheme.passThreshold()).isBetween(scheme.minTotal(), scheme.maxTotal());
    }

    @Property(tries = 1000)
    void raising_one_score_never_lowers_the_total_or_band_and_never_turns_pass_into_fail(
            @ForAll("shapes") Shape shape, @ForAll long seed, @ForAll @IntRange(min = 0, max = 1000) int pick,
            @ForAll @IntRange(min = 0, max = 1000) int which) {
        int scored = 1 + pick % shape.jury();
        ScoringScheme scheme = shape.scheme(1);
        List<ScoreSheet> sheets = new ArrayList<>(randomSheets(scheme, scored, seed, "P"));
        int j = which % scored;
        String code = scheme.criteria().get(which % scheme.criteria().size()).code();
        int old = Math.min(sheets.get(j).scores().get(code), scheme.scale().max() - 1);
        sheets.set(j, sheets.get(j).withScore(code, old));
        List<ScoreSheet> raised = new ArrayList<>(sheets);
        raised.set(j, sheets.get(j).withScore(code, old + 1));
        for (ProrationRounding rounding : ProrationRounding.values()) {
            ScoringOptions o = ScoringOptions.defaults().withRounding(rounding);
            ProjectDecision before = Scoring.decide(scheme, "P", sheets, o).orElseThrow();
            ProjectDecision after = Scoring.decide(scheme, "P", raised, o).orElseThrow();
            assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
            assertThat(after.band().from()).isGreaterThanOrEqualTo(before.band().from());
            assertThat(!before.passed() || after.passed()).isTrue();
        }
    }

    @Property(tries = 1000)
    void the_order_of_jurors_or_sheets_changes_nothing(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 6) int projects) {
        Random r = new Random(seed);
        List<Project> ps = new ArrayList<>();
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            Project project = Fixtures.project("P" + p, r.nextInt(3));
            if (r.nextInt(3) == 0) {
                project = project.withMentorExpert(Fixtures.jurors().get(r.nextInt(7)).id());
            }
            ps.add(project);
            for (Juror j : Fixtures.jurors()) {
                int[] s = new int[5];
                for (int i = 0; i < 5; i++) {
                    s[i] = 1 + r.nextInt(3);
                }
                sheets.add(Fixtures.sheet(j.id(), project.id(), s));
            }
        }
        DefenseProtocol a = Fixtures.session(ps).submitAll(sheets).session().protocol(Fixtures.DATE).orElseThrow();
        List<ScoreSheet> shuffledSheets = new ArrayList<>(sheets);
        Collections.shuffle(shuffledSheets, r);
        List<Juror> shuffledJurors = new ArrayList<>(Fixtures.jurors());
        Collections.shuffle(shuffledJurors, r);
        List<Project> shuffledProjects = new ArrayList<>(ps);
        Collections.shuffle(shuffledProjects, r);
        DefenseProtocol b = DefenseSession.open(Fixtures.standard(), Panel.of(shuffledJurors), shuffledProjects)
                .orElseThrow().submitAll(shuffledSheets).session().protocol(Fixtures.DATE).orElseThrow();
        assertThat(b.ranking()).isEqualTo(a.ranking());
        assertThat(b.recusals()).isEqualTo(a.recusals());
        assertThat(b.undecided()).isEqualTo(a.undecided());
    }

    @Property(tries = 1000)
    void the_DEF_08_mapping_is_monotonic_partitions_any_range_and_gives_back_the_seed_numbers(
            @ForAll @IntRange(min = 0, max = 500) int min, @ForAll @IntRange(min = 0, max = 2000) int width) {
        assertThat(ThresholdMapping.threshold(35, 105)).isEqualTo(75);
        assertThat(ThresholdMapping.bandEdges(35, 105)).extracting(e -> e[0] + "-" + e[1])
                .containsExactly("35-59", "60-84", "85-105");
        int max = min + width;
        int previous = Integer.MIN_VALUE;
        for (int t = ThresholdMapping.SEED_MIN; t <= ThresholdMapping.SEED_MAX; t++) {
            int m = ThresholdMapping.map(t, min, max);
            assertThat(m).isBetween(min, max).isGreaterThanOrEqualTo(previous);
            previous = m;
        }
        List<int[]> edges = ThresholdMapping.bandEdges(min, max);
        assertThat(edges.get(0)[0]).isEqualTo(min);
        assertThat(edges.get(edges.size() - 1)[1]).isEqualTo(max);
        for (int i = 1; i < edges.size(); i++) {
            assertThat(edges.get(i)[0]).isEqualTo(edges.get(i - 1)[1] + 1);
        }
    }

    @Property(tries = 1000)
    void ranking_is_a_deterministic_total_order(@ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int n) {
        Random r = new Random(seed);
        ScoringScheme scheme = Fixtures.standard().scoring();
        List<ProjectDecision> decisions = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        Map<String, Instant> applied = new HashMap<>();
        for (int p = 0; p < n; p++) {
            String id = "P" + r.nextInt(1000) + "-" + p;
            int scored = 5 + r.nextInt(3);
            int[] sums = new int[5];
            for (int i = 0; i < 5; i++) {
                sums[i] = scored + r.nextInt(2 * scored + 1);
            }
            decisions.add(Scoring.fromSums(scheme, id, sums, scored, ProrationRounding.HALF_UP));
            Project project = Fixtures.project(id, r.nextInt(3));
            projects.add(project);
            applied.put(id, project.appliedAt());
        }
        List<ProjectDecision> first = Ranking.rank(decisions, projects, ScoringOptions.defaults());
        List<ProjectDecision> shuffled = new ArrayList<>(decisions);
        Collections.shuffle(shuffled, r);
        assertThat(Ranking.rank(shuffled, projects, ScoringOptions.defaults())).isEqualTo(first);
        var cmp = Ranking.comparator(ScoringOptions.defaults(), applied);
        for (ProjectDecision a : decisions) {
            for (ProjectDecision b : decisions) {
                assertThat(Integer.signum(cmp.compare(a, b))).isEqualTo(-Integer.signum(cmp.compare(b, a)));
                assertThat(cmp.compare(a, b) == 0).isEqualTo(a.projectId().equals(b.projectId()));
            }
        }
        for (int i = 1; i < first.size(); i++) {
            assertThat(first.get(i - 1).total()).isGreaterThanOrEqualTo(first.get(i).total());
            assertThat(cmp.compare(first.get(i - 1), first.get(i))).isNegative();
        }
    }

    @Property(tries = 1000)
    void prorating_keeps_totals_on_the_scale(@ForAll("juriesOfTwoOrMore") Shape shape, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 1000) int pick) {
        int scored = 1 + pick % (shape.jury() - 1);
        ScoringScheme scheme = shape.scheme(1);
        int c = shape.criteria();
        int lo = scored * c * shape.min();
        int hi = scored * c * shape.max();
        int raw = lo + new Random(seed).nextInt(hi - lo + 1);
        for (ProrationRounding rounding : ProrationRounding.values()) {
            int total = rounding.prorate(raw, scored, shape.jury());
            assertThat(total).isBetween(scheme.minTotal(), scheme.maxTotal());
            double exact = (double) raw * shape.jury() / scored;
            assertThat(Math.abs(total - exact)).isLessThanOrEqualTo(rounding == ProrationRounding.HALF_UP ? 0.5 : 0.999999);
            if (raw < hi) {
                assertThat(rounding.prorate(raw + 1, scored, shape.jury())).isGreaterThanOrEqualTo(total);
            }
        }
        ProjectDecision d = Scoring.decide(scheme, "P", randomSheets(scheme, scored, seed, "P")).orElseThrow();
        assertThat(d.prorated()).isTrue();
        assertThat(d.total()).isBetween(scheme.minTotal(), scheme.maxTotal());
    }
}
