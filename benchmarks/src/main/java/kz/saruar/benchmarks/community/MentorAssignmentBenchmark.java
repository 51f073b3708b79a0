package kz.saruar.benchmarks.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import kz.saruar.community.matching.CohortAssignment;
import kz.saruar.community.matching.MentorMatcher;
import kz.saruar.community.registry.CohortParticipation;
import kz.saruar.community.registry.Contact;
import kz.saruar.community.registry.Engagement;
import kz.saruar.community.registry.Expert;
import kz.saruar.community.registry.ExpertFormat;
import kz.saruar.community.registry.MatchingObjective;
import kz.saruar.community.registry.MatchingPolicy;
import kz.saruar.community.registry.Need;
import kz.saruar.community.registry.NeedSource;
import kz.saruar.community.registry.ProjectRecord;
import kz.saruar.community.registry.Registry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A cohort's optimal mentor assignment (HUB-01): 1,000 projects × 200 mentor-experts of a seeded
 * random registry (needs from the eight MAT-07 focus areas and the nine CAT-05 areas, six
 * directions, three languages, eight regions, capacities 3..7, 5 % conflicts of interest, 2 %
 * declined pairs), every exclusion checked and every fit computed, then the min-cost flow. Target:
 * under 2 seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MentorAssignmentBenchmark {
    private static final String[] FOCUS = {"STRATEGIC_MANAGEMENT", "BUSINESS_MODEL", "TEAM_MANAGEMENT", "TEAM_ROLES",
        "TEAM_DEVELOPMENT", "ORGANIZATIONAL_PROCESSES", "CULTURE", "MOTIVATION"};
    private static final String[] AREAS = {"PROGRAM_PHILOSOPHY", "PROJECT_MANAGEMENT", "CHANGE_MANAGEMENT",
        "FINANCIAL_LITERACY_ECONOMICS", "SOCIAL_ENTREPRENEURSHIP", "MARKETING", "FUNDRAISING", "EFFECTIVE_COMMUNICATIONS",
        "PSYCHOLOGY"};
    private static final String[] DIRECTIONS = {"INCLUSIVE_SOCIETY", "NON_FORMAL_EDUCATION", "TOURISM", "CULTURE_ART_SPORT",
        "ECOLOGY", "PROJECT_THINKING"};
    private static final String[] LANGUAGES = {"KK", "RU", "EN"};
    private static final String[] STAGES = {"SENSING_THE_PROBLEM", "FIRST_CIRCLE", "BEACH_VOLLEYBALL", "FORMALIZATION"};

    /** Projects in the cohort. */
    @Param("1000")
    public int projects;

    /** Mentor-experts in the registry. */
    @Param("200")
    public int experts;

    /** Mentors per project (HUB-01 limit). */
    @Param({"1", "2"})
    public int mentorsPerProject;

    /** The objective. */
    @Param({"MOST_PAIRS_THEN_FIT", "TOTAL_FIT"})
    public MatchingObjective objective;

    private MentorMatcher matcher;

    /** Builds the seeded registry. */
    @Setup(Level.Trial)
    public void setUp() {
        matcher = MentorMatcher.of(registry(projects, experts, mentorsPerProject, objective, 42));
    }

    /** The seeded random registry. */
    public static Registry registry(int projects, int experts, int mentorsPerProject, MatchingObjective objective, long seed) {
        Random r = new Random(seed);
        List<ProjectRecord> ps = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            List<Need> needs = new ArrayList<>();
            int k = 2 + r.nextInt(3);
            for (int i = 0; i < k; i++) {
                needs.add(r.nextBoolean() ? new Need(NeedSource.DIAGNOSTICS, FOCUS[r.nextInt(FOCUS.length)], 1 + r.nextInt(3))
                        : new Need(NeedSource.INDIVIDUAL_PLAN, AREAS[r.nextInt(AREAS.length)], 1 + r.nextInt(3)));
            }
            ps.add(new ProjectRecord("P-" + p, "Project " + p, new Contact("lead " + p, Optional.empty(), Optional.empty()),
                    DIRECTIONS[r.nextInt(DIRECTIONS.length)], "R" + r.nextInt(8), STAGES[r.nextInt(STAGES.length)],
                    List.of(LANGUAGES[r.nextInt(2)]), needs, List.of(new CohortParticipation("2026", "PRE_ACCELERATION", false)),
                    false, Optional.empty()));
        }
        List<Expert> es = new ArrayList<>();
        List<kz.saruar.community.registry.DeclinedPair> declined = new ArrayList<>();
        for (int e = 0; e < experts; e++) {
            List<String> comps = new ArrayList<>();
            for (String a : AREAS) {
                if (r.nextInt(3) == 0) {
                    comps.add(a);
                }
            }
            List<String> conflicts = new ArrayList<>();
            for (int c = 0; c < projects / 20; c++) {
                conflicts.add("P-" + r.nextInt(projects));
            }
            for (int c = 0; c < projects / 50; c++) {
                declined.add(new kz.saruar.community.registry.DeclinedPair("P-" + r.nextInt(projects), "E-" + e, "declined"));
            }
            int capacity = 3 + r.nextInt(5);
            es.add(new Expert("E-" + e, new Contact("expert " + e, Optional.empty(), Optional.empty()), ExpertFormat.MENTOR_EXPERT,
                    comps, List.of(DIRECTIONS[r.nextInt(DIRECTIONS.length)], DIRECTIONS[r.nextInt(DIRECTIONS.length)]),
                    r.nextInt(4) == 0 ? List.of(LANGUAGES[r.nextInt(3)]) : List.of("KK", "RU"), "R" + r.nextInt(8),
                    r.nextInt(5) == 0 ? Engagement.PRO_BONO : Engagement.PAID_PART_TIME, Optional.of("Company"),
                    capacity, r.nextInt(2), conflicts));
        }
        return Registry.of(es, ps, new MatchingPolicy(mentorsPerProject, objective, 100, 20, 10, 10), declined);
    }

    /** Exclusions, fits and the optimal flow for the whole cohort. */
    @Benchmark
    public CohortAssignment assignCohort() {
        return matcher.assign();
    }
}
