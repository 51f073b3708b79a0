package kz.saruar.community.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kz.saruar.community.registry.MatchingObjective;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** HUB-01: the batch assignment is optimal (checked against brute force) and never breaks a constraint. */
class FlowAssignerProperties {

    @Property(tries = 400)
    void HUB_01_total_fit_is_optimal_against_brute_force(@ForAll("small") AssignmentProblem problem) {
        long[] best = BruteForce.best(problem, MatchingObjective.TOTAL_FIT);
        List<int[]> pairs = FlowAssigner.solve(problem, MatchingObjective.TOTAL_FIT);
        assertThat(FlowAssigner.value(problem, pairs)[1]).isEqualTo(best[1]);
    }

    @Property(tries = 400)
    void HUB_01_most_pairs_then_fit_is_optimal_against_brute_force(@ForAll("small") AssignmentProblem problem) {
        long[] best = BruteForce.best(problem, MatchingObjective.MOST_PAIRS_THEN_FIT);
        List<int[]> pairs = FlowAssigner.solve(problem, MatchingObjective.MOST_PAIRS_THEN_FIT);
        assertThat(FlowAssigner.value(problem, pairs)).containsExactly(best);
    }

    @Property(tries = 300)
    void HUB_01_no_constraint_is_ever_broken(@ForAll("medium") AssignmentProblem problem,
            @ForAll MatchingObjective objective) {
        List<int[]> pairs = FlowAssigner.solve(problem, objective);
        int[] perProject = new int[problem.projects()];
        int[] perExpert = new int[problem.experts()];
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int[] pe : pairs) {
            assertThat(problem.allowed(pe[0], pe[1])).as("forbidden pair used").isTrue();
            assertThat(seen.add((long) pe[0] << 32 | pe[1])).as("pair used twice").isTrue();
            perProject[pe[0]]++;
            perExpert[pe[1]]++;
        }
        for (int p = 0; p < problem.projects(); p++) {
            assertThat(perProject[p]).isLessThanOrEqualTo(problem.projectCap(p));
        }
        for (int e = 0; e < problem.experts(); e++) {
            assertThat(perExpert[e]).isLessThanOrEqualTo(problem.expertCap(e));
        }
    }

    @Provide
    Arbitrary<AssignmentProblem> small() {
        return problems(4, 3, 2, 2);
    }

    @Provide
    Arbitrary<AssignmentProblem> medium() {
        return problems(12, 8, 3, 3);
    }

    private static Arbitrary<AssignmentProblem> problems(int maxProjects, int maxExperts, int maxProjectCap, int maxExpertCap) {
        return Combinators.combine(Arbitraries.integers().between(1, maxProjects), Arbitraries.integers().between(1, maxExperts))
                .flatAs((n, m) -> Combinators.combine(
                        Arbitraries.integers().between(0, maxProjectCap).array(int[].class).ofSize(n),
                        Arbitraries.integers().between(0, maxExpertCap).array(int[].class).ofSize(m),
                        Arbitraries.integers().between(-1, 20).array(int[].class).ofSize(m).array(int[][].class).ofSize(n))
                        .as(AssignmentProblem::new));
    }

    /** Enumerates every assignment: each project takes a subset of allowed experts within the caps. */
    static final class BruteForce {
        private BruteForce() {
        }

        static long[] best(AssignmentProblem problem, MatchingObjective objective) {
            long[] best = {0, 0};
            search(problem, objective, 0, new int[problem.experts()], 0, 0, best);
            return best;
        }

        private static void search(AssignmentProblem pr, MatchingObjective objective, int p, int[] used, long pairs,
                long fit, long[] best) {
            if (p == pr.projects()) {
                boolean better = objective == MatchingObjective.TOTAL_FIT ? fit > best[1]
                        : pairs > best[0] || pairs == best[0] && fit > best[1];
                if (better) {
                    best[0] = objective == MatchingObjective.TOTAL_FIT ? 0 : pairs;
                    best[1] = fit;
                }
                return;
            }
            int m = pr.experts();
            for (int mask = 0; mask < 1 << m; mask++) {
                if (Integer.bitCount(mask) > pr.projectCap(p)) {
                    continue;
                }
                boolean ok = true;
                long w = 0;
                for (int e = 0; e < m && ok; e++) {
                    if ((mask >> e & 1) == 1) {
                        ok = pr.allowed(p, e) && used[e] < pr.expertCap(e);
                        if (ok) {
                            w += pr.weight(p, e);
                        }
                    }
                }
                if (!ok) {
                    continue;
                }
                List<Integer> taken = new ArrayList<>();
                for (int e = 0; e < m; e++) {
                    if ((mask >> e & 1) == 1) {
                        used[e]++;
                        taken.add(e);
                    }
                }
                search(pr, objective, p + 1, used, pairs + Integer.bitCount(mask), fit + w, best);
                taken.forEach(e -> used[e]--);
            }
        }
    }
}
