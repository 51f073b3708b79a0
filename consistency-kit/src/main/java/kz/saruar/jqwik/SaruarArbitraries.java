package kz.saruar.jqwik;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import kz.saruar.model.RuleId;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.MethodologyBuilder;
import kz.saruar.model.methodology.ScoringScheme;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scoring.ScoreSheet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of the domain types an adopter touches, each aware of a methodology: valid
 * adaptations (DEF-03..09, PRE-01, ACC-01) and broken ones with the rule they break, score sheets
 * for a jury (DEF-04), totals (DEF-05), program start dates on a working calendar (PRE-01). They
 * shrink towards the smallest case: a failing jury of 2, not of 200.
 */
public final class SaruarArbitraries {
    /** The jury roles of the standard methodology (DEF-03), in its order. */
    static final List<String> ROLES = List.of("ORGANIZER", "EXTERNAL_EXPERT", "PUBLIC_FIGURE");

    private SaruarArbitraries() {
    }

    /**
     * Valid adaptations of {@code base}: the jury's seats (1 to 12 jurors over the three roles),
     * the scale (minimum 0 or 1, maximum 3 to 7, so that the standard level descriptors stay inside), the threshold (derived by DEF-08 or stated
     * anywhere within the totals), the quorum, and the programs' lengths in months.
     */
    public static Arbitrary<Adaptation> adaptations(Methodology base) {
        Objects.requireNonNull(base, "base");
        Arbitrary<List<Integer>> seats = Arbitraries.integers().between(0, 4).list().ofSize(ROLES.size())
                .filter(l -> l.stream().mapToInt(Integer::intValue).sum() > 0);
        Arbitrary<Integer> scaleMin = Arbitraries.integers().between(0, 1);
        // The standard criteria describe levels 1 to 3 (DEF-04), so every scale keeps them.
        Arbitrary<Integer> scaleMax = Arbitraries.integers().between(3, 7);
        Arbitrary<Integer> thresholdPercent = Arbitraries.oneOf(Arbitraries.just(-1),
                Arbitraries.integers().between(0, 100));
        Arbitrary<Integer> quorumPercent = Arbitraries.integers().between(1, 100);
        Arbitrary<Integer> preMonths = Arbitraries.integers().between(1, 4);
        Arbitrary<Integer> accMonths = Arbitraries.integers().between(2, 6);
        return Combinators.combine(seats, scaleMin, scaleMax, thresholdPercent, quorumPercent, preMonths, accMonths)
                .as((s, min, max, tp, qp, pre, acc) -> adapt(base, s, min, max, tp, qp, pre, acc));
    }

    private static Adaptation adapt(Methodology base, List<Integer> seats, int min, int max, int thresholdPercent,
            int quorumPercent, int pre, int acc) {
        Map<String, Integer> bySeat = new LinkedHashMap<>();
        for (int i = 0; i < ROLES.size(); i++) {
            if (seats.get(i) > 0) {
                bySeat.put(ROLES.get(i), seats.get(i));
            }
        }
        int size = seats.stream().mapToInt(Integer::intValue).sum();
        int quorum = Math.max(1, (size * quorumPercent + 99) / 100);
        int criteria = base.scoring().criteria().size();
        int lo = size * criteria * min;
        int hi = size * criteria * max;
        MethodologyBuilder b = base.toBuilder().id(base.id() + "_ADAPTED").jurySeats(bySeat).scale(min, max)
                .deriveThresholdAndBands().quorum(quorum).preAccelerationMonths(pre).accelerationMonths(acc);
        String threshold = "threshold derived (DEF-08)";
        if (thresholdPercent >= 0) {
            int t = lo + (hi - lo) * thresholdPercent / 100;
            b.passThreshold(t);
            threshold = "threshold " + t;
        }
        String description = "jury " + bySeat.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                .collect(Collectors.joining("+")) + ", scale " + min + ".." + max + ", " + threshold + ", quorum "
                + quorum + ", pre-acceleration " + pre + " mo, acceleration " + acc + " mo";
        Methodology m = b.validate().orElseThrow();
        return new Adaptation(description, m);
    }

    /**
     * Adaptations of {@code base} that each break one rule, with that rule: a threshold above or
     * below the totals (DEF-06), a jury whose seats do not add up (DEF-03), a quorum larger than
     * the jury (DEF-09), bands with a gap (DEF-08).
     */
    public static Arbitrary<BrokenAdaptation> brokenAdaptations(Methodology base) {
        ScoringScheme s = Objects.requireNonNull(base, "base").scoring();
        Arbitrary<BrokenAdaptation> above = Arbitraries.integers().between(1, 50).map(d -> new BrokenAdaptation(
                "threshold " + (s.maxTotal() + d) + " above the maximum " + s.maxTotal(), RuleId.of("DEF-06"),
                b -> b.passThreshold(s.maxTotal() + d)));
        Arbitrary<BrokenAdaptation> below = Arbitraries.integers().between(1, 50).map(d -> new BrokenAdaptation(
                "threshold " + (s.minTotal() - d) + " below the minimum " + s.minTotal(), RuleId.of("DEF-06"),
                b -> b.passThreshold(s.minTotal() - d)));
        Arbitrary<BrokenAdaptation> jury = Arbitraries.integers().between(1, 5).map(d -> new BrokenAdaptation(
                "jury size " + (s.jurySize() + d) + " but seats for " + s.jurySize(), RuleId.of("DEF-03"),
                b -> b.patch("{\"defense\":{\"jury\":{\"size\":" + (s.jurySize() + d) + "}}}")));
        Arbitrary<BrokenAdaptation> quorum = Arbitraries.integers().between(1, 5).map(d -> new BrokenAdaptation(
                "quorum " + (s.jurySize() + d) + " larger than the jury of " + s.jurySize(), RuleId.of("DEF-09"),
                b -> b.quorum(s.jurySize() + d)));
        Arbitrary<BrokenAdaptation> gap = Arbitraries.integers().between(1, s.bands().size() - 1).map(i ->
                new BrokenAdaptation("a gap before band " + s.bands().get(i).code(), RuleId.of("DEF-08"),
                        b -> b.bands(withGapBefore(s.bands(), i))));
        return s.bands().size() > 1 ? Arbitraries.oneOf(above, below, jury, quorum, gap)
                : Arbitraries.oneOf(above, below, jury, quorum);
    }

    private static List<Band> withGapBefore(List<Band> bands, int i) {
        List<Band> out = new ArrayList<>(bands);
        Band b = bands.get(i);
        out.set(i, new Band(b.code(), b.name(), b.from() + 1, Math.max(b.from() + 1, b.to())));
        return out;
    }

    /** A total within the scheme's range [min, max] (DEF-05). */
    public static Arbitrary<Integer> totals(ScoringScheme scheme) {
        return Arbitraries.integers().between(scheme.minTotal(), scheme.maxTotal());
    }

    /** One sheet from every juror of the scheme's jury for {@code projectId}, scores within the scale (DEF-04). */
    public static Arbitrary<List<ScoreSheet>> fullSheets(ScoringScheme scheme, String projectId) {
        return sheets(scheme, projectId, scheme.jurySize());
    }

    /** Sheets from {@code jurors} distinct jurors ({@code J1}, {@code J2}, …) for {@code projectId}. */
    public static Arbitrary<List<ScoreSheet>> sheets(ScoringScheme scheme, String projectId, int jurors) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(projectId, "projectId");
        int c = scheme.criteria().size();
        return Arbitraries.integers().between(scheme.scale().min(), scheme.scale().max()).list().ofSize(jurors * c)
                .map(scores -> sheetsOf(scheme, projectId, jurors, scores));
    }

    /** Sheets of {@code jurors} jurors whose scores, juror by juror and criterion by criterion, are {@code scores}. */
    static List<ScoreSheet> sheetsOf(ScoringScheme scheme, String projectId, int jurors, List<Integer> scores) {
        List<Criterion> criteria = scheme.criteria();
        List<ScoreSheet> sheets = new ArrayList<>(jurors);
        for (int j = 0; j < jurors; j++) {
            ImmutableMap.Builder<String, Integer> m = ImmutableMap.builder();
            for (int k = 0; k < criteria.size(); k++) {
                m.put(criteria.get(k).code(), scores.get(j * criteria.size() + k));
            }
            sheets.add(ScoreSheet.of("J" + (j + 1), projectId, m.build()));
        }
        return List.copyOf(sheets);
    }

    /** Between the quorum and the whole jury of sheets (DEF-09: fewer jurors score after recusals). */
    public static Arbitrary<List<ScoreSheet>> sheetsFromAQuorum(ScoringScheme scheme, String projectId) {
        int from = Math.min(Math.max(1, scheme.quorum()), scheme.jurySize());
        return Arbitraries.integers().between(from, scheme.jurySize()).flatMap(n -> sheets(scheme, projectId, n));
    }

    /** Working days of the calendar's covered years on which a program may start (PRE-01). */
    public static Arbitrary<LocalDate> programStarts(WorkingCalendar calendar) {
        List<Integer> years = calendar.coveredYears().stream().sorted().toList();
        if (years.isEmpty()) {
            throw new IllegalArgumentException("calendar " + calendar.calendarId() + " covers no year");
        }
        LocalDate first = LocalDate.of(years.get(0), 1, 1);
        LocalDate last = LocalDate.of(years.get(years.size() - 1), 12, 31);
        return Arbitraries.longs().between(0, last.toEpochDay() - first.toEpochDay()).map(first::plusDays)
                .filter(calendar::isWorkingDay);
    }
}
