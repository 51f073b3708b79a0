package kz.saruar.scoring;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ranking of decided projects in the protocol (DEF-09) — a deterministic total order: higher
 * official total first; on equal totals the tie-break criteria of {@link ScoringOptions} [default
 * {@code SOCIAL_EFFECT}, then {@code TEAM_CAPABILITY}], each compared as the mean per scoring juror
 * (equal to comparing sums when no juror was recused); then the earlier application; then the
 * project ID (unique in a session), so two runs always rank alike whatever the input order.
 */
public final class Ranking {
    private Ranking() {
    }

    /** The comparator, with the application times of the projects (a project without one sorts last on that key). */
    public static Comparator<ProjectDecision> comparator(ScoringOptions options, Map<String, Instant> appliedAt) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(appliedAt, "appliedAt");
        List<String> tie = options.tieBreakCriteria();
        return (a, b) -> {
            int c = Integer.compare(b.total(), a.total());
            if (c != 0) {
                return c;
            }
            for (String code : tie) {
                long x = (long) a.criterionSum(code) * b.jurorsScored();
                long y = (long) b.criterionSum(code) * a.jurorsScored();
                c = Long.compare(y, x);
                if (c != 0) {
                    return c;
                }
            }
            Instant ta = appliedAt.get(a.projectId());
            Instant tb = appliedAt.get(b.projectId());
            if (ta != null && tb != null) {
                c = ta.compareTo(tb);
            } else if (ta != null || tb != null) {
                c = ta != null ? -1 : 1;
            }
            if (c != 0) {
                return c;
            }
            return a.projectId().compareTo(b.projectId());
        };
    }

    /** The decisions in rank order (the same order as {@link #comparator}, with the keys computed once). */
    public static List<ProjectDecision> rank(Collection<ProjectDecision> decisions, Collection<Project> projects,
            ScoringOptions options) {
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(options, "options");
        Map<String, Instant> applied = new HashMap<>(projects.size() * 2);
        for (Project p : projects) {
            applied.put(p.id(), p.appliedAt());
        }
        List<String> tie = options.tieBreakCriteria();
        Key[] keys = new Key[decisions.size()];
        int i = 0;
        for (ProjectDecision d : decisions) {
            int[] sums = new int[tie.size()];
            for (int t = 0; t < sums.length; t++) {
                sums[t] = d.criterionSum(tie.get(t));
            }
            keys[i++] = new Key(d, sums, applied.get(d.projectId()));
        }
        java.util.Arrays.sort(keys, Ranking::compareKeys);
        ImmutableList.Builder<ProjectDecision> out = ImmutableList.builderWithExpectedSize(keys.length);
        for (Key k : keys) {
            out.add(k.decision);
        }
        return out.build();
    }

    private record Key(ProjectDecision decision, int[] tieSums, Instant appliedAt) {
    }

    private static int compareKeys(Key a, Key b) {
        int c = Integer.compare(b.decision.total(), a.decision.total());
        if (c != 0) {
            return c;
        }
        int ka = a.decision.jurorsScored();
        int kb = b.decision.jurorsScored();
        for (int t = 0; t < a.tieSums.length; t++) {
            c = Long.compare((long) b.tieSums[t] * ka, (long) a.tieSums[t] * kb);
            if (c != 0) {
                return c;
            }
        }
        if (a.appliedAt != null && b.appliedAt != null) {
            c = a.appliedAt.compareTo(b.appliedAt);
        } else if (a.appliedAt != null || b.appliedAt != null) {
            c = a.appliedAt != null ? -1 : 1;
        }
        if (c != 0) {
            return c;
        }
        return a.decision.projectId().compareTo(b.decision.projectId());
    }
}
