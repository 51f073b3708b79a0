package kz.saruar.community.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import kz.saruar.community.registry.CohortParticipation;
import kz.saruar.community.registry.Contact;
import kz.saruar.community.registry.DeclinedPair;
import kz.saruar.community.registry.Engagement;
import kz.saruar.community.registry.Expert;
import kz.saruar.community.registry.ExpertFormat;
import kz.saruar.community.registry.MatchingObjective;
import kz.saruar.community.registry.MatchingPolicy;
import kz.saruar.community.registry.Need;
import kz.saruar.community.registry.NeedSource;
import kz.saruar.community.registry.ProjectRecord;
import kz.saruar.community.registry.Registry;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** HUB-01: the cohort assignment agrees with the explained exclusions and fits, and breaks no constraint. */
class MentorMatcherProperties {
    private static final String[] FOCUS = {"STRATEGIC_MANAGEMENT", "BUSINESS_MODEL", "TEAM_ROLES", "MOTIVATION"};
    private static final String[] AREAS = {"PROJECT_MANAGEMENT", "PSYCHOLOGY", "MARKETING", "FUNDRAISING", "CHANGE_MANAGEMENT"};

    static Registry random(long seed, int projects, int experts, int perProject, MatchingObjective objective) {
        Random r = new Random(seed);
        List<ProjectRecord> ps = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            List<Need> needs = new ArrayList<>();
            for (int k = r.nextInt(3); k > 0; k--) {
                needs.add(r.nextBoolean() ? new Need(NeedSource.DIAGNOSTICS, FOCUS[r.nextInt(FOCUS.length)], 1 + r.nextInt(3))
                        : new Need(NeedSource.INDIVIDUAL_PLAN, AREAS[r.nextInt(AREAS.length)], 1 + r.nextInt(3)));
            }
            ps.add(new ProjectRecord("P-" + p, "t", Contact.erased(), r.nextBoolean() ? "ECOLOGY" : "TOURISM", "R" + r.nextInt(2),
                    "FIRST_CIRCLE", r.nextInt(4) == 0 ? List.of() : List.of(r.nextBoolean() ? "KK" : "RU"), needs,
                    List.of(new CohortParticipation("2026", "PRE_ACCELERATION", false)), false, Optional.empty()));
        }
        List<Expert> es = new ArrayList<>();
        List<DeclinedPair> declined = new ArrayList<>();
        for (int e = 0; e < experts; e++) {
            List<String> comps = new ArrayList<>();
            for (String a : AREAS) {
                if (r.nextInt(3) == 0) {
                    comps.add(a);
                }
            }
            int cap = r.nextInt(3);
            es.add(new Expert("E-" + e, Contact.erased(), r.nextInt(5) == 0 ? ExpertFormat.EXPERT : ExpertFormat.MENTOR_EXPERT, comps,
                    List.of(r.nextBoolean() ? "ECOLOGY" : "TOURISM"), r.nextBoolean() ? List.of("KK", "RU") : List.of("RU"),
                    "R" + r.nextInt(2), Engagement.PAID_PART_TIME, Optional.empty(), cap, cap == 0 ? 0 : r.nextInt(cap + 1),
                    r.nextInt(4) == 0 ? List.of("P-" + r.nextInt(projects)) : List.of()));
            if (r.nextInt(4) == 0) {
                declined.add(new DeclinedPair("P-" + r.nextInt(projects), "E-" + e, "no"));
            }
        }
        return Registry.of(es, ps, new MatchingPolicy(perProject, objective, 100, 20, 10, 10), declined);
    }

    @Property(tries = 150)
    void the_assignment_is_optimal_for_the_explained_fits_and_breaks_no_constraint(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 12) int projects, @ForAll @IntRange(min = 1, max = 8) int experts,
            @ForAll @IntRange(min = 1, max = 2) int perProject, @ForAll MatchingObjective objective,
            @ForAll boolean withExisting) {
        Registry reg = random(seed, projects, experts, perProject, objective);
        MentorMatcher m = MentorMatcher.of(reg);
        if (withExisting && reg.experts().get(0).format() == ExpertFormat.MENTOR_EXPERT) {
            m = m.withExistingPairs(Set.of("P-0|E-0"));
        }
        CohortAssignment a = m.assign();
        // the same problem built from the explained (slow) path
        int[] pc = new int[projects];
        int[] ec = new int[experts];
        int[][] w = new int[projects][experts];
        for (int e = 0; e < experts; e++) {
            ec[e] = reg.experts().get(e).freeCapacity();
        }
        for (int p = 0; p < projects; p++) {
            ProjectRecord pr = reg.projects().get(p);
            pc[p] = Math.max(0, perProject - existingFor(m, pr));
            for (int e = 0; e < experts; e++) {
                w[p][e] = m.exclusions(pr, reg.experts().get(e)).isEmpty() ? m.fit(pr, reg.experts().get(e)).score()
                        : AssignmentProblem.FORBIDDEN;
            }
        }
        AssignmentProblem slow = new AssignmentProblem(pc, ec, w);
        long[] best = FlowAssigner.value(slow, FlowAssigner.solve(slow, objective));
        assertThat(a.totalFit()).isEqualTo(best[1]);
        if (objective == MatchingObjective.MOST_PAIRS_THEN_FIT) {
            assertThat((long) a.pairs().size()).isEqualTo(best[0]);
        }
        int[] perExpert = new int[experts];
        for (Fit f : a.pairs()) {
            ProjectRecord pr = reg.project(f.project()).orElseThrow();
            Expert ex = reg.expert(f.expert()).orElseThrow();
            assertThat(m.exclusions(pr, ex)).as("hard constraints of " + f.project() + "/" + f.expert()).isEmpty();
            perExpert[Integer.parseInt(f.expert().substring(2))]++;
        }
        for (int e = 0; e < experts; e++) {
            assertThat(perExpert[e]).isLessThanOrEqualTo(reg.experts().get(e).freeCapacity());
        }
        for (ProjectRecord pr : reg.projects()) {
            long mine = a.pairs().stream().filter(f -> f.project().equals(pr.id())).count();
            assertThat(mine + existingFor(m, pr)).isLessThanOrEqualTo(perProject);
        }
    }

    private static int existingFor(MentorMatcher m, ProjectRecord pr) {
        return (int) m.suggest(pr.id()).orElseThrow().excluded().stream()
                .filter(x -> x.reasons().stream().anyMatch(r -> r.code().equals("ALREADY_PAIRED"))).count();
    }
}
