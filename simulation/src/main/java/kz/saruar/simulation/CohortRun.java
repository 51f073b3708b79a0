package kz.saruar.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import kz.saruar.model.Arguments;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;

/**
 * One simulated cohort (docs/simulation.md) as the rules decided it: the funnel with the
 * rules behind every count, each project's path, the defense scores, juror statistics, the
 * program calendar, consultation load and the LIFTCOIN market week by week.
 *
 * @param methodologyId  the methodology applied
 * @param seed           the seed of the applicants
 * @param funnel         the stages, from applications to ambassadors
 * @param projects       every applicant's path
 * @param scores         every defended project's total (DEF-05)
 * @param passThreshold  DEF-06
 * @param minTotal       DEF-05 lowest total
 * @param maxTotal       DEF-05 highest total
 * @param jurySize       DEF-03
 * @param bands          DEF-07 bands
 * @param agreement      Krippendorff's ordinal alpha over every defense session's sheets pooled, if defined
 * @param jurors         each juror's severity (mean deviation from the panel)
 * @param calendar       the program calendar as bars on working days
 * @param consultations  planned consultations per expert (PRE-05, PRE-06)
 * @param unplaced       consultation requests the planner could not place
 * @param market         the LIFTCOIN market week by week (LFT-01..04)
 * @param label          what the run is: {@code seed N} for a simulated cohort, the cohort's id for a real one
 * @param names          the methodology's kk/ru/en names of the codes the report shows, by
 *                       {@link Named#key}: directions (CAT-01, CAT-02), defense bands (DEF-07) and
 *                       jury seats (DEF-03)
 */
public record CohortRun(String methodologyId, long seed, List<Stage> funnel, List<Trace> projects,
        List<Score> scores, int passThreshold, int minTotal, int maxTotal, int jurySize, List<BandRange> bands,
        OptionalDouble agreement, List<JurorSeverity> jurors, List<Bar> calendar, Map<String, Integer> consultations,
        int unplaced, List<MarketWeek> market, String label, Map<String, LocalizedText> names) {

    /** Refuses nulls and copies. */
    public CohortRun {
        Objects.requireNonNull(methodologyId, "methodologyId");
        funnel = ImmutableList.copyOf(funnel);
        projects = ImmutableList.copyOf(projects);
        scores = ImmutableList.copyOf(scores);
        bands = ImmutableList.copyOf(bands);
        Objects.requireNonNull(agreement, "agreement");
        jurors = ImmutableList.copyOf(jurors);
        calendar = ImmutableList.copyOf(calendar);
        consultations = ImmutableMap.copyOf(consultations);
        market = ImmutableList.copyOf(market);
        Objects.requireNonNull(label, "label");
        names = ImmutableMap.copyOf(names);
    }

    /** The kinds of code the report shows by name; each has a key space of its own in {@link #names}. */
    public enum Named {
        /** A direction (CAT-01, CAT-02). */
        DIRECTION,
        /** A defense band (DEF-07). */
        BAND,
        /** A jury seat (DEF-03). */
        SEAT;

        /** The key of {@code code} of this kind in {@link CohortRun#names}. */
        public String key(String code) {
            return name() + ":" + code;
        }
    }

    /**
     * The {@link #label} of the simulated cohort of {@code seed}; the report writes it in its
     * language (the word "seed" translated), a real cohort's id as it is.
     */
    public static String seedLabel(long seed) {
        return "seed " + seed;
    }

    /** The name of a code of this kind in {@code lang} (FMT-03); the code itself when the methodology names none. */
    public String nameOf(Named kind, String code, Language lang) {
        LocalizedText name = names.get(kind.key(code));
        return name == null ? code : name.get(lang);
    }

    /** The methodology's direction codes. */
    public java.util.Set<String> directionCodes() {
        String prefix = Named.DIRECTION.key("");
        return names.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The count of each stage, in funnel order. */
    public int[] counts() {
        return funnel.stream().mapToInt(Stage::count).toArray();
    }

    /** How many reached each stage per direction, in funnel order. */
    public Map<String, int[]> byDirection() {
        Map<String, int[]> out = new java.util.TreeMap<>();
        for (Trace t : projects) {
            int[] row = out.computeIfAbsent(t.direction(), d -> new int[funnel.size()]);
            for (int s = 0; s <= t.reached(); s++) {
                row[s]++;
            }
        }
        return out;
    }

    /** Projects whose total lies within one point per juror of the threshold (DEF-06 sensitivity). */
    public int nearThreshold() {
        return (int) scores.stream().filter(s -> Math.abs(s.total() - passThreshold) <= jurySize).count();
    }

    /**
     * One stage of the funnel.
     *
     * @param code      APPLIED, ADMITTED, CERTIFIED, GRADUATED, AMBASSADORS
     * @param name      the stage's name in kk/ru/en
     * @param count     how many reached it
     * @param rules     the rules that decided who reached it
     * @param stoppedBy how many were stopped before it, by the rule that stopped them
     */
    public record Stage(String code, LocalizedText name, int count, List<String> rules, Map<String, Integer> stoppedBy) {
        /** Copies. */
        public Stage {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            rules = ImmutableList.copyOf(rules);
            stoppedBy = ImmutableMap.copyOf(stoppedBy);
        }
    }

    /**
     * One applicant's path.
     *
     * @param id        project ID
     * @param direction CAT-01 code
     * @param reached   the index of the last stage reached
     * @param stoppedBy the rule that stopped it, if it did not reach the end
     * @param total     its defense total, if defended
     */
    public record Trace(String id, String direction, int reached, Optional<String> stoppedBy, OptionalInt total) {
        /** Refuses nulls. */
        public Trace {
            Arguments.nonNull("id", id, "direction", direction, "stoppedBy", stoppedBy, "total", total);
        }
    }

    /**
     * A defended project's total (DEF-05), band (DEF-07) and whether it passed (DEF-06).
     *
     * @param projectId project ID
     * @param direction CAT-01 code
     * @param total     the total
     * @param band      the band code
     * @param passed    whether the total reached the threshold
     */
    public record Score(String projectId, String direction, int total, String band, boolean passed) {
        /** Refuses nulls. */
        public Score {
            Arguments.nonNull("projectId", projectId, "direction", direction, "band", band);
        }
    }

    /**
     * A DEF-07 band.
     *
     * @param code band code
     * @param name band name
     * @param from lowest total
     * @param to   highest total
     */
    public record BandRange(String code, LocalizedText name, int from, int to) {
        /** Refuses nulls. */
        public BandRange {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A juror's severity: the mean deviation of the juror's totals from the panel's (informational).
     *
     * @param jurorId juror ID
     * @param role    the jury seat (DEF-03)
     * @param meanDeviation points above (lenient) or below (severe) the panel
     */
    public record JurorSeverity(String jurorId, String role, double meanDeviation) {
        /** Refuses nulls. */
        public JurorSeverity {
            Objects.requireNonNull(jurorId, "jurorId");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * One row of the program calendar on working days since the intake opened.
     *
     * @param code  the row's code
     * @param name  the row's name
     * @param rule  the rule it follows
     * @param spans the spans, each {from, to} in working days
     */
    public record Bar(String code, LocalizedText name, String rule, List<int[]> spans) {
        /** Copies. */
        public Bar {
            Arguments.nonNull("code", code, "name", name, "rule", rule);
            spans = ImmutableList.copyOf(spans);
        }
    }

    /**
     * The LIFTCOIN market at the end of one week.
     *
     * @param week          the week of the program, from 1
     * @param issued        points issued so far (LFT-01)
     * @param circulation   points in circulation (LFT-04)
     * @param capacity      coverage capacity of live offers (LFT-04)
     * @param refusedIssues issues refused beyond coverage so far (LFT-04)
     */
    public record MarketWeek(int week, long issued, long circulation, long capacity, int refusedIssues) {
    }
}
